/// How the reader starts, from the configuration file: the defaults a user may change
/// without touching the command line.
public struct ReaderPreferences: Sendable, Equatable {
    /// Mouse tracking at start (`M` toggles it).
    public var mouse = true
    /// Follow mode at start; nil: on with exactly two versions.
    public var follows: Bool?
    /// The most columns a line of text takes, however wide the pane (nil: the pane's width).
    public var wrapWidth: Int?
    /// Sentence numbers at start (`#` toggles them).
    public var numbersSentences = false
    /// Keys rebound by the `[keys]` table.
    public var keys: [KeyOverride] = []
    /// How searches treat case at start: smart, or less's `-I` (`readouts -I`).
    public var caseMatching: CaseMatching = .smart

    public init(mouse: Bool = true, follows: Bool? = nil, wrapWidth: Int? = nil, numbersSentences: Bool = false,
                keys: [KeyOverride] = [], caseMatching: CaseMatching = .smart) {
        self.mouse = mouse
        self.follows = follows
        self.wrapWidth = wrapWidth
        self.numbersSentences = numbersSentences
        self.keys = keys
        self.caseMatching = caseMatching
    }
}
