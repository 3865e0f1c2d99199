import ReadoutsText

/// A match: a version (pane) and an original scalar range of its document.
public struct SearchHit: Equatable, Sendable {
    public var version: Int
    public var range: Range<Int>
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
    /// Shared by the copies of this value (the search saved for Esc, say); only the thread
    /// that applies events uses it.
    let matcher: SearchMatcher

    init(blockCount: Int, start: Int, matcher: SearchMatcher) {
        blocks = Array(repeating: nil, count: blockCount)
        self.start = blockCount == 0 ? 0 : min(max(0, start), blockCount - 1)
        self.matcher = matcher
    }

    var isComplete: Bool { scanned >= blocks.count }

    /// Searches block `index` if not done yet; answers what it cost (scalars times the mode's cost).
    @discardableResult
    mutating func ensure(_ index: Int, in document: Document) -> Int {
        guard blocks.indices.contains(index), blocks[index] == nil else { return 0 }
        let result = matcher.matches(in: document, block: index)
        blocks[index] = result.ranges
        count += result.ranges.count
        scanned += 1
        if result.timedOut { skipped += 1 }
        return max(1, document.blocks[index].range.count) * matcher.cost
    }

    /// Continues the background scan for about `budget` scalars. Answers what is left.
    mutating func advance(in document: Document, budget: Int) -> Int {
        var spent = 0
        var step = 0
        while !isComplete && spent < budget && step < blocks.count {
            let index = (start + step) % blocks.count
            spent += ensure(index, in: document)
            step += 1
        }
        return budget - spent
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
    /// The last error (invalid pattern), shown in the prompt.
    public internal(set) var error: String?
    /// The status text last written to the reader's message, so background steps refresh it.
    var status: String?
    /// The view and search as they were when the prompt opened, for Esc.
    var saved: Saved?
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
