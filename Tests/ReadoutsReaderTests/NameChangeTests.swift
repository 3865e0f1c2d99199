import ReadoutsText
import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// A person's name changed in a translation is said, as a changed figure is: a translator's
/// planted "Boris Johnson" rendered "Theresa May" went unsaid.
final class NameChangeTests: XCTestCase {
    func said(_ left: String, _ right: String, _ languages: (Language, Language) = (.english, .french)) -> String? {
        NameChange.saying(NameChange.pairs(left, right, languages: languages))
    }

    func testAPersonsNameChangedInATranslationIsSaid() {
        XCTAssertEqual(said("Prime Minister Trudeau spoke with Boris Johnson about the summit.",
                            "Le premier ministre Trudeau s’est entretenu avec Theresa May au sujet du sommet."),
                       "names Boris Johnson → Theresa May")
        XCTAssertEqual(said("Le premier ministre Trudeau s’est entretenu avec Boris Johnson.",
                            "Prime Minister Trudeau spoke with Theresa May.", (.french, .english)),
                       "names Boris Johnson → Theresa May", "an English stopword continues a name")
        XCTAssertEqual(said("President Biden thanked Chancellor Scholz.", "Le président Biden a remercié le chancelier Merkel."),
                       "names Scholz → Merkel", "one name after a title")
        XCTAssertEqual(said("They welcomed M. Johnson.", "They welcomed M. Brown.", (.french, .french)), "names Johnson → Brown")
    }

    func testANameKeptOrWrittenTheLanguagesWaySaysNothing() {
        XCTAssertNil(said("Prime Minister Trudeau spoke with President Vladimir Putin.",
                          "Le premier ministre Trudeau s’est entretenu avec le président Vladimir Poutine."))
        XCTAssertNil(said("The leaders discussed President Zelenskyy’s peace formula.",
                          "Les dirigeants ont discuté de la formule de paix du président Zelensky."))
        XCTAssertNil(said("Prime Minister Trudeau spoke with Boris Johnson.", "Le premier ministre s’est entretenu avec son homologue."),
                     "a name one side alone gives")
    }

    func testInstitutionsAndPlacesTranslatedAreNoNamesChanged() {
        XCTAssertNil(said("They met at the White House.", "Ils se sont rencontrés à la Maison Blanche."))
        XCTAssertNil(said("The Security Council met in New York.", "Le Conseil de sécurité s’est réuni à New York."))
        XCTAssertNil(said("They spoke on Tuesday about NATO.", "Ils ont parlé mardi de l’OTAN."))
        XCTAssertNil(said("Leaders of the United Kingdom and Saudi Arabia met.", "Les dirigeants du Royaume-Uni et de l’Arabie saoudite se sont réunis."))
    }

    func testTwoScriptsAreNotCompared() {
        XCTAssertNil(said("Президент Путин поговорил с Борисом Джонсоном.", "President Putin spoke with Boris Johnson.", (.russian, .english)))
    }

    static let french = """
        Appel du premier ministre

        Le premier ministre Justin Trudeau a remercié Theresa May pour le soutien apporté à l’Ukraine et à l’OTAN.

        Les dirigeants ont convenu de rester en contact étroit.
        """
    static let english = """
        Call of the Prime Minister

        Prime Minister Justin Trudeau thanked Boris Johnson for the support given to Ukraine and NATO.

        The leaders agreed to remain in close contact.
        """

    /// The translation with its second sentences linked as counterparts (similarity 0.8),
    /// the versions aligned as one text when `aligned`, else read as two accounts.
    func state(aligned: Bool) throws -> ReaderState {
        let documents = [Fixtures.document(Self.french, label: "FR"), Fixtures.document(Self.english, label: "EN")]
        var analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let (from, to) = (Analysis.SentenceRef(version: 0, sentence: 1), Analysis.SentenceRef(version: 1, sentence: 1))
        if !analysis.links.contains(where: { $0.from == from && $0.to == to }) {
            analysis.links.append(Analysis.Link(from: from, to: to, score: 1, topics: [], evidence: []))
        }
        for index in analysis.links.indices { analysis.links[index].similarity = 0.8 }
        analysis.alignedVersions = aligned ? [Analysis.AlignedVersions(0, 1)] : []
        var state = ReaderState(documents: documents, width: 200, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        state.type(":2")
        return state
    }

    /// Enter, `c` and `Y` on a sentence of a translation say the name its counterpart changed;
    /// between two accounts of a call (versions not aligned) nothing is said.
    func testEnterCompareAndYSayANameChangedInATranslation() throws {
        var entered = try state(aligned: true)
        entered.press(.enter, .enter)
        let message = try XCTUnwrap(entered.notice?.text)
        XCTAssertTrue(message.contains("EN link 1/1 · names Theresa May → Boris Johnson"), message)
        var compared = try state(aligned: true)
        compared.press(.enter, .character("c"))
        let reason = try XCTUnwrap(compared.compareView).reason
        XCTAssertTrue(reason.contains(" · names Theresa May → Boris Johnson"), reason)
        var copied = try state(aligned: true)
        copied.press(.enter, .enter)
        guard case .copy(let clip)? = copied.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertTrue(clip.text.contains("Names that differ: Theresa May → Boris Johnson."), clip.text)
        var accounts = try state(aligned: false)
        accounts.press(.enter, .enter)
        let said = try XCTUnwrap(accounts.notice?.text)
        XCTAssertTrue(said.hasPrefix("EN link 1/1"), said)
        XCTAssertFalse(said.contains("names"), said)
    }
}
