import ReadoutsText
import ReadoutsThemes

/// What the terminal shows before the reader can start, while a version that streams in
/// (a FIFO, standard input from a pipe) has nothing to read yet: "waiting for input on
/// NAME" in the middle and in the status line, rather than a blank screen, with the keys
/// that leave. Pure, like `render`.
public enum WaitingScreen {
    /// q, Q, Esc and Ctrl-C leave at once (Ctrl-C normally arrives as SIGINT instead).
    public static func quits(_ key: Key) -> Bool {
        switch key {
        case .character("q"), .character("Q"), .escape, .control("c"): return true
        default: return false
        }
    }

    /// "waiting for input on fifo, standard input" (names escaped to one line).
    public static func message(names: [String]) -> String {
        "waiting for input on " + names.map { Sanitiser.escapedForMessage($0) }.joined(separator: ", ")
    }

    public static func render(names: [String], width: Int, height: Int, theme: TerminalTheme) -> Frame {
        var frame = Frame(width: width, height: height, fill: theme.style("ui.text"))
        guard width > 0, height > 0 else { return frame }
        let message = message(names: names) + "…"
        let messageWidth = min(CellWidth.of(message), width)
        frame.put(message, x: max(0, (width - messageWidth) / 2), y: max(0, (height - 1) / 2), style: theme.style("ui.text"), limit: width)
        if height > 1 {
            // The reader's own status line: segments that give way by priority, the wait
            // cut at a word with "…" rather than the key that leaves.
            frame.fill(x: 0, y: height - 1, count: width, style: theme.style("ui.status"))
            let segments = statusSegments(message: message)
            for placed in StatusSegment.place(segments, width: width) {
                frame.put(placed.text, x: placed.x, y: height - 1, style: theme.style(segments[placed.segment].scope))
            }
        }
        return frame
    }

    /// The wait (elastic), and how to leave (kept longest).
    static func statusSegments(message: String) -> [StatusSegment] {
        [StatusSegment([.init(message, 81), .init(message, 88)], isElastic: true),
         StatusSegment([.init("q quit", 90), .init("q", StatusSegment.required)], side: .right, scope: "ui.status.notice")]
    }
}
