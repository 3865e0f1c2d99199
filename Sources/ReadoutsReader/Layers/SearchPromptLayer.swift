/// The one-line editor of the search prompt. Edits by grapheme cluster (`Character`), so
/// "é" typed as one key or a wide character deleted with one Backspace behave as users expect.
public struct SearchPrompt: Equatable, Sendable {
    public internal(set) var characters: [Character] = []
    /// Insertion point, in characters.
    public internal(set) var cursor = 0
    public var backward: Bool
    public var options: SearchOptions
    /// Where in the history ↑/↓ is (nil: editing a new pattern), and the draft kept meanwhile.
    var historyIndex: Int?
    var draft = SearchHistoryEntry(pattern: "", options: SearchOptions())

    /// The longest pattern the prompt takes: a paste of a whole page is cut here.
    public static let maximumLength = 1000
    /// How many searches the history keeps (in the reader and in its file).
    public static let historyLimit = 100

    public init(backward: Bool, options: SearchOptions) {
        self.backward = backward
        self.options = options
    }

    public var text: String { String(characters) }

    /// The columns before the cursor, for placing the terminal cursor.
    public var cursorColumns: Int { characters[..<cursor].reduce(0) { $0 + CellWidth.of($1) } }

    mutating func set(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    mutating func insert(_ character: Character) {
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// Deletes the character before the cursor; false when there was none.
    mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        cursor -= 1
        characters.remove(at: cursor)
        return true
    }

    mutating func deleteForward() {
        if cursor < characters.count { characters.remove(at: cursor) }
    }

    mutating func move(by delta: Int) { cursor = min(characters.count, max(0, cursor + delta)) }
    mutating func moveToStart() { cursor = 0 }
    mutating func moveToEnd() { cursor = characters.count }

    /// ↑: an older search from `history` (newest last), with the modes it ran in. Keeps
    /// what was being typed, and its modes.
    mutating func older(in history: [SearchHistoryEntry]) {
        guard !history.isEmpty else { return }
        if historyIndex == nil { draft = SearchHistoryEntry(pattern: text, options: options) }
        let index = max(0, (historyIndex ?? history.count) - 1)
        historyIndex = index
        recall(history[index])
    }

    /// ↓: a newer search, and past the newest the draft again.
    mutating func newer(in history: [SearchHistoryEntry]) {
        guard let index = historyIndex else { return }
        if index + 1 < history.count {
            historyIndex = index + 1
            recall(history[index + 1])
        } else {
            historyIndex = nil
            recall(draft)
        }
    }

    private mutating func recall(_ entry: SearchHistoryEntry) {
        set(entry.pattern)
        options = entry.options
    }
}

/// A confirmed search: its pattern and the modes it ran in, so recalling it searches the
/// same way (a regular expression stays one).
public struct SearchHistoryEntry: Equatable, Hashable, Sendable {
    public var pattern: String
    public var options: SearchOptions

    public init(pattern: String, options: SearchOptions) {
        self.pattern = pattern
        self.options = options
    }
}

/// Confirmed searches, oldest first, without repeats; kept between sessions (the terminal
/// layer saves them in the state directory).
struct SearchHistory: Sendable {
    private(set) var entries: [SearchHistoryEntry] = []
    static let capacity = SearchPrompt.historyLimit

    mutating func add(_ entry: SearchHistoryEntry) {
        guard !entry.pattern.isEmpty else { return }
        entries.removeAll { $0 == entry }
        entries.append(entry)
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    }

    /// Replaces the history with one read back from disk (bounded like a typed one).
    mutating func restore(_ saved: [SearchHistoryEntry]) {
        entries = []
        for entry in saved where entry.pattern.count <= SearchPrompt.maximumLength { add(entry) }
    }
}

/// The search prompt's own keys.
enum PromptAction: Sendable {
    case type, deleteBackward, deleteForward
    case left, right, home, end, clearLine
    case older, newer
    case toggleRegex, toggleWholeWord, toggleStem, toggleExactAccents, toggleAllPanes
    case confirm, cancel
}

extension SearchPrompt {
    static let keymap = Keymap<PromptAction>([
        // The title says that typing searches: a row for it left the help of a 100 × 30
        // window one row short of showing every key on its first page.
        KeyGroup("In the search prompt, as you type", [
            KeyBinding(keys: [.enter], .confirm, "keep / cancel the search"),
            KeyBinding(keys: [.escape, .control("c")], .cancel, sharingRow: ()),
            // Ctrl-J ends the line as Enter does, as in vim's and less's prompts.
            KeyBinding(keys: [.control("j")], .confirm, unlisted: ()),
            KeyBinding([[.printable]], .type, unlisted: ()),
            KeyBinding(keys: [.backspace], .deleteBackward, "delete back / forward"),
            KeyBinding(keys: [.delete], .deleteForward, sharingRow: ()),
            KeyBinding(keys: [.left], .left, "move the cursor"),
            KeyBinding(keys: [.right], .right, sharingRow: ()),
            KeyBinding(keys: [.home], .home, sharingRow: ()),
            KeyBinding(keys: [.end], .end, sharingRow: ()),
            KeyBinding(keys: [.control("u")], .clearLine, "clear the pattern"),
            KeyBinding(keys: [.up], .older, "earlier / later searches"),
            KeyBinding(keys: [.down], .newer, sharingRow: ()),
            KeyBinding(keys: [.control("r")], .toggleRegex, "regex / whole words"),
            KeyBinding(keys: [.control("w")], .toggleWholeWord, sharingRow: ()),
            KeyBinding(keys: [.control("t")], .toggleStem, "stems / exact accents"),
            KeyBinding(keys: [.control("a")], .toggleExactAccents, sharingRow: ()),
            KeyBinding(keys: [.control("p")], .toggleAllPanes, "all panes on / off"),
        ]),
    ])
}
