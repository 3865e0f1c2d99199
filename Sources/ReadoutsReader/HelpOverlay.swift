import ReadoutsThemes

/// The `?` overlay: every binding, grouped, generated from `KeyMap` so it never lies.
/// When the groups are taller than the window they flow into side-by-side columns.
func renderHelp(_ frame: inout Frame, theme: TerminalTheme) {
    typealias Line = (key: String, text: String, isHeading: Bool)
    var groups: [[Line]] = KeyMap.groups.map { group in
        [(group.title, "", true)] + group.bindings.map { ($0.label, $0.summary, false) }
    }
    groups.append([("Mouse", "", true)] + KeyMap.mouseHelp.map { ($0.0, $0.1, false) })

    let available = max(1, frame.height - 2)
    // Fewest columns whose tallest column fits; groups are never split.
    var columns: [[Line]] = []
    for count in 1...groups.count {
        let target = (groups.map(\.count).reduce(0) { $0 + $1 + 1 } + count - 1) / count
        var layout: [[Line]] = [[]]
        for group in groups {
            if !layout[layout.count - 1].isEmpty && layout[layout.count - 1].count + group.count + 1 > max(target, group.count) {
                layout.append([])
            }
            if !layout[layout.count - 1].isEmpty { layout[layout.count - 1].append(("", "", false)) }
            layout[layout.count - 1] += group
        }
        columns = layout
        if layout.map(\.count).max()! <= available { break }
    }

    let keyWidth = groups.joined().filter { !$0.isHeading }.map { CellWidth.of($0.key) }.max() ?? 0
    let columnWidth = groups.joined().map { $0.isHeading ? CellWidth.of($0.key) : keyWidth + 2 + CellWidth.of($0.text) }.max() ?? 0
    let boxWidth = min(frame.width, columns.count * (columnWidth + 2) + 2)
    let boxHeight = min(frame.height, (columns.map(\.count).max() ?? 0) + 2)
    let left = max(0, (frame.width - boxWidth) / 2)
    let top = max(0, (frame.height - boxHeight) / 2)
    let box = theme.style("ui.help")
    let keyStyle = theme.style("ui.help.key")
    let headingStyle = theme.style("ui.help.heading")
    for y in top..<top + boxHeight { frame.fill(x: left, y: y, count: boxWidth, style: box) }
    frame.put(" Readouts help — any key closes ", x: left + 2, y: top, style: headingStyle, limit: boxWidth - 2)
    for (number, column) in columns.enumerated() {
        let x = left + 2 + number * (columnWidth + 2)
        let limit = max(0, left + boxWidth - x)
        for (index, line) in column.prefix(max(0, boxHeight - 2)).enumerated() {
            let y = top + 1 + index
            if line.isHeading {
                frame.put(line.key, x: x, y: y, style: headingStyle, limit: min(limit, columnWidth))
            } else {
                frame.put(line.key, x: x, y: y, style: keyStyle, limit: min(limit, columnWidth))
                frame.put(line.text, x: x + keyWidth + 2, y: y, style: box, limit: max(0, min(limit, columnWidth) - keyWidth - 2))
            }
        }
    }
}
