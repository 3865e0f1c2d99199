import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Topic ids and labels are shown in the reader and written by the export: the ones from
/// a lexicon are outside text and get the document-text treatment, and every label is
/// bounded like a version's.
final class TopicLabelTests: XCTestCase {
    func testLexiconIdsAndLabelsAreSanitisedWhereverTheyAreUsed() throws {
        let topic = Lexicon.Topic(id: "cy\u{9B}ber\u{202E}", labels: ["": "cyber\u{1B}]2;x\u{07}\nline"],
                                  aliases: [.french: ["cybersécurité"]])
        let documents = ["La cybersécurité a été discutée.", "Ils ont parlé de cybersécurité."].enumerated().map { index, text in
            try! DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        let analysis = TopicEngine(lexicons: [Lexicon(name: "mine", topics: [topic])]).analyse(documents)
        let found = try XCTUnwrap(analysis.topics.first { $0.origin == .lexicon })
        XCTAssertEqual(found.id, "cy␦ber␦")
        XCTAssertEqual(found.label, "cyber␛]2;x␇␊line")
        let linkTopics = analysis.links.flatMap { $0.topics + $0.evidence.compactMap(\.topic) }
        XCTAssertFalse(linkTopics.isEmpty, "the versions are linked by the topic")
        XCTAssertTrue(linkTopics.allSatisfy { $0 == "cy␦ber␦" }, "\(linkTopics)")
    }

    /// `--topic-language en` with the Russian account first: lexicon topics by their English
    /// labels, even one only the Russian account has (Belarus); by default, the first
    /// version's language names them.
    func testTopicsAreNamedInTheChosenLanguage() throws {
        let russian = "Российские военнослужащие возвращены из плена на Украине. Все освобождённые военнослужащие находятся в Белоруссии. Военнослужащие будут доставлены в Москву для лечения."
        let english = "Russia and Ukraine exchanged prisoners of war on Tuesday. Moscow said the released servicemen would be flown home for treatment."
        let documents = [russian, english].enumerated().map { index, text in
            try! DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        var engine = TopicEngine()
        let byDefault = engine.analyse(documents)
        engine.labelLanguage = .english
        let chosen = engine.analyse(documents)
        func label(_ analysis: Analysis, _ id: String) throws -> String { try XCTUnwrap(analysis.topics.first { $0.id == id }, id).label }
        XCTAssertEqual(try label(byDefault, "ukraine"), "Украина")
        XCTAssertEqual(try label(chosen, "ukraine"), "Ukraine")
        XCTAssertEqual(try label(byDefault, "belarus"), "Белоруссия")
        XCTAssertEqual(try label(chosen, "belarus"), "Belarus", "a topic one version alone has is named in the chosen language too")
        XCTAssertNotEqual(AnalysisCache.key(for: documents, engine: engine), AnalysisCache.key(for: documents, engine: TopicEngine()),
                          "a cached analysis named in another language is not read back")
    }

    func testAnAutomaticTopicsLabelIsBounded() {
        let word = String(repeating: "x", count: 100_000)
        let topic = TopicGrouper.automaticTopic(key: word, surface: word)
        XCTAssertEqual(topic.label.count, DisplayLabel.maximumLength)
        XCTAssertEqual(topic.id, "auto:" + word, "the id stays whole: it names the key")
    }
}
