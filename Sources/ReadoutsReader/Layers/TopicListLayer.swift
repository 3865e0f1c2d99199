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
        let matching = index.analysis.topics.indices.filter { needle.isEmpty || Self.fold(index.analysis.topics[$0].label).contains(needle) }
            .sorted { (index.letterRank[$0], $0) < (index.letterRank[$1], $1) }
        guard filter.count == 1, let letter = filter.first,
              let lettered = index.analysis.topics.indices.first(where: { index.symbol(of: $0) == letter })
        else { return matching }
        return [lettered] + matching.filter { $0 != lettered }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
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
            KeyBinding(keys: [.escape], .close, "closes"),
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

func renderTopicList(_ frame: inout Frame, state: ReaderState, list: TopicListState) {
    guard let index = state.topics else { return }
    let theme = state.theme
    let box = theme.style("ui.help")
    let heading = theme.style("ui.help.heading")
    let rows = list.rows(index)
    let (labelWidth, countWidth) = topicListColumns(
        topicWidth: index.analysis.topics.map { CellWidth.of($0.label) }.max() ?? 12,
        versionWidths: state.names.map { CellWidth.of($0) }, within: frame.bounds.width)
    let labels = VersionNames.short(state.documents.map(\.label), limit: countWidth)
    let columns = labels.count * (countWidth + 1)
    let hints = TopicListState.keymap.groups[0].helpRows.map { "\($0.keys) \($0.summary)" }
    // As wide as the columns, or as the title with every key hint where the window allows.
    let fullTitle = CellWidth.of("Topics — " + hints.joined(separator: " · ")) + 4
    let content = 6 + labelWidth + columns + 2
    let area = Rect.centered(in: frame.bounds, width: max(content, min(fullTitle, frame.bounds.width)), height: rows.count + 5)
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
    for (column, label) in labels.enumerated() {
        frame.put(label, x: left + 6 + labelWidth + column * (countWidth + 1), y: headerY, style: heading, limit: countWidth)
    }
    let visible = max(0, height - 4)
    let first = max(0, min(list.selection - visible / 2, rows.count - visible))
    for (line, topic) in rows.dropFirst(first).prefix(visible).enumerated() {
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
        for column in labels.indices {
            let count = index.occurrenceCount(of: topic, in: column)
            let text = count == 0 ? "–" : "\(count)"
            let style = count == 0 ? theme.style("ui.empty") : rowStyle
            frame.put(text, x: left + 6 + labelWidth + column * (countWidth + 1), y: y, style: style, limit: countWidth)
        }
    }
    // The filter reads topics' names, not the text: say where the words are searched.
    if rows.isEmpty { frame.put("no topic is named so (/ searches the text)", x: left + 2, y: top + 2, style: theme.style("ui.empty"), limit: width - 4) }
    // What the numbers count, where there is room (a student read them as anything).
    let footer = "\(rows.count) of \(index.analysis.topics.count) topics"
    let counted = footer + " · the numbers count passages per version"
    let shown = CellWidth.of(counted) <= width - (edged ? 6 : 4) ? counted : footer
    frame.put(edged ? " \(shown) " : shown, x: left + 2, y: top + height - 1, style: box, limit: width - 4)
}

/// The widths of the topic list's name column and of each version's count column, so that
/// every version's column fits in `width` cells with the frame around them: a count column
/// as wide as the longest version label, narrowed (its label cut with "…", down to 5
/// cells) when the columns would not fit, then the name column (down to 12) — three versions
/// with long titles once showed one or two columns, the third's counts off the window.
func topicListColumns(topicWidth: Int, versionWidths: [Int], within width: Int) -> (label: Int, count: Int) {
    var label = max(12, min(40, topicWidth))
    let versions = max(1, versionWidths.count)
    let widest = max(5, versionWidths.max() ?? 5)
    // The box: a border cell each side, the gutter letter and its spaces (6), a space per column.
    func fitting(_ label: Int) -> Int { (width - 8 - label) / versions - 1 }
    if fitting(label) < widest { label = max(12, min(label, width - 8 - versions * (widest + 1))) }
    return (label, max(5, min(widest, fitting(label))))
}

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
