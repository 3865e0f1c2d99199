import ReadoutsText
import ReadoutsThemes
import ReadoutsTopics

/// The `t` overlay: every topic with its colour, mark and count per version — a presence
/// matrix showing at a glance what each version covers and leaves out. Typing filters it;
/// ↑/↓ (or Ctrl-P/Ctrl-N) move; Enter jumps; Esc closes.
public struct TopicListState: Sendable, Equatable {
    public var filter = ""
    public var selection = 0

    /// Topic indices matching the filter (case- and accent-insensitive), in list order. A
    /// filter of one character that is a topic's gutter letter (case counts: "E", not "e")
    /// puts that topic first, so the letter seen in the gutter, then Enter, goes to it.
    func rows(_ index: TopicIndex) -> [Int] {
        let needle = Self.fold(filter)
        let matching = needle.isEmpty ? index.topicListOrder : index.topicListOrder.filter { index.foldedLabels[$0].contains(needle) }
        guard filter.count == 1, let letter = filter.first,
              let lettered = index.analysis.topics.indices.first(where: { index.symbol(of: $0) == letter })
        else { return matching }
        return [lettered] + matching.filter { $0 != lettered }
    }

    /// A label or the filter as they are compared (`TopicIndex.foldedLabels`).
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// A label as the filter finds it: folded, and a Cyrillic label also in the Latin letters
    /// English readers type (`CyrillicSpellings.englishSpelling`, the text search's own),
    /// after a separator no one types, so that `ukr` finds "Украина" as the text search finds
    /// Путин from `putin` (a diplomat typed `ukr` and got "no topic is named so").
    static func foldLabel(_ label: String) -> String {
        let folded = fold(label)
        guard label.unicodeScalars.contains(where: { CyrillicScript.contains($0.value) }) else { return folded }
        return folded + "\u{1F}" + fold(CyrillicSpellings.englishSpelling(label))
    }
}

/// The topic list's own keys.
enum TopicListAction: Sendable {
    case close, go, move(Int), deleteBackward, clear, type
}

extension TopicListState {
    static let keymap = Keymap<TopicListAction>([
        KeyGroup("In the topic list", [
            KeyBinding([[.printable]], .type, "filters"),
            KeyBinding(keys: [.enter], .go, "goes"),
            // Ctrl-J ends the filter as Enter does, as in the prompts.
            KeyBinding(keys: [.control("j")], .go, unlisted: ()),
            KeyBinding(keys: [.escape, .control("c")], .close, "closes"),
            KeyBinding(keys: [.up, .control("p")], .move(-1), "move"),
            KeyBinding(keys: [.down, .control("n"), .tab], .move(1), sharingRow: ()),
            KeyBinding(keys: [.pageUp], .move(-10), "by ten"),
            KeyBinding(keys: [.pageDown], .move(10), sharingRow: ()),
            KeyBinding(keys: [.backspace], .deleteBackward, "delete / clear"),
            KeyBinding(keys: [.control("u")], .clear, sharingRow: ()),
        ]),
    ])
}

extension ReaderState {
    mutating func openTopicList() {
        guard requireTopics() != nil else { return }
        var list = TopicListState()
        if let focused = navigation.focusedTopic, let index = topics, let row = list.rows(index).firstIndex(of: focused) {
            list.selection = row
        }
        push(.topicList(list))
    }

    /// The wheel over an open topic list moves its selection, and so scrolls it (it
    /// scrolled the pane hidden beneath).
    mutating func scrollTopicList(by delta: Int) {
        guard let position = layers.firstIndex(where: { $0.kind == .topicList }), case .topicList(var list) = layers[position],
              let index = topics else { return }
        list.selection = min(max(0, list.rows(index).count - 1), max(0, list.selection + delta))
        layers[position] = .topicList(list)
    }

    /// Keys the list has no binding for (F1, say) pass to the layers below.
    mutating func handleTopicListKey(_ key: Key, layer position: Int) -> LayerResponse {
        guard case .topicList(var list) = layers[position], let index = topics else { return .passed }
        guard case .action(let action, _) = TopicListState.keymap.resolve([key]) else { return .passed }
        let rows = list.rows(index)
        switch action {
        case .close:
            layers.remove(at: position)
            return .consumed([])
        case .go:
            layers.remove(at: position)
            if rows.indices.contains(list.selection) { goToTopic(rows[list.selection]) }
            return .consumed([])
        case .move(let delta): list.selection = min(max(0, rows.count - 1), max(0, list.selection + delta))
        case .clear:
            // As in the search prompt (an analyst's Ctrl-U typed on: "seaBlack").
            list.filter = ""
            list.selection = 0
        case .deleteBackward:
            if list.filter.isEmpty {
                layers.remove(at: position)
                return .consumed([])
            }
            list.filter.removeLast()
            list.selection = 0
        case .type:
            guard case .character(let character) = key else { return .passed }
            list.filter.append(character)
            list.selection = 0
        }
        layers[position] = .topicList(list)
        return .consumed([])
    }
}

/// Where the topic list lies on a screen of `bounds`: its box, its columns, its rows (topic
/// indices) and the first of them shown, and how many are shown. One place for drawing it
/// and for a click on it.
struct TopicListGeometry {
    let area: Rect
    let columns: TopicListColumns
    let rows: [Int]
    let first: Int
    let visible: Int
    let hints: [String]

    init(bounds: Rect, index: TopicIndex, labels: [String], versions: Range<Int>, list: TopicListState) {
        rows = list.rows(index)
        columns = TopicListColumns(topicWidth: index.widestLabel, labels: labels,
                                   countWidths: versions.map(index.countWidth(in:)), within: bounds.width)
        hints = TopicListState.keymap.groups[0].helpRows.map { "\($0.keys) \($0.summary)" }
        // As wide as the columns, or as the title with every key hint where the window allows.
        let fullTitle = CellWidth.of("Topics — " + hints.joined(separator: " · ")) + 4
        let content = 6 + columns.label + columns.total + 2
        area = Rect.centered(in: bounds, width: max(content, min(fullTitle, bounds.width)), height: rows.count + 5)
        visible = max(0, area.height - 4)
        first = max(0, min(list.selection - visible / 2, rows.count - visible))
    }

    /// The row (an index into `rows`) drawn on screen line `y`, if any.
    func row(atLine y: Int, x: Int) -> Int? {
        guard x > area.x, x < area.x + area.width - 1 else { return nil }
        let line = y - (area.y + 2)
        guard line >= 0, line < min(visible, rows.count - first) else { return nil }
        return first + line
    }
}

extension ReaderState {
    /// The topic list's geometry on this screen.
    func topicListGeometry(_ list: TopicListState, index: TopicIndex) -> TopicListGeometry {
        TopicListGeometry(bounds: Rect(x: 0, y: 0, width: width, height: height), index: index, labels: documents.map(\.label),
                          versions: documents.indices, list: list)
    }

    /// A click while the topic list is open: on a topic's row it goes to that topic, as
    /// Enter on it does (a fact-checker's click on "E friendship" only closed the list);
    /// anywhere else it closes the list. True when the click was the list's.
    mutating func clickTopicList(x: Int, y: Int) -> Bool {
        guard let position = layers.firstIndex(where: { $0.kind == .topicList }), case .topicList(let list) = layers[position],
              let index = topics else { return false }
        let geometry = topicListGeometry(list, index: index)
        layers.remove(at: position)
        guard let row = geometry.row(atLine: y, x: x) else { return true }
        goToTopic(geometry.rows[row])
        return true
    }
}

func renderTopicList(_ frame: inout Frame, state: ReaderState, list: TopicListState) {
    guard let index = state.topics else { return }
    let theme = state.theme
    let box = theme.style("ui.help")
    let heading = theme.style("ui.help.heading")
    let geometry = TopicListGeometry(bounds: frame.bounds, index: index, labels: state.documents.map(\.label),
                                     versions: state.documents.indices, list: list)
    let (rows, columns, hints, area) = (geometry.rows, geometry.columns, geometry.hints, geometry.area)
    let labelWidth = columns.label
    let (left, top, width, height) = (area.x, area.y, area.width, area.height)
    let edged = theme.overlaysNeedAnEdge
    frame.fillOverlay(area, style: box, margin: state.theme.style("ui.text"), edged: edged)
    frame.put(" " + topicListTitle(hints, width: width - 2) + " ", x: left + 1, y: top, style: heading, limit: width - 2)
    let headerY = top + 1
    // A filter longer than the name column shows its end, after "…", clear of the column heads.
    var shownFilter = list.filter
    while CellWidth.of(shownFilter) > labelWidth - 6, !shownFilter.isEmpty { shownFilter.removeFirst() }
    if shownFilter != list.filter { shownFilter = "…" + shownFilter }
    frame.put("filter: " + shownFilter, x: left + 2, y: headerY, style: theme.style("ui.prompt"), limit: labelWidth + 3)
    for (column, header) in columns.headers.enumerated() {
        frame.put(header, x: left + 6 + labelWidth + columns.offset(column), y: headerY, style: heading, limit: columns.widths[column])
    }
    let (visible, first) = (geometry.visible, geometry.first)
    let shown = rows.dropFirst(first).prefix(visible)
    for (line, topic) in shown.enumerated() {
        let y = top + 2 + line
        let selected = first + line == list.selection
        let rowStyle = selected ? theme.style("ui.selection") : box
        frame.fill(x: left + 1, y: y, count: width - 2, style: rowStyle)
        let topicStyle = theme.topic(index.slot(of: topic))
        var swatch = topicStyle
        swatch.modifiers.insert(.reverse)
        frame.put(String(index.symbol(of: topic)), x: left + 2, y: y, style: swatch)
        let entry = index.analysis.topics[topic]
        // Cut with "…", at a word where one ends near enough: "sanctions et" read as a name.
        frame.put(StatusSegment.ellipsised(entry.label, width: labelWidth + 1, atWord: true), x: left + 4, y: y,
                  style: selected ? rowStyle : topicStyle, limit: labelWidth + 1)
        for column in columns.widths.indices {
            let count = index.occurrenceCount(of: topic, in: column)
            let text = count == 0 ? "–" : (index.isByMeaningOnly(topic, in: column) ? "≈" : "") + "\(count)"
            let style = count == 0 ? theme.style("ui.empty") : rowStyle
            frame.put(text, x: left + 6 + labelWidth + columns.offset(column), y: y, style: style, limit: columns.widths[column])
        }
    }
    // Topics the window has no room for are said, beneath the last shown: at 70 × 14 the
    // list ended at J and its footer said "14 of 14 topics" (M and N were below, unseen).
    let above = first
    let below = rows.count - first - shown.count
    if above > 0 || below > 0 {
        let more = [above > 0 ? "↑ \(above) more above" : nil, below > 0 ? "↓ \(below) more below" : nil].compactMap { $0 }
        frame.put(more.joined(separator: " · "), x: left + 2, y: top + 2 + shown.count, style: heading, limit: width - 4)
    }
    // The filter reads topics' names, not the text: say where the words are searched.
    if rows.isEmpty { frame.put("no topic is named so (/ searches the text)", x: left + 2, y: top + 2, style: theme.style("ui.empty"), limit: width - 4) }
    // What the numbers count, where there is room (a student read them as anything).
    let listed = index.topicListOrder.count
    let footer = "\(rows.count) of \(listed) topic" + (listed == 1 ? "" : "s")
    let counted = footer + " · the numbers count passages per version" + (index.hasCountsByMeaningOnly ? " (≈: by meaning alone)" : "")
        + (index.headingOnlyTopics > 0 ? " · \(index.headingOnlyTopics) only in headings, not listed" : "")
    // Names in two scripts say how to have them in one, where there is room.
    let scripts = index.namesMixScripts ? [footer + " · " + topicListScriptsHint, counted + " · " + topicListScriptsHint] : []
    let footing = (scripts.reversed() + [counted]).first { CellWidth.of($0) <= width - (edged ? 6 : 4) } ?? footer
    frame.put(edged ? " \(footing) " : footing, x: left + 2, y: top + height - 1, style: box, limit: width - 4)
}

/// The widths of the topic list's name column and of each version's count column: a count
/// column as wide as its numbers and its heading, the heading the version's name, shortened
/// (`VersionNames`), then its initials ("MB"), then its number, so that the topics' names
/// keep their room (up to 40 cells) — at 45 columns "A consultation…" sat beside headings
/// "Kremlin     Maison…" over a single digit each. Only where the shortest headings leave
/// too little is the name column narrowed (down to 6 cells): every version's column fits
/// (three versions with long titles once showed one or two, the third's counts off the window).
struct TopicListColumns {
    var label: Int
    var headers: [String]
    var widths: [Int]

    /// The cells the count columns take, a space before each.
    var total: Int { widths.reduce(0) { $0 + $1 + 1 } }

    /// Where column `column` starts, after the name column and its space.
    func offset(_ column: Int) -> Int { widths.prefix(column).reduce(0) { $0 + $1 + 1 } }

    init(topicWidth: Int, labels: [String], countWidths: [Int], within width: Int) {
        // The box: a border cell each side, the gutter letter and its spaces (6), the margins.
        let room = width - 8
        // A name is drawn in its column and the space after it.
        let wanted = max(12, min(40, topicWidth - 1))
        func widths(_ headers: [String]) -> [Int] {
            zip(headers, countWidths).map { max(CellWidth.of($0), max(1, $1)) }
        }
        func fits(_ headers: [String], label: Int) -> Bool { label + widths(headers).reduce(0) { $0 + $1 + 1 } <= room }
        // The whole labels, else the names the reader gives the versions (24 cells at most),
        // shortened further as need be: labels cut one by one read alike.
        let widest = labels.map { CellWidth.of($0) }.max() ?? 1
        var candidates = [labels] + stride(from: min(widest - 1, 24), through: 4, by: -1).map { VersionNames.short(labels, limit: $0) }
        candidates.append(Self.initials(labels))
        candidates.append(labels.indices.map { String($0 + 1) })
        let chosen = candidates.first { fits($0, label: wanted) } ?? candidates[candidates.count - 2]
        headers = chosen
        self.widths = widths(chosen)
        label = max(6, min(wanted, room - self.widths.reduce(0) { $0 + $1 + 1 }))
    }

    /// Each label's initials, the capitals its words open with ("Maison Blanche": "MB",
    /// "МИД России": "МР"; a label without one, its first letter), where every version's
    /// are their own and short; else the versions' numbers.
    static func initials(_ labels: [String]) -> [String] {
        let initials = labels.map { label -> String in
            let words = label.split { !$0.isLetter && !$0.isNumber }
            let capitals = words.compactMap(\.first).filter(\.isUppercase)
            return String(capitals.isEmpty ? Array(words.first?.prefix(1) ?? "") : capitals)
        }
        guard Set(initials).count == labels.count, initials.allSatisfy({ !$0.isEmpty && CellWidth.of($0) <= 4 }) else {
            return labels.indices.map { String($0 + 1) }
        }
        return initials
    }
}

/// What the topic list says when its names are in two scripts: each topic is named in a
/// language of the versions that have it.
let topicListScriptsHint = "names in two languages (--topic-language sets one)"

/// The topic list's title, "Topics — " and as many of its key hints as fit in `width` cells
/// (with a space on each side), whole, then "…" when some are left out: a hint is never
/// cut in the middle ("Esc c").
func topicListTitle(_ hints: [String], width: Int) -> String {
    var title = "Topics"
    for (index, hint) in hints.enumerated() {
        let next = title + (index == 0 ? " — " : " · ") + hint
        let rest = index + 1 < hints.count ? " …" : ""
        if CellWidth.of(next + rest) + 2 > width {
            return CellWidth.of(title + " …") + 2 <= width ? title + " …" : title
        }
        title = next
    }
    return title
}
