/// A count over a count, shown as "0.93 (41/44)"; 1 when nothing was counted.
public struct Ratio: Sendable, CustomStringConvertible {
    public var numerator: Int
    public var denominator: Int
    public init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }
    public var value: Double { denominator == 0 ? 1 : Double(numerator) / Double(denominator) }
    public var description: String { String(format: "%.2f (%d/%d)", value, numerator, denominator) }
}

/// The figures of one linker on one split: counts summed over the pairs, then divided
/// (micro-averages, so that a long pair weighs more than a short one).
public struct QualitySummary: Sendable {
    public var linker: String
    public var split: String
    public var results: [PairResult]

    public init(linker: String, split: String, results: [PairResult]) {
        self.linker = linker
        self.split = split
        self.results = results
    }

    private func sum(_ value: (PairResult) -> Int, crossLanguageOnly: Bool = false) -> Int {
        results.filter { !crossLanguageOnly || $0.isCrossLanguage }.reduce(0) { $0 + value($1) }
    }

    /// Right links over right and wrong ones; possible links count for neither.
    public var linkPrecision: Ratio { Ratio(sum(\.correct), sum(\.correct) + sum(\.wrong)) }
    /// Predicted links that were only possible, over all predicted links.
    public var possibleShare: Ratio { Ratio(sum(\.possible), sum(\.predicted)) }
    /// Shared topics joined by at least one predicted link.
    public var topicRecall: Ratio { Ratio(sum(\.topicsFound), sum(\.sharedTopics)) }
    /// The same on the cross-language pairs alone.
    public var crossLanguageTopicRecall: Ratio {
        Ratio(sum(\.topicsFound, crossLanguageOnly: true), sum(\.sharedTopics, crossLanguageOnly: true))
    }
    /// One-sided topics left unlinked.
    public var oneSidedDetection: Ratio { Ratio(sum(\.oneSidedDetected), sum(\.oneSided)) }
    /// The engine's one-sided topics that name a one-sided subject rather than a shared one.
    public var engineOneSidedPrecision: Ratio {
        Ratio(sum(\.engineOneSidedRight), sum(\.engineOneSidedRight) + sum(\.engineOneSidedWrong))
    }
    /// Gold one-sided topics the engine flags as one-sided.
    public var engineOneSidedRecall: Ratio { Ratio(sum(\.goldOneSidedFlagged), sum(\.goldOneSided)) }
    /// Sure sentence pairs found.
    public var sentencePairRecall: Ratio { Ratio(sum(\.correct), sum(\.sure)) }

    public var crossLanguagePairs: Int { results.filter(\.isCrossLanguage).count }
}
