import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// A report's lead may come before the line that says the call took place: a student's
/// White House readout and a French report of the Élysée's account had the two lines
/// "President … spoke this afternoon with President Emmanuel Macron of France." and "Le
/// président Emmanuel Macron s'est entretenu avec Joe Biden vendredi." (the report's
/// third sentence) both "linked to nothing".
final class CallLineTests: XCTestCase {
    func testTheLinesSayingTheCallTookPlaceLinkAfterALead() throws {
        let texts = [
            """
            President Alder spoke this afternoon with President Brand of Freedonia. \
            The two leaders discussed a range of bilateral and global issues, including support for Ukraine and the need for Congress to pass funding for Ukraine. \
            They also discussed developments in the Middle East.
            """,
            """
            Lors d’un échange téléphonique ce vendredi, le président Brand et son homologue Alder ont appelé à faire échec à la guerre d’agression de la Russie. \
            Une nouvelle communication entre les deux capitales a eu lieu. \
            Le président Brand s’est entretenu avec le président Alder vendredi. \
            Au cours de cette conversation, les deux dirigeants ont d’abord abordé la situation en Ukraine.
            """,
        ]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        let analysis = try InstalledEncoder.engine().analyse(documents)
        let links = analysis.links.filter { $0.from.version == 0 && $0.to.version == 1 }.map { [$0.from.sentence, $0.to.sentence] }
        XCTAssertTrue(links.contains([0, 2]), "\(links)")
        XCTAssertFalse(links.contains { $0[0] == 0 && $0[1] != 2 }, "the bare opening links to the call line only: \(links)")
        func saysACallTookPlace(_ text: String) -> Bool { Tokenizer.tokens(in: text).contains { SentenceTexts.isCallWord($0.text.lowercased()) } }
        XCTAssertTrue(saysACallTookPlace("Le président s’est entretenu avec le chancelier."))
        XCTAssertFalse(saysACallTookPlace("President Ramaphosa appreciated the briefing from President Putin."))
    }
}
