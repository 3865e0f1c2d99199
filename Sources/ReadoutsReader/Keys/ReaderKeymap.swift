/// What the reader can be asked to do from its main view, independent of which key asked.
public enum Command: Equatable, Sendable {
    case quit, help
    case scroll(Int), page(Int), halfPage(Int), top, bottom, percent
    /// vim's `zt`, `zz`, `zb`: the current sentence at the top, middle or bottom of the pane.
    case place(ScreenPlace)
    case focusNext, focusPrevious, focusLeft, focusRight
    case showNextPanes, showPreviousPanes
    /// `)` `(`: the next and previous sentence of the focused pane, as vim's sentence motions.
    case nextSentence, previousSentence
    case nextTheme
    /// `]` `[`: the focused topic, across panes; `;` `,`: any topic, in the focused pane.
    case nextOccurrence, previousOccurrence, nextTopic, previousTopic, nextTopicWord, previousTopicWord
    /// `jumpBack` (Backspace) walks back the jump list; `jumpSwap` (`''`) goes back and
    /// remembers where it left, so a second `''` returns, as in less and vim.
    /// `o` `O`: the next and previous one-sided passage (`TopicIndex.oneSidedStops`).
    case followLink, jumpBack, jumpSwap, topicList, oneSided, previousOneSided, toggleFollow, compare
    /// `J` `K`: the next and previous sentence another version lacks word for word (`SentenceChanges`).
    case nextChange, previousChange
    /// Esc: clears the search highlights if a search shows, else the topic emphasis.
    case clear
    case search(SearchCommand)
    /// Marks (`m{a-z}`, `'{a-z}`), copying (`y`, `Y`), the `:` command line, sentence
    /// numbers and the mouse: see `ReadingCommand`.
    case reading(ReadingCommand)
}

/// The reader's key bindings, following less and vim. The help is generated from these
/// tables and the dispatch reads them, so the two never disagree.
public enum ReaderKeymap {
    /// Keys that work whatever is open, before any layer sees them.
    public static let global = Keymap<Command>([
        KeyGroup("Anywhere", [KeyBinding(keys: [.control("c")], .quit, "quit")]),
    ])

    /// The main view: scrolling, panes, topics, search and the rest.
    public static let main = Keymap<Command>([
        KeyGroup("Scrolling", [
            KeyBinding(keys: [.character("j"), .down], .scroll(1), "down / up one line"),
            KeyBinding(keys: [.character("k"), .up], .scroll(-1), sharingRow: ()),
            // vim's and less's other line keys (the README lists them): their row made room
            // for `)` and `(` on the help's first pages at 80 × 24.
            KeyBinding(keys: [.control("e"), .character("e")], .scroll(1), unlisted: ()),
            KeyBinding(keys: [.control("y")], .scroll(-1), unlisted: ()),
            KeyBinding(keys: [.character(" "), .character("f"), .pageDown, .control("f")], .page(1), "down one page"),
            KeyBinding(keys: [.character("b"), .pageUp, .control("b"), .character("w")], .page(-1), "up one page"),
            KeyBinding(keys: [.character("d"), .control("d")], .halfPage(1), "down / up half a page"),
            KeyBinding(keys: [.character("u"), .control("u")], .halfPage(-1), sharingRow: ()),
            KeyBinding(keys: [.character(")")], .nextSentence, "next / previous sentence"),
            KeyBinding(keys: [.character("(")], .previousSentence, sharingRow: ()),
            KeyBinding(keys: [.character("g"), .home], .top, "top / end (NG: row N)"),
            KeyBinding(keys: [.character("G"), .end], .bottom, sharingRow: ()),
            KeyBinding(keys: [.character("%"), .character("p")], .percent, "N% of the way (50%)"),
            // less's and vim's other keys for the same moves (the README lists them).
            KeyBinding(keys: [.control("n"), .control("j")], .scroll(1), unlisted: ()),
            KeyBinding(keys: [.control("p")], .scroll(-1), unlisted: ()),
            KeyBinding([[.key(.character("z")), .key(.character("t"))]], .place(.top), unlisted: ()),
            KeyBinding([[.key(.character("z")), .key(.character("z"))], [.key(.character("z")), .key(.character("."))]], .place(.middle), unlisted: ()),
            KeyBinding([[.key(.character("z")), .key(.character("b"))], [.key(.character("z")), .key(.character("-"))]], .place(.bottom), unlisted: ()),
        ]),
        KeyGroup("Topics", [
            KeyBinding(keys: [.character("]")], .nextOccurrence, "this topic, in every pane"),
            KeyBinding(keys: [.character("[")], .previousOccurrence, sharingRow: ()),
            KeyBinding(keys: [.character("}")], .nextTopic, "next / previous topic"),
            KeyBinding(keys: [.character("{")], .previousTopic, sharingRow: ()),
            KeyBinding(keys: [.character(";")], .nextTopicWord, "any topic, in this pane"),
            KeyBinding(keys: [.character(",")], .previousTopicWord, sharingRow: ()),
            KeyBinding(keys: [.enter, .character("=")], .followLink, "the linked passages"),
            KeyBinding(keys: [.backspace], .jumpBack, "back to where you were"),
            KeyBinding([[.key(.character("'")), .key(.character("'"))]], .jumpSwap, sharingRow: ()),
            KeyBinding(keys: [.character("t")], .topicList, "topics: who covers what"),
            KeyBinding(keys: [.character("o")], .oneSided, "next one-sided passage"),
            KeyBinding(keys: [.character("O")], .previousOneSided, "previous one-sided passage"),
            KeyBinding(keys: [.character("J")], .nextChange, "next / previous change"),
            KeyBinding(keys: [.character("K")], .previousChange, sharingRow: ()),
            KeyBinding(keys: [.character("c")], .compare, "compare / follow on/off"),
            KeyBinding(keys: [.character("F")], .toggleFollow, sharingRow: ()),
            KeyBinding(keys: [.escape], .clear, "clear search, then topic"),
            KeyBinding(keys: [.control("o")], .jumpBack, unlisted: ()),
        ]),
        KeyGroup("Marks, quotes, other", [
            KeyBinding([[.key(.character("m")), .letter]], .reading(.setMark), "set / go to mark a–z"),
            KeyBinding([[.key(.character("'")), .letter]], .reading(.jumpToMark), sharingRow: ()),
            KeyBinding(keys: [.character("y")], .reading(.copySentence), "copy sentence / + links"),
            KeyBinding(keys: [.character("Y")], .reading(.copyLinked), sharingRow: ()),
            KeyBinding(keys: [.character(":")], .reading(.commandLine), ":N sentence, :w save, :q"),
            KeyBinding(keys: [.control("g")], .reading(.showPosition), sharingRow: ()),
            KeyBinding([[.key(.character("#"))], [.key(.character("-")), .key(.character("N"))]], .reading(.toggleNumbers),
                       "number sentences on/off"),
            KeyBinding(keys: [.function(1), .character("H")], .help, "help / next theme / mouse"),
            KeyBinding(keys: [.character("T")], .nextTheme, sharingRow: ()),
            KeyBinding(keys: [.character("M")], .reading(.toggleMouse), sharingRow: ()),
            KeyBinding([[.key(.character("q"))], [.key(.character("Q"))], [.key(.character("Z")), .key(.character("Z"))],
                        [.key(.character("Z")), .key(.character("Q"))]], .quit, "quit"),
        ]),
        KeyGroup("Panes", [
            KeyBinding(keys: [.tab], .focusNext, "next / previous pane"),
            KeyBinding(keys: [.backTab], .focusPrevious, sharingRow: ()),
            KeyBinding(keys: [.character("h"), .left], .focusLeft, "pane on the left / right"),
            KeyBinding(keys: [.character("l"), .right], .focusRight, sharingRow: ()),
            // vim's window commands: Ctrl-W w (or Ctrl-W Ctrl-W), W, h, l.
            KeyBinding([[.key(.control("w")), .key(.character("w"))], [.key(.control("w")), .key(.control("w"))]], .focusNext, unlisted: ()),
            KeyBinding([[.key(.control("w")), .key(.character("W"))]], .focusPrevious, unlisted: ()),
            KeyBinding([[.key(.control("w")), .key(.character("h"))], [.key(.control("w")), .key(.left)]], .focusLeft, unlisted: ()),
            KeyBinding([[.key(.control("w")), .key(.character("l"))], [.key(.control("w")), .key(.right)]], .focusRight, unlisted: ()),
            // `)` and `(` are vim's sentence motions, which a translator reached for first.
            KeyBinding(keys: [.character(">")], .showNextPanes, "later / earlier versions"),
            KeyBinding(keys: [.character("<")], .showPreviousPanes, sharingRow: ()),
        ]),
        KeyGroup("Search", [
            // `/` and `*` share a row, so that the keys still fit on the help's first page at
            // 100 × 30 with `-i` and `-I`.
            KeyBinding(keys: [.character("/")], .search(.forward), "search forward / all panes"),
            KeyBinding(keys: [.character("*")], .search(.allPanes), sharingRow: ()),
            KeyBinding(keys: [.character("?")], .search(.backward), "search backward (+ help)"),
            KeyBinding(keys: [.character("n")], .search(.next), "next / previous match"),
            KeyBinding(keys: [.character("N")], .search(.previous), sharingRow: ()),
            // less's options while reading: `-` then the option's letter (`DashOptions`).
            KeyBinding([[.key(.character("-")), .key(.character("i"))]], .search(.toggleCase(.smart)), "ignore case: smart / all"),
            KeyBinding([[.key(.character("-")), .key(.character("I"))]], .search(.toggleCase(.ignore)), sharingRow: ()),
            // Last, so the options above win: any other key after `-` lists them.
            KeyBinding([[.key(.character("-")), .any]], .reading(.listOptions), unlisted: ()),
        ]),
    ])

    /// How the help names the first key of `command` ("Tab"), for hints in the status line.
    static func label(of command: Command, in keymap: Keymap<Command> = main) -> String {
        for group in keymap.groups {
            for binding in group.bindings where binding.action == command {
                if let first = binding.sequences.first { return first.map(\.label).joined() }
            }
        }
        return "?"
    }

    /// Mouse gestures, as data like the keys: the reader classifies clicks into these and
    /// the help lists them, a row for the wheel and one for clicks.
    public static let mouse: [(gesture: MouseGesture, summary: String)] = [
        (.wheel, "scroll the pane under it"),
        (.click, "focus pane or topic"),
        (.clickMark, "link"),
    ]
}

/// What the mouse can do; `MouseEvent`s are classified into these by `ReaderState`.
public enum MouseGesture: String, Sendable {
    case wheel = "wheel"
    case click = "click"
    case clickMark = "click a mark"
}
