import ReadoutsText
import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// `:w FILE` and `:export FORMAT FILE`: the comparison written from inside the reader, by
/// the terminal layer (`Effect.export`), once every version is read and linked.
final class ExportCommandTests: XCTestCase {
    func run(_ state: inout ReaderState, _ command: String) -> [Effect] {
        state.type(":" + command)
        return state.apply(.key(.enter))
    }

    func testWritingTakesItsFormatFromTheFileNameOrTheCommand() {
        var state = Fixtures.bundledState(width: 120, height: 30)
        XCTAssertEqual(run(&state, "w brief.md"), [.export(ExportRequest(format: .markdown, path: "brief.md", replaces: false))])
        XCTAssertEqual(state.notice?.text, "writing the brief to brief.md…")
        XCTAssertEqual(run(&state, "w! ~/out/Page.HTML"), [.export(ExportRequest(format: .html, path: "~/out/Page.HTML", replaces: true))])
        XCTAssertEqual(run(&state, "export html  notes  du 7 décembre"),
                       [.export(ExportRequest(format: .html, path: "notes  du 7 décembre", replaces: false))],
                       "a path keeps its spaces")
        XCTAssertEqual(run(&state, "write compte rendu.markdown"),
                       [.export(ExportRequest(format: .markdown, path: "compte rendu.markdown", replaces: false))])
        XCTAssertEqual(run(&state, "wq"), [], ":wq writes nothing and says so (CommandLineAnswersTests)")
        XCTAssertTrue(run(&state, "x").contains(.quit(status: 0)), ":x quits: nothing here is changed")
    }

    func testWhatCannotBeWrittenIsSaidAndNothingIsAsked() {
        var state = Fixtures.bundledState(width: 120, height: 30)
        XCTAssertEqual(run(&state, "w"), [])
        XCTAssertTrue(state.notice?.text.hasPrefix("write where? :w brief.md") == true, state.notice?.text ?? "")
        XCTAssertEqual(run(&state, "w out.json"), [])
        XCTAssertTrue(state.notice?.text.contains("readouts --export json") == true, state.notice?.text ?? "")
        XCTAssertEqual(run(&state, "w notes"), [])
        XCTAssertTrue(state.notice?.text.hasPrefix("notes: which format?") == true, state.notice?.text ?? "")
        XCTAssertEqual(run(&state, "w \u{1B}[2Jx"), [])
        XCTAssertFalse(state.notice?.text.contains("\u{1B}") == true, "the typed name is shown escaped: \(state.notice?.text ?? "")")
    }

    /// A brief written before the topics are in would leave topics out without saying so.
    func testNothingIsWrittenBeforeTheVersionsAreLinked() {
        let documents = [Fixtures.document("Un texte.", label: "A"), Fixtures.document("Another text.", label: "B")]
        var state = ReaderState(documents: documents, width: 100, height: 20)
        XCTAssertEqual(run(&state, "w brief.md"), [])
        XCTAssertEqual(state.notice?.text, "still linking (0%): :w once the topics are in")
        state.apply(.topics(TopicIndex(TopicEngine().analyse(documents), documents: documents), progress: 0.5))
        XCTAssertEqual(run(&state, "w brief.md"), [])
        XCTAssertEqual(state.notice?.text, "still linking (50%): :w once the topics are in")
        state.apply(.topics(TopicIndex(TopicEngine().analyse(documents), documents: documents), progress: 1))
        XCTAssertEqual(run(&state, "w brief.md"), [.export(ExportRequest(format: .markdown, path: "brief.md", replaces: false))])
    }
}
