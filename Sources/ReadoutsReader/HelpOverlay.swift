import ReadoutsThemes

/// The help overlay (F1, or `?` before a search pattern is typed): every binding, grouped,
/// generated from `KeyMap` so it never lies. Groups flow into as many side-by-side columns
/// as the width allows; if they still do not fit, j/k scroll the overlay.
struct HelpLayout {
    typealias Line = (key: String, text: String, isHeading: Bool)
    var columns: [[Line]]
    var keyWidth: Int
    var columnWidth: Int
    /// Rows available for bindings (the window less the title and footer rows).
    var available: Int
    var tallest: Int { columns.map(\.count).max() ?? 0 }
    /// Whether the bindings are taller than the window, so j/k scroll them.
    var overflows: Bool { tallest > available }

    init(width: Int, height: Int) {
        var groups: [[Line]] = KeyMap.groups.map { group in
            [(group.title, "", true)] + group.bindings.filter { !$0.label.isEmpty }.map { ($0.label, $0.summary, false) }
        }
        groups.append([("Mouse", "", true)] + KeyMap.mouseHelp.map { ($0.0, $0.1, false) })
        let keyWidth = groups.joined().filter { !$0.isHeading }.map { CellWidth.of($0.key) }.max() ?? 0
        let columnWidth = groups.joined().map { $0.isHeading ? CellWidth.of($0.key) : keyWidth + 2 + CellWidth.of($0.text) }.max() ?? 0
        let available = max(1, height - 3)
        let maxColumns = max(1, (width - 2) / (columnWidth + 2))

        // Groups stay whole; a column takes groups until the next would pass `height`.
        func pack(height: Int) -> [[Line]] {
            var columns: [[Line]] = [[]]
            for group in groups {
                if !columns[columns.count - 1].isEmpty && columns[columns.count - 1].count + 1 + group.count > height {
                    columns.append([])
                }
                if !columns[columns.count - 1].isEmpty { columns[columns.count - 1].append(("", "", false)) }
                columns[columns.count - 1] += group
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

func renderHelp(_ frame: inout Frame, theme: TerminalTheme, scroll: Int = 0) {
    let help = HelpLayout(width: frame.width, height: frame.height)
    let (columns, keyWidth, columnWidth, available) = (help.columns, help.keyWidth, help.columnWidth, help.available)
    let tallest = columns.map(\.count).max() ?? 0
    let offset = max(0, min(scroll, tallest - available))
    let boxWidth = min(frame.width, columns.count * (columnWidth + 2) + 2)
    let boxHeight = min(frame.height, min(tallest, available) + 3)
    let left = max(0, (frame.width - boxWidth) / 2)
    let top = max(0, (frame.height - boxHeight) / 2)
    let box = theme.style("ui.help")
    let keyStyle = theme.style("ui.help.key")
    let headingStyle = theme.style("ui.help.heading")
    for y in top..<top + boxHeight { frame.fill(x: left, y: y, count: boxWidth, style: box) }
    frame.put(" Readouts help ", x: left + 2, y: top, style: headingStyle, limit: boxWidth - 2)
    let footer = tallest > available ? "j/k scroll (\(offset + 1)–\(min(tallest, offset + available)) of \(tallest)) · any other key closes"
        : "any key closes"
    frame.put(footer, x: left + 2, y: top + boxHeight - 1, style: theme.style("ui.empty"), limit: boxWidth - 4)
    for (number, column) in columns.enumerated() {
        let x = left + 2 + number * (columnWidth + 2)
        let limit = max(0, min(columnWidth, left + boxWidth - x))
        for (index, line) in column.dropFirst(offset).prefix(max(0, boxHeight - 3)).enumerated() {
            let y = top + 1 + index
            if line.isHeading {
                frame.put(line.key, x: x, y: y, style: headingStyle, limit: limit)
            } else {
                frame.put(line.key, x: x, y: y, style: keyStyle, limit: limit)
                frame.put(line.text, x: x + keyWidth + 2, y: y, style: box, limit: max(0, limit - keyWidth - 2))
            }
        }
    }
}
