import Foundation
import XCTest
import ReadoutsEncoder
import ReadoutsQuality
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics
@testable import ReadoutsExport

/// A lightly edited redraft is a draft (it was none: too few of its sentences were kept word
/// for word), while two accounts of one event are not, though sentences nearly the same now
/// count: had they been, their exports would list every sentence as a change and no figure
/// that differs. Checked on every hand-annotated pair, the gold pairs beside them and the
/// bundled readouts, with the lexical linker and, where the sentence encoder is installed,
/// the semantic one (more links, so more sentences compared).
final class AccountsAreNoDraftsTests: XCTestCase {
    func testAccountsAreNoDraftsWhileALightlyEditedRedraftIs() throws {
        var engines = [("lexical", TopicEngine(lexicons: [.international]))]
        let environment = ProcessInfo.processInfo.environment
        if let encoder = try ModelStore.installedEncoder(environment: environment) {
            var semantic = TopicEngine(lexicons: [.international])
            semantic.semantic = SemanticLinking(encoder: encoder)
            engines.append(("semantic", semantic))
        } else if environment["READOUTS_MODEL_REQUIRED"] == "1" {
            XCTFail("the sentence encoder is not installed: the semantic linker's links were not checked")
        }
        var pairs = [("bundled", BundledReadouts.documents())]
        for split in AnnotationSet.Split.allCases {
            for pair in try AnnotationSet.load(split, root: AnnotationSet.defaultRoot).pairs { pairs.append((pair.name, try pair.documents())) }
        }
        // The gold pairs beside them (`en-reordered.json`…: their texts as `a` and `b`).
        let root = AnnotationSet.defaultRoot
        for file in try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
        where file.pathExtension == "json" && file.lastPathComponent != "bundled.json" {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
            let texts = try ["a", "b"].map { try XCTUnwrap(object?[$0] as? String, file.lastPathComponent) }
            pairs.append((file.lastPathComponent, try texts.enumerated().map { index, text in
                try DocumentLoader.load(bytes: Array(text.utf8), name: "\(index).txt", markdown: false)
            }))
        }
        XCTAssertGreaterThanOrEqual(pairs.count, 74)
        func draftPairs(_ documents: [Document], _ engine: TopicEngine) -> Set<[Int]> {
            let analysis = engine.analyse(documents)
            return DraftChanges.Found(changes: SentenceChanges(analysis, documents: documents),
                                      texts: DraftChanges.SentenceTexts(documents: documents, analysis: analysis)).pairs
        }
        for (linker, engine) in engines {
            for (name, documents) in pairs {
                XCTAssertEqual(draftPairs(documents, engine), [], "\(linker): \(name)")
            }
        }
        // The control: each pair's first account, every sentence of eight words or more
        // lightly edited (its second word left out), is a draft of it.
        var redrafts = 0
        for (name, documents) in pairs.dropFirst() {
            let analysis = TopicEngine(lexicons: []).analyse([documents[0]])
            let sentences = analysis.versions[0].sentences.filter { !$0.isHeading }.map { documents[0].string($0.range) }
            let edited = sentences.map { sentence -> String in
                var words = sentence.split(separator: " ", omittingEmptySubsequences: false)
                if words.count >= 8 { words.remove(at: 1) }
                return words.joined(separator: " ")
            }
            guard edited.filter({ !sentences.contains($0) }).count * 2 > sentences.count else { continue }
            redrafts += 1
            guard let redraft = try? DocumentLoader.load(bytes: Array(edited.joined(separator: "\n\n").utf8), name: "redraft.txt", markdown: false) else { XCTFail(name); continue }
            XCTAssertEqual(draftPairs([documents[0], redraft], engines[0].1), [[0, 1]], "a redraft of \(name)'s first account")
        }
        XCTAssertGreaterThan(redrafts, 50)
    }
}
