import ReadoutsThemes

/// The `?` overlay: every binding, grouped, generated from `KeyMap` so it never lies.
func renderHelp(_ frame: inout Frame, theme: TerminalTheme) {
    var lines: [(key: String, text: String, isHeading: Bool)] = []
    for group in KeyMap.groups {
        if !lines.isEmpty { lines.append(("", "", false)) }
        lines.append((group.title, "", true))
        for binding in group.bindings { lines.append((binding.label, binding.summary, false)) }
    }
    lines.append(("", "", false))
    lines.append(("Mouse", "", true))
    for (key, text) in KeyMap.mouseHelp { lines.append((key, text, false)) }

    let keyWidth = lines.filter { !$0.isHeading }.map { CellWidth.of($0.key) }.max() ?? 0
    let textWidth = lines.map { $0.isHeading ? CellWidth.of($0.key) : keyWidth + 2 + CellWidth.of($0.text) }.max() ?? 0
    let boxWidth = min(frame.width, textWidth + 4)
    let boxHeight = min(frame.height, lines.count + 2)
    let left = (frame.width - boxWidth) / 2
    let top = (frame.height - boxHeight) / 2
    let box = theme.style("ui.help")
    let keyStyle = theme.style("ui.help.key")
    let headingStyle = theme.style("ui.help.heading")
    for y in top..<top + boxHeight { frame.fill(x: left, y: y, count: boxWidth, style: box) }
    frame.put(" Readouts help ", x: left + 2, y: top, style: headingStyle, limit: boxWidth - 2)
    for (index, line) in lines.prefix(max(0, boxHeight - 2)).enumerated() {
        let y = top + 1 + index
        if line.isHeading {
            frame.put(line.key, x: left + 2, y: y, style: headingStyle, limit: boxWidth - 4)
        } else {
            frame.put(line.key, x: left + 2, y: y, style: keyStyle, limit: boxWidth - 4)
            frame.put(line.text, x: left + 4 + keyWidth, y: y, style: box, limit: max(0, boxWidth - keyWidth - 6))
        }
    }
}
