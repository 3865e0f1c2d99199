import Foundation
import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Each sentence linked to nothing in the other version has its closest there in meaning
/// (`Analysis.nearest`): what the reader's `c` and the JSON's `closest` show, so that an
/// omission can be checked without reading the whole other version.
final class NearestSentencesTests: XCTestCase {
    private func linkedInto(_ analysis: Analysis, _ version: Int, _ other: Int) -> Set<Int> {
        var linked = Set<Int>()
        for link in analysis.links {
            let ends = [link.from, link.to]
            guard !ends.contains(where: { analysis.versions[$0.version].sentences[$0.sentence].isHeading }) else { continue }
            for (end, far) in [(link.from, link.to), (link.to, link.from)] where end.version == version && far.version == other {
                linked.insert(end.sentence)
            }
        }
        return linked
    }

    /// Every sentence outside headings with no link into the other version has its closest
    /// there (never a heading); a linked one has none.
    func testEveryUnlinkedSentenceAndOnlyThoseHaveTheirClosest() throws {
        let documents = BundledReadouts.documents()
        let analysis = try InstalledEncoder.engine().analyse(documents)
        for (version, other) in [(0, 1), (1, 0)] {
            let linked = linkedInto(analysis, version, other)
            for sentence in analysis.versions[version].sentences where !sentence.isHeading {
                let closest = analysis.nearest(to: .init(version: version, sentence: sentence.index), in: other)
                if linked.contains(sentence.index) {
                    XCTAssertNil(closest, "sentence \(sentence.index + 1) of version \(version) is linked")
                } else {
                    let found = try XCTUnwrap(closest, "sentence \(sentence.index + 1) of version \(version) is linked to nothing")
                    XCTAssertFalse(analysis.versions[other].sentences[found.to.sentence].isHeading)
                    XCTAssertLessThan(found.similarity, 1)
                }
            }
        }
    }

    /// The Kremlin's "…ne pas transférer la responsabilité de l'escalade de la situation autour
    /// de l'Ukraine à la Russie", which nothing in the White House's account is linked to: its
    /// closest there is the White House's sentence on the build-up near Ukraine and the
    /// answer promised, the passage a reader would set it against.
    func testTheClosestOfTheKremlinsAnswerOnEscalationIsTheWhiteHousesOnTheBuildUp() throws {
        let documents = BundledReadouts.documents()
        let analysis = try InstalledEncoder.engine().analyse(documents)
        func sentence(_ version: Int, _ quote: String) throws -> Int {
            try XCTUnwrap(analysis.versions[version].sentences.first { documents[version].string($0.range).contains(quote) }?.index, quote)
        }
        let answer = try sentence(0, "ne pas transférer la responsabilité")
        let closest = try XCTUnwrap(analysis.nearest(to: .init(version: 0, sentence: answer), in: 1))
        XCTAssertEqual(closest.to.sentence, try sentence(1, "renforcement des forces russes"))
        // Not in a lexical run: nothing was compared by meaning.
        XCTAssertTrue(TopicEngine().analyse(documents).nearest.isEmpty)

        // The JSON gives it as `closest`, by the other version's id; a linked sentence has none.
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(exportJSON(documents: documents, analysis: analysis).utf8)) as? [String: Any])
        let versions = try XCTUnwrap(json["versions"] as? [[String: Any]])
        let sentences = try XCTUnwrap(versions[0]["sentences"] as? [[String: Any]])
        let entries = try XCTUnwrap(sentences[answer]["closest"] as? [[String: Any]])
        XCTAssertEqual(entries.count, 1)
        XCTAssertEqual(entries.first?["version"] as? String, analysis.versions[1].id)
        XCTAssertEqual(entries.first?["sentence"] as? Int, closest.to.sentence)
        XCTAssertEqual(entries.first?["number"] as? Int, closest.to.sentence + 1, "as the brief counts")
        // Rounded to three decimals, as a link's similarity is.
        let similarity = try XCTUnwrap(entries.first?["similarity"] as? Double)
        XCTAssertEqual(similarity, closest.similarity, accuracy: 0.0005)
        XCTAssertEqual(similarity, (similarity * 1000).rounded() / 1000)
        let linked = try XCTUnwrap(linkedInto(analysis, 0, 1).first)
        XCTAssertNil(sentences[linked]["closest"])
    }
}
