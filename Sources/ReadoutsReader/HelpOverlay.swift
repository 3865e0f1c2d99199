import ReadoutsThemes

/// The help overlay (F1, or `?` with an empty search prompt): every binding, grouped,
/// generated from `KeyMap` so it never lies. When one column does not fit the height, the
/// groups are split into two columns.
func renderHelp(_ frame: inout Frame, theme: Theme) {
    typealias Line = (key: String, text: String, isHeading: Bool)
    var groups: [[Line]] = KeyMap.groups.map { group in
        [(group.title, "", true)] + group.bindings.filter { !$0.label.isEmpty }.map { ($0.label, $0.summary, false) }
    }
    groups.append([("Mouse", "", true)] + KeyMap.mouseHelp.map { ($0.0, $0.1, false) })
    func joined(_ groups: ArraySlice<[Line]>) -> [Line] {
        groups.enumerated().flatMap { index, group in (index == 0 ? [] : [("", "", false)]) + group }
    }
    var columns = [joined(groups[...])]
    if columns[0].count + 2 > frame.height && groups.count > 1 {
        // Split where the first column holds about half the lines.
        let half = columns[0].count / 2
        var split = 1
        var running = 0
        for (index, group) in groups.enumerated() where index > 0 {
            running += groups[index - 1].count + 1
            split = index
            if running + group.count / 2 >= half { break }
        }
        columns = [joined(groups[..<split]), joined(groups[split...])]
    }
    let widths = columns.map { lines in
        let keyWidth = lines.filter { !$0.isHeading }.map { CellWidth.of($0.key) }.max() ?? 0
        let textWidth = lines.map { $0.isHeading ? CellWidth.of($0.key) : keyWidth + 2 + CellWidth.of($0.text) }.max() ?? 0
        return (key: keyWidth, total: textWidth)
    }
    let boxWidth = min(frame.width, widths.reduce(0) { $0 + $1.total } + 4 + (columns.count - 1) * 3)
    let boxHeight = min(frame.height, (columns.map(\.count).max() ?? 0) + 2)
    let left = (frame.width - boxWidth) / 2
    let top = (frame.height - boxHeight) / 2
    let box = theme.style("ui.help")
    let keyStyle = theme.style("ui.help.key")
    let headingStyle = theme.style("ui.help.heading")
    for y in top..<top + boxHeight { frame.fill(x: left, y: y, count: boxWidth, style: box) }
    frame.put(" Readouts help ", x: left + 2, y: top, style: headingStyle, limit: boxWidth - 2)
    var x = left + 2
    for (column, lines) in columns.enumerated() {
        let keyWidth = widths[column].key
        let room = max(0, left + boxWidth - 2 - x)
        for (index, line) in lines.prefix(max(0, boxHeight - 2)).enumerated() {
            let y = top + 1 + index
            if line.isHeading {
                frame.put(line.key, x: x, y: y, style: headingStyle, limit: room)
            } else {
                frame.put(line.key, x: x, y: y, style: keyStyle, limit: room)
                frame.put(line.text, x: x + keyWidth + 2, y: y, style: box, limit: max(0, room - keyWidth - 2))
            }
        }
        x += widths[column].total + 3
    }
}
