import ReadoutsQuality
import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// A heading linked to a sentence names no topic: headings are no passages.
///
/// A Madrid analyst's La Moncloa / Kyiv pair: La Moncloa's heading "Reconstrucción" shared
/// a word with the Ukrainian presidency's sentence on reconstruction, and the automatic
/// topic of that link, with no passage on the Spanish side (a heading is none), was
/// "reconstrucción — only in President of Ukraine", though the sentence under the heading
/// speaks of it.
final class HeadingLinksTests: XCTestCase {
    func testAHeadingLinkedToASentenceMakesNoOneSidedTopic() throws {
        let moncloa = try DocumentLoader.load(bytes: Array("""
            El presidente del Gobierno, Pedro Sánchez, ha recibido hoy al presidente de Ucrania, Volodímir Zelenski.

            ## Reconstrucción

            Ambos mandatarios han repasado la participación de empresas españolas en las infraestructuras energéticas de Ucrania.
            """.utf8), name: "moncloa.md", markdown: true, label: "La Moncloa")
        let kyiv = try DocumentLoader.load(bytes: Array("""
            President Volodymyr Zelensky met Prime Minister Pedro Sánchez in Madrid.

            Special attention was paid to the reconstruction of Ukraine's energy infrastructure.
            """.utf8), name: "kyiv.md", markdown: true, label: "President of Ukraine")
        for lexicons in [[], [Lexicon.international]] {
            let analysis = try InstalledEncoder.engine(lexicons: lexicons).analyse([moncloa, kyiv])
            let heading = try XCTUnwrap(analysis.versions[0].sentences.firstIndex { $0.isHeading }, "the heading is read as one")
            XCTAssertTrue(analysis.links.contains { $0.from.version == 0 && $0.from.sentence == heading },
                          "the heading is linked by meaning and a shared word (the JSON keeps such links)")
            let counts = analysis.passageCounts(versions: 2)
            for (topic, passages) in zip(analysis.topics, counts) where topic.occurrences.contains(where: { $0.version == 0 && $0.sentence == heading }) {
                XCTAssertFalse(passages[0] == 0 && passages[1] > 0, "\(topic.label) is only in the Ukrainian version by a heading's link (\(lexicons.count) lexicons)")
            }
        }
    }
}
