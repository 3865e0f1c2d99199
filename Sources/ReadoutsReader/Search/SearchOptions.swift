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
    /// Whether case counts: smart case unless less's `-i` or `-I` changed it.
    public var caseMatching = CaseMatching.smart

    public init(regex: Bool = false, wholeWord: Bool = false, stem: Bool = false, exactAccents: Bool = false,
                allPanes: Bool = false, caseMatching: CaseMatching = .smart) {
        self.regex = regex
        self.wholeWord = wholeWord
        self.stem = stem
        self.exactAccents = exactAccents
        self.allPanes = allPanes
        self.caseMatching = caseMatching
    }

    /// The mode tags shown in the prompt, e.g. "[regex] [word]".
    public var tags: [String] {
        var tags: [String] = []
        if regex { tags.append("regex") }
        if wholeWord { tags.append("word") }
        if stem { tags.append("stem") }
        if exactAccents { tags.append("exact accents") }
        if allPanes { tags.append("all panes") }
        switch caseMatching {
        case .smart: break
        case .ignore: tags.append("ignore case")
        case .sensitive: tags.append("match case")
        }
        return tags
    }
}

/// How a letter's case counts in a search, as less's `-i` and `-I` set it.
public enum CaseMatching: String, Hashable, Sendable {
    /// Case is ignored unless the pattern has capitals: less's `-i`, the reader's default
    /// (`Etats` finds `États` but not `états`).
    case smart
    /// Case is ignored, capitals in the pattern or not: less's `-I`.
    case ignore
    /// Case always counts: less without `-i` or `-I`.
    case sensitive
}

/// Why a pattern cannot be searched; shown in the status line, never a crash.
public struct SearchError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
