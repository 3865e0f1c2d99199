import Foundation
import ReadoutsText
import ReadoutsTopics

/// The bundled readouts' requirement (`Annotations/bundled.json`, the test
/// `SemanticLinkingTests`): every must-find pair linked, and at least 0.9 of the links sure or
/// possible. `readouts-bench quality --cross-validate` chooses no setting that fails it.
public struct BundledCheck: Sendable {
    struct File: Decodable {
        var sure: [[String]]
        var possible: [[String]]
        var required: [[String]]?
    }

    public var missing: Int
    public var precision: Ratio
    public var passes: Bool { missing == 0 && precision.value >= 0.9 }

    /// Runs `linker` on the bundled readouts and judges its links against `root/bundled.json`.
    public init(_ linker: any QualityLinker, root: URL = AnnotationSet.defaultRoot) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: root.appendingPathComponent("bundled.json")))
        let documents = BundledReadouts.documents()
        let analysis = linker.analyse(documents)
        func sentence(_ side: Int, _ quote: String) throws -> Int {
            try GoldStandard.sentence(quoting: quote, side: side, pair: "bundled", documents: documents, analysis: analysis)
        }
        func resolve(_ pairs: [[String]]) throws -> Set<SentencePair> {
            Set(try pairs.map { SentencePair(a: try sentence(0, $0[0]), b: try sentence(1, $0[1])) })
        }
        let predicted = Set(analysis.links.filter { $0.from.version == 0 && $0.to.version == 1 }
            .map { SentencePair(a: $0.from.sentence, b: $0.to.sentence) })
        let accepted = try resolve(file.sure).union(try resolve(file.possible))
        missing = try resolve(file.required ?? []).subtracting(predicted).count
        precision = Ratio(predicted.intersection(accepted).count, predicted.count)
    }
}
