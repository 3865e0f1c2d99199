import XCTest
import ReadoutsText
import ReadoutsTopics
@testable import ReadoutsReader

/// A reversed negation is no match: a translator's "Le gouvernement ne prévoit pas de hausse
/// des tarifs" was linked to "The government plans to raise tariffs", and Enter said only
/// the link's topic while `c` aligned prévoit/plans and hausse/raise.
final class NegationTests: XCTestCase {
    static let french = """
        Communiqué du ministère de l’Économie et des Finances

        Le gouvernement ne prévoit pas de hausse des tarifs réglementés de l’électricité en 2024.

        Le ministre a par ailleurs rappelé que la France n’abandonnera pas ses objectifs climatiques.
        """
    static let english = """
        Press release from the Ministry of the Economy and Finance

        The government plans to raise regulated electricity tariffs in 2024.

        The Minister also recalled that France will not abandon its climate objectives.
        """

    /// The translation analysed, each link given `similarity` as the sentence encoder would,
    /// and, when `aligned`, recorded as aligned as one text as the semantic linker records a
    /// translation (`Analysis.alignedVersions`); not aligned, the versions are read as two
    /// accounts of a call (no translation: `TranslationCounterparts`).
    func state(similarity: Double?, aligned: Bool = true) -> ReaderState {
        let documents = [Fixtures.document(Self.french, label: "FR"), Fixtures.document(Self.english, label: "EN")]
        var analysis = TopicEngine().analyse(documents)
        for index in analysis.links.indices { analysis.links[index].similarity = similarity }
        analysis.alignedVersions = aligned ? [Analysis.AlignedVersions(0, 1)] : []
        var state = ReaderState(documents: documents, width: 200, height: 20, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        return state
    }

    /// What Enter says on sentence `line`'s link.
    func enterNotice(similarity: Double, aligned: Bool = true, line: Int = 2) throws -> String {
        var state = state(similarity: similarity, aligned: aligned)
        state.type(":\(line)")
        state.press(.enter, .enter)
        return try XCTUnwrap(state.notice?.text)
    }

    /// The compare view `c` opens on sentence 2's link, and the state it opened in.
    func compared(similarity: Double) throws -> (reason: String, state: ReaderState) {
        var state = state(similarity: similarity)
        state.type(":2")
        state.press(.enter, .character("c"))
        return (try XCTUnwrap(state.compareView).reason, state)
    }

    func testEnterSaysWhichPassageAloneIsNegated() throws {
        let message = try enterNotice(similarity: 0.79)
        XCTAssertTrue(message.hasPrefix("EN link 1/1 · negation: «ne … pas» in FR only"), message)
        // Both negated ("n’abandonnera pas" / "will not abandon"): nothing to say.
        let both = try enterNotice(similarity: 0.79, line: 3)
        XCTAssertFalse(both.contains("negation"), both)
    }

    /// Passages that are not otherwise close (two accounts worded differently) say nothing of
    /// a negation only one has: under 0.68, and under 0.5 for counterparts in a translation.
    func testPassagesFarApartSayNothingOfNegation() throws {
        let message = try enterNotice(similarity: 0.45)
        XCTAssertFalse(message.contains("negation"), message)
    }

    /// Counterparts in a translation (linked sentences of versions the semantic linker aligned
    /// as one text) are compared from a similarity of 0.5: a translator's "Le chancelier ne
    /// participera pas au sommet." / "The Chancellor will attend the summit." was linked at
    /// 0.55 and said nothing of the negation. The same link between versions not aligned
    /// (two accounts of a call) says nothing still.
    func testCounterpartsInATranslationAreComparedFromALowerSimilarity() throws {
        let message = try enterNotice(similarity: 0.55)
        XCTAssertTrue(message.hasPrefix("EN link 1/1 · negation: «ne … pas» in FR only"), message)
        let reason = try compared(similarity: 0.55).reason
        XCTAssertTrue(reason.hasSuffix(" · negation: «ne … pas» in FR only"), reason)
        let said = try enterNotice(similarity: 0.55, aligned: false)
        XCTAssertTrue(said.hasPrefix("EN link 1/1"), said)
        XCTAssertFalse(said.contains("negation"), said)
    }

    /// `Y` copies what Enter said of the negation, as it copies the figures that differ: a
    /// translator's revision note pasted the two sentences as if they agreed.
    func testYQuotesTheNegationThatDiffers() throws {
        var state = state(similarity: 0.79)
        state.type(":2")
        state.press(.enter, .enter)
        guard case .copy(let clip)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertTrue(clip.text.contains("Negation differs: «ne … pas» in FR only."), clip.text)
        var far = self.state(similarity: 0.45)
        far.type(":2")
        far.press(.enter, .enter)
        guard case .copy(let farClip)? = far.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertFalse(farClip.text.contains("Negation"), "passages far apart say nothing of it: \(farClip.text)")
    }

    func testCompareSaysWhichPassageAloneIsNegated() throws {
        let (reason, state) = try compared(similarity: 0.79)
        XCTAssertTrue(reason.hasSuffix(" · negation: «ne … pas» in FR only"), reason)
        let screen = render(state).lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("negation: «ne … pas» in FR only"), screen)
    }

    func testNegationsAreCountedByWholeWordsAndFrenchPairs() {
        func said(_ text: String, _ language: Language) -> [String] { Negation.words(in: text, language: language) }
        XCTAssertEqual(said("Le gouvernement ne prévoit pas de hausse.", .french), ["ne … pas"])
        // "no different", "no less", "no doubt" affirm: a translator's "This time will be no
        // different." / "Il en sera de même cette fois-ci." was listed as a negation lost.
        XCTAssertEqual(said("This time will be no different, and no less important.", .english), [])
        XCTAssertEqual(said("There is no doubt. There is no agreement.", .english), ["no"])
        XCTAssertEqual(said("La France n’abandonnera jamais ses objectifs.", .french), ["ne … jamais"])
        XCTAssertEqual(said("Il ne reste plus de crédits.", .french), ["ne … plus"])
        XCTAssertEqual(said("Plus de 12 000 emplois seront créés, plus que jamais.", .french), [], "plus and jamais without ne")
        XCTAssertEqual(said("Une personne a été reçue.", .french), [])
        XCTAssertEqual(said("Rien n’a été décidé.", .french), ["rien … ne"])
        XCTAssertEqual(said("Il ne reste que deux jours.", .french), [], "ne … que is only")
        XCTAssertEqual(said("Ils ont soutenu la non-prolifération et non seulement le dialogue.", .french), [])
        XCTAssertEqual(said("Non, la réponse est claire.", .french), ["non"])
        // A subject before "ne", after an elided "qu’" or "d’" too; "ni … ni" without "ne".
        XCTAssertEqual(said("Ils ont dit qu’aucune négociation ne pouvait commencer.", .french), ["aucune … ne"])
        XCTAssertEqual(said("Nulle négociation ne pouvait commencer, et nul ne l’ignore.", .french), ["nulle … ne", "nul … ne"])
        XCTAssertEqual(said("Ni Paris ni Madrid, a-t-il répondu.", .french), ["ni … ni"])
        XCTAssertEqual(said("Ni Paris ni Madrid n’ont signé.", .french), ["ni … ne"], "with ne, said once")
        XCTAssertEqual(said("Le match nul a été déclaré nul.", .french), [], "nul without ne")
        XCTAssertEqual(said("The government does not plan a rise.", .english), ["not"])
        XCTAssertEqual(said("They won't and cannot agree; nor will they ever.", .english), ["won't", "cannot", "nor"])
        XCTAssertEqual(said("Nobody knows a notable economy now, not only at No 10.", .english), [],
                       "no inside words, not only, No 10")
        XCTAssertEqual(said("There is no rise.", .english), ["no"])
        // "unless", "à moins que", "sauf si": "if not" (two drafts' "where not prohibited by
        // law" / "unless doing so is prohibited by law" were listed as a negation lost).
        XCTAssertEqual(said("We share it unless doing so is prohibited by law.", .english), ["unless"])
        XCTAssertNil(Negation.difference("We may share your data where not prohibited by law, with your consent.", .english,
                                         "We may share your data unless doing so is prohibited by law, with your consent.", .english,
                                         similarity: nil))
        XCTAssertEqual(said("Nous la partageons à moins que la loi ne l’interdise.", .french), ["à moins que"])
        XCTAssertEqual(said("Nous la partageons sauf si la loi l’exige, à moins qu’un juge ne l’interdise.", .french), ["sauf si", "à moins que"])
        XCTAssertEqual(said("Il y a au moins deux raisons, sauf erreur, à moins de deux semaines du sommet, à moins quinze degrés.", .french), [],
                       "au moins, sauf alone, à moins de (less than), à moins quinze")
        XCTAssertEqual(said("Wir teilen sie, es sei denn, das Gesetz verbietet es.", .german), ["es sei denn"])
        XCTAssertEqual(said("La compartimos a menos que la ley lo prohíba, salvo que un juez decida otra cosa.", .spanish), ["a menos que", "salvo que"])
        XCTAssertEqual(said("Правительство не планирует повышения тарифов.", .russian), ["не"])
        XCTAssertEqual(said("Стороны обсудили не только торговлю, но и энергетику.", .russian), [])
        XCTAssertEqual(said("Никакой договорённости нет.", .russian), ["никакой", "нет"])
        XCTAssertEqual(said("Ненависть и нетерпимость осуждены.", .russian), [], "не inside words")
        // A translator's official Russian Declaration: concessive "ни", "until", "at least".
        XCTAssertEqual(said("Каждый человек должен обладать всеми правами без какого бы то ни было различия.", .russian), [])
        XCTAssertEqual(said("Каждый человек, где бы он ни находился, имеет право на признание его правосубъектности.", .russian), [])
        XCTAssertEqual(said("Он считается невиновным до тех пор, пока его виновность не будет установлена законным порядком.", .russian), [])
        XCTAssertEqual(said("В переговорах участвовали не менее десяти делегаций, и они не раз встречались.", .russian), [])
        XCTAssertEqual(said("Ни одна из сторон не согласилась.", .russian), ["ни", "не"], "a denial stays one")
        XCTAssertEqual(said("Вопрос пока не решён.", .russian), ["не"], "\"not yet\" denies")
        XCTAssertEqual(said("Deutschland wird keine Taurus-Marschflugkörper liefern.", .german), ["keine"])
        XCTAssertEqual(said("Die Bundesregierung plant das nicht.", .german), ["nicht"])
        XCTAssertEqual(said("Sie sprachen nicht nur über Handel, sondern auch über Energie.", .german), [], "nicht nur … sondern auch")
        // Spanish: "no", "nunca", "ni"; not "no solo … sino también", nor "no obstante"
        // (nevertheless), nor "sin" (without: "sin precedentes" is "unprecedented").
        XCTAssertEqual(said("España no enviará tropas a Ucrania.", .spanish), ["no"])
        XCTAssertEqual(said("Rusia nunca aceptará la ampliación ni las sanciones.", .spanish), ["nunca", "ni"])
        XCTAssertEqual(said("Apoyaremos a Ucrania sin condiciones.", .spanish), [], "without is no negation")
        XCTAssertEqual(said("Firmaron un acuerdo sin precedentes.", .spanish), [], "sin precedentes: unprecedented")
        XCTAssertEqual(said("No obstante, ambos coincidieron en la necesidad de dialogar.", .spanish), [], "no obstante")
        XCTAssertEqual(said("Hablaron no solo de comercio, sino también de energía.", .spanish), [], "no solo … sino también")
        XCTAssertEqual(said("Sin embargo, ambos coincidieron en la necesidad de dialogar.", .spanish), [], "sin embargo")
    }

    /// One side negated, the other not, and the two close: the side and its negations; both
    /// negated, neither, or far apart: nothing.
    func testADifferenceNeedsOneSideAloneNegatedAndClosePassages() throws {
        let fr = "Le gouvernement ne prévoit pas de hausse des tarifs réglementés de l’électricité en 2024."
        let en = "The government plans to raise regulated electricity tariffs in 2024."
        let found = try XCTUnwrap(Negation.difference(fr, .french, en, .english, similarity: 0.79))
        XCTAssertEqual(found.side, 0)
        XCTAssertEqual(Negation.saying(found.words, in: "fr.txt"), "negation: «ne … pas» in fr.txt only")
        XCTAssertNil(Negation.difference(fr, .french, en, .english, similarity: 0.66))
        // A new user's reversed translation, at 0.697 (0.7 missed it).
        XCTAssertEqual(Negation.difference("The Council does not plan to raise tariffs on Chinese electric vehicles this year.", .english,
                                           "Le Conseil prévoit de relever les droits de douane sur les véhicules électriques chinois cette année.",
                                           .french, similarity: 0.697)?.side, 0)
        XCTAssertNil(Negation.difference(fr, .french, "The government does not plan to raise tariffs in 2024.", .english, similarity: 0.9))
        // Without a similarity (the lexical linker): two versions in one language that keep
        // enough words in order.
        let draft = "Le gouvernement prévoit une hausse des tarifs réglementés de l’électricité en 2024."
        XCTAssertEqual(Negation.difference(fr, .french, draft, .french, similarity: nil)?.side, 0)
        XCTAssertNil(Negation.difference(fr, .french, en, .english, similarity: nil), "a translation keeps no words")
        // A version in a language Readouts does not read (Chinese, Italian: undetermined) has
        // no negation known: none is said to differ, either way round.
        XCTAssertNil(Negation.difference("This is not “de-risking”.", .english, "这不是“去风险”。", .undetermined, similarity: 0.9))
        XCTAssertNil(Negation.difference("La riunione non è stata produttiva.", .undetermined, "The meeting was productive.", .english, similarity: 0.9))
        XCTAssertNil(Negation.difference("La riunione non è stata produttiva.", .undetermined, "La riunione è stata produttiva.", .undetermined, similarity: nil))
    }
}
