import ReadoutsThemes
import ReadoutsTopics
import XCTest
@testable import ReadoutsReader

/// Without colour (NO_COLOR: the `none` tier) the legends say what is drawn — underlined
/// topic words, a bold current passage and an italic link — the compare view marks the
/// words of one side only so that they cannot pass for topic words, and the overlays have
/// an edge, where only three blank cells told the help from the text behind it.
final class ColourlessLegendTests: XCTestCase {
    let library = ThemeLibrary(userDirectory: nil)

    func state(_ tier: ColorTier, width: Int = 160, height: Int = 45) throws -> ReaderState {
        let theme = TerminalTheme(theme: try library.load(named: "default"), tier: tier)
        var state = ReaderState(documents: Fixtures.bundled, width: width, height: height, theme: theme)
        state.apply(.topics(TopicIndex(Fixtures.bundledAnalysis, documents: Fixtures.bundled), progress: 1))
        return state
    }

    /// The legend's row for `text`, its key column trimmed.
    func legendKey(_ frame: Frame, for text: String) -> String? {
        guard let row = frame.lines.first(where: { $0.contains(text) }), let end = row.range(of: text)?.lowerBound else { return nil }
        let before = row[..<end].trimmingCharacters(in: .whitespaces)
        return before.components(separatedBy: "  ").last?.trimmingCharacters(in: CharacterSet(charactersIn: " │"))
    }

    func testTheHelpsLegendSaysWhatEachTierDraws() throws {
        var plain = try state(.none)
        plain.press(.function(1))
        let colourless = render(plain)
        XCTAssertEqual(legendKey(colourless, for: "its words, in every pane"), "underline", colourless.lines.joined(separator: "\n"))
        XCTAssertEqual(legendKey(colourless, for: "the current passage"), "bold")
        XCTAssertEqual(legendKey(colourless, for: "the passage linked to it"), "italic")
        XCTAssertFalse(colourless.lines.contains { $0.contains("current passage, its link") }, "no tint is drawn")
        var coloured = try state(.direct)
        coloured.press(.function(1))
        let frame = render(coloured)
        XCTAssertEqual(legendKey(frame, for: "its words, in every pane"), "colour")
        XCTAssertEqual(legendKey(frame, for: "current passage, its link"), "tint")
        // What the legend says is what the text shows: topic words underlined, the current passage bold.
        let theme = plain.theme
        XCTAssertTrue(theme.topic(0).modifiers.contains(.underline))
        XCTAssertTrue(theme.style("topic.current").modifiers.contains(.bold))
        XCTAssertTrue(theme.style("topic.partner").modifiers.contains(.italic))
    }

    /// Across two languages the words the aligner leaves alone are not said to be one side's
    /// only: a translator read "welcome" / "saluent" and "intelligence" / "renseignement"
    /// underlined as missing from the translation. They are left plain, and the legend says so.
    func testAcrossLanguagesUnalignedWordsAreNotSaidToBeOneSidesOnly() throws {
        let texts = ["Prime Minister Carney and President Macron welcome the new memorandum on intelligence sharing with Ukraine.",
                     "Le premier ministre Carney et le président Macron saluent le nouveau protocole sur le partage de renseignements avec l’Ukraine."]
        var state = Fixtures.analysedState(texts, prefix: "V", width: 140, height: 40)
        state.type(":1")
        state.press(.enter, .character("c"))
        let view = try XCTUnwrap(state.compareView, state.notice?.text ?? "")
        XCTAssertTrue(view.acrossLanguages)
        XCTAssertFalse(view.alignment.onlyLeft.isEmpty, "the aligner pairs few words of two languages")
        XCTAssertFalse(view.marks(0).contains { $0.mark == .only } || view.marks(1).contains { $0.mark == .only })
        let text = render(state).lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("plain: not aligned across languages"), text)
        XCTAssertFalse(text.contains("only on this side"), text)
    }

    /// A sentence wrapped by hand in its file (as whitehouse.gov's readouts are) reads in the
    /// compare view with a space where each line break was: a diplomat saw "President
    /// Biden�underscored the need…", where the panes read it whole.
    func testAHandWrappedSentenceReadsWholeInTheCompareView() throws {
        let texts = ["President Biden\nunderscored the need for Russia to take action to disrupt ransomware\ngroups operating in Russia.",
                     "President Putin said Russia would take action against ransomware groups operating in Russia."]
        // Plain text keeps its line breaks (Markdown would join the lines).
        let documents = texts.enumerated().map { Fixtures.document($1, label: "V\($0 + 1)", markdown: false) }
        XCTAssertTrue(documents[0].string(0..<documents[0].scalars.count).contains("\n"))
        var state = ReaderState(documents: documents, width: 140, height: 40, theme: Fixtures.theme)
        state.apply(.topics(TopicIndex(TopicEngine().analyse(documents), documents: documents), progress: 1))
        state.type(":1")
        state.press(.enter, .character("c"))
        XCTAssertNotNil(state.compareView, state.notice?.text ?? "")
        let text = render(state).lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("President Biden underscored the need"), text)
        XCTAssertTrue(text.contains("ransomware groups operating"), text)
        XCTAssertFalse(text.contains("\u{FFFD}"), text)
    }

    /// Underlined meant both "a topic's word" and "only on this side" in the compare view:
    /// without colour the words of one side only are reversed, and only topic words underlined.
    func testTheCompareViewWithoutColourTellsTopicWordsFromOneSidedOnes() throws {
        var plain = try state(.none, width: 120, height: 40)
        plain.goToTopic(Fixtures.bundledAnalysis.topics.firstIndex { $0.id == "troops" }!)
        plain.press(.character("c"))
        let view = try XCTUnwrap(plain.compareView)
        let frame = render(plain)
        let text = frame.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("underlined: same topic"), text)
        XCTAssertTrue(text.contains("reversed: only on this side"), text)
        XCTAssertFalse(text.contains("colour"), text)
        // Find the compared sentences' cells: every underlined word is a topic's, every reversed one a side's own.
        let onlyWords = Set(view.alignment.onlyLeft.map { String(view.sides[0].text.unicodeScalars.dropFirst($0.lowerBound).prefix($0.count)) })
        XCTAssertFalse(onlyWords.isEmpty)
        // Inside the box, below its title: the reason, the two sentences, the legend.
        let top = try XCTUnwrap(frame.lines.firstIndex { $0.contains("┌─ Compare") })
        let left = try XCTUnwrap((0..<frame.width).first { frame[$0, top].text == "┌" })
        let right = try XCTUnwrap((left..<frame.width).last { frame[$0, top].text == "┐" })
        let bottom = try XCTUnwrap((top + 1..<frame.height).first { frame[left, $0].text == "└" })
        var oneSided = plain.theme.style("ui.help")
        oneSided.modifiers.insert(.reverse)
        var underlined = 0, reversed = 0
        let sideTitles = Set(view.sides.flatMap { [$0.label, $0.name] })
        func inside(_ y: Int) -> String { (left + 1..<right).map { frame[$0, y].text }.joined().trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue((top + 1..<bottom).contains { sideTitles.contains(inside($0)) })
        for y in top + 1..<bottom where !sideTitles.contains(inside(y)) {
            for x in left + 1..<right where frame[x, y].text != " " {
                if frame[x, y].style.modifiers.contains(.underline) {
                    underlined += 1
                    XCTAssertFalse(frame[x, y].style.modifiers.contains(.reverse), "row \(y): \(frame.row(y))")
                }
                if frame[x, y].style == oneSided { reversed += 1 }
            }
        }
        XCTAssertGreaterThan(underlined, 0, "topic words are underlined")
        XCTAssertGreaterThan(reversed, 0, "words of one side only are reversed")
        // With colour, nothing changes: topic colours, and underlined words of one side.
        var coloured = try state(.direct, width: 120, height: 40)
        coloured.goToTopic(Fixtures.bundledAnalysis.topics.firstIndex { $0.id == "troops" }!)
        coloured.press(.character("c"))
        let colouredText = render(coloured).lines.joined(separator: "\n")
        XCTAssertTrue(colouredText.contains("topic colour: same topic") && colouredText.contains("underlined: only on this side"), colouredText)
    }

    /// The help over the text, without colour: a line round it and a blank column outside
    /// it; with colour its own background is its edge, and no line is drawn.
    func testTheHelpHasAnEdgeWithoutColour() throws {
        var plain = try state(.none, width: 120, height: 45)
        plain.press(.function(1))
        let frame = render(plain)
        let top = try XCTUnwrap(frame.lines.firstIndex { $0.contains("Readouts help") })
        let left = try XCTUnwrap(frame.row(top).distance(of: "┌─ Readouts help"), frame.row(top))
        let right = try XCTUnwrap((left..<frame.width).last { frame[$0, top].text == "┐" })
        let bottom = try XCTUnwrap((top + 1..<frame.height).first { frame[left, $0].text == "└" })
        XCTAssertEqual(frame[right, bottom].text, "┘")
        for y in top + 1..<bottom {
            XCTAssertEqual(frame[left, y].text, "│", "row \(y): \(frame.row(y))")
            XCTAssertEqual(frame[right, y].text, "│", "row \(y): \(frame.row(y))")
        }
        for y in top...bottom {
            if left > 0 { XCTAssertEqual(frame[left - 1, y].text, " ", "a blank column left of the edge, row \(y)") }
            if right + 1 < frame.width { XCTAssertEqual(frame[right + 1, y].text, " ", "a blank column right of the edge, row \(y)") }
        }
        XCTAssertTrue(frame.row(bottom).contains("─ any key closes ─"), frame.row(bottom))
        var coloured = try state(.direct, width: 120, height: 45)
        coloured.press(.function(1))
        XCTAssertFalse(render(coloured).lines.joined().contains("┌"), "the help's background is its edge")
    }
}
