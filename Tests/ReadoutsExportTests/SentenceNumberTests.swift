import Foundation
import XCTest
import ReadoutsText
import ReadoutsThemes
import ReadoutsTopics
@testable import ReadoutsReader
@testable import ReadoutsExport

/// One sentence, one number everywhere: a researcher read "sentence 5" in the brief and
/// found `"index": 4` in the JSON, which did not say that it counts from 0. The JSON gives
/// each sentence the brief's and the reader's number too.
final class SentenceNumberTests: XCTestCase {
    func testTheBriefTheJSONAndTheReaderGiveASentenceOneNumber() throws {
        let (documents, analysis) = try NegationDifferencesTests.translation(similarity: 0.79)
        let start = "Le gouvernement ne prévoit pas de hausse"
        // The brief: "(…, sentence 5): Le gouvernement ne prévoit pas…", the title line counted.
        let brief = ReportFixtures.markdown(documents, analysis)
        let said = try XCTUnwrap(matches(#"sentence (\d+)\): "# + start, in: brief).first?[1], brief)
        let number = try XCTUnwrap(Int(said))

        // The JSON: the sentence with that text has that `number` (its `index` is one less).
        let json = ReportFixtures.json(documents, analysis)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let versions = try XCTUnwrap(object["versions"] as? [[String: Any]])
        let french = try XCTUnwrap(versions.first { $0["id"] as? String == "fr-txt" })
        let sentences = try XCTUnwrap(french["sentences"] as? [[String: Any]])
        let sentence = try XCTUnwrap(sentences.first { ($0["text"] as? String)?.hasPrefix(start) == true })
        XCTAssertEqual(sentence["number"] as? Int, number, json)
        XCTAssertEqual(sentence["index"] as? Int, number - 1)
        for (position, each) in sentences.enumerated() {
            XCTAssertEqual(each["number"] as? Int, position + 1, "every sentence, headings included")
        }

        // Quoted under its topic, the passage carries the number too, for a paper to cite.
        XCTAssertTrue(brief.contains("\n> " + start), brief)
        let quotedUnderTopic = matches("\n> (?:\\*\\*)?" + start + #"[^\n]*\*\(sentence (\d+)[,)][^\n]*\*\n"#, in: brief)
        XCTAssertEqual(quotedUnderTopic.map { $0[1] }, [said], brief)

        // The reader: `:5` goes to the same sentence.
        let theme = TerminalTheme(theme: try ThemeLibrary(userDirectory: nil).load(named: "default"), tier: .direct)
        var state = ReaderState(documents: documents, width: 160, height: 20, theme: theme)
        state.apply(.topics(TopicIndex(analysis, documents: documents), progress: 1))
        state.goToSentence(number)
        let range = try XCTUnwrap(sentence["range"] as? [Int])
        XCTAssertEqual(state.reading.point?.offset, range[0])
        XCTAssertEqual(state.notice?.text.hasPrefix("fr.txt sentence \(number) of "), true, state.notice?.text ?? "")
    }
}
