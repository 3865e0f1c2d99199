import Foundation
import ReadoutsText
import ReadoutsTopics

/// A hand-annotated pair from `Annotations/` (see its README), resolved to sentence indices.
struct GoldPair {
    struct File: Decodable {
        var name: String
        var a: String
        var b: String
        var sure: [[String]]
        var possible: [[String]]
        var required: [[String]]?
        var oneSided: [String: [String]]?
    }

    typealias Pair = (a: Int, b: Int)

    var file: File
    var documents: [Document]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Annotations")

    static func load(_ name: String) throws -> GoldPair {
        let data = try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
        let file = try JSONDecoder().decode(File.self, from: data)
        let documents: [Document]
        if file.a == "bundled" {
            documents = BundledReadouts.documents()
        } else {
            documents = try ([("a", file.a), ("b", file.b)] as [(String, String)]).map { id, text in
                try DocumentLoader.load(bytes: Array(text.utf8), name: "\(name)-\(id).txt", markdown: false, label: id)
            }
        }
        return GoldPair(file: file, documents: documents)
    }

    /// The index of the only sentence of version `v` containing `quote`.
    func sentence(_ v: Int, _ quote: String, in analysis: Analysis) -> Int {
        let matches = analysis.versions[v].sentences.filter { documents[v].string($0.range).contains(quote) }
        precondition(matches.count == 1, "quote «\(quote)» matches \(matches.count) sentences of version \(v)")
        return matches[0].index
    }

    func resolve(_ pairs: [[String]], _ analysis: Analysis) -> Set<[Int]> {
        Set(pairs.map { [sentence(0, $0[0], in: analysis), sentence(1, $0[1], in: analysis)] })
    }
}

/// Precision, recall and F1 of predicted sentence links against sure and possible links.
struct LinkScores: CustomStringConvertible {
    var truePositives = 0
    var predicted = 0
    var sureFound = 0
    var sure = 0

    /// Precision counts sure and possible pairs as correct; recall is over sure pairs.
    mutating func add(predicted links: Set<[Int]>, sure: Set<[Int]>, possible: Set<[Int]>) {
        predicted += links.count
        truePositives += links.filter { sure.contains($0) || possible.contains($0) }.count
        sureFound += links.intersection(sure).count
        self.sure += sure.count
    }

    var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
    var recall: Double { sure == 0 ? 1 : Double(sureFound) / Double(sure) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    var description: String {
        String(format: "P %.2f (%d/%d)  R %.2f (%d/%d)  F1 %.2f", precision, truePositives, predicted, recall, sureFound, sure, f1)
    }
}
