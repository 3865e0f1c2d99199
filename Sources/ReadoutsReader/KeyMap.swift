/// What the reader can be asked to do, independent of which key asked.
public enum Command: Equatable, Sendable {
    case quit, help
    case scroll(Int), page(Int), halfPage(Int), top, bottom
    case focusNext, focusPrevious, focusLeft, focusRight
    case showNextPanes, showPreviousPanes
    case nextTheme
    case nextOccurrence, previousOccurrence, nextTopic, previousTopic
    case followLink, jumpBack, topicList, oneSided, toggleFollow, compare, clearTopic
}

/// The key bindings, following less and vim, and the help text generated from them so
/// the two never disagree.
public enum KeyMap {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var label: String
        public var command: Command
        public var summary: String
    }

    public static let groups: [(title: String, bindings: [Binding])] = [
        ("Scrolling", [
            Binding(keys: [.character("j"), .down], label: "j ↓", command: .scroll(1), summary: "down one line"),
            Binding(keys: [.character("k"), .up], label: "k ↑", command: .scroll(-1), summary: "up one line"),
            Binding(keys: [.character(" "), .character("f"), .pageDown, .control("f")], label: "Space f PgDn", command: .page(1), summary: "down one page"),
            Binding(keys: [.character("b"), .pageUp, .control("b")], label: "b PgUp", command: .page(-1), summary: "up one page"),
            Binding(keys: [.character("d"), .control("d")], label: "d", command: .halfPage(1), summary: "down half a page"),
            Binding(keys: [.character("u"), .control("u")], label: "u", command: .halfPage(-1), summary: "up half a page"),
            Binding(keys: [.character("g"), .home], label: "g Home", command: .top, summary: "go to the top"),
            Binding(keys: [.character("G"), .end], label: "G End", command: .bottom, summary: "go to the end"),
        ]),
        ("Panes", [
            Binding(keys: [.tab], label: "Tab", command: .focusNext, summary: "focus the next pane"),
            Binding(keys: [.backTab], label: "Shift-Tab", command: .focusPrevious, summary: "focus the previous pane"),
            Binding(keys: [.character("h"), .left], label: "h ←", command: .focusLeft, summary: "focus the pane on the left"),
            Binding(keys: [.character("l"), .right], label: "l →", command: .focusRight, summary: "focus the pane on the right"),
            Binding(keys: [.character(")")], label: ")", command: .showNextPanes, summary: "show later versions (3+ versions)"),
            Binding(keys: [.character("(")], label: "(", command: .showPreviousPanes, summary: "show earlier versions"),
        ]),
        ("Topics", [
            Binding(keys: [.character("]")], label: "]", command: .nextOccurrence, summary: "next topic occurrence in this pane"),
            Binding(keys: [.character("[")], label: "[", command: .previousOccurrence, summary: "previous topic occurrence"),
            Binding(keys: [.character("}")], label: "}", command: .nextTopic, summary: "next topic"),
            Binding(keys: [.character("{")], label: "{", command: .previousTopic, summary: "previous topic"),
            Binding(keys: [.enter, .character("=")], label: "Enter =", command: .followLink, summary: "show the linked passages (again: next link)"),
            Binding(keys: [.backspace], label: "Backspace ''", command: .jumpBack, summary: "back to where you were"),
            Binding(keys: [.character("t")], label: "t", command: .topicList, summary: "topic list: who covers what (type to filter)"),
            Binding(keys: [.character("o")], label: "o", command: .oneSided, summary: "next passage only one version has"),
            Binding(keys: [.character("c")], label: "c", command: .compare, summary: "compare the linked sentences word by word"),
            Binding(keys: [.character("F")], label: "F", command: .toggleFollow, summary: "follow mode: other panes track links"),
            Binding(keys: [.escape], label: "Esc", command: .clearTopic, summary: "stop emphasising the focused topic"),
        ]),
        ("Other", [
            Binding(keys: [.character("?"), .function(1)], label: "? F1", command: .help, summary: "this help (any key closes it)"),
            Binding(keys: [.character("T")], label: "T", command: .nextTheme, summary: "switch to the next colour theme"),
            Binding(keys: [.character("q")], label: "q Ctrl-C", command: .quit, summary: "quit"),
        ]),
    ]

    static let table: [Key: Command] = {
        var table: [Key: Command] = [:]
        for group in groups {
            for binding in group.bindings {
                for key in binding.keys { table[key] = binding.command }
            }
        }
        return table
    }()

    public static func command(for key: Key) -> Command? { table[key] }

    /// Mouse lines shown in the help after the keys.
    public static let mouseHelp = [
        ("wheel", "scroll the pane under the pointer"),
        ("click", "focus a pane; on a highlighted word, its topic"),
        ("click mark", "in the gutter: show the linked passage"),
    ]
}
