import ReadoutsEncoder
import ReadoutsText

/// The topic engine: finds what each version covers and links the sentences of different
/// versions that speak of the same topic.
///
/// Call `analyse` from a background thread or task. It reports progress and streams
/// partial analyses through `progress` (each a superset of the previous, topic ids stable;
/// with the sentence encoder, the lexical pass's are followed by the fused final links,
/// which replace them),
/// and checks `isCancelled` every few hundred sentences, returning what it has so far.
///
/// ```swift
/// let engine = TopicEngine(lexicons: [.international])    // or [] for --no-lexicon
/// let analysis = engine.analyse(documents, progress: { update in
///     show(update.fraction, update.partial)
/// }, isCancelled: { Task.isCancelled })
/// ```
///
/// Versions are prepared, and each pair's sentences scored, on two cores (`SecondCore`);
/// everything else runs on the calling thread, which is also where `progress` and
/// `isCancelled` are called.
public struct TopicEngine: Sendable {
    /// What `analyse` reports as it goes.
    public struct Progress: Sendable {
        /// 0…1 of the whole analysis.
        public var fraction: Double
        /// Everything found so far; `isComplete` is false until the end.
        public var partial: Analysis
        /// False when `partial` is the one reported last time (only the fraction moved), or
        /// when only the complete analysis follows it (the last pair's links without the
        /// semantic pass): a reader that indexes each new partial for drawing would otherwise
        /// index the same analysis again at every step of linking, each time while the
        /// linker is at its memory peak, and index the whole analysis twice at the end.
        public var isNew = true
    }

    public var lexicons: [Lexicon]
    public var parameters: LinkerParameters
    /// Whether links carry their evidence spans. The export needs them; the reader draws
    /// topic occurrences and never reads them, and at 2 × 10 MB they are 400,000 spans
    /// (about 30 MB), so the reader turns them off.
    public var keepsEvidence = true
    /// Whether the partial analyses `analyse` reports while the semantic pass runs carry the
    /// lexical links, shown until the fused ones replace them. An export, which shows no
    /// partial, lets them go: at 2 × 10 MB, with their evidence, they held 30 MB of its peak.
    public var showsPartials = true
    /// The sentence encoder and its settings: nil links by words and the lexicon alone.
    /// With it, lexical links are streamed first, then replaced by the fused ones
    /// (`SemanticLinker`) once the sentences are embedded.
    public var semantic: SemanticLinking?

    /// Where complete analyses are kept, to be read back whole when the same versions are
    /// analysed again with the same settings (nil: never; the reader's engine has one).
    public var cache: AnalysisCache?

    /// Whether the lexicon hits are held after each sentence's topics are known: evidence
    /// spans, the one-sided names of `--no-lexicon` and the semantic pass read them; the
    /// reader's lexical linking reads none of them.
    var keepsLexiconHits: Bool { keepsEvidence || semantic != nil || lexicons.isEmpty }

    /// Which linker `analyse` runs for versions of `sentences` sentences in all.
    public func linker(forSentences sentences: Int) -> LinkerInfo {
        guard let semantic else { return .lexical }
        return LinkerInfo(kind: .semantic, model: semantic.encoder.identity.name, path: semantic.path(forSentences: sentences))
    }

    /// The language topics are named in where the versions' languages differ (`--topic-language`):
    /// lexicon topics by their label in it, automatic ones by a phrase of a version in it
    /// where the topic occurs in one. Nil: the first version's (an NGO researcher with the
    /// Russian account first read "перерыва" and "широкому кругу" where the English
    /// account's "swap" and "Russian servicemen" were there to name them).
    public var labelLanguage: Language?

    /// The language topics are named in for `prepared`.
    func labelLanguage(for prepared: [PreparedVersion]) -> Language {
        labelLanguage ?? prepared.first?.language ?? .english
    }

    /// False leaves the automatic topics as the linker makes them (one per strongest shared
    /// word, named by that word, none merged): the ablation the label measures and the
    /// naming benchmark compare with.
    public var namesTopics = true

    /// `lexicons: []` runs the automatic linker alone (`--no-lexicon`).
    public init(lexicons: [Lexicon] = [.international], parameters: LinkerParameters = LinkerParameters()) {
        self.lexicons = lexicons
        self.parameters = parameters
    }

    /// Analyses `documents` (two or more versions; one version yields its lexicon topics).
    /// `focus()` gives, per version, the scalar offset the reader shows (nil: none); the
    /// semantic linker embeds the sentences nearest it first.
    public func analyse(
        _ documents: [Document], progress: (Progress) -> Void = { _ in }, isCancelled: () -> Bool = { false },
        focus: () -> [Int]? = { nil }
    ) -> Analysis {
        let cacheKey = cache.map { _ in AnalysisCache.key(for: documents, engine: self) }
        if let cache, let cacheKey, var cached = cache.load(cacheKey), cached.isComplete {
            cached.isFromCache = true
            cached.lexicons = lexicons.map(\.identity)
            progress(Progress(fraction: 1, partial: cached))
            return cached
        }
        let keys = Vocabulary()
        let key2s = Vocabulary()
        var preparer = VersionPreparer(keys: keys, key2s: key2s)
        var analysis = Analysis()
        let pairCount = max(1, documents.count * (documents.count - 1) / 2)
        // Preparation is about 45% of the lexical work, linking the rest; with the encoder
        // the lexical pass is the first `lexicalShare` of the whole.
        let lexicalShare = semantic == nil ? 1.0 : 0.25
        var done = 0.0
        func report(_ fraction: Double, isNew: Bool) -> Bool {
            progress(Progress(fraction: min(1, fraction * lexicalShare), partial: analysis, isNew: isNew))
            return !isCancelled()
        }

        guard let prepared = ParallelPreparation.prepare(
            documents, keys: keys, key2s: key2s, step: { report(0.45 * $0, isNew: false) })
        else { return analysis }
        MallocPolicy.trim()
        MemoryTrace.mark("prepared")
        let totalSentences = prepared.reduce(0) { $0 + $1.sentenceCount }
        // The linker that will have made the final links (a semantic run streams lexical ones first).
        analysis.linker = linker(forSentences: totalSentences)
        analysis.lexicons = lexicons.map(\.identity)
        for (document, version) in zip(documents, prepared) {
            analysis.versions.append(Analysis.Version(
                id: document.id, label: document.label, language: version.language, sentences: version.sentences))
        }
        done = 0.45

        let languages = Set(prepared.flatMap { $0.language == .undetermined ? Language.known : [$0.language] })
        let matcher = LexiconMatcher(
            lexicons: lexicons, languages: languages, keys: keys, normalisers: { preparer.normaliser(for: $0) })
        var grouper = TopicGrouper(lexiconTopics: matcher.topics, labelLanguage: labelLanguage(for: prepared))
        var hitsByVersion: [[LexiconHit]] = []
        // Every hit, ambiguous ones included, is kept for the semantic pass only.
        var allHits: [[LexiconHit]] = []
        // Each sentence's ambiguous hits left standing alone: a lexical link to a sentence
        // that has their topic confirms them (`confirmByLink`).
        var standingAlone: [FlatLists<LexiconHit>] = []
        let reporting = Self.keySet(ReadoutVocabulary.reportingVerbs, prepared, keys, &preparer)
        let silent = reporting.union(Self.keySet(ReadoutVocabulary.courtesies, prepared, keys, &preparer))
        let generic = Self.keySet(ReadoutVocabulary.generic, prepared, keys, &preparer)
        let titles = Self.keySet(ReadoutVocabulary.titles, prepared, keys, &preparer)
        let names = Participants.find(prepared, titles: titles)
        let participants = names.participants
        var masked = names.masked
        let countries = Participants.countries(prepared, titles: titles, documents: documents)
        // Every version's hits before any is filtered: a participant's country named after a
        // title in one account is who speaks in the other languages' too (`Participants.speakerTopics`).
        var matched = zip(prepared, documents).map { matcher.match($0, in: $1) }
        // Recurring places the semantic linker may embed after all (`Participants.unmaskingSubjects`).
        let unmasks = semantic?.parameters.unmasksRecurringSubjects ?? false
        var subjectNames: [[Int32: Set<Int32>]] = []
        var keptTopics: [Set<Int32>] = []
        let speakerTopics = Participants.speakerTopics(matched, prepared, participants, titles: titles)
        // A participant's title's hits are who speaks, not counted toward a country's pervading the account.
        for index in prepared.indices {
            matched[index] = Participants.withoutTitleHits(matched[index], prepared[index], participants[index], titles: titles,
                                                           speakerTopics: speakerTopics[index])
        }
        let pervasiveCountries = Participants.pervasiveCountryTopics(matched, prepared, countries: countries, places: matcher.topics.map(\.isPlace))
        for (index, version) in prepared.enumerated() {
            let found = Participants.withoutCountryHits(matched[index], version, countries: countries, pervasive: pervasiveCountries)
            matched[index] = []
            let (hits, alone) = LexiconMatcher.partition(found)
            if semantic != nil { allHits.append(found) }
            if unmasks {
                subjectNames.append(Participants.lexiconSubjects(names.recurring[index], hits: found, version))
                keptTopics.append(Participants.keptTopics(hits: found, masked: masked[index], version))
            }
            standingAlone.append(Self.hitsPerSentence(alone, version.sentenceCount))
            hitsByVersion.append(hits)
            grouper.addHits(hits, version: index, prepared: version)
        }
        // A place one account keeps naming is embedded where another account's text keeps its topic (`unmaskingSubjects`).
        if unmasks { masked = Participants.unmaskingSubjects(masked, subjects: subjectNames, keptTopics: keptTopics) }
        // Per version, the names set aside when a sentence's own words are counted: the masked
        // ones and every name of its opening sentence, as before the semantic linker began to
        // read those after the speakers (`Participants.speakers`).
        let namesAside = zip(masked, names.openingNames).map { $0.union($1) }
        // What linking reads of the hits: each sentence's lexicon topics, made once per version.
        let topicsByVersion = prepared.indices.map {
            Self.topicsPerSentence(Self.hitsPerSentence(hitsByVersion[$0], prepared[$0].sentenceCount))
        }
        // The hits themselves (about 20 bytes each, a quarter of a million at 2 × 10 MB) serve
        // only evidence spans, the one-sided names and the semantic pass: without them (the
        // reader's lexical linking), they are not held through linking's memory plateaus.
        if !keepsLexiconHits { hitsByVersion = hitsByVersion.map { _ in [] } }
        // Each sentence's hits, for the links' evidence spans (none when dropped), once per version.
        let hitsBySentence = prepared.indices.map { Self.hitsPerSentence(hitsByVersion[$0], prepared[$0].sentenceCount) }
        MemoryTrace.mark("hits grouped")
        analysis.topics = grouper.sortedTopics()
        guard report(done, isNew: true) else { return analysis }
        // Matching, the topics' sorting and the reader's index of them (made in `report`)
        // freed small blocks, which glibc keeps resident: handed back, they do not sit under
        // linking's plateaus (its large arrays are mapped on their own, never in them).
        MallocPolicy.trim()
        MemoryTrace.mark("lexicon matched")

        let labelStop = Self.keySet(LabelStopwords.words, prepared, keys, &preparer)
        // A participant's name in its other forms: "H.E. Mr. Vladimir Vladimirovich Putin", "PM Modi".
        let personWords = Self.keySet(PersonNames.honorifics, prepared, keys, &preparer)
            .union(PersonNames.joined(prepared, participants: participants.first ?? []))
        let naming = prepared.count > 1 && namesTopics
            ? TopicNaming(versions: prepared, documents: documents, keyCount: keys.count, empty: silent.union(labelStop),
                          weak: generic, participants: (participants.first ?? []).union(countries), personWords: personWords,
                          labelLanguage: grouper.labelLanguage, labelLanguageIsChosen: labelLanguage != nil,
                          bareOpeningWords: (semantic?.parameters ?? SemanticParameters()).bareOpeningWords,
                          lexiconTopics: matcher.topics)
            : nil
        let baseWeights = matcher.topics.map(\.weight)
        // Every key is interned by now: linking and naming topics only read the vocabulary.
        let features = KeyFeatures(keys: keys.strings)
        MallocPolicy.trim()
        MemoryTrace.mark("naming set up")
        // Per version, the ambiguous hits a link confirmed, each added once.
        var confirmedHits = [Set<LexiconHit>](repeating: [], count: prepared.count)
        var lexicalPairs: [[Int: SemanticPass.LexicalPair]] = Array(repeating: [:], count: prepared.count)
        let keepsCandidates = semantic.map { $0.probe != nil || totalSentences > 0 && prepared.map(\.sentenceCount).max()!
            * prepared.map(\.sentenceCount).max()! > $0.parameters.allPairsLimit } ?? false
        for i in 0..<prepared.count {
            for j in (i + 1)..<max(i + 1, prepared.count) {
                let share = 0.55 / Double(pairCount)
                let (a, b) = (prepared[i], prepared[j])
                let weights = TermWeights(a, b, vocabularySize: keys.count, silent: silent, generic: generic,
                                          participants: participants[i].union(participants[j]), countries: countries)
                let (hitsA, hitsB) = (hitsBySentence[i], hitsBySentence[j])
                let (topicsA, topicsB) = (topicsByVersion[i], topicsByVersion[j])
                let topicWeights = Self.subjectDamped(baseWeights, topicsA, topicsB)
                var linker = Linker(
                    a: a, b: b, weights: weights, topicsA: topicsA, topicsB: topicsB,
                    topicWeights: topicWeights, keyCount: keys.count, features: features, parameters: parameters)
                guard case (var pairLinks, let candidates, let unconfirmed)? = linker.link(
                    keepingCandidates: keepsCandidates, keepingUnconfirmed: semantic != nil,
                    step: { report(done + share * $0, isNew: false) })
                else { return analysis }
                MallocPolicy.trim()
                MemoryTrace.mark("pair linked")
                let key2OfTerm = Linker.key2Table(a, b, keys.count)
                if semantic != nil {
                    lexicalPairs[i][j] = SemanticPass.LexicalPair(
                        links: Array(pairLinks), unconfirmed: unconfirmed, candidates: candidates, weights: weights, key2OfTerm: key2OfTerm)
                }
                var assembler = LinkAssembler(
                    x: (i, a, hitsA), y: (j, b, hitsB), weights: weights,
                    builder: EvidenceBuilder(weights: weights, key2OfTerm: key2OfTerm),
                    lexiconTopics: matcher.topics, keys: keys, keepsEvidence: keepsEvidence)
                analysis.links.reserveCapacity(analysis.links.count + pairLinks.count)
                let pairStart = analysis.links.count
                // Drained as they are assembled: the linker's links are not held whole beside the analysis'.
                pairLinks.drain { (link: PairLink) in
                    var link = link
                    let confirmed = Self.confirmByLink(&link, standingAlone: (standingAlone[i], standingAlone[j]), topics: (topicsA, topicsB),
                                                       versions: (i, j), prepared: (a, b), confirmed: &confirmedHits, grouper: &grouper)
                    // The event's subject ("China" in a US–China call) is left out of a link's
                    // topics when the link has a more specific one.
                    let specific = link.sharedTopics.filter { topicWeights[Int($0)] >= parameters.carryingWeight }
                    if !specific.isEmpty { link.sharedTopics = specific }
                    analysis.links.append(assembler.link(link, confirmed: confirmed, grouper: &grouper))
                }
                // In their final order while no partial analysis shares them: sorting at the
                // end would copy every link the reader's last partial index still holds.
                Self.sortInReadingOrder(&analysis.links, from: pairStart)
                MemoryTrace.mark("links assembled")
                // Names only one version uses are found by then (with a lexicon, one-sided
                // topics are the curated ones; names would only add noise, "UK", a
                // participant's surname, next to them). They join before the last naming,
                // so that topics are named and merged once per pair.
                if i == prepared.count - 2, lexicons.isEmpty, semantic == nil {
                    OrphanTopics.add(prepared, hits: hitsByVersion, keys: keys, ignored: silent.union(generic), to: &grouper)
                }
                // Then the passages one version alone has, by their words (the encoder's pass
                // finds its own by meaning).
                if i == prepared.count - 2, semantic == nil {
                    WordOneSidedPassages.add(prepared, documents: documents, links: analysis.links, keys: keys, ignored: reporting.union(generic),
                                             participants: namesAside, weights: weights, to: &grouper)
                }
                analysis.topics = grouper.sortedTopics()
                MemoryTrace.mark("topics sorted")
                naming?.apply(to: &analysis)
                MemoryTrace.mark("pair assembled and named")
                done += share
                // After the last pair, without the semantic pass, only the complete analysis
                // follows (sorted, stored in the cache, reported): this one is not worth showing.
                let isLast = i == prepared.count - 2 && semantic == nil
                guard report(done, isNew: !isLast) else { return analysis }
            }
        }
        if let semantic {
            let context = SemanticPass.Context(
                documents: documents, prepared: prepared, matcher: matcher, allHits: allHits, lexicalPairs: lexicalPairs,
                reportingVerbs: reporting, generic: generic,
                relationWords: Self.keySet(ReadoutVocabulary.relations, prepared, keys, &preparer), participants: masked,
                namesAside: namesAside, baseWeights: baseWeights, keys: keys, features: features, parameters: parameters,
                keepsEvidence: keepsEvidence, labelLanguage: labelLanguage(for: prepared))
            let pass = SemanticPass(semantic: semantic, path: semantic.path(forSentences: totalSentences), context: context)
            // Until the fused links are in, the lexical ones stay shown, with the links by
            // meaning found around the reader's viewport added (named once, at the end).
            var shown = analysis
            shown.isLinkingByMeaning = true
            // The lexical links live on in `shown` alone (one copy of them, not two), or
            // nowhere when no partial is shown (`showsPartials`).
            let lexicalTopics = analysis.topics
            var lexicalLinks = analysis.links.count
            analysis.links = []
            if !showsPartials {
                shown.links = []
                lexicalLinks = 0
            }
            var fraction = lexicalShare
            var isNew = true
            guard let result = pass.run(
                progress: { done in
                    fraction = lexicalShare + (1 - lexicalShare) * done
                    progress(Progress(fraction: fraction, partial: shown, isNew: isNew))
                    isNew = false
                },
                isCancelled: isCancelled, focus: focus,
                viewport: { found in
                    // Each replaces the one before: provisional links never pile up.
                    shown.links.removeSubrange(lexicalLinks...)
                    shown.topics = lexicalTopics
                    Self.addViewportLinks(found, to: &shown, prepared: prepared, hits: hitsBySentence, lexicalPairs: lexicalPairs,
                                          matcher: matcher, keys: keys, labelLanguage: grouper.labelLanguage)
                    progress(Progress(fraction: fraction, partial: shown, isNew: true))
                })
            else { return shown }
            shown = Analysis()
            analysis.links = result.links
            analysis.alignedVersions = result.alignedVersions
            analysis.nearest = result.nearest
            analysis.topics = result.topics
            grouper = result.grouper
            hitsByVersion = result.hits
            // One-sided names, then the semantic topics merged and named like the lexical ones.
            if prepared.count > 1, lexicons.isEmpty {
                OrphanTopics.add(prepared, hits: hitsByVersion, keys: keys, ignored: silent.union(generic), to: &grouper)
                analysis.topics = grouper.sortedTopics()
            }
            naming?.apply(to: &analysis)
            let spread = analysis.shareTopicsAcrossWholeLinks(whole: semantic.parameters.counterpartWhole)
            naming?.renameLexiconTopicsSpreadToOtherLanguages(&analysis, before: spread)
        }
        if !zip(analysis.links, analysis.links.dropFirst()).allSatisfy({ !Self.inReadingOrder($1, $0) }) {
            Self.sortInReadingOrder(&analysis.links, from: 0)
        }
        if semantic != nil { analysis.showPassageTopicsWhereTheirNameIs(documents) }
        analysis.addTopicsBothEndsName()
        analysis.isComplete = true
        // Stored before it is shown, so that a reader who sees linking end and quits at once
        // finds it next time; on a best-effort basis (a cache that cannot be written only
        // costs the next opening its time).
        if let cache, let cacheKey { try? cache.store(analysis, for: cacheKey) }
        progress(Progress(fraction: 1, partial: analysis))
        return analysis
    }

    /// Adds the links by meaning found around the viewport to `analysis` (the lexical
    /// pass's, already named), with their automatic topics: a topic the analysis has gains
    /// the new occurrences and keeps its name, a new one is named as the grouper names it.
    /// `hits` holds each version's lexicon hits by sentence.
    static func addViewportLinks(
        _ found: [SemanticPass.ViewportLinks], to analysis: inout Analysis, prepared: [PreparedVersion], hits: [FlatLists<LexiconHit>],
        lexicalPairs: [[Int: SemanticPass.LexicalPair]], matcher: LexiconMatcher, keys: Vocabulary, labelLanguage: Language
    ) {
        var grouper = TopicGrouper(lexiconTopics: matcher.topics, labelLanguage: labelLanguage)
        for pair in found {
            let (i, j) = pair.versions
            guard let lexical = lexicalPairs[i][j] else { continue }
            var assembler = LinkAssembler(
                x: (i, prepared[i], hits[i]), y: (j, prepared[j], hits[j]), weights: lexical.weights,
                builder: EvidenceBuilder(weights: lexical.weights, key2OfTerm: lexical.key2OfTerm),
                lexiconTopics: matcher.topics, keys: keys, keepsEvidence: false)
            for link in pair.links { analysis.links.append(assembler.link(link, confirmed: ([], []), grouper: &grouper)) }
        }
        var position: [String: Int] = [:]
        for (index, topic) in analysis.topics.enumerated() { position[topic.id] = index }
        for topic in grouper.sortedTopics() where !topic.occurrences.isEmpty {
            if let index = position[topic.id] {
                analysis.topics[index].occurrences += topic.occurrences
            } else {
                position[topic.id] = analysis.topics.count
                analysis.topics.append(topic)
            }
        }
    }

    /// The order of an analysis' links: by their first end, then their second.
    static func inReadingOrder(_ x: Analysis.Link, _ y: Analysis.Link) -> Bool { (x.from, x.to) < (y.from, y.to) }

    /// Sorts `links[start...]` into reading order, as a stable sort would, in place: the
    /// order is found on 4-byte indices, then each link moved once along the permutation's
    /// cycles. The standard sort's scratch space is a copy of the links (48 bytes each):
    /// at 2 × 10 MB it was the top of assembly's memory, above the scored pairs' peak.
    static func sortInReadingOrder(_ links: inout [Analysis.Link], from start: Int) {
        let count = links.count - start
        guard count > 1 else { return }
        // order[k]: the (relative) index of the link that goes to position k.
        var order = (0..<count).map { Int32($0) }
        links.withUnsafeBufferPointer { all in
            let slice = UnsafeBufferPointer(rebasing: all[start...])
            order.sort { x, y in
                let (lx, ly) = (slice[Int(x)], slice[Int(y)])
                return inReadingOrder(lx, ly) || !inReadingOrder(ly, lx) && x < y
            }
        }
        for cycleStart in 0..<count where order[cycleStart] >= 0 {
            let first = links[start + cycleStart]
            var k = cycleStart
            while true {
                let source = Int(order[k])
                order[k] = -1
                if source == cycleStart {
                    links[start + k] = first
                    break
                }
                links[start + k] = links[start + source]
                k = source
            }
        }
    }

    /// A topic in a quarter of either version's sentences is the event's subject (Ukraine in
    /// a Russia–US call, China in a US–China one): it no longer carries links on its own.
    static func subjectDamped(_ weights: [Double], _ topicsA: FlatLists<Int32>, _ topicsB: FlatLists<Int32>) -> [Double] {
        subjectDamped(weights, subjects: subjectTopics(topicsA, topicsB))
    }

    /// `weights` with the event's `subjects` (`subjectTopics`) damped.
    static func subjectDamped(_ weights: [Double], subjects: Set<Int32>) -> [Double] {
        var result = weights
        for topic in subjects where Int(topic) < result.count { result[Int(topic)] = min(result[Int(topic)], 0.5) }
        return result
    }

    /// The lexicon topics in a quarter of either version's sentences (at least three): the
    /// event's subject.
    static func subjectTopics(_ topicsA: FlatLists<Int32>, _ topicsB: FlatLists<Int32>) -> Set<Int32> {
        subjectTopics(of: topicsA).union(subjectTopics(of: topicsB))
    }

    /// The lexicon topics in a quarter of one version's sentences (at least three).
    static func subjectTopics(of topics: FlatLists<Int32>) -> Set<Int32> {
        var df: [Int32: Int] = [:]
        for topic in topics.values { df[topic, default: 0] += 1 }
        return Set(df.filter { $0.value >= 3 && Double($0.value) >= 0.25 * Double(topics.count) }.keys)
    }

    /// An ambiguous alias standing alone in a sentence ("trade" of "the Free Trade
    /// Agreement") is confirmed by a lexical link to a sentence of the other version that has
    /// its topic ("the landmark trade deal … will slash tariffs"): the link carries the topic,
    /// which is no longer listed as "only in" the other version, and no automatic topic
    /// stands beside it for the same two sentences.
    /// Returns the hits this link confirmed on each side, which its evidence shows as the
    /// topic's aliases.
    static func confirmByLink(
        _ link: inout PairLink, standingAlone: (FlatLists<LexiconHit>, FlatLists<LexiconHit>), topics: (FlatLists<Int32>, FlatLists<Int32>),
        versions: (Int, Int), prepared: (PreparedVersion, PreparedVersion), confirmed: inout [Set<LexiconHit>], grouper: inout TopicGrouper
    ) -> (a: [LexiconHit], b: [LexiconHit]) {
        func confirm(_ hits: ArraySlice<LexiconHit>, partnerTopics: ArraySlice<Int32>, version: Int, _ prepared: PreparedVersion) -> [LexiconHit] {
            var confirmedHere: [LexiconHit] = []
            for hit in hits where partnerTopics.contains(hit.topic) {
                if !link.sharedTopics.contains(hit.topic) { link.sharedTopics.append(hit.topic) }
                if confirmed[version].insert(hit).inserted { grouper.addHits([hit], version: version, prepared: prepared) }
                confirmedHere.append(hit)
            }
            return confirmedHere
        }
        let a = confirm(standingAlone.0[link.a], partnerTopics: topics.1[link.b], version: versions.0, prepared.0)
        let b = confirm(standingAlone.1[link.b], partnerTopics: topics.0[link.a], version: versions.1, prepared.1)
        return (a, b)
    }

    /// The hits of each sentence, sharing the storage of `hits` (which come in sentence order).
    static func hitsPerSentence(_ hits: [LexiconHit], _ count: Int) -> FlatLists<LexiconHit> {
        FlatLists(grouping: hits, count: count) { Int($0.sentence) }
    }

    /// The distinct lexicon topics of each sentence, in the order of their first hit.
    static func topicsPerSentence(_ hits: FlatLists<LexiconHit>) -> FlatLists<Int32> {
        var result = FlatLists<Int32>()
        for sentence in 0..<hits.count {
            for hit in hits[sentence] where !result.openList.contains(hit.topic) { result.append(hit.topic) }
            result.endList()
        }
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
