import Foundation

/// One version of the event: a decoded, sanitised text split into blocks (headings and
/// paragraphs), with the label, source and date shown in its pane title.
///
/// Offsets everywhere (blocks, sentences, topic occurrences, search matches) are
/// Unicode-scalar offsets into `scalars`, which is exactly `text`'s scalars, held compactly.
public struct Document: Sendable {
    /// A short stable identifier, unique among the versions opened together ("kremlin").
    public var id: String
    /// The pane title and export label, always a `DisplayLabel` (one line, bounded).
    public var label: String {
        get { shownLabel }
        set { shownLabel = DisplayLabel.normalised(newValue) }
    }
    private var shownLabel: String
    /// Where the account comes from, as its front matter says (`source:`); nil without one.
    public var source: String?
    /// The file the version was read from, as named on the command line ("docs/kremlin.txt",
    /// "-" for standard input); nil for the bundled readouts. It is this machine's: the
    /// reader's titles show it whole, a report to share by its file's name alone.
    public var path: String?
    /// The source as the reader's title shows it: the front matter's, else the path; nil when
    /// empty or when it only repeats the label, as a file named on the command line without a
    /// heading does ("kremlin.md — kremlin.md").
    public var shownSource: String? { shown(source ?? path.map { $0 == "-" ? "standard input" : $0 }) }
    /// The source as a shared report (the page, the brief) shows it: the front matter's, else
    /// the file's name without its directories ("kremlin-ru.txt", not "/home/…/kremlin-ru.txt":
    /// a fact-checker's report showed where the file lay on their disk); nil as `shownSource`.
    public var sharedSource: String? {
        shown(source ?? path.map { $0 == "-" ? "standard input" : ($0 as NSString).lastPathComponent })
    }
    /// The front matter's source alone, for the JSON export; nil as `shownSource`.
    public var frontMatterSource: String? { shown(source) }

    /// Nothing where the source only repeats the label: a file named on the command line,
    /// its directories aside ("texts/kremlin.txt — the label kremlin.txt": an analyst read
    /// every title's file name twice).
    private func shown(_ candidate: String?) -> String? {
        candidate.flatMap { $0.isEmpty || $0 == label || path == $0 && ($0 as NSString).lastPathComponent == label ? nil : $0 }
    }
    public var date: String?
    /// The displayed text: front matter and heading markers removed (and Markdown's markup,
    /// `MarkdownBlocks`), blocks joined by blank lines (a tight block by one line break),
    /// every control character replaced by a visible placeholder. Built from
    /// `scalars` on demand: only the scalars are kept, so a long version is held once.
    public var text: String { scalars.description }
    public let scalars: ScalarText
    public let blocks: [Block]
    /// Something the reader should know about how the file was read ("decoded as Windows-1252").
    public var notice: String?
    /// True while this is only the head of a longer file, shown before the rest is read
    /// (`VersionOpening`): searches, `G` and linking wait for the whole document.
    public var isPartial = false

    public init(
        id: String, label: String, source: String? = nil, date: String? = nil, text: String,
        blocks: [Block], notice: String? = nil
    ) {
        self.init(id: id, label: label, source: source, date: date, scalars: ScalarText(text), blocks: blocks, notice: notice)
    }

    /// A document whose text is already split into scalars (the loader's fast path).
    public init(
        id: String, label: String, source: String? = nil, date: String? = nil, scalars: ScalarText,
        blocks: [Block], notice: String? = nil
    ) {
        self.id = id
        self.shownLabel = DisplayLabel.normalised(label)
        self.source = source
        self.date = date
        self.scalars = scalars
        self.blocks = blocks
        self.notice = notice
    }

    public var isEmpty: Bool { blocks.isEmpty }

    /// The index of the block holding scalar `offset` (the last block for offsets past the end).
    public func blockIndex(containing offset: Int) -> Int {
        guard !blocks.isEmpty else { return 0 }
        return max(0, blocks.partitionPoint { $0.range.lowerBound > offset } - 1)
    }

    /// The text of a scalar range, as a String.
    public func string(_ range: Range<Int>) -> String {
        scalars.string(range)
    }
}

/// A heading or a paragraph (or one chunk of a very long paragraph) of a document.
public struct Block: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case heading(level: Int)
        case paragraph
    }
    public var kind: Kind
    /// Scalar offsets into the document's text.
    public var range: Range<Int>
    /// True for a chunk that continues the previous block's paragraph: no blank line between them.
    /// Very long paragraphs are cut into chunks so that wrapping stays local to the viewport.
    public var continuesPrevious: Bool
    /// True when line breaks inside the block are kept (plain text); false when they are
    /// soft breaks shown as spaces (Markdown).
    public var keepsLineBreaks: Bool
    /// True for a Markdown list's item or a table's row that starts on the line after the
    /// previous block, without the blank line between blocks: a block of its own (its
    /// sentences end with it), shown as the writer's list or table is. The text has one
    /// line break before it, outside both blocks.
    public var tight: Bool

    public init(kind: Kind, range: Range<Int>, continuesPrevious: Bool = false, keepsLineBreaks: Bool = true, tight: Bool = false) {
        self.kind = kind
        self.range = range
        self.continuesPrevious = continuesPrevious
        self.keepsLineBreaks = keepsLineBreaks
        self.tight = tight
    }

    public var isHeading: Bool { if case .heading = kind { return true } else { return false } }
}
