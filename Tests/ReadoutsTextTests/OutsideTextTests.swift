import XCTest
@testable import ReadoutsText

/// Outside text on its way into one line: messages (visible escapes) and labels
/// (placeholders, bounded).
final class OutsideTextTests: XCTestCase {
    func testMessagesShowEveryUnsafeScalarAsAVisibleEscape() {
        XCTAssertEqual(Sanitiser.escapedForMessage("b\u{1B}]2;PWNED\u{07}.md"), "b\\e]2;PWNED\\a.md")
        XCTAssertEqual(Sanitiser.escapedForMessage("x\n\r\t.md"), "x\\n\\r\\t.md")
        XCTAssertEqual(Sanitiser.escapedForMessage("\u{0}\u{1F}\u{7F}\u{9B}31m"), "\\x00\\x1F\\x7F\\x9B31m")
        XCTAssertEqual(Sanitiser.escapedForMessage("\u{202E}txt.exe\u{2066}\u{2028}"), "\\u{202E}txt.exe\\u{2066}\\u{2028}")
        XCTAssertEqual(Sanitiser.escapedForMessage("Maison Blanche « été » 漢字 👍🏽 C:\\x"), "Maison Blanche « été » 漢字 👍🏽 C:\\x",
                       "printable text, backslashes included, is kept as it is")
    }

    func testLabelsGetTheDocumentTextTreatmentOnOneLine() {
        XCTAssertEqual(Sanitiser.sanitisedLine("Kremlin\u{9B}31m\u{202E}"), "Kremlin␦31m␦")
        XCTAssertEqual(Sanitiser.sanitisedLine("a\nb\tc\u{1B}"), "a␊b␉c␛")
        XCTAssertEqual(DisplayLabel.normalised("  Maison Blanche \n"), "Maison Blanche", "surrounding spaces and line breaks go")
        XCTAssertEqual(DisplayLabel.normalised("Draft\n2"), "Draft␊2")
    }

    func testAHugeLabelIsBounded() throws {
        let heading = String(repeating: "Déclaration ", count: 10_000)
        // A heading that long labels nothing (`DisplayLabel.heading`): the file's name does.
        XCTAssertEqual(try DocumentLoader.load(bytes: Array("# \(heading)\n\nText.\n".utf8), name: "h.md", markdown: true).label, "h.md")
        // A front matter's (its lines are of 1,000 characters at most) is cut.
        let long = String(repeating: "Déclaration ", count: 80)
        let document = try DocumentLoader.load(bytes: Array("---\nlabel: \(long)\n---\nText.\n".utf8), name: "h.md", markdown: true)
        XCTAssertEqual(document.label.count, DisplayLabel.maximumLength)
        XCTAssertTrue(document.label.hasPrefix("Déclaration Déclaration"))
        XCTAssertTrue(document.label.hasSuffix("…"))
        XCTAssertLessThanOrEqual(document.id.count, DisplayLabel.maximumLength)
        var renamed = document
        renamed.label = String(repeating: "x", count: 100_000)
        XCTAssertEqual(renamed.label.count, DisplayLabel.maximumLength, "a label set later is bounded too (--label)")
        XCTAssertEqual(DisplayLabel.normalised(String(repeating: "y", count: DisplayLabel.maximumLength)).count, DisplayLabel.maximumLength,
                       "a label of the maximum length is kept whole")
    }
}
