import Foundation
import ReadoutsEncoder
import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// The semantic pass works from the reader's viewport outward: the sentences the reader
/// sees are embedded first in every version and their links by meaning are published at
/// once, while the rest is still being embedded; an export (no viewport) publishes none.
final class ProgressiveSemanticLinkingTests: XCTestCase {
    /// Two translations far apart in two long versions, with numbered filler around them:
    /// "scholarships" at sentence 60 of each, "forest fires" at sentence 5.
    private func documents() throws -> [Document] {
        func text(_ filler: (Int) -> String, near: String, far: String) -> String {
            (0..<120).map { $0 == 60 ? near : $0 == 5 ? far : filler($0) }.joined(separator: " ")
        }
        let english = text({ "Item \($0) of the agenda concerned routine matter number \($0)." },
                           near: "They agreed to double the number of student scholarships next year.",
                           far: "Finally, they expressed concern about the spread of forest fires in the south.")
        let french = text({ "Le point \($0) de l’ordre du jour portait sur la question courante numéro \($0)." },
                          near: "Ils ont convenu de doubler le nombre de bourses d’études l’an prochain.",
                          far: "Les deux ministres se sont inquiétés de la propagation des incendies de forêt dans le sud.")
        return try [("en", english), ("fr", french)].map { id, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "\(id).txt", markdown: false, label: id)
        }
    }

    private func engine() throws -> TopicEngine {
        var engine = try InstalledEncoder.engine(lexicons: [])
        engine.semantic!.parameters.viewportBefore = 4
        engine.semantic!.parameters.viewportAfter = 12
        engine.semantic!.parameters.chunk = 16
        engine.keepsEvidence = false
        return engine
    }

    private func sentence(_ analysis: Analysis, _ documents: [Document], _ v: Int, _ quote: String) -> Int {
        analysis.versions[v].sentences.first { documents[v].string($0.range).contains(quote) }!.index
    }

    private func linkedByMeaning(_ analysis: Analysis, _ a: Int, _ b: Int) -> Bool {
        analysis.links.contains { $0.from.sentence == a && $0.to.sentence == b && $0.similarity != nil }
    }

    func testLinksByMeaningAtTheViewportArriveBeforeTheRestIsEmbedded() throws {
        let documents = try documents()
        let engine = try engine()
        let final = engine.analyse(documents)
        var partials: [(fraction: Double, analysis: Analysis)] = []
        let near = (sentence(final, documents, 0, "scholarships"), sentence(final, documents, 1, "bourses"))
        let far = (sentence(final, documents, 0, "forest fires"), sentence(final, documents, 1, "incendies"))
        XCTAssertTrue(linkedByMeaning(final, near.0, near.1), "the translation at the viewport links by meaning in the end")
        XCTAssertTrue(linkedByMeaning(final, far.0, far.1), "so does the one far from it")
        // The reader shows the scholarships in both panes.
        let offsets = [final.versions[0].sentences[near.0].range.lowerBound, final.versions[1].sentences[near.1].range.lowerBound]
        let second = engine.analyse(documents, progress: { update in
            if update.isNew, update.partial.isLinkingByMeaning { partials.append((update.fraction, update.partial)) }
        }, focus: { offsets })
        let early = try XCTUnwrap(partials.first { linkedByMeaning($0.analysis, near.0, near.1) },
                                  "no partial analysis linked the viewport's sentences by meaning")
        XCTAssertFalse(early.analysis.isComplete)
        XCTAssertLessThan(early.fraction, 0.5, "published while most sentences were still to embed")
        XCTAssertFalse(linkedByMeaning(early.analysis, far.0, far.1), "the far translation was linked before the rest was embedded")
        XCTAssertTrue(early.analysis.topics.contains { $0.occurrences.contains { $0.version == 0 && $0.sentence == near.0 } }
                      && early.analysis.topics.contains { $0.occurrences.contains { $0.version == 1 && $0.sentence == near.1 } },
                      "the link's topic shows on both sides (what the reader paints)")
        XCTAssertEqual(second.links, final.links, "the viewport changes the order of the work, not its result")
    }

    func testAnExportPublishesNoProvisionalLinks() throws {
        let documents = try documents()
        var partials = 0
        _ = try engine().analyse(documents, progress: { update in
            if update.isNew, update.partial.links.contains(where: { $0.similarity != nil }), !update.partial.isComplete { partials += 1 }
        })
        XCTAssertEqual(partials, 0)
    }

    /// An export shows no partial analysis (`showsPartials` false): while the encoder works,
    /// the lexical links are not kept to be shown (30 MB of the export's peak at 2 × 10 MB),
    /// and the links it writes are the reader's.
    func testAnEngineShowingNoPartialKeepsNoLexicalLinksWhileItLinksByMeaning() throws {
        // Two English accounts whose sentences share their words: links by words first.
        let subjects = ["grain exports through the Black Sea", "the prisoner exchange agreed in May", "gas transit through the pipeline",
                        "the nuclear power plant's safety", "sanctions on steel and aluminium", "student scholarships for next year"]
        let documents = try [("a", "The leaders discussed"), ("b", "Both sides reviewed")].map { id, opening in
            let text = subjects.map { "\(opening) \($0) at length." }.joined(separator: " ")
            return try DocumentLoader.load(bytes: Array(text.utf8), name: "\(id).txt", markdown: false, label: id)
        }
        func run(showing: Bool) throws -> (analysis: Analysis, linksShownByWords: Int) {
            var engine = try engine()
            engine.keepsEvidence = true
            engine.showsPartials = showing
            var shown = 0
            let analysis = engine.analyse(documents, progress: { update in
                if update.partial.isLinkingByMeaning, !update.partial.isComplete {
                    shown = max(shown, update.partial.links.filter { $0.similarity == nil }.count)
                }
            })
            return (analysis, shown)
        }
        let (reader, export) = (try run(showing: true), try run(showing: false))
        XCTAssertGreaterThan(reader.linksShownByWords, 0, "the reader shows the links by words until the fused ones come")
        XCTAssertEqual(export.linksShownByWords, 0, "an export keeps none of them meanwhile")
        XCTAssertFalse(export.analysis.links.isEmpty)
        XCTAssertEqual(export.analysis.links, reader.analysis.links, "the links written are the same")
        XCTAssertEqual(export.analysis.topics.map(\.label), reader.analysis.topics.map(\.label))
    }
}
