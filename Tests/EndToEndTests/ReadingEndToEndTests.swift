import Foundation
import XCTest

/// Reading by topic in a real terminal, checked on the cells tmux holds: stepping one topic
/// through both panes, `}` round all topics, the tints of the current sentence and its
/// partner, the status line at small sizes, colours and gutter marks.
final class ReadingEndToEndTests: XCTestCase {
    /// The reader on the bundled readouts, linked.
    func start(width: Int, height: Int, arguments: [String] = [], environment: [String: String] = [:]) throws -> Tmux {
        try Tmux.requireTmux()
        let tmux = try Tmux()
        try tmux.start(arguments, width: width, height: height, environment: environment)
        try tmux.waitForStart()
        try tmux.wait("linking to finish") { !(try status(tmux)).contains("linking") }
        return tmux
    }

    func status(_ tmux: Tmux) throws -> String {
        try tmux.screen().last { !$0.isEmpty } ?? ""
    }

    /// "B Ukraine 3/5 · Kremlin" in the status line: the topic's label, i, n and the pane.
    func focusedTopic(_ status: String) -> (label: String, index: Int, count: Int, pane: String)? {
        guard let match = status.firstMatch(of: /\ \ [A-Za-z0-9] (.+?) (\d+)\/(\d+) · ([^ ].*?)(  |$)/) else { return nil }
        return (String(match.1), Int(match.2)!, Int(match.3)!, String(match.4))
    }

    /// The rows between the title row and the status line.
    func contentRows(_ screen: StyledScreen) -> Range<Int> {
        1..<(screen.rows.lastIndex { !$0.isEmpty } ?? 1)
    }

    /// The divider's column (row 2 of the screen).
    func divider(_ screen: StyledScreen) -> Int {
        screen.rows[2].firstIndex { ["│", "↗", "↘", "↖", "↙"].contains($0.character) }!
    }

    /// The content cells of a pane (0 left, 1 right): the left pane ends where the gutter
    /// begins, two columns before the divider; the right one starts under its title bar.
    func paneCells(_ screen: StyledScreen, pane: Int, row: Int) -> ArraySlice<StyledScreen.Cell> {
        let d = divider(screen)
        let cells = screen.rows[row]
        let title = screen.rows[0]
        let rightStart = title.indices.first { $0 > d + 2 && title[$0].attributes.background == title.last?.attributes.background } ?? d + 3
        return pane == 0 ? cells[0..<min(cells.count, d - 2)] : cells[min(cells.count, rightStart)..<cells.count]
    }

    /// The most common background (or foreground) of the panes' text: the body text's.
    func bodyColours(_ screen: StyledScreen) -> (background: String?, foreground: String?) {
        var backgrounds: [String?: Int] = [:]
        var foregrounds: [String?: Int] = [:]
        for row in contentRows(screen) {
            for pane in 0..<2 {
                for cell in paneCells(screen, pane: pane, row: row) where cell.character != " " {
                    backgrounds[cell.attributes.background, default: 0] += 1
                    foregrounds[cell.attributes.foreground, default: 0] += 1
                }
            }
        }
        return (backgrounds.max { $0.value < $1.value }!.key, foregrounds.max { $0.value < $1.value }!.key)
    }

    /// The text of the cells of a pane drawn on background `colour`.
    func text(on colour: String?, _ screen: StyledScreen, pane: Int) -> String {
        contentRows(screen).map { row in
            String(paneCells(screen, pane: pane, row: row).filter { $0.attributes.background == colour }.map(\.character))
        }.joined(separator: " ")
    }

    /// Backgrounds other than the body text's used in a pane's text.
    func tints(_ screen: StyledScreen, pane: Int, body: String?) -> Set<String?> {
        var found = Set<String?>()
        for row in contentRows(screen) {
            for cell in paneCells(screen, pane: pane, row: row) where cell.character != " " && cell.attributes.background != body {
                found.insert(cell.attributes.background)
            }
        }
        return found
    }

    /// `]` steps one topic end to end: every occurrence once, the Kremlin's then the White
    /// House's, each drawn as the current one (its sentence tinted, in the pane the status
    /// line names, holding the focused topic's emphasised words), then wraps to the first.
    func testOneTopicSteppedThroughBothPanes() throws {
        let tmux = try start(width: 160, height: 45)
        try tmux.press("]")
        let opening = try status(tmux)
        let first = try XCTUnwrap(focusedTopic(opening), opening)
        XCTAssertEqual(first.index, 1)
        XCTAssertEqual(first.pane, "Kremlin")
        var panes: [String] = []
        var tint: String??
        for step in 1...first.count {
            if step > 1 { try tmux.press("]") }
            let line = try status(tmux)
            let topic = try XCTUnwrap(focusedTopic(line), line)
            XCTAssertEqual(topic.label, first.label, line)
            XCTAssertEqual(topic.index, step, line)
            panes.append(topic.pane)
            let screen = StyledScreen(try tmux.styledScreen())
            let body = bodyColours(screen).background
            let pane = topic.pane == "Kremlin" ? 0 : 1
            let current = tints(screen, pane: pane, body: body)
            XCTAssertEqual(current.count, 1, "step \(step): one tint in the current pane: \(current)")
            if tint == nil { tint = current.first } else { XCTAssertEqual(current.first, tint!, "the same tint each step") }
            // The current occurrence's words are in the tinted sentence, emphasised.
            let emphasised = contentRows(screen).flatMap { row in
                paneCells(screen, pane: pane, row: row).filter { $0.attributes.background == current.first && $0.attributes.bold && $0.attributes.underline }
            }
            XCTAssertFalse(emphasised.isEmpty, "step \(step): the focused topic's words in the current sentence")
        }
        XCTAssertEqual(panes.first, "Kremlin")
        XCTAssertEqual(panes.last, "Maison Blanche")
        XCTAssertEqual(panes, panes.sorted { $0 == "Kremlin" && $1 != "Kremlin" }, "the Kremlin's first, then the White House's")
        try tmux.press("]")
        let wrapped = try status(tmux)
        XCTAssertEqual(focusedTopic(wrapped)?.index, 1, wrapped)
        XCTAssertTrue(wrapped.contains("wrapped to the first"), wrapped)
    }

    /// `}` visits every topic the topic list shows once, then wraps to the first with a notice.
    func testBraceVisitsEveryTopicOnceBeforeWrapping() throws {
        let tmux = try start(width: 160, height: 45)
        try tmux.press("t")
        let listed = try tmux.screen().compactMap { line in line.firstMatch(of: /(\d+) of (\d+) topics/).map { Int($0.2)! } }.first
        let count = try XCTUnwrap(listed)
        try tmux.press("Escape")
        var labels: [String] = []
        for _ in 0..<count {
            try tmux.press("}")
            let line = try status(tmux)
            labels.append(try XCTUnwrap(focusedTopic(line), line).label)
        }
        XCTAssertEqual(Set(labels).count, count, "each topic once: \(labels)")
        try tmux.press("}")
        let line = try status(tmux)
        XCTAssertEqual(focusedTopic(line)?.label, labels[0], line)
        XCTAssertTrue(line.contains("wrapped to the first topic"), line)
    }

    /// The current occurrence's sentence and, after Enter, its partner in the other pane
    /// carry two distinct tints, neither the text's background.
    func testCurrentAndPartnerCarryDistinctStyles() throws {
        let tmux = try start(width: 160, height: 45)
        try tmux.press("F")  // follow mode off: the partner is tinted after Enter only
        try tmux.press("t")
        try tmux.type("troupes")
        try tmux.press("Enter")
        var screen = StyledScreen(try tmux.styledScreen())
        let body = bodyColours(screen).background
        XCTAssertEqual(tints(screen, pane: 1, body: body), [], "no partner before Enter")
        let current = try XCTUnwrap(tints(screen, pane: 0, body: body).first)
        XCTAssertTrue(text(on: current, screen, pane: 0).contains("troupes"), text(on: current, screen, pane: 0))
        try tmux.press("Enter")
        screen = StyledScreen(try tmux.styledScreen())
        let partner = try XCTUnwrap(tints(screen, pane: 1, body: body).first)
        XCTAssertNotEqual(partner, current)
        XCTAssertNotEqual(partner, body)
        XCTAssertTrue(text(on: partner, screen, pane: 1).contains("renforcement"), text(on: partner, screen, pane: 1))
        XCTAssertTrue(text(on: current, screen, pane: 0).contains("troupes"), "the current sentence keeps its tint")
    }

    /// At 80 × 24, 60 × 20 and 40 × 15 the status line never cuts a word except with "…",
    /// whatever notice it carries, and keeps "? help" at 80 columns.
    func testTheStatusLineNeverCutsAWord() throws {
        for keys in [["}", "}", "Enter"], ["o"], ["]", "]", "]", "]", "]", "]"]] {
            let tmux = try start(width: 200, height: 30)
            for key in keys { try tmux.press(key) }
            let wide = try status(tmux)
            var words = Set(wide.split(separator: " ").map(String.init))
            // What one pane at a time adds: "1/2 · Tab: Maison Blanche".
            words.formUnion("1/2 2/2 · Tab: Tab Kremlin Maison Blanche".split(separator: " ").map(String.init))
            for (width, height) in [(80, 24), (60, 20), (40, 15)] {
                let before = try tmux.inputCount() ?? 0
                try tmux.resize(width: width, height: height)
                try tmux.waitForInputs(before + 1)
                let line = try status(tmux)
                XCTAssertLessThanOrEqual(line.count, width)
                for token in line.split(separator: " ").map(String.init) {
                    let fine = words.contains(token) || token.hasSuffix("…") || token.wholeMatch(of: /#\d+|\d+%|Top|Bot|All/) != nil
                    XCTAssertTrue(fine, "\(width) × \(height): \"\(token)\" is cut in \"\(line)\" (wide: \"\(wide)\")")
                }
                // "? help" at 80 columns, unless the tests' input counter ("#12", which no reader
                // sees) takes the four columns "help" needs: `StatusLineTests` renders the same
                // line without it and finds "? help".
                if width == 80 {
                    XCTAssertTrue(line.contains("? help") || line.wholeMatch(of: /.*\? #\d+ ?/) != nil, line)
                }
            }
        }
    }

    /// At 160 × 45 every topic has a colour of its own: the topic list's swatches (letter and
    /// colour) correspond one to one, and every coloured word on screen, in both panes, is
    /// in one of those colours — so no two topics on screen share one.
    func testNoTwoVisibleTopicsShareAColour() throws {
        let tmux = try start(width: 160, height: 45)
        var screen = StyledScreen(try tmux.styledScreen())
        let (_, text) = bodyColours(screen)
        let heading = screen.find("Relations bilatérales").first!.attributes[0].foreground
        var onScreen = Set<String?>()
        for row in contentRows(screen) {
            for pane in 0..<2 {
                for cell in paneCells(screen, pane: pane, row: row) where cell.character != " " {
                    if cell.attributes.foreground != text && cell.attributes.foreground != heading { onScreen.insert(cell.attributes.foreground) }
                }
            }
        }
        try tmux.press("t")
        screen = StyledScreen(try tmux.styledScreen())
        var colourOfLetter: [Character: String?] = [:]
        var lettersOfColour: [String?: Set<Character>] = [:]
        for row in screen.rows {
            // A swatch: the topic's letter, reversed, in its colour.
            guard let swatch = row.first(where: { $0.attributes.reverse && ($0.character.isLetter || $0.character.isNumber) }) else { continue }
            colourOfLetter[swatch.character] = swatch.attributes.foreground
            lettersOfColour[swatch.attributes.foreground, default: []].insert(swatch.character)
        }
        let listed = try XCTUnwrap(try tmux.screen().compactMap { $0.firstMatch(of: /(\d+) of (\d+) topics/).map { Int($0.2)! } }.first)
        XCTAssertEqual(colourOfLetter.count, listed, "a swatch per topic")
        for (colour, letters) in lettersOfColour { XCTAssertEqual(letters.count, 1, "\(letters) share \(colour ?? "no colour")") }
        XCTAssertGreaterThanOrEqual(onScreen.count, 11, "most of the thirteen topics are on screen at once")
        for colour in onScreen { XCTAssertNotNil(lettersOfColour[colour], "\(colour ?? "-") on screen is no topic's colour") }
    }

    /// Every row where a topic word starts carries a gutter mark; a row where two start
    /// carries a "+" too (160 × 45, both panes).
    func testEveryOccurrenceStartHasAMark() throws {
        let tmux = try start(width: 160, height: 45)
        let screen = StyledScreen(try tmux.styledScreen())
        let d = divider(screen)
        let (_, text) = bodyColours(screen)
        let heading = screen.find("Relations bilatérales").first!.attributes[0].foreground
        // Topic words are drawn in their topic's colour, the spaces inside an occurrence too.
        func isColoured(_ cell: StyledScreen.Cell) -> Bool {
            cell.attributes.foreground != text && cell.attributes.foreground != heading
        }
        var checked = 0
        for pane in 0..<2 {
            let (markColumn, moreColumn) = pane == 0 ? (d - 1, d - 2) : (d + 1, d + 2)
            var previousLast: StyledScreen.Cell?
            for row in contentRows(screen) {
                let cells = Array(paneCells(screen, pane: pane, row: row))
                var starts = 0
                for (x, cell) in cells.enumerated() where cell.character != " " && isColoured(cell) {
                    // A cell of the same colour just before (or ending the row above, for an
                    // occurrence that wraps) continues the occurrence.
                    let before = x == 0 ? previousLast : cells[x - 1]
                    if let before, isColoured(before), before.attributes == cell.attributes { continue }
                    starts += 1
                }
                previousLast = cells.last { $0.character != " " }
                if starts >= 1 {
                    checked += 1
                    let mark = screen.rows[row][markColumn].character
                    XCTAssertTrue(mark.isLetter || mark.isNumber, "pane \(pane) row \(row): no mark for \(starts) occurrence(s): \(screen.text(row))")
                }
                if starts >= 2 {
                    XCTAssertEqual(screen.rows[row][moreColumn].character, "+", "pane \(pane) row \(row): \(screen.text(row))")
                }
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }

    /// With NO_COLOR every topic word is underlined, plain words are not, and the focused
    /// topic's words are bold as well.
    func testWithoutColourEveryTopicWordIsUnderlined() throws {
        let tmux = try start(width: 140, height: 50, environment: ["NO_COLOR": "1"])
        var screen = StyledScreen(try tmux.styledScreen())
        let ukraine = screen.find("Ukraine").filter { $0.row > 0 && $0.row < screen.rows.count - 1 }
        XCTAssertFalse(ukraine.isEmpty)
        for hit in ukraine { XCTAssertTrue(hit.attributes.allSatisfy(\.underline), "row \(hit.row): \(hit.attributes)") }
        XCTAssertFalse(screen.find("présidents").first!.attributes.contains(where: \.underline), "plain words stay plain")
        try tmux.press("]")
        screen = StyledScreen(try tmux.styledScreen())
        let focused = screen.find("consultations").first { $0.row > 0 }!
        XCTAssertTrue(focused.attributes.allSatisfy { $0.underline && $0.bold }, "\(focused.attributes)")
    }

    /// Three accounts: `:2` in the first pane, then Tab: the status line and Enter speak of
    /// the second pane's linked sentence (they went on naming "· Kremlin RU" and reporting
    /// the first pane's links).
    func testTabCarriesThePassageToTheFocusedPane() throws {
        let scratch = try ScratchDirectory("readouts-focus")
        defer { scratch.remove() }
        let texts = [
            ("Kremlin RU", "The presidents spoke by telephone on Tuesday.\n\nThey discussed the energy infrastructure strikes in detail.\n\nA prisoner exchange of 175 soldiers was agreed.\n\nThe weather in Moscow was cold and grey."),
            ("Kremlin EN", "A prisoner exchange of 175 soldiers was agreed by both sides.\n\nThe presidents spoke by telephone.\n\nThe energy infrastructure strikes will pause for thirty days."),
            ("White House", "Both sides will exchange 175 prisoners and soldiers.\n\nThe two presidents spoke by telephone today.\n\nStrikes on energy infrastructure will stop."),
        ]
        var files: [String] = []
        for (number, (label, text)) in texts.enumerated() {
            files.append(try scratch.write("v\(number + 1).md", "---\nlabel: \(label)\n---\n\n" + text + "\n"))
        }
        let tmux = try start(width: 180, height: 30, arguments: files)
        _ = try tmux.type(":2")
        _ = try tmux.press("Enter")
        let before = try status(tmux)
        XCTAssertTrue(before.contains("· Kremlin RU"), before)
        _ = try tmux.press("Tab")
        let after = try status(tmux)
        XCTAssertTrue(after.hasPrefix(" Kremlin EN"), after)
        XCTAssertFalse(after.contains("· Kremlin RU"), "the passage left behind: \(after)")
        XCTAssertTrue(after.contains("· Kremlin EN"), "the focused pane's passage: \(after)")
        _ = try tmux.press("Enter")
        let links = try status(tmux)
        XCTAssertTrue(links.contains("Kremlin RU link"), links)
        XCTAssertFalse(links.contains("Kremlin EN link"), "the first pane's links: \(links)")
    }
}
