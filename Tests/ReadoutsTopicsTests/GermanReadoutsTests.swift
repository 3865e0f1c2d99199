import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// German readouts, as the Chancellery publishes them: German writes every noun with a
/// capital, so a capital is no name there; the line announcing the release ("…teilt mit:")
/// is not the one that says who spoke; and a topic is named by a noun phrase, not by a verb.
final class GermanReadoutsTests: XCTestCase {
    private func document(_ id: String, _ text: String) throws -> Document {
        try DocumentLoader.load(bytes: Array(text.utf8), name: "\(id).txt", markdown: false, label: id)
    }

    /// The participants of one German version, as key strings.
    private func participants(_ text: String) throws -> Set<String> {
        let keys = Vocabulary()
        var preparer = VersionPreparer(keys: keys, key2s: Vocabulary())
        let version = try XCTUnwrap(preparer.prepare(try document("de", text), language: .german))
        let titles = TopicEngine.keySet(ReadoutVocabulary.titles, [version], keys, &preparer)
        return Set(Participants.names(version, titles: titles).map { keys.strings[Int($0)] })
    }

    static let release = """
        Der Sprecher der Bundesregierung, Steffen Hebestreit, teilt mit:

        Bundeskanzler Olaf Scholz hat heute mit dem russischen Präsidenten Wladimir Putin telefoniert. \
        Das Gespräch war dem Krieg in der Ukraine gewidmet. \
        Der Bundeskanzler forderte ein Ende dem Krieg und den Abzug der Truppen. \
        Scholz verurteilte die Angriffe auf die zivile Infrastruktur. \
        Beide sprachen über die Folgen vom Krieg für die Energieversorgung. \
        Die NATO und die Europäische Union werden über das Gespräch informiert. \
        Sie vereinbarten, in Kontakt zu bleiben.
        """

    /// "Krieg" in three of eight sentences, inside them, would be a recurring name, so a
    /// participant masked from what the encoder reads, if a capital made a name: in German it
    /// is a noun. The names after the titles are the participants.
    func testAGermanNounIsNoNameButATitledNameIs() throws {
        let names = try participants(Self.release)
        XCTAssertTrue(names.contains("scholz"), "\(names)")
        XCTAssertTrue(names.contains("putin"), "\(names)")
        XCTAssertFalse(names.contains("krieg"), "a noun in three sentences is the call's subject: \(names)")
    }

    /// The release's first line names its spokesman, not who spoke: the opening is the line
    /// after it.
    func testTheLineAnnouncingTheReleaseIsNotTheOpening() throws {
        let names = try participants(Self.release)
        XCTAssertFalse(names.contains("hebestreit"), "\(names)")
        XCTAssertTrue(names.contains("wladimir"), "the opening's titled names: \(names)")
    }

    /// Two German accounts of one call: every automatic topic is named by a phrase that ends
    /// in a noun (written with a capital), never by the release's small words ("hat heute"),
    /// its verbs ("vereinbarten", "forderte") or a participant's title and name.
    func testGermanTopicsAreNamedByNounPhrases() throws {
        let other = try document("b", """
            Bundeskanzler Scholz telefonierte am Freitag mit Präsident Putin. \
            Im Mittelpunkt stand der Krieg in der Ukraine. \
            Scholz verlangte den Rückzug der russischen Truppen und ein Ende des Krieges. \
            Er verurteilte die russischen Luftangriffe auf die zivile Infrastruktur. \
            Auch die Energieversorgung in Europa kam zur Sprache. \
            Beide Seiten wollen in Kontakt bleiben.
            """)
        let analysis = TopicEngine(lexicons: []).analyse([try document("a", Self.release), other])
        let automatic = analysis.topics.filter { $0.origin == .automatic }
        XCTAssertFalse(automatic.isEmpty)
        for topic in automatic where topic.label != TopicNaming.participantsLabel(.german) {
            let last = try XCTUnwrap(topic.label.split(separator: " ").last)
            XCTAssertTrue(last.first?.isUppercase ?? false, "«\(topic.label)» ends in a noun")
            XCTAssertFalse(LabelStopwords.isUninformative(topic.label, language: .german), topic.label)
            for word in ["Scholz", "Putin", "Präsident", "Bundeskanzler", "forderte", "vereinbarten"] {
                XCTAssertFalse(topic.label.contains(word), "«\(topic.label)» rests on \(word)")
            }
        }
        let labels = Set(automatic.map(\.label))
        XCTAssertTrue(labels.contains { $0.contains("Infrastruktur") }, "the strikes on infrastructure are a topic: \(labels)")
    }

    /// A phrase both versions share up to a verb ("Truppen zurückziehen") is named without
    /// it: German writes nouns with a capital, and a name ends in one.
    /// A name of letters and numbers alone says nothing: a firearms regulation's topics were
    /// named "c 7" and "g 10" (a legislative analyst's trial). A letter in a longer name, an
    /// acronym, or a figure beside a word are names.
    func testALetterAndANumberAreNoName() {
        for label in ["c 7", "g 10", "a", "§ 3 b"] {
            XCTAssertTrue(LabelStopwords.isUninformative(label, language: .german), label)
        }
        for label in ["36 Inkrafttreten", "G7", "EU", "Buchstabe c"] {
            XCTAssertFalse(LabelStopwords.isUninformative(label, language: .german), label)
        }
        // A date's ordinal, and how a talk went, name nothing either (a new user's "1er" from
        // "1er juillet 2025", "substantive" from "the conversation was substantive").
        XCTAssertTrue(LabelStopwords.isUninformative("1er", language: .french))
        XCTAssertTrue(LabelStopwords.isUninformative("21st", language: .english))
        XCTAssertTrue(LabelStopwords.isUninformative("substantive", language: .english))
        XCTAssertTrue(LabelStopwords.isUninformative("constructif", language: .french))
        XCTAssertFalse(LabelStopwords.isUninformative("G20", language: .english))
        XCTAssertFalse(LabelStopwords.isUninformative("substantive talks on trade", language: .english))
    }

    func testAPhraseEndingInAVerbIsNamedWithoutIt() throws {
        let a = try document("a", """
            Bundeskanzler Scholz telefonierte mit Präsident Putin. \
            Er forderte, Russland müsse seine Truppen sofort zurückziehen. \
            Zudem ging es um die Getreideexporte über das Schwarze Meer.
            """)
        let b = try document("b", """
            Präsident Putin sprach mit Bundeskanzler Scholz. \
            Der Kanzler verlangte, Moskau solle die Truppen zurückziehen. \
            Die Lage der Flüchtlinge wurde ebenfalls erörtert.
            """)
        let analysis = TopicEngine(lexicons: []).analyse([a, b])
        let labels = analysis.topics.filter { $0.origin == .automatic }.map(\.label)
        XCTAssertTrue(labels.contains("Truppen"), "\(labels)")
        XCTAssertFalse(labels.contains { $0.contains("zurückziehen") }, "\(labels)")
    }

    /// The words of one German version flagged as names, lower-case.
    private func names(_ text: String) throws -> Set<String> {
        let keys = Vocabulary()
        var preparer = VersionPreparer(keys: keys, key2s: Vocabulary())
        let version = try XCTUnwrap(preparer.prepare(try document("de", text), language: .german))
        var found = Set<String>()
        for t in 0..<version.term.count where version.isInnerCapital(t) && version.term[t] >= 0 {
            found.insert(keys.strings[Int(version.term[t])])
        }
        return found
    }

    /// An article ends a name: "sicherte Präsident Selenskyj die Unterstützung zu" is a name
    /// and a noun, and the noun stays a noun later on (a reviewer's probe made it a name, then a
    /// participant). A title's complement after "der" is part of the name; a name's particle
    /// ("von") too.
    func testAnArticleEndsAGermanName() throws {
        let found = try names("""
            Bundeskanzler Scholz telefonierte mit dem Präsidenten der Vereinigten Staaten von Amerika, Joe Biden. \
            Scholz sicherte Präsident Selenskyj die Unterstützung Deutschlands zu. \
            Beide betonten, dass die Unterstützung fortgesetzt werde. \
            Er dankte dem Präsidenten für die Gastfreundschaft.
            """)
        for name in ["scholz", "selenskyj", "vereinigt", "amerika", "joe", "bid"] {
            XCTAssertTrue(found.contains(name), "\(name): \(found)")
        }
        for noun in ["unterstutz", "deutschland", "gastfreundschaft"] {
            XCTAssertFalse(found.contains(noun), "\(noun) is a noun: \(found)")
        }
    }

    /// Only a German release has an announcing line: an English or French first line ending
    /// in a colon says who spoke and of what ("…agreed on the following:"), and stays the
    /// opening.
    func testAnEnglishFirstLineEndingInAColonIsTheOpening() throws {
        let keys = Vocabulary()
        var preparer = VersionPreparer(keys: keys, key2s: Vocabulary())
        let version = try XCTUnwrap(preparer.prepare(try document("en", """
            President Biden and President Zelenskyy discussed sanctions on Russia and agreed on the following:

            The United States will provide further sanctions relief to no one. The sides will meet again in March.
            """), language: .english))
        let titles = TopicEngine.keySet(ReadoutVocabulary.titles, [version], keys, &preparer)
        let participants = Set(Participants.names(version, titles: titles).map { keys.strings[Int($0)] })
        XCTAssertTrue(participants.contains("zelenskyy"), "\(participants)")
        XCTAssertGreaterThan(version.tokens(of: 0).count, 3, "the first line keeps its words")
    }
}
