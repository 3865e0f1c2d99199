import ReadoutsText
import XCTest

@testable import ReadoutsTopics

/// A news agency's credit line says who reported and edited the story, nothing of the
/// event: a journalist's three accounts had "Sonya Hepinstall" as a topic only in Reuters.
final class CreditLineTests: XCTestCase {
    func testCreditLinesAreRecognised() {
        for line in ["(Reporting by Mohammad Zargham Editing by Sonya Hepinstall)", "Reporting by Andrea Shalal; Editing by Leslie Adler",
                     "(Additional reporting by Jeff Mason)", "Associated Press writer Aamer Madhani contributed to this report."] {
            XCTAssertTrue(CreditLine.isCredit(line.unicodeScalars), line)
        }
        for line in ["The leaders discussed reporting by member states on emissions.", "President Biden edited the draft communiqué.",
                     "Editing the treaty by hand took the negotiators a week."] {
            XCTAssertFalse(CreditLine.isCredit(line.unicodeScalars), line)
        }
    }

    func testACreditLineIsInNoTopicAndNotLinkedToNothing() throws {
        let reuters = """
            U.S. President Joe Biden spoke with German Chancellor Olaf Scholz on Wednesday, the White House said.

            The two leaders discussed Russia's military buildup on Ukraine's border and the Nord Stream 2 pipeline.

            Scholz had been in charge of sister-city ties with St Petersburg as mayor of Hamburg.

            (Reporting by Mohammad Zargham Editing by Sonya Hepinstall)
            """
        let whiteHouse = """
            President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany to congratulate him.

            The leaders discussed Russia's military buildup on Ukraine's border.
            """
        let documents = try [reuters, whiteHouse].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: ["reuters.txt", "whitehouse.txt"][index], markdown: false)
        }
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let credit = try XCTUnwrap(analysis.versions[0].sentences.firstIndex { documents[0].string($0.range).hasPrefix("(Reporting") })
        XCTAssertFalse(analysis.topics.contains { $0.occurrences.contains { $0.version == 0 && $0.sentence == credit } },
                       analysis.topics.map(\.label).joined(separator: " | "))
        XCTAssertFalse(analysis.topics.contains { $0.label.contains("Hepinstall") })
        let unlinked = analysis.sentencesLinkedToNothing(documents: documents)[0]
        XCTAssertFalse(unlinked.contains(credit))
        // What Reuters alone says is still its own.
        let sisterCity = try XCTUnwrap(analysis.versions[0].sentences.firstIndex { documents[0].string($0.range).hasPrefix("Scholz had been") })
        XCTAssertTrue(unlinked.contains(sisterCity) || analysis.topics.contains { $0.versions == [0] && $0.occurrences.contains { $0.sentence == sisterCity } })
    }
}
