import ReadoutsText
import XCTest
@testable import ReadoutsReader

/// `m{a-z}`, `'{a-z}`, and marks re-found in documents that changed between sessions.
final class MarkTests: XCTestCase {
    func testMarkSetsSavesAndJumpsBack() {
        var state = Fixtures.bundledState(width: 100, height: 24)
        state.type(":7")
        state.press(.enter)
        let sentence = state.sentences(of: 0)![6]
        let effects = state.apply(.key(.character("m"))) + state.apply(.key(.character("a")))
        let mark = ReadingMark(version: 0, offset: sentence.range.lowerBound,
                               text: state.documents[0].string(sentence.range.lowerBound..<min(sentence.range.upperBound, sentence.range.lowerBound + 200)))
        XCTAssertEqual(effects, [.saveMarks(["a": mark])])
        XCTAssertEqual(state.notice?.text, "mark a: Kremlin sentence 7")
        state.press(.character("G"), .tab)
        XCTAssertNil(state.row(of: sentence.range.lowerBound, in: 0))
        state.press(.character("'"), .character("a"))
        XCTAssertEqual(state.focus, 0, "the mark's pane takes the focus")
        XCTAssertNotNil(state.row(of: sentence.range.lowerBound, in: 0))
        XCTAssertEqual(state.currentSentence()?.sentence, 6, "y would copy the marked sentence")
        state.press(.character("'"), .character("b"))
        XCTAssertEqual(state.notice?.text, "mark b is not set (mb sets it)")
    }

    func testRestoredMarksFollowTheirTextOrAreReportedLost() {
        let old = Fixtures.document("Premier paragraphe.\n\nLa phrase marquée ici. Et une autre.\n", label: "A")
        let offset = Array(old.text.unicodeScalars).firstIndex(of: "L")!
        let kept = ReadingMark(version: 0, offset: offset, text: "La phrase marquée ici.")
        let edited = Fixtures.document("Un nouveau début bien plus long.\n\nPremier paragraphe.\n\nLa phrase marquée ici. Et une autre.\n", label: "A")
        let other = Fixtures.document("Rien de commun.", label: "B")
        var state = ReaderState(documents: [edited, other], width: 80, height: 12, theme: Fixtures.theme)
        let effects = state.apply(.restored(RestoredSession(marks: [
            "a": kept,
            "b": ReadingMark(version: 1, offset: 0, text: "Rien de commun."),
            "c": ReadingMark(version: 1, offset: 0, text: "Une phrase effacée."),
            "d": ReadingMark(version: 5, offset: 0, text: "Une version de trop."),
        ])))
        let moved = Array(edited.text.unicodeScalars).firstIndex(of: "L")!
        XCTAssertEqual(state.reading.marks["a"]?.offset, moved, "a moved with its text")
        XCTAssertEqual(state.reading.marks["b"]?.offset, 0, "b is where it was")
        XCTAssertNil(state.reading.marks["c"])
        XCTAssertNil(state.reading.marks["d"])
        XCTAssertEqual(state.notice?.text, "mark c lost: its sentence is no longer in B; mark a followed its text")
        XCTAssertEqual(effects, [.saveMarks(state.reading.marks)], "the marks are saved as they are now")
    }

    func testUnchangedMarksRestoreQuietly() {
        var state = Fixtures.bundledState(width: 100, height: 24)
        let effects = state.apply(.restored(RestoredSession(marks: ["z": ReadingMark(version: 1, offset: 0, text: "TASS")])))
        XCTAssertEqual(effects, [.saveMarks([:])], "a mark whose text is nowhere is lost")
        let text = state.documents[1].string(0..<20)
        let quiet = state.apply(.restored(RestoredSession(marks: ["z": ReadingMark(version: 1, offset: 0, text: text)])))
        XCTAssertEqual(quiet, [])
        XCTAssertNotNil(state.reading.marks["z"])
    }

    func testNearestOccurrenceWinsWhenTheTextRepeats() {
        let document = Fixtures.document("Oui. Non. Oui. Peut-être. Oui.", label: "A")
        let mark = ReadingMark(version: 0, offset: 12, text: "Oui.")
        XCTAssertEqual(MarkLocator.locate(mark, in: document), .moved(to: 10))
        XCTAssertEqual(MarkLocator.locate(ReadingMark(version: 0, offset: 10, text: "Oui."), in: document), .unchanged)
        XCTAssertEqual(MarkLocator.locate(ReadingMark(version: 0, offset: 0, text: ""), in: document), .lost)
    }
}
