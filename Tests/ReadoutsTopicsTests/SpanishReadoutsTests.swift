import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Spanish readouts, as La Moncloa publishes them, beside the other side's English one: a
/// Madrid analyst's Spanish side was read as undetermined, unstemmed ("sanción" did not find
/// "sanciones"), without the lexicon's topics, and its topics were named "mantenido hoy" and
/// "ambos líderes". Spanish is read now: its topics link across the languages and are named
/// by Spanish noun phrases.
final class SpanishReadoutsTests: XCTestCase {
    private func document(_ id: String, _ text: String) throws -> Document {
        try DocumentLoader.load(bytes: Array(text.utf8), name: "\(id).txt", markdown: false, label: id)
    }

    /// La Moncloa's account of a call between Pedro Sánchez and Volodymyr Zelensky.
    static let moncloa = """
        El presidente del Gobierno, Pedro Sánchez, ha mantenido hoy una conversación telefónica con el presidente de \
        Ucrania, Volodímir Zelenski.

        Ambos líderes han abordado la situación en el frente y las necesidades de la defensa antiaérea ucraniana. \
        Sánchez ha reiterado que España aportará 1.000 millones de euros en ayuda militar a Ucrania este año, que \
        incluirán sistemas de defensa antiaérea.

        El presidente del Gobierno ha subrayado que la Unión Europea mantendrá las sanciones contra Rusia mientras \
        continúe la agresión, y ha expresado su apoyo a un nuevo paquete de sanciones.

        Ambos líderes han conversado también sobre la reconstrucción de Ucrania y la conferencia internacional que se \
        celebrará en Roma. Zelenski ha agradecido el apoyo de España a la reconstrucción de las infraestructuras \
        energéticas dañadas por los ataques rusos.

        Los dos mandatarios han acordado mantener un estrecho contacto.
        """

    /// The President's Office's English account of the same call.
    static let kyiv = """
        President Volodymyr Zelenskyy had a phone call with Prime Minister of Spain Pedro Sánchez.

        The President thanked Spain for its new military aid package worth EUR 1 billion this year, which includes \
        air defence systems. The leaders discussed the situation on the front line.

        Zelenskyy and Sánchez discussed sanctions against Russia. The President stressed the importance of a new EU \
        sanctions package.

        They also spoke about the reconstruction of Ukraine and the protection of its energy infrastructure damaged by \
        Russian strikes, ahead of the recovery conference in Rome.

        The leaders agreed to stay in close contact.
        """

    /// The Spanish side is read as Spanish, and the lexicon's topics link it to the English
    /// one: "sanciones" is the sanctions topic, "infraestructuras energéticas" the energy one,
    /// "estrecho contacto" the follow-up (undetermined, the Spanish side had none of them).
    func testALexiconTopicLinksTheSpanishAndTheEnglishSides() throws {
        let analysis = TopicEngine(lexicons: [.international]).analyse([try document("moncloa", Self.moncloa), try document("kyiv", Self.kyiv)])
        XCTAssertEqual(analysis.versions.map(\.language), [.spanish, .english])
        for id in ["sanctions", "energy", "follow-up", "ukraine"] {
            let topic = try XCTUnwrap(analysis.topic(id: id), id)
            XCTAssertEqual(Set(topic.occurrences.map(\.version)), [0, 1], "\(id) is in both versions")
        }
        // Named in the first version's language, by the part its words named.
        XCTAssertEqual(analysis.topic(id: "sanctions")?.label, "sanciones")
    }

    /// Every automatic topic of the pair is named by a Spanish noun phrase ("ayuda militar",
    /// "conferencia internacional"), never by the readout's verbs and small words ("mantenido
    /// hoy", "ambos líderes", "han abordado") nor by a participant's title.
    func testSpanishTopicsAreNamedByNounPhrases() throws {
        let analysis = TopicEngine(lexicons: []).analyse([try document("moncloa", Self.moncloa), try document("kyiv", Self.kyiv)])
        let automatic = analysis.topics.filter { $0.origin == .automatic }
        let labels = Set(automatic.map(\.label))
        XCTAssertTrue(labels.contains("ayuda militar"), "\(labels)")
        for label in labels where label != TopicNaming.participantsLabel(.spanish) {
            XCTAssertFalse(LabelStopwords.isUninformative(label, language: .spanish), label)
            let words = label.lowercased().split(separator: " ").map(String.init)
            for word in ["mantenido", "hoy", "ambos", "líderes", "abordado", "presidente", "gobierno", "sánchez", "zelenski"] {
                XCTAssertFalse(words.contains(word), "«\(label)» rests on \(word)")
            }
            for edge in [words.first, words.last].compactMap({ $0 }) {
                XCTAssertFalse(PhraseForm.looksLikeSpanishFiniteVerb(edge), "«\(label)» is a clause")
            }
        }
    }

    /// Spanish verbs, gerunds and infinitives at a phrase's edge, and a participle after its
    /// auxiliary, make a clause, not a name; a noun and its adjective or complement is one.
    func testSpanishPhraseForms() {
        func factor(_ first: String, _ last: String) -> Float {
            PhraseForm.factor(first: first, last: last, firstIsName: false, lastIsName: false, language: .spanish)
        }
        XCTAssertEqual(factor("seguridad", "energética"), 1)
        XCTAssertEqual(factor("exportaciones", "cereales"), 1)
        XCTAssertEqual(factor("ayuda", "militar"), 1, "an adjective in -ar is no infinitive")
        XCTAssertEqual(factor("abordaron", "situación"), PhraseForm.verbPenalty)
        XCTAssertEqual(factor("reconstrucción", "destacando"), PhraseForm.verbPenalty)
        XCTAssertEqual(factor("sanciones", "reforzará"), PhraseForm.verbPenalty)
        XCTAssertEqual(factor("decisión", "coordinar"), PhraseForm.penalty)
        XCTAssertTrue(PhraseForm.opensWithSpanishParticiple("mantenido", after: ["ambos", "líderes", "han"]))
        XCTAssertTrue(PhraseForm.opensWithSpanishParticiple("hoy", after: ["han", "mantenido"]))
        XCTAssertFalse(PhraseForm.opensWithSpanishParticiple("tratado", after: ["firmaron", "el"]), "a treaty is a noun")
        XCTAssertTrue(LabelStopwords.isUninformative("mantenido", language: .spanish))
        XCTAssertTrue(LabelStopwords.isUninformative("han abordado", language: .spanish))
        // When, how much and how name nothing: "la próxima semana", "felicitó", "dos".
        XCTAssertTrue(LabelStopwords.isUninformative("próxima semana", language: .spanish))
        XCTAssertTrue(LabelStopwords.isUninformative("felicitó", language: .spanish))
        XCTAssertFalse(LabelStopwords.isUninformative("exportaciones de cereales", language: .spanish))
    }

    /// The participants of one Spanish version, as key strings.
    private func participants(_ text: String) throws -> Set<String> {
        let keys = Vocabulary()
        var preparer = VersionPreparer(keys: keys, key2s: Vocabulary())
        let version = try XCTUnwrap(preparer.prepare(try document("es", text), language: .spanish))
        let titles = TopicEngine.keySet(ReadoutVocabulary.titles, [version], keys, &preparer)
        return Set(Participants.names(version, titles: titles).map { keys.strings[Int($0)] })
    }

    /// Spanish titles make the names after them participants, as "Premier ministre" does in
    /// French: "el presidente del Gobierno, Pedro Sánchez", "Su Majestad el Rey Felipe VI",
    /// "el jefe del Estado", "el primer ministro", "el canciller", "el ministro de Asuntos
    /// Exteriores": who speaks, masked from what the encoder reads, never a topic's name.
    func testSpanishTitlesMarkTheParticipants() throws {
        let key = { (word: String) in Normaliser(language: .spanish).normalise(word: word)?.key ?? word }
        let names = try participants("""
            Su Majestad el Rey Felipe VI y el presidente del Gobierno, Pedro Sánchez, han recibido hoy al primer ministro \
            de Japón, Fumio Kishida, y al canciller Olaf Scholz, con el ministro de Asuntos Exteriores, José Manuel Albares. \
            Sánchez y Kishida han abordado la seguridad energética. El jefe del Estado ha ofrecido después una cena.
            """)
        for name in ["felipe", "sánchez", "pedro", "kishida", "scholz", "albares", "gobierno", "exteriores"] {
            XCTAssertTrue(names.contains(key(name)), "\(name): \(names)")
        }
        XCTAssertFalse(names.contains(key("seguridad")), "\(names)")
    }
}
