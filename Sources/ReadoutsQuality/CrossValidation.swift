/// Leave-one-pair-out cross-validation of a linker's tuning on one split
/// (`readouts-bench quality --cross-validate`): an honest estimate of how a setting chosen on
/// the annotated pairs does on a pair it was not chosen on.
///
/// Every setting (a set of parameter values) is scored on every pair once. Then, for each
/// pair in turn, the setting is chosen on the *other* pairs — the one finding the most shared
/// topics among those whose link precision there reaches `precisionFloor` (ties: the higher
/// precision, then the setting listed first, today's when it is first; never a setting
/// marked ineligible, one that fails the bundled readouts' must-find pairs) — and the held-out
/// pair is scored with it. The held-out scores, summed over the pairs, are the
/// cross-validated figures: a rule or threshold that only fits the pairs it was tuned on
/// loses there what it gained in the plain figures.
public struct CrossValidation: Sendable {
    /// One setting's results, one per pair, in the same order for every setting.
    public struct Setting: Sendable {
        public var name: String
        public var results: [PairResult]
        /// False for a setting that may not be chosen whatever its figures (one that fails
        /// the bundled readouts' must-find pairs).
        public var eligible: Bool
        public init(name: String, results: [PairResult], eligible: Bool = true) {
            self.name = name
            self.results = results
            self.eligible = eligible
        }
    }

    /// The cross-validated figures (one held-out result per pair) and, per pair, the index
    /// of the setting chosen without it.
    public var summary: QualitySummary
    public var chosen: [Int]

    /// Link precision a setting must reach on the training pairs to be chosen (when none
    /// does, the most precise is).
    public static let defaultPrecisionFloor = 0.92

    public init(_ settings: [Setting], linker: String, split: String, precisionFloor: Double = Self.defaultPrecisionFloor) {
        precondition(!settings.isEmpty && Set(settings.map(\.results.count)).count == 1, "every setting scored on the same pairs")
        let pairs = settings[0].results.count
        var held: [PairResult] = []
        var chosen: [Int] = []
        for out in 0..<pairs {
            let training = settings.map { setting in
                QualitySummary(linker: linker, split: split, results: setting.results.enumerated().filter { $0.offset != out }.map(\.element))
            }
            let choice = Self.choose(training, eligible: settings.map(\.eligible), precisionFloor: precisionFloor)
            chosen.append(choice)
            held.append(settings[choice].results[out])
        }
        self.summary = QualitySummary(linker: linker + " (cross-validated)", split: split, results: held)
        self.chosen = chosen
    }

    /// The index of the best of `summaries` (see the type's description).
    public static func choose(_ summaries: [QualitySummary], eligible: [Bool]? = nil, precisionFloor: Double = defaultPrecisionFloor) -> Int {
        let candidates = summaries.indices.filter { eligible?[$0] ?? true }
        let admissible = candidates.filter { summaries[$0].linkPrecision.value >= precisionFloor }
        guard !admissible.isEmpty else {
            return (candidates.isEmpty ? Array(summaries.indices) : candidates).max { (summaries[$0].linkPrecision.value, -$0) < (summaries[$1].linkPrecision.value, -$1) }!
        }
        return admissible.max {
            (summaries[$0].topicRecall.numerator, summaries[$0].linkPrecision.value, -$0)
                < (summaries[$1].topicRecall.numerator, summaries[$1].linkPrecision.value, -$1)
        }!
    }
}
