/// The reader's habits from less and vim that are not about topics or search: marks, the
/// reading point that `:N`, `NG` and mark jumps leave, sentence numbers and the mouse.
/// Part of `ReaderState`; changed only by `apply`.
public struct ReadingState: Sendable {
    /// Marks set with `m{a-z}` (or kept from an earlier session), by name.
    public internal(set) var marks: [Character: ReadingMark] = [:]
    /// Sentence numbers in a column left of each pane's text (`#`, `:set nu`).
    public internal(set) var numbersSentences = false
    /// Where `:N`, `NG` or `'a` last took the reader: the sentence `y` copies while it is on
    /// screen. Cleared when a topic step or a search moves the reader elsewhere.
    public internal(set) var point: ReadingPoint?
    /// Whether the last place a key took the reader is a search match rather than the
    /// current topic occurrence: `c`, `Enter`, `y`, `Y` and `m` then act on the match's
    /// sentence while it is on screen (an analyst's `/AUKUS` then `Y` copied the trade
    /// sentence `Enter` had shown before). Cleared when the current occurrence moves.
    public internal(set) var matchIsNewer = false
    /// Whether the terminal reports the mouse (off: the terminal's own selection works
    /// without Shift).
    public internal(set) var mouseEnabled = true

    public init() {}
}

/// A place in one version: a scalar offset of its text.
public struct ReadingPoint: Equatable, Sendable {
    public var version: Int
    public var offset: Int
}

/// A mark: where it is, and the text there, by which it is re-found when the document
/// changes between sessions.
public struct ReadingMark: Equatable, Sendable {
    public var version: Int
    /// Scalar offset of the start of the marked sentence (or row).
    public var offset: Int
    /// The sentence's first `ReadingMark.textLimit` scalars.
    public var text: String

    public init(version: Int, offset: Int, text: String) {
        self.version = version
        self.offset = offset
        self.text = text
    }

    /// Enough text to re-find a sentence, short enough to keep many marks.
    public static let textLimit = 200
}

/// Text to copy, and how the status line names it ("Kremlin sentence 12").
public struct Clip: Equatable, Sendable {
    public var text: String
    public var description: String
    /// A shorter name for a narrow status line ("Kremlin sentence 7 + 2 linked"), if the
    /// description has one.
    public var shortDescription: String?

    public init(text: String, description: String, shortDescription: String? = nil) {
        self.text = text
        self.description = description
        self.shortDescription = shortDescription
    }
}

/// What the terminal layer read from the state directory at start.
public struct RestoredSession: Sendable {
    public var marks: [Character: ReadingMark]
    public var history: [SearchHistoryEntry]
    /// Problems met reading the files ("ignored marks.json: not valid JSON"), shown once.
    public var notices: [String]

    public init(marks: [Character: ReadingMark] = [:], history: [SearchHistoryEntry] = [], notices: [String] = []) {
        self.marks = marks
        self.history = history
        self.notices = notices
    }
}
