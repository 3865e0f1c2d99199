/// Where the reader is among topics: the current occurrence, the focused topic, the jump
/// list and follow mode. Part of `ReaderState`; changed only by `apply`.
public struct NavigationState: Sendable {
    /// A mark by version and position in that version's marks (8 bytes: there is one per
    /// occurrence in `TopicIndex.occurrencesByTopic`).
    public struct MarkRef: Sendable, Equatable {
        private let storedVersion: Int32
        private let storedIndex: Int32
        public init(version: Int, index: Int) {
            storedVersion = Int32(truncatingIfNeeded: version)
            storedIndex = Int32(truncatingIfNeeded: index)
        }
        public var version: Int { Int(storedVersion) }
        public var index: Int { Int(storedIndex) }
    }

    /// A place to come back to with Backspace: every pane's anchor, the focus and the
    /// current occurrence.
    struct JumpPoint: Sendable, Equatable {
        var anchors: [Int]
        var focus: Int
        var current: MarkRef?
    }

    public internal(set) var current: MarkRef?
    /// Index into `analysis.topics` of the topic that stands out; the others are toned down.
    public internal(set) var focusedTopic: Int?
    /// Follow mode: scrolling one pane keeps the others on the linked passages.
    public internal(set) var follows = true
    /// Which of several links Enter shows next for the current occurrence.
    var linkCycle = 0
    /// Enter (or a click on a gutter mark) showed the current occurrence's linked passages:
    /// they are tinted until another occurrence becomes current. Follow mode tints them
    /// without it.
    var showsPartners = false

    /// Where a round of `}` / `{` started: the pane whose topic order it follows, and the
    /// pane the last step left the focus on. While the focus stays there the round goes on,
    /// so a step that moves the focus to another pane does not change the order and each
    /// topic is visited once per round.
    struct TopicRound: Sendable, Equatable {
        var home: Int
        var focus: Int
    }

    var topicRound: TopicRound?
    var lastCommandWasFollowLink = false
    /// The change `J` or `K` went to last (`ChangeStops`): the next step goes on from it
    /// while its place is on screen (an added sentence's stop shares its place with others).
    var lastChange: (version: Int, stop: Int)?
    /// The sentence `o`, `:N` or a move of the focus (`FocusCarry`) last stopped at that no
    /// topic holds, by its start: drawn on the current passage's tint while it is the
    /// reading point and no occurrence is current.
    /// Left set when the reader moves on, which is safe: the tint asks that it still be the
    /// reading point, and every other move replaces or clears that (`]`, a search and `o` at a
    /// passage clear it, `:N`, `NG` and a mark put it elsewhere), so a stop left behind tints
    /// nothing. Clearing it where the reading point is set would take the tint off the very
    /// sentence: `zz` sets the point again to the same start, and so do `:N` or a mark that come
    /// back to it, where it is again the sentence the reader is at.
    var unheldStop: ReadingPoint?
    var jumps: [JumpPoint] = []
    /// Where `''` goes: the place the last jump (or `''`, or `Backspace`) left, kept apart
    /// from the jump list as vim keeps its `''` mark, so `''` toggles and `Backspace` still
    /// walks back.
    var swapPoint: JumpPoint?

    static let jumpListLimit = 100
}
