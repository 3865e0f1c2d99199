import ReadoutsText
import ReadoutsTopics

/// How the automatic topics of a split are named. Every automatic topic found in both
/// versions counts (one-sided ones are names by design):
///
/// - **uninformative**: labels a reader learns nothing from (a bare number, a stopword, a
///   reporting verb, a word such as "sure" or "new"); should be none;
/// - **multi-word**: labels of two or more words, the noun phrases the namer prefers;
/// - **matching the annotation**: among topics labelled in English whose links join two
///   sentences of one annotated topic (a sure link), those whose label shares a word's
///   stem with that topic's annotated name ("grain exports" for "Ukrainian grain exports").
///   The annotated names are English, so French and Russian labels are not judged.
/// - **from the quoted words**: among topics whose links join two sentences of one
///   annotated topic, in any language, those whose label shares a word with that topic's
///   quotes in the label's language — the words of the sentence that speak of it. A
///   sentence that speaks of several subjects ("… first call since 2022, calling for a
///   ceasefire and coordination on Iran's nuclear programme") must be named by the part
///   its link is about, which a translation on the other side shares no word with.
///
/// The one-sided passages (automatic topics of one version whose occurrences are all by
/// meaning: what the other version left out, named from one passage) are judged apart:
/// multi-word and uninformative as above, and, among those whose sentences fall in an
/// annotated one-sided topic of their side, the share whose label shares a word with that
/// topic's quotes.
///
/// The lexicon's topics are named by hand and not judged above; for them only the share
/// matching the annotation is kept apart (`lexiconMatchingShare`), so that a topic moving
/// from an automatic name to a lexicon one stays visible in the figures.
public struct LabelQuality: Sendable {
    public struct Example: Sendable {
        public var pair: String
        public var label: String
        /// The annotated names of the topics the automatic one's links fall in.
        public var annotated: [String]
        /// Whether the label shares a word with those topics' quotes (nil: not judged).
        public var fromQuotes: Bool?
    }

    public var labelled = 0
    public var uninformative = 0
    public var multiWord = 0
    public var judged = 0
    public var matching = 0
    public var quoteJudged = 0
    public var fromQuotes = 0
    public var lexiconJudged = 0
    public var lexiconMatching = 0
    public var examples: [Example] = []
    public var passages = 0
    public var passagesMultiWord = 0
    public var passagesUninformative = 0
    public var passagesJudged = 0
    public var passagesFromQuotes = 0
    public var passageExamples: [Example] = []

    public var passagesMultiWordShare: Ratio { Ratio(passagesMultiWord, passages) }
    public var passagesFromQuotesShare: Ratio { Ratio(passagesFromQuotes, passagesJudged) }

    public var multiWordShare: Ratio { Ratio(multiWord, labelled) }
    public var matchingShare: Ratio { Ratio(matching, judged) }
    public var fromQuotesShare: Ratio { Ratio(fromQuotes, quoteJudged) }
    public var lexiconMatchingShare: Ratio { Ratio(lexiconMatching, lexiconJudged) }

    public init() {}

    /// Runs `linker` on every pair of `set` and judges the labels of its automatic topics.
    public static func evaluate(_ set: AnnotationSet, with linker: any QualityLinker) throws -> LabelQuality {
        var quality = LabelQuality()
        for pair in set.pairs {
            let documents = try pair.documents()
            let analysis = linker.analyse(documents)
            let gold = try GoldStandard(pair, documents: documents, analysis: analysis)
            quality.add(pair.name, analysis, gold)
        }
        return quality
    }

    mutating func add(_ name: String, _ analysis: Analysis, _ gold: GoldStandard) {
        let language = analysis.versions.first?.language ?? .english
        let english = Normaliser(language: .english)
        let own = Normaliser(language: language)
        func keys(_ text: String, _ normaliser: Normaliser) -> Set<String> {
            Set(Tokenizer.tokens(in: text).compactMap { normaliser.normalise($0)?.key })
        }
        func annotatedTopics(_ topic: Analysis.Topic) -> [GoldStandard.Topic] {
            let linked = analysis.links.filter { $0.topics.contains(topic.id) }
            return gold.sharedTopics.filter { g in
                linked.contains { g.a.contains($0.from.sentence) && g.b.contains($0.to.sentence) }
            }
        }
        if language == .english {
            for topic in analysis.topics where topic.origin == .lexicon && topic.versions.count >= 2 {
                let annotated = annotatedTopics(topic)
                guard !annotated.isEmpty else { continue }
                lexiconJudged += 1
                let label = keys(topic.label, english)
                if annotated.contains(where: { !keys($0.label, english).isDisjoint(with: label) }) { lexiconMatching += 1 }
            }
        }
        func isMultiWord(_ label: String) -> Bool {
            label.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "'" || $0 == "’" }).count >= 2
        }
        // The passages found by meaning: in a semantic run, those whose name stands in their
        // sentence are shown at those words (`showPassageTopicsWhereTheirNameIs`).
        let passagesByMeaning = { (topic: Analysis.Topic) in
            topic.occurrences.allSatisfy(\.byMeaning) || analysis.linker.kind == .semantic && topic.isPassage
        }
        for topic in analysis.topics where topic.origin == .automatic && topic.isOneSided && passagesByMeaning(topic) {
            guard let side = topic.versions.first, side < 2 else { continue }
            let passageLanguage = analysis.versions[side].language
            passages += 1
            if LabelStopwords.isUninformative(topic.label, language: passageLanguage) { passagesUninformative += 1 }
            if isMultiWord(topic.label) { passagesMultiWord += 1 }
            let sentences = Set(topic.occurrences.map(\.sentence))
            let annotated = gold.oneSidedTopics.filter { $0.onlySide == side && !$0.sentences(side: side).isDisjoint(with: sentences) }
            var example = Example(pair: name, label: topic.label, annotated: annotated.map(\.label))
            if !annotated.isEmpty {
                let normaliser = Normaliser(language: passageLanguage)
                let quoted = annotated.flatMap { $0.quotes[side] }.reduce(into: Set<String>()) { $0.formUnion(keys($1, normaliser)) }
                passagesJudged += 1
                example.fromQuotes = !keys(topic.label, normaliser).isDisjoint(with: quoted)
                if example.fromQuotes == true { passagesFromQuotes += 1 }
            }
            passageExamples.append(example)
        }
        for topic in analysis.topics where topic.origin == .automatic && topic.versions.count >= 2 {
            labelled += 1
            if LabelStopwords.isUninformative(topic.label, language: language) { uninformative += 1 }
            if isMultiWord(topic.label) { multiWord += 1 }
            let annotated = annotatedTopics(topic)
            examples.append(Example(pair: name, label: topic.label, annotated: annotated.map(\.label)))
            if !annotated.isEmpty {
                let sides = analysis.versions.indices.filter { $0 < 2 && analysis.versions[$0].language == language }
                let quoted = annotated.flatMap { topic in sides.flatMap { topic.quotes[$0] } }
                    .reduce(into: Set<String>()) { $0.formUnion(keys($1, own)) }
                quoteJudged += 1
                let drawn = !keys(topic.label, own).isDisjoint(with: quoted)
                if drawn { fromQuotes += 1 }
                examples[examples.count - 1].fromQuotes = drawn
            }
            guard language == .english, !annotated.isEmpty else { continue }
            judged += 1
            let label = keys(topic.label, english)
            if annotated.contains(where: { !keys($0.label, english).isDisjoint(with: label) }) { matching += 1 }
        }
    }
}
