import ReadoutsText

/// A match: a version (pane) and an original scalar range of its document.
public struct SearchHit: Equatable, Sendable {
    public var version: Int
    public var range: Range<Int>
}

/// What a key or a background step may spend on search: scalars read (times the mode's
/// cost) and, for a regular expression, ICU match steps. Both are units of work, not of
/// time, so what a key finds never depends on how busy the machine is.
struct SearchBudget {
    var scalars: Int
    var regexSteps: Int

    /// A key's share: the visible blocks and the first match, then the rest in steps.
    static var key: SearchBudget { SearchBudget(scalars: 1 << 20, regexSteps: 9) }
    /// A background step's share (`Event.tick`), between keys.
    static var step: SearchBudget { SearchBudget(scalars: 1 << 20, regexSteps: 9) }
    /// Counting on a key once its first match is shown.
    static var count: SearchBudget { SearchBudget(scalars: 1 << 16, regexSteps: 3) }

    var isSpent: Bool { scalars <= 0 || regexSteps < SearchMatcher.regexStepsPerBlock }
}

/// The search results of one pane, filled block by block: the blocks around the viewport
/// first, the rest in bounded steps (`ReaderState.advanceSearch`), so a 10 MB document
/// shows its first matches at once and its full count a little later.
struct PaneMatches {
    /// Matches per block; nil for a block not searched yet.
    var blocks: [[Range<Int>]?]
    /// The background scan goes from `start` to the end, then from the top.
    let start: Int
    var scanned = 0
    var count = 0
    /// Blocks a regular expression gave up on (too slow).
    var skipped = 0
    /// After this many skipped blocks the pattern is given up: the rest is not searched.
    static let skippedLimit = 3
    var gaveUp: Bool { skipped >= Self.skippedLimit }
    /// Shared by the copies of this value (the search saved for Esc, say); only the thread
    /// that applies events uses it.
    let matcher: SearchMatcher

    init(blockCount: Int, start: Int, matcher: SearchMatcher) {
        blocks = Array(repeating: nil, count: blockCount)
        self.start = blockCount == 0 ? 0 : min(max(0, start), blockCount - 1)
        self.matcher = matcher
    }

    var isComplete: Bool { scanned >= blocks.count || gaveUp }

    /// Searches block `index` if not done yet and the budget allows, taking what it spends
    /// from `budget`.
    mutating func ensure(_ index: Int, in document: Document, budget: inout SearchBudget) {
        guard blocks.indices.contains(index), blocks[index] == nil, !gaveUp, !budget.isSpent else { return }
        let result = matcher.matches(in: document, block: index, regexSteps: SearchMatcher.regexStepsPerBlock)
        blocks[index] = result.ranges
        count += result.ranges.count
        scanned += 1
        if result.timedOut { skipped += 1 }
        budget.scalars -= max(1, document.blocks[index].range.count) * matcher.cost + result.ranges.count * matcher.matchCost
        budget.regexSteps -= result.stepsSpent
    }

    /// Continues the background scan until `budget` is spent.
    mutating func advance(in document: Document, budget: inout SearchBudget) {
        var step = 0
        while !isComplete && !budget.isSpent && step < blocks.count {
            ensure((start + step) % blocks.count, in: document, budget: &budget)
            step += 1
        }
    }

    /// The ordinal (1-based) of `range` in block `block`, when every block before it is searched.
    func ordinal(of range: Range<Int>, block: Int) -> Int? {
        var before = 0
        for index in 0..<block {
            guard let matches = blocks[index] else { return nil }
            before += matches.count
        }
        guard let within = blocks[block]?.firstIndex(of: range) else { return nil }
        return before + within + 1
    }
}

/// Everything about search in the reader: the prompt while typing, the active query and its
/// results, the current match, and where to go back to on Esc.
public struct SearchState {
    var history = SearchHistory()
    /// The pattern being shown (typed or confirmed), its options and direction.
    public internal(set) var pattern = ""
    public internal(set) var options = SearchOptions()
    public internal(set) var backward = false
    var results: [Int: PaneMatches] = [:]
    public internal(set) var current: SearchHit?
    /// The match that was current when Esc or `:noh` cleared the search: `n` goes on from it.
    var clearedAt: SearchHit?
    /// The last error (invalid pattern), shown in the prompt.
    public internal(set) var error: String?
    /// The search's answer last written to the reader's notice, from the fullest form to the
    /// shortest (`searchStatusForms`), so background steps refresh it; empty when there is none.
    var statusForms: [String] = []
    /// The fullest form, as the notice shows it where it fits.
    var status: String? { statusForms.first }
    /// Shorter ways of saying `status` for a narrow status line ("match 3/17" without the
    /// counts per pane).
    var shorterStatus: [String] { Array(statusForms.dropFirst()) }
    /// The view and search as they were when the prompt opened, for Esc.
    var saved: Saved?
    /// Inside a burst of keys (a paste): edits to the pattern wait for the end of the burst,
    /// which then searches once.
    var defersSearching = false
    var searchIsDue = false
    /// Per-document language, identified once, for stem mode.
    var languages: [Int: Language] = [:]

    struct Saved {
        var tops: [ScrollPosition]
        var focus: Int
        var pattern: String
        var options: SearchOptions
        var backward: Bool
        var results: [Int: PaneMatches]
        var current: SearchHit?
    }

    public init() {}

    public var isActive: Bool { !results.isEmpty }
    public var hasPendingWork: Bool { results.values.contains { !$0.isComplete } }

    /// Total matches found so far in `version`, or nil when that pane is not searched.
    public func count(in version: Int) -> Int? { results[version]?.count }
    public var isComplete: Bool { !hasPendingWork }

    /// The matches found in one block of a pane (empty when not searched).
    public func matches(version: Int, block: Int) -> [Range<Int>] {
        guard let pane = results[version], pane.blocks.indices.contains(block) else { return [] }
        return pane.blocks[block] ?? []
    }
}
