import ReadoutsTopics

/// How one linker did on one annotated pair: counts, from which `QualitySummary` derives
/// the ratios. The definitions are in the annotations README.
public struct PairResult: Sendable {
    public var name: String
    public var languagePair: String
    public var isCrossLanguage: Bool

    /// Links between side a and side b.
    public var predicted = 0
    /// Predicted links that are sure links: right.
    public var correct = 0
    /// Predicted links that are only possible: neither right nor wrong, reported apart.
    public var possible = 0
    /// The rest of the predicted links.
    public var wrong: Int { predicted - correct - possible }
    /// Sure links in the annotation (sentence pairs of shared topics).
    public var sure = 0

    /// Shared topics, and those joined by at least one predicted link between their sentences.
    public var sharedTopics = 0
    public var missedTopics: [String] = []
    public var topicsFound: Int { sharedTopics - missedTopics.count }

    /// One-sided topics with at least one sentence no shared topic quotes, and those none of
    /// whose such sentences is linked to the other side.
    public var oneSided = 0
    public var oneSidedDetected = 0

    /// The engine's own one-sided topics: touching a gold one-sided topic of their side
    /// (right), else touching only shared subjects (wrong), else neither (unannotated).
    public var engineOneSidedRight: Int { engineOneSidedTopics.filter { $0.verdict == .right }.count }
    public var engineOneSidedWrong: Int { engineOneSidedTopics.filter { $0.verdict == .wrong }.count }
    public var engineOneSidedUnannotated: Int { engineOneSidedTopics.filter { $0.verdict == .unannotated }.count }
    public enum OneSidedVerdict: String, Sendable { case right, wrong, unannotated }
    /// The engine's one-sided topics, each with its verdict, side, label and sentences: what
    /// `readouts-bench quality --one-sided` lists, and what the three counts above count.
    public var engineOneSidedTopics: [(verdict: OneSidedVerdict, side: Int, label: String, sentences: [Int])] = []
    /// Gold one-sided topics, and those an engine one-sided topic of their side occurs in.
    public var goldOneSided = 0
    public var goldOneSidedFlagged = 0

    public init(name: String, languagePair: String, isCrossLanguage: Bool) {
        self.name = name
        self.languagePair = languagePair
        self.isCrossLanguage = isCrossLanguage
    }

    /// Scores `analysis` (of the pair's two accounts, in order) against `gold`.
    public init(pair: AnnotatedPair, gold: GoldStandard, analysis: Analysis) {
        self.init(name: pair.name, languagePair: pair.languagePair, isCrossLanguage: pair.isCrossLanguage)
        var links = Set<SentencePair>()
        for link in analysis.links where link.from.version == 0 && link.to.version == 1 {
            links.insert(SentencePair(a: link.from.sentence, b: link.to.sentence))
        }
        predicted = links.count
        correct = links.intersection(gold.sure).count
        possible = links.intersection(gold.possible).count
        sure = gold.sure.count

        let linked: [Set<Int>] = [Set(links.map(\.a)), Set(links.map(\.b))]
        for topic in gold.sharedTopics {
            sharedTopics += 1
            if !links.contains(where: { topic.a.contains($0.a) && topic.b.contains($0.b) }) {
                missedTopics.append(topic.id)
            }
        }
        var oneSidedSentences: [Set<Int>] = [[], []]
        for topic in gold.oneSidedTopics {
            guard let side = topic.onlySide else { continue }
            oneSidedSentences[side].formUnion(topic.sentences(side: side))
            let exclusive = gold.exclusiveSentences(of: topic)
            if !exclusive.isEmpty {
                oneSided += 1
                if exclusive.isDisjoint(with: linked[side]) { oneSidedDetected += 1 }
            }
        }

        var flaggedSentences: [Set<Int>] = [[], []]
        for side in 0..<2 {
            for topic in analysis.topicsOnlyIn(version: side) {
                let sentences = Set(topic.occurrences.filter { $0.version == side }.map(\.sentence))
                flaggedSentences[side].formUnion(sentences)
                let verdict: OneSidedVerdict = !sentences.isDisjoint(with: oneSidedSentences[side]) ? .right
                    : !sentences.isDisjoint(with: gold.sharedSentences[side]) ? .wrong : .unannotated
                engineOneSidedTopics.append((verdict, side, topic.label, sentences.sorted()))
            }
        }
        for topic in gold.oneSidedTopics {
            guard let side = topic.onlySide else { continue }
            goldOneSided += 1
            if !topic.sentences(side: side).isDisjoint(with: flaggedSentences[side]) { goldOneSidedFlagged += 1 }
        }
    }
}
