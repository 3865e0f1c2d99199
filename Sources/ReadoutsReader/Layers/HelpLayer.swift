import ReadoutsThemes

/// The help overlay (F1, or `?` before a search pattern is typed).
public struct HelpLayer: Equatable, Sendable {
    /// Rows scrolled, when the help is taller than the window.
    public var scroll = 0
    /// Opened by `?` together with the search prompt: typing a pattern closes it.
    public var untilTyping = false
}

/// The help's own keys.
enum HelpAction: Sendable {
    /// Rows, pages (the rows shown, less one kept for context), half pages, the top, the end.
    case scroll(Int), page(Int), halfPage(Int), top, bottom, close
}

extension HelpLayer {
    /// Shown in the help's own footer rather than among the other keys.
    static let keymap = Keymap<HelpAction>([
        KeyGroup("In this help", [
            KeyBinding(keys: [.character("j"), .down], .scroll(1), "scroll"),
            KeyBinding(keys: [.character("k"), .up], .scroll(-1), sharingRow: ()),
            KeyBinding(keys: [.character(" "), .character("f"), .pageDown, .control("f")], .page(1), sharingRow: ()),
            KeyBinding(keys: [.character("b"), .pageUp, .control("b")], .page(-1), sharingRow: ()),
            KeyBinding(keys: [.character("g"), .home], .top, sharingRow: ()),
            KeyBinding(keys: [.character("G"), .end], .bottom, sharingRow: ()),
            KeyBinding([[.any]], .close, "closes"),
        ]),
    ])
}

extension ReaderState {
    mutating func openHelp(untilTyping: Bool = false) {
        push(.help(HelpLayer(untilTyping: untilTyping)))
    }

    /// Scroll keys move a help that does not fit; any other key closes it (and does nothing else).
    mutating func handleHelpKey(_ key: Key, layer position: Int) -> LayerResponse {
        guard case .help = layers[position] else { return .passed }
        guard case .action(let action, _) = HelpLayer.keymap.resolve([key]) else { return .passed }
        if case .close = action {
            layers.remove(at: position)
        } else if !scrollHelp(action) {
            layers.remove(at: position)
        }
        return .consumed([])
    }

    /// Scrolls the help by `action`; false when it fits the window, so there is nothing to scroll.
    mutating func scrollHelp(_ action: HelpAction) -> Bool {
        guard let position = layers.firstIndex(where: { $0.kind == .help }), case .help(var help) = layers[position] else { return false }
        let layout = HelpLayout(width: width, height: height, keymap: keymap, theme: theme)
        guard layout.overflows else { return false }
        let last = max(0, layout.tallest - layout.available)
        switch action {
        case .close: return false
        case .scroll(let rows): help.scroll += rows
        case .page(let pages): help.scroll += pages * max(1, layout.available - 1)
        case .halfPage(let halves): help.scroll += halves * max(1, layout.available / 2)
        case .top: help.scroll = 0
        case .bottom: help.scroll = last
        }
        help.scroll = min(max(0, help.scroll), last)
        layers[position] = .help(help)
        return true
    }

    /// While the help `?` showed is open over an empty prompt, the keys that type nothing
    /// scroll it: at 80 × 24 a press officer saw its first 21 rows, every key typed into the
    /// search, and the Search and Marks rows stayed out of reach. Printable keys still type
    /// the pattern; ↑ at the help's top recalls an earlier search, as in the prompt.
    mutating func scrollHelpOverEmptyPrompt(_ key: Key, prompt: SearchPrompt) -> Bool {
        guard prompt.characters.isEmpty, prompt.historyIndex == nil, let help, help.untilTyping else { return false }
        let action: HelpAction
        switch key {
        case .down: action = .scroll(1)
        case .up where help.scroll > 0: action = .scroll(-1)
        case .pageDown, .control("f"): action = .page(1)
        case .pageUp, .control("b"): action = .page(-1)
        case .control("d"): action = .halfPage(1)
        case .control("u"): action = .halfPage(-1)
        case .home: action = .top
        case .end: action = .bottom
        default: return false
        }
        return scrollHelp(action)
    }
}

/// Every binding of every keymap, grouped as the help shows them: the main keys, then the
/// keys of each layer, then the mouse.
enum HelpContent {
    typealias Line = (key: String, text: String, isHeading: Bool)

    /// The help's groups for the main view's `keymap` (with the configuration's overrides).
    static func groups(_ keymap: Keymap<Command> = ReaderKeymap.main) -> [[Line]] {
        func lines<Action>(_ keymap: Keymap<Action>) -> [[Line]] {
            keymap.groups.map { group in [(group.title, "", true)] + group.helpRows.map { ($0.keys, $0.summary, false) } }
        }
        // The topic list, the compare view and this help show their keys in their own
        // title or footer rows.
        // A key that works anywhere (Ctrl-C) joins the row of the main key that does the
        // same ("q Q ZZ ZQ Ctrl-C  quit"), or the main keys' last group, so the help stays small.
        var main = lines(keymap)
        for line in lines(ReaderKeymap.global).flatMap({ $0.dropFirst() }) {
            if let group = main.lastIndex(where: { $0.contains { !$0.isHeading && $0.text == line.text } }),
                let row = main[group].firstIndex(where: { !$0.isHeading && $0.text == line.text })
            {
                main[group][row].key += " " + line.key
            } else {
                main[main.count - 1].append(line)
            }
        }
        var groups = main + lines(SearchPrompt.keymap)
        // Clicks share a row: "click / a mark  focus a pane or topic / its link".
        let mouse = ReaderKeymap.mouse
        let wheel = mouse.filter { $0.gesture == .wheel }.map { ($0.gesture.rawValue, $0.summary, false) }
        let clicks = mouse.filter { $0.gesture != .wheel }
        let clickRow = (clicks.map { $0.gesture == .clickMark ? "a mark" : $0.gesture.rawValue }.joined(separator: " / "),
                        clicks.map(\.summary).joined(separator: " / "), false)
        groups.append([("Mouse", "", true)] + wheel + [clickRow])
        return groups
    }
}

extension HelpContent {
    /// What the screen shows besides the text, for a newcomer who has not read the manual:
    /// shown last where the window has room for it beside every key, else on the help's
    /// second page (a student at 100 × 30 never saw it and could not read "↙A", "F+" or
    /// "lexical cached" in the margin and the status line). It says what `theme` draws:
    /// under NO_COLOR "colour" and "tint" named nothing on screen, where topic words are
    /// underlined and the current passage bold, its link italic.
    static func legend(_ theme: TerminalTheme) -> [Line] {
        let text = theme.style("ui.text")
        let current = theme.style("topic.current"), partner = theme.style("topic.partner")
        let tints: [Line] = current.background != text.background && partner.background != text.background
            ? [("tint", "current passage, its link", false)]
            : [(look(current, beside: text), "the current passage", false), (look(partner, beside: text), "the passage linked to it", false)]
        // Where the focused topic is reversed (`mono`), its current occurrence is the other way round.
        let occurrence = theme.topic(0, state: .focused).modifiers.contains(.reverse) ? "unreversed" : "reverse"
        return [
            ("On screen", "", true),
            (theme.topicsHaveColour ? "colour" : "underline", "its words, in every pane", false),
            ("A  A+", "its letter, + more topics", false),
            ("letter", "alone: found by meaning", false),
            ("↗↘ ↖↙", "linked passage off screen", false),
        ] + tints + [
            // The gutter's "*" marks its row (`renderTopicGutters`).
            (occurrence + "  *A", "the current occurrence", false),
            // Between drafts, what a draft changed (`diff.change`).
            (theme.style("diff.change").background != text.background ? "change tint" : look(theme.style("diff.change"), beside: text),
             "drafts: what changed", false),
        ] + legendOfTheStatusLine + [("", "", false)] + legendOfOneSidedStops
    }

    /// How `style` differs from body text, in a word: "tint" for a background of its own,
    /// else its attributes ("bold", "italic"), else "colour".
    static func look(_ style: TerminalStyle, beside text: TerminalStyle) -> String {
        if style.background != text.background { return "tint" }
        let added = style.modifiers.subtracting(text.modifiers)
        let names: [(Modifiers, String)] = [(.bold, "bold"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse"), (.dim, "faint")]
        let said = names.filter { added.contains($0.0) }.map(\.1)
        return said.isEmpty ? "colour" : said.joined(separator: " ")
    }

    /// What `o` says at each of its three kinds of stop (`ReaderState.stepOneSided`): the
    /// help's row for `o` said "one-sided passage" alone, and a student at 80 × 24 found
    /// what "only in", "passage not in" and "linked to nothing" meant only deep in the manual.
    static let legendOfOneSidedStops: [Line] = [
        ("What o stops at", "", true),
        ("only in X", "a topic X alone speaks of", false),
        ("passage not in X", "X has nothing linked to it", false),
        ("in no topic", "and linked to nothing", false),
    ]

    /// The status line's words, the same in every theme.
    static let legendOfTheStatusLine: [Line] = [
        ("lexical", "linked by shared words", false),
        ("semantic", "by words and by meaning", false),
        ("cached", "links from the last run", false),
        ("follow", "linked passages kept level", false),
        ("Top 47%", "how far into this pane", false),
        ("All", "this pane fits the window", false),
        ("[1/3]", "version 1 of 3", false),
    ]
}

/// Where the help's groups go: they flow into as many side-by-side columns as the width
/// allows; if they still do not fit, j/k scroll the overlay.
struct HelpLayout {
    typealias Line = HelpContent.Line
    var columns: [[Line]]
    var keyWidth: Int
    var columnWidth: Int
    /// Rows available for bindings (the window less the title and footer rows).
    var available: Int
    var tallest: Int { columns.map(\.count).max() ?? 0 }
    /// Whether the bindings are taller than the window, so j/k scroll them.
    var overflows: Bool { tallest > available }

    init(width: Int, height: Int, keymap: Keymap<Command> = ReaderKeymap.main,
         theme: TerminalTheme = TerminalTheme(theme: .builtIn, tier: .xterm256)) {
        let keys = HelpContent.groups(keymap)
        let legend = HelpContent.legend(theme)
        let withLegend = HelpLayout(groups: keys + [legend], width: width, height: height)
        if !withLegend.overflows {
            self = withLegend
            return
        }
        // The keys as they fit without it, the legend stacked under them: the first page
        // shows every key, paging down (the footer says there is more) shows the legend.
        var layout = HelpLayout(groups: keys, width: width, height: height)
        if let shortest = layout.columns.indices.min(by: { layout.columns[$0].count < layout.columns[$1].count }) {
            let padding = max(0, layout.available - layout.columns[shortest].count)
            layout.columns[shortest] += Array(repeating: ("", "", false), count: padding) + legend
        }
        self = layout
    }

    private init(groups: [[Line]], width: Int, height: Int) {
        let keyWidth = groups.joined().filter { !$0.isHeading }.map { CellWidth.of($0.key) }.max() ?? 0
        let columnWidth = groups.joined().map { $0.isHeading ? CellWidth.of($0.key) : keyWidth + 2 + CellWidth.of($0.text) }.max() ?? 0
        let available = max(1, height - 3)
        let maxColumns = max(1, (width - 2) / (columnWidth + 2))

        // Groups stay whole; each goes to the first column it fits in under `height` (a
        // short group may fill the end of an earlier column), else starts a new one.
        func pack(height: Int) -> [[Line]] {
            var columns: [[Line]] = [[]]
            for group in groups {
                let column = columns.firstIndex { $0.isEmpty || $0.count + 1 + group.count <= height } ?? columns.count
                if column == columns.count { columns.append([]) }
                if !columns[column].isEmpty { columns[column].append(("", "", false)) }
                columns[column] += group
            }
            return columns
        }
        // The fewest columns (up to what fits across) whose tallest column fits.
        let total = groups.map(\.count).reduce(0) { $0 + $1 + 1 }
        var columns = pack(height: available)
        for count in 1...maxColumns {
            let candidate = pack(height: max((total + count - 1) / count, groups.map(\.count).max() ?? 1))
            if candidate.count <= count && (candidate.map(\.count).max() ?? 0) <= available {
                columns = candidate
                break
            }
        }
        // More columns than fit across: stack the extra ones under the first ones (scrolled).
        if columns.count > maxColumns {
            var stacked = Array(repeating: [Line](), count: maxColumns)
            for (index, column) in columns.enumerated() {
                let slot = index % maxColumns
                if !stacked[slot].isEmpty { stacked[slot].append(("", "", false)) }
                stacked[slot] += column
            }
            columns = stacked
        }
        self.columns = columns
        self.keyWidth = keyWidth
        self.columnWidth = columnWidth
        self.available = available
    }
}

func renderHelp(_ frame: inout Frame, theme: TerminalTheme, scroll: Int = 0, keymap: Keymap<Command> = ReaderKeymap.main,
                untilTyping: Bool = false, counter: Int? = nil) {
    let help = HelpLayout(width: frame.width, height: frame.height, keymap: keymap, theme: theme)
    let (columns, keyWidth, columnWidth, available) = (help.columns, help.keyWidth, help.columnWidth, help.available)
    let tallest = columns.map(\.count).max() ?? 0
    let offset = max(0, min(scroll, tallest - available))
    let contentWidth = columns.count * (columnWidth + 2) + 2
    // Shown by `?`, the help is over the search prompt, whose row hides its footer: the
    // title says how to scroll, that a letter starts the search (a student pressed `j` to
    // scroll the help and searched for "j") and how to close, widening the box to say it.
    let titleSegments = untilTyping ? HelpTitle.overPrompt(overflows: tallest > available, keymap: keymap) : []
    let titleWidth = untilTyping ? HelpTitle.fullWidth(titleSegments) + 4 : 0
    let box = Rect.centered(in: frame.bounds, width: min(max(contentWidth, titleWidth), max(contentWidth, frame.width - 2)),
                            height: min(tallest, available) + 3)
    let indent = (box.width - min(box.width, contentWidth)) / 2
    let boxStyle = theme.style("ui.help")
    let keyStyle = theme.style("ui.help.key")
    let headingStyle = theme.style("ui.help.heading")
    if box.maxY >= frame.height {
        // Its footer is on the status row: the status line's ends beside it ("Kremlin Top",
        // "w ? help") read as part of the footer.
        frame.fill(x: 0, y: frame.height - 1, count: frame.width, style: theme.style("ui.status"))
        // The input counter the end-to-end tests read stays where the status line has it.
        if let counter {
            let text = "#\(counter)"
            frame.put(text, x: frame.width - CellWidth.of(text) - 1, y: frame.height - 1, style: theme.style("ui.status"))
        }
    }
    if box.y <= 0 {
        // Its title is on the panes' title row: the titles' ends beside it ("[2/3]", which
        // version of three a pane is) read as the help's page counter.
        frame.fill(x: 0, y: 0, count: frame.width, style: theme.style("ui.pane.title"))
    }
    let edged = theme.overlaysNeedAnEdge
    frame.fillOverlay(box, style: boxStyle, margin: theme.style("ui.text"), edged: edged)
    let title = untilTyping
        ? " " + HelpTitle.fitted(titleSegments, width: max(0, box.width - 6)) + " "
        : " Readouts help "
    frame.put(StatusSegment.ellipsised(title, width: max(0, box.width - 4), atWord: true), x: box.x + 2, y: box.y,
              style: headingStyle, limit: box.width - 2)
    if untilTyping, tallest > available {
        // The footer is under the prompt: the row above it says there is more, and how much.
        let below = tallest - offset - available
        let more = below > 0 ? "↓ more (\(below) row\(below == 1 ? "" : "s"))" : "↑ back (\(offset) rows above)"
        frame.put(StatusSegment.ellipsised(more, width: max(0, box.width - 4), atWord: true), x: box.x + indent + 2, y: box.maxY - 2,
                  style: theme.style("ui.empty"), limit: box.width - 4)
    }
    let rows = HelpLayer.keymap.groups[0].helpRows
    let footer = tallest > available
        // How to close first: where the row is short, the end gives way ("… b PgUp…" hid it).
        // Where the scroll keys scroll, "any key closes" said what they do not: "other keys".
        ? rows.reversed().map { $0.keys == KeyPattern.any.label ? "other keys close" : "\($0.keys) \($0.summary)" }.joined(separator: " · ")
            + " (\(offset + 1)–\(min(tallest, offset + available)) of \(tallest))"
        : "\(rows.last?.keys ?? "") \(rows.last?.summary ?? "")"
    // Cut at a word with "…" where the window is narrow, never in the middle of one; in the
    // edge's line, a space each side.
    let cut = StatusSegment.ellipsised(footer, width: max(0, box.width - (edged ? 6 : 4)), atWord: true)
    frame.put(edged ? " \(cut) " : cut, x: box.x + 2, y: box.maxY - 1, style: theme.style("ui.empty"), limit: box.width - 4)
    for (number, column) in columns.enumerated() {
        let x = box.x + indent + 2 + number * (columnWidth + 2)
        let limit = max(0, min(columnWidth, box.maxX - x))
        for (index, line) in column.dropFirst(offset).prefix(max(0, box.height - 3)).enumerated() {
            let y = box.y + 1 + index
            if line.isHeading {
                frame.put(line.key, x: x, y: y, style: headingStyle, limit: limit)
            } else {
                frame.put(line.key, x: x, y: y, style: keyStyle, limit: limit)
                let room = max(0, limit - keyWidth - 2)
                frame.put(StatusSegment.ellipsised(line.text, width: room, atWord: true), x: x + keyWidth + 2, y: y, style: boxStyle, limit: room)
            }
        }
    }
}

/// The title of the help `?` shows over the backward search's prompt, as status segments
/// so a narrow window keeps what matters most: how to close it, then how to see the rest,
/// then that typing searches ("Readouts help · ↓ PgDn more · type to search backward · q or
/// Esc closes" at 80 columns, "Help · ↓ more · Esc closes" at 40).
enum HelpTitle {
    typealias Form = StatusSegment.Form

    static func overPrompt(overflows: Bool, keymap: Keymap<Command>) -> [StatusSegment] {
        var segments = [StatusSegment([Form("Readouts help", 70), Form("Help", StatusSegment.required)])]
        if overflows { segments.append(StatusSegment([Form(" · ↓ PgDn more", 85), Form(" · ↓ more", 94)])) }
        segments.append(StatusSegment([Form(" · type to search backward", 80), Form(" · type to search", 88)]))
        segments.append(StatusSegment([Form(" · q or Esc closes", 75), Form(" · Esc closes", StatusSegment.required)]))
        segments.append(StatusSegment(" · \(ReaderKeymap.label(of: .help, in: keymap)): the help alone", priority: 50))
        return segments
    }

    /// Columns the title takes with every segment in its fullest form.
    static func fullWidth(_ segments: [StatusSegment]) -> Int {
        segments.reduce(0) { $0 + CellWidth.of($1.forms.first?.text ?? "") }
    }

    /// The title in at most `width` columns.
    static func fitted(_ segments: [StatusSegment], width: Int) -> String {
        // `fit` counts a margin of one column before the segments.
        StatusSegment.fit(segments, width: width + 1, spacing: 0).compactMap { $0 }.joined()
    }
}
