/// What the JSON export lists besides the analysis, as the brief and the page do: the linked
/// passages whose figures differ (`"figures"`), a translation's counterparts that name other
/// persons (`"names"`), those of which one alone is negated
/// (`"negations"`) and the changes between drafts of one text (`"changes"`). They are found
/// above this module (the export's `FigureDifferences` and `NegationDifferences`, the
/// reader's `DraftChanges`) and handed to `writeJSON`; they hold sentence numbers and short
/// strings, as many as there are differences, never the text.
public struct JSONComparisons: Sendable {
    /// Two linked passages whose figures differ, and the figures, each as its side writes
    /// it ("420" against "240"), paired in reading order, each pair once.
    public struct Figures: Sendable {
        public var from: Analysis.SentenceRef
        public var to: Analysis.SentenceRef
        public var pairs: [(from: String, to: String)]

        public init(from: Analysis.SentenceRef, to: Analysis.SentenceRef, pairs: [(from: String, to: String)]) {
            (self.from, self.to, self.pairs) = (from, to, pairs)
        }
    }

    /// Two linked passages of which one is negated and the other is not: the negated
    /// passage's version and its negations ("ne … pas").
    public struct Negations: Sendable {
        public var from: Analysis.SentenceRef
        public var to: Analysis.SentenceRef
        public var negated: Int
        public var words: [String]

        public init(from: Analysis.SentenceRef, to: Analysis.SentenceRef, negated: Int, words: [String]) {
            (self.from, self.to, self.negated, self.words) = (from, to, negated, words)
        }
    }

    /// The changes from version `from` to version `to`, a draft of it or its translation
    /// (`isTranslation`), in `from`'s order.
    public struct Drafts: Sendable {
        public var from: Int
        public var to: Int
        public var changes: [Change]
        public var isTranslation: Bool

        public init(from: Int, to: Int, changes: [Change], isTranslation: Bool = false) {
            (self.from, self.to, self.changes, self.isTranslation) = (from, to, changes, isTranslation)
        }
    }

    /// One change: the sentence of each draft (nil for the draft that lacks it), what changed
    /// in a sentence worded otherwise ("ninety → sixty"; nil when it cannot be said
    /// briefly), and the sentences a moved run carries.
    public struct Change: Sendable {
        public enum Kind: String, Sendable {
            case worded, onlyInFirst = "only-in-first", onlyInOther = "only-in-other", moved
        }

        public var kind: Kind
        public var from: Int?
        public var to: Int?
        public var description: String?
        public var count: Int

        public init(kind: Kind, from: Int?, to: Int?, description: String? = nil, count: Int = 1) {
            (self.kind, self.from, self.to, self.description, self.count) = (kind, from, to, description, count)
        }
    }

    public var figures: [Figures]
    /// A sentence and its counterpart in a translation that name other persons, and the
    /// names, as `figures` gives figures ("Boris Johnson" against "Theresa May").
    public var names: [Figures]
    public var negations: [Negations]
    public var changes: [Drafts]

    public init(figures: [Figures], names: [Figures] = [], negations: [Negations] = [], changes: [Drafts]) {
        (self.figures, self.names, self.negations, self.changes) = (figures, names, negations, changes)
    }
}
