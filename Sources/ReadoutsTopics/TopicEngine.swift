import Foundation
import ReadoutsText

/// The topic engine: finds what each version covers and links the sentences of different
/// versions that speak of the same topic.
///
/// Call `analyse` from a background thread or task. It reports progress and streams
/// partial analyses through `progress` (each a superset of the previous, topic ids stable),
/// and checks `isCancelled` every few hundred sentences, returning what it has so far.
///
/// ```swift
/// let engine = TopicEngine(lexicons: [.international])    // or [] for --no-lexicon
/// let analysis = engine.analyse(documents, progress: { update in
///     show(update.fraction, update.partial)
/// }, isCancelled: { Task.isCancelled })
///
/// // Or, from async code: a stream of the same updates, computed on a background task.
/// for await update in engine.updates(for: documents) { show(update.fraction, update.partial) }
/// ```
///
/// Versions are prepared on two cores; everything else runs on the calling thread, which
/// is also where `progress` and `isCancelled` are called.
public struct TopicEngine: Sendable {
    /// What `analyse` reports as it goes.
    public struct Progress: Sendable {
        /// 0…1 of the whole analysis.
        public var fraction: Double
        /// Everything found so far; `isComplete` is false until the end.
        public var partial: Analysis
    }

    public var lexicons: [Lexicon]
    public var parameters: LinkerParameters

    /// `lexicons: []` runs the automatic linker alone (`--no-lexicon`).
    public init(lexicons: [Lexicon] = [.international], parameters: LinkerParameters = LinkerParameters()) {
        self.lexicons = lexicons
        self.parameters = parameters
    }

    /// Analyses `documents` (two or more versions; one version yields its lexicon topics).
    public func analyse(
        _ documents: [Document], progress: (Progress) -> Void = { _ in }, isCancelled: () -> Bool = { false }
    ) -> Analysis {
        let keys = Vocabulary()
        let key2s = Vocabulary()
        var preparer = VersionPreparer(keys: keys, key2s: key2s)
        var analysis = Analysis()
        let pairCount = max(1, documents.count * (documents.count - 1) / 2)
        // Preparation is about 45% of the work, linking the rest.
        var done = 0.0
        func report(_ fraction: Double) -> Bool {
            progress(Progress(fraction: min(1, fraction), partial: analysis))
            return !isCancelled()
        }

        guard let prepared = ParallelPreparation.prepare(documents, keys: keys, key2s: key2s, step: { report(0.45 * $0) })
        else { return analysis }
        for (document, version) in zip(documents, prepared) {
            analysis.versions.append(Analysis.Version(
                id: document.id, label: document.label, language: version.language, sentences: version.sentences))
        }
        done = 0.45

        let languages = Set(prepared.flatMap { $0.language == .undetermined ? Language.known : [$0.language] })
        let matcher = LexiconMatcher(
            lexicons: lexicons, languages: languages, keys: keys, normalisers: { preparer.normaliser(for: $0) })
        var grouper = TopicGrouper(lexiconTopics: matcher.topics, labelLanguage: prepared.first?.language ?? .english)
        var hitsByVersion: [[LexiconHit]] = []
        for (index, version) in prepared.enumerated() {
            let hits = matcher.match(version)
            hitsByVersion.append(hits)
            grouper.addHits(hits, version: index, prepared: version)
        }
        analysis.topics = grouper.sortedTopics
        guard report(done) else { return analysis }

        let silent = Self.keySet(ReadoutVocabulary.reportingVerbs, prepared, keys, &preparer)
        let generic = Self.keySet(ReadoutVocabulary.generic, prepared, keys, &preparer)
        let baseWeights = matcher.topics.map(\.weight)
        for i in 0..<prepared.count {
            for j in (i + 1)..<max(i + 1, prepared.count) {
                let share = 0.55 / Double(pairCount)
                let (a, b) = (prepared[i], prepared[j])
                let weights = TermWeights(a, b, vocabularySize: keys.count, silent: silent, generic: generic)
                let topicsA = Self.topicsPerSentence(hitsByVersion[i], a.sentenceCount)
                let topicsB = Self.topicsPerSentence(hitsByVersion[j], b.sentenceCount)
                let topicWeights = Self.subjectDamped(baseWeights, topicsA, topicsB)
                var linker = Linker(
                    a: a, b: b, weights: weights, topicsA: topicsA, topicsB: topicsB,
                    topicWeights: topicWeights, keys: keys, parameters: parameters)
                guard let pairLinks = linker.link(step: { report(done + share * $0) }) else { return analysis }
                let builder = EvidenceBuilder(weights: weights, key2OfTerm: Linker.key2Table(a, b, keys.count))
                let hitsA = Self.hitsPerSentence(hitsByVersion[i], a.sentenceCount)
                let hitsB = Self.hitsPerSentence(hitsByVersion[j], b.sentenceCount)
                for var link in pairLinks {
                    // The event's subject ("China" in a US–China call) is left out of a link's
                    // topics when the link has a more specific one.
                    let specific = link.sharedTopics.filter { topicWeights[Int($0)] >= parameters.carryingWeight }
                    if !specific.isEmpty { link.sharedTopics = specific }
                    analysis.links.append(makeLink(link, (i, a, hitsA), (j, b, hitsB), builder, weights, matcher, keys, &grouper))
                }
                analysis.topics = grouper.sortedTopics
                done += share
                guard report(done) else { return analysis }
            }
        }
        // With a lexicon, one-sided topics are the curated ones; names would only add noise
        // ("UK", a participant's surname) next to them.
        if prepared.count > 1, lexicons.isEmpty {
            OrphanTopics.add(prepared, hits: hitsByVersion, keys: keys, ignored: silent.union(generic), to: &grouper)
            analysis.topics = grouper.sortedTopics
        }
        analysis.links.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        analysis.isComplete = true
        progress(Progress(fraction: 1, partial: analysis))
        return analysis
    }

    private func makeLink(
        _ link: PairLink, _ x: (index: Int, version: PreparedVersion, hits: [[LexiconHit]]),
        _ y: (index: Int, version: PreparedVersion, hits: [[LexiconHit]]), _ builder: EvidenceBuilder,
        _ weights: TermWeights, _ matcher: LexiconMatcher, _ keys: Vocabulary, _ grouper: inout TopicGrouper
    ) -> Analysis.Link {
        let from = Analysis.SentenceRef(version: x.index, sentence: link.a)
        let to = Analysis.SentenceRef(version: y.index, sentence: link.b)
        var evidence: [Analysis.Evidence] = []
        var topicIDs: [String] = []
        for topic in link.sharedTopics {
            let id = matcher.topics[Int(topic)].id
            topicIDs.append(id)
            for hit in x.hits[link.a] where hit.topic == topic {
                evidence.append(.init(side: from, range: EvidenceBuilder.range(of: hit, in: x.version), topic: id))
            }
            for hit in y.hits[link.b] where hit.topic == topic {
                evidence.append(.init(side: to, range: EvidenceBuilder.range(of: hit, in: y.version), topic: id))
            }
        }
        let bagA = Linker.bag(x.version, link.a, weights)
        let bagB = Linker.bag(y.version, link.b, weights)
        let lexicalA = builder.lexicalRanges(x.version, link.a, against: bagB)
        let lexicalB = builder.lexicalRanges(y.version, link.b, against: bagA)
        // Words already shown as a topic's alias are not repeated as shared words.
        func covered(_ range: Range<Int>, _ side: Analysis.SentenceRef) -> Bool {
            evidence.contains { $0.side == side && $0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound }
        }
        evidence += lexicalA.filter { !covered($0, from) }.map { .init(side: from, range: $0, topic: nil) }
        evidence += lexicalB.filter { !covered($0, to) }.map { .init(side: to, range: $0, topic: nil) }
        if topicIDs.isEmpty, link.dominantTerm >= 0 {
            let key = keys.strings[Int(link.dominantTerm)]
            let (id, label) = TopicGrouper.automaticTopic(key: key, surface: x.version.surface[link.dominantTerm] ?? y.version.surface[link.dominantTerm])
            topicIDs.append(id)
            for range in lexicalA { grouper.add(.init(version: x.index, sentence: link.a, range: range), topic: id, label: label, origin: .automatic) }
            for range in lexicalB { grouper.add(.init(version: y.index, sentence: link.b, range: range), topic: id, label: label, origin: .automatic) }
        }
        return Analysis.Link(from: from, to: to, score: (link.score * 1000).rounded() / 1000, topics: topicIDs, evidence: evidence)
    }

    /// A topic in a quarter of either version's sentences is the event's subject (Ukraine in
    /// a Russia–US call, China in a US–China one): it no longer carries links on its own.
    static func subjectDamped(_ weights: [Double], _ topicsA: [[Int32]], _ topicsB: [[Int32]]) -> [Double] {
        var result = weights
        for topics in [topicsA, topicsB] {
            var df = [Int](repeating: 0, count: weights.count)
            for sentence in topics { for topic in sentence { df[Int(topic)] += 1 } }
            for (topic, count) in df.enumerated() where count >= 3 && Double(count) >= 0.25 * Double(topics.count) {
                result[topic] = min(result[topic], 0.5)
            }
        }
        return result
    }

    static func hitsPerSentence(_ hits: [LexiconHit], _ count: Int) -> [[LexiconHit]] {
        var result = [[LexiconHit]](repeating: [], count: count)
        for hit in hits { result[Int(hit.sentence)].append(hit) }
        return result
    }

    static func topicsPerSentence(_ hits: [LexiconHit], _ count: Int) -> [[Int32]] {
        var result = [[Int32]](repeating: [], count: count)
        for hit in hits where !result[Int(hit.sentence)].contains(hit.topic) { result[Int(hit.sentence)].append(hit.topic) }
        return result
    }

    /// Key ids of a word list, normalised in each language present among the versions.
    static func keySet(_ words: [Language: [String]], _ versions: [PreparedVersion], _ keys: Vocabulary,
                       _ preparer: inout VersionPreparer) -> Set<Int32> {
        var result = Set<Int32>()
        let languages = Set(versions.map(\.language)).flatMap { $0 == .undetermined ? Language.known : [$0] }
        for language in Set(languages) {
            let normaliser = preparer.normaliser(for: language)
            for word in words[language] ?? [] {
                if let key = normaliser.normalise(word: word.lowercased())?.key { result.insert(keys.intern(key)) }
            }
        }
        return result
    }
}
