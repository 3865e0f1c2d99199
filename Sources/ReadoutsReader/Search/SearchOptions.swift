/// How a pattern is matched. Accent and ligature folding is the default because readers
/// type "securite" for "sécurité"; the other modes are toggled from the prompt.
public struct SearchOptions: Equatable, Hashable, Sendable {
    /// The pattern is a regular expression (ICU syntax).
    public var regex = false
    /// Matches must start and end at word boundaries.
    public var wholeWord = false
    /// Words match by Snowball stem: "sanction" finds "sanctions".
    public var stem = false
    /// Accents and ligatures must match exactly ("e" no longer finds "é").
    public var exactAccents = false
    /// Search every pane, not only the focused one.
    public var allPanes = false

    public init(regex: Bool = false, wholeWord: Bool = false, stem: Bool = false, exactAccents: Bool = false,
                allPanes: Bool = false) {
        self.regex = regex
        self.wholeWord = wholeWord
        self.stem = stem
        self.exactAccents = exactAccents
        self.allPanes = allPanes
    }

    /// The mode tags shown in the prompt, e.g. "[regex] [word]".
    public var tags: [String] {
        var tags: [String] = []
        if regex { tags.append("regex") }
        if wholeWord { tags.append("word") }
        if stem { tags.append("stem") }
        if exactAccents { tags.append("exact accents") }
        if allPanes { tags.append("all panes") }
        return tags
    }
}

/// Why a pattern cannot be searched; shown in the status line, never a crash.
public struct SearchError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
