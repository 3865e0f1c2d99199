import ReadoutsEncoder
import ReadoutsText

/// The semantic half of an analysis, after the lexical pass: embeds every version's
/// sentences (participants left out, `SentenceTexts`), settles the lexicon's ambiguous
/// hits by meaning, fuses each pair's lexical links with sentence similarity
/// (`SemanticLinker`), then makes a topic of each passage only one version has
/// (`OneSidedPassages`). Its links, topics and hits replace the lexical pass's.
struct SemanticPass {
    struct Context {
        var documents: [Document]
        var prepared: [PreparedVersion]
        var matcher: LexiconMatcher
        /// Every lexicon hit of each version, ambiguous ones included.
        var allHits: [[LexiconHit]]
        /// What the lexical pass made of each pair i < j.
        var lexicalPairs: [[Int: LexicalPair]]
        /// The reporting verbs' keys, left out of the embedded text (the courtesies, silent
        /// for the lexical linker, stay: they are part of what a sentence means).
        var reportingVerbs: Set<Int32>
        var generic: Set<Int32>
        /// The words naming the two sides' relations (`ReadoutVocabulary.relations`).
        var relationWords: Set<Int32>
        /// Per version, the names its embedded text leaves out (`Participants.Found.masked`:
        /// its participants', but a third person's the opening names after its speakers).
        var participants: [Set<Int32>]
        /// Per version, `participants` with every name of its opening sentence
        /// (`Participants.Found.openingNames`): what an opening line may hold and still be bare.
        var namesAside: [Set<Int32>]
        var baseWeights: [Double]
        var keys: Vocabulary
        var features: KeyFeatures
        var parameters: LinkerParameters
        var keepsEvidence: Bool
        var labelLanguage: Language
    }

    /// The lexical pass's links of one pair (and, for very large versions, its candidates),
    /// with the term weights and key table it built for them: the fusion reuses them.
    struct LexicalPair {
        var links: [PairLink]
        /// Pairs that scored the lexical linker's high threshold on too few shared words
        /// (`Linker.link(keepingCandidates:keepingUnconfirmed:step:)`): links if meaning agrees.
        var unconfirmed: [UnconfirmedPair]
        var candidates: [LexicalCandidate]
        var weights: TermWeights
        var key2OfTerm: [Int32]
    }

    struct Result {
        var links: [Analysis.Link]
        var topics: [Analysis.Topic]
        var grouper: TopicGrouper
        var hits: [[LexiconHit]]
        /// The pairs of versions aligned as one text (`Analysis.alignedVersions`).
        var alignedVersions: [Analysis.AlignedVersions]
        /// `Analysis.nearest`, sorted.
        var nearest: [Analysis.Nearest] = []
    }

    let semantic: SemanticLinking
    let path: SemanticLinking.Path
    let context: Context

    /// Links by meaning found for the sentences around the reader's viewport before the
    /// whole versions are embedded: per pair of versions (i < j), the links to add to the
    /// lexical pass's.
    struct ViewportLinks {
        var versions: (Int, Int)
        var links: [PairLink]
    }

    /// Nil when cancelled. `progress` gets 0…1 of this pass. `focus()` gives, per version,
    /// the scalar offset the reader shows (nil: none, as in an export): the sentences there
    /// are embedded first, in every version, and `viewport` gets the links by meaning among
    /// them; then the rest is embedded outward from there. The viewport is read again before
    /// each batch, so a reader that moves is followed.
    func run(progress: (Double) -> Void, isCancelled: () -> Bool, focus: () -> [Int]?,
             viewport: ([ViewportLinks]) -> Void = { _ in }) -> Result? {
        let prepared = context.prepared
        let encoder = semantic.encoder(for: path)
        let total = max(1, prepared.reduce(0) { $0 + $1.sentenceCount })
        let embeddingShare = 0.85
        var embeddedTexts: [[String]] = []
        let ignored = context.reportingVerbs.union(context.generic)
        // What the embedded texts leave out, decided once: the words of every readout and,
        // per version, its participants (nothing when `masksParticipants` is off).
        let masks = semantic.parameters.masksParticipants
        let leftOut = masks ? ignored : []
        let leftOutNames = prepared.indices.map { masks ? context.participants[$0] : [] }
        // The lexicon topics that are places, by index: far links sharing these alone need
        // more (`SemanticParameters.farOnlyOnPlaces`), in the viewport's links as in the pass's.
        let placeTopics = Set(context.matcher.topics.indices.filter { context.matcher.topics[$0].isPlace }.map(Int32.init))
        var embeddings: [IncrementalEmbedding] = []
        // An opening line of names alone is bare, though the names after its speakers are embedded.
        let openings = prepared.indices.map { v in
            SentenceTexts.opening(prepared[v], ignored: leftOut, participants: masks ? context.namesAside[v] : [],
                                  limit: semantic.parameters.bareOpeningWords)
        }
        let callLines = prepared.indices.map { v in
            SentenceTexts.callLine(prepared[v], ignored: leftOut, participants: masks ? context.namesAside[v] : [],
                                   limit: semantic.parameters.bareOpeningWords)
        }
        let readings = semantic.readings(for: path)
        // The linker's parameters for these readings (the hub margin chosen for them).
        let linking = semantic.parameters(for: readings)
        for (v, version) in prepared.enumerated() {
            let texts = readingTexts(v, readings: readings, ignored: ignored) { ($0, version.sentences[$0].range) }
            if semantic.probe != nil { embeddedTexts.append(texts[0](Array(0..<version.sentenceCount))) }
            embeddings.append(IncrementalEmbedding(count: version.sentenceCount, texts: texts,
                                                   readings: readings, encoder: encoder, cache: semantic.cache))
        }
        var shownWindows: [Range<Int>]?
        // The lexicon topics of each sentence, for the viewport's links: made once, when first needed.
        var viewportTopics: [FlatLists<Int32>]?
        MemoryTrace.mark("embedding set up")
        // Past the viewport, one version at a time.
        while let unfinished = embeddings.indices.first(where: { !embeddings[$0].isComplete }) {
            let centres = focus().map { offsets in
                prepared.indices.map { v in v < offsets.count ? Self.sentence(at: offsets[v], in: prepared[v]) ?? 0 : 0 }
            }
            let windows = prepared.count > 1 ? centres.map { centres in
                centres.enumerated().map { v, centre in semantic.parameters.viewportWindow(around: centre, in: prepared[v].sentenceCount) }
            } : nil
            if let windows, windows != shownWindows {
                // The viewport moved: its sentences first, in every version, then its links.
                if let (v, missing) = embeddings.indices.lazy.map({ ($0, embeddings[$0].missing(in: windows[$0])) }).first(where: { !$0.1.isEmpty }) {
                    embeddings[v].embed(missing, encoder: encoder)
                } else {
                    shownWindows = windows
                    if viewportTopics == nil {
                        viewportTopics = prepared.indices.map { v in
                            TopicEngine.topicsPerSentence(TopicEngine.hitsPerSentence(LexiconMatcher.unambiguous(context.allHits[v]), prepared[v].sentenceCount))
                        }
                    }
                    guard let links = viewportLinks(windows, embeddings, topics: viewportTopics!, openings: openings, callLines: callLines,
                                                    placeTopics: placeTopics, parameters: linking,
                                                    isCancelled: isCancelled) else { return nil }
                    viewport(links)
                    continue
                }
            } else {
                let nearest = embeddings[unfinished].nearestMissing(to: centres?[unfinished] ?? 0, limit: semantic.parameters.chunk)
                embeddings[unfinished].embed(nearest, encoder: encoder)
            }
            progress(embeddingShare * Double(embeddings.reduce(0) { $0 + $1.embeddedCount }) / Double(total))
            guard !isCancelled() else { return nil }
        }
        let vectors = embeddings.map { $0.finish(cache: semantic.cache).centred(by: Float(semantic.parameters.centring)) }
        embeddings = []
        viewportTopics = nil
        // What a sentence says of a topic (an ambiguous alias' sense, a counterpart of a topic
        // the other version lacks) is judged on its masked text alone, as those rules were
        // made: the whole text's words of the call ("the Prime Minister", "a telephone
        // conversation") would make a call's opening line the counterpart of any topic.
        let maskedVectors = vectors.map { readings.first(of: $0) }
        // Long sentences read clause by clause too, where the versions are readout-sized.
        var clauses: [ClauseUnits]?
        if let parts = clausesToRead(total: total, leftOut: leftOut, participants: leftOutNames) {
            clauses = []
            for v in prepared.indices {
                guard let units = clauseUnits(v, parts[v], readings: readings, ignored: ignored, encoder: encoder, isCancelled: isCancelled)
                else { return nil }
                clauses?.append(units)
            }
        }
        MemoryTrace.mark("sentences embedded")
        progress(embeddingShare)

        // Ambiguous lexicon hits stand where the sentence means the topic.
        let topicVectors = topicDescriptions(encoder: encoder)
        var hitsByVersion: [[LexiconHit]] = []
        var grouper = TopicGrouper(lexiconTopics: context.matcher.topics, labelLanguage: context.labelLanguage)
        // Each sentence's ambiguous hits left standing alone: a link to a sentence of the other
        // version that has their topic confirms them (`TopicEngine.confirmByLink`), as in the
        // lexical pass. The White House's "…the critical role of NATO to our collective
        // defense…" was not the defence topic of Downing Street's sentence it is linked to,
        // and the brief said "defence — only in Downing Street".
        var standingAlone: [FlatLists<LexiconHit>] = []
        for (v, version) in prepared.enumerated() {
            let language = version.language == .undetermined ? Language.english : version.language
            let (hits, alone) = LexiconMatcher.partition(context.allHits[v]) { topic, sentence in
                guard let described = topicVectors[language], let row = described.rows[Int(topic)] else { return false }
                return Double(maskedVectors[v].cosine(Int(sentence), described.vectors, row)) >= semantic.parameters.topicAgreement
            }
            hitsByVersion.append(hits)
            standingAlone.append(TopicEngine.hitsPerSentence(semantic.parameters.confirmsByLink ? alone : [], version.sentenceCount))
            grouper.addHits(hits, version: v, prepared: version)
        }
        var confirmedHits = [Set<LexiconHit>](repeating: [], count: prepared.count)

        var links: [Analysis.Link] = []
        var alignedVersions: [Analysis.AlignedVersions] = []
        var nearest: [Analysis.Nearest] = []
        let pairCount = max(1, prepared.count * (prepared.count - 1) / 2)
        var pairsDone = 0
        for i in 0..<prepared.count {
            for j in (i + 1)..<max(i + 1, prepared.count) {
                let (a, b) = (prepared[i], prepared[j])
                let hitsA = TopicEngine.hitsPerSentence(hitsByVersion[i], a.sentenceCount)
                let hitsB = TopicEngine.hitsPerSentence(hitsByVersion[j], b.sentenceCount)
                let topicsA = TopicEngine.topicsPerSentence(hitsA)
                let topicsB = TopicEngine.topicsPerSentence(hitsB)
                let subjects = TopicEngine.subjectTopics(topicsA, topicsB)
                let topicWeights = TopicEngine.subjectDamped(context.baseWeights, subjects: subjects)
                guard var lexical = context.lexicalPairs[i][j] else { continue }
                let weights = lexical.weights
                // Versions in two languages: a word and its translation are evidence of a link
                // as one word is (`WordTranslations`), shown alike on both sides.
                // On the full encoder's path only: the token average was never measured for it.
                if a.language != b.language, a.language != .undetermined, b.language != .undetermined,
                   semantic.parameters.translation <= 1, path == .full {
                    let translations = WordTranslations.make(a, b, weights: weights, encoder: encoder, cache: semantic.cache,
                                                             threshold: semantic.parameters.translation, limit: semantic.parameters.translationWords)
                    lexical.key2OfTerm = translations.applied(to: lexical.key2OfTerm, start: (lexical.key2OfTerm.max() ?? -1) + 1)
                    guard !isCancelled() else { return nil }
                }
                var linker = SemanticLinker(
                    a: a, b: b, vectorsA: vectors[i], vectorsB: vectors[j], topicsA: topicsA, topicsB: topicsB,
                    parameters: linking, linksPerSentence: context.parameters.linksPerSentence,
                    openingA: openings[i], openingB: openings[j],
                    ignored: leftOut, participantsA: leftOutNames[i], participantsB: leftOutNames[j], relationWords: context.relationWords)
                linker.clausesA = clauses?[i]
                linker.clausesB = clauses?[j]
                (linker.callLineA, linker.callLineB) = (callLines[i], callLines[j])
                linker.placeTopics = placeTopics
                let base = embeddingShare + (1 - embeddingShare) * Double(pairsDone) / Double(pairCount)
                // The linker takes each lexical link's topics as settled by meaning, one link at
                // a time: a copy of them all would add to the pass's peak.
                guard let fusion = linker.link(lexical: lexical.links, unconfirmed: lexical.unconfirmed, candidates: lexical.candidates, step: { fraction in
                    progress(base + (1 - embeddingShare) * fraction / Double(pairCount))
                    return !isCancelled()
                }) else { return nil }
                let fused = fusion.links
                if fusion.isAligned { alignedVersions.append(Analysis.AlignedVersions(i, j)) }
                nearest += fusion.nearestUnlinked(versions: (i, j), a: a, b: b)
                if let probe = semantic.probe {
                    let lexicalLinks = lexical.links.map { link in
                        var link = link
                        link.sharedTopics = topicsA[link.a].filter { topicsB[link.b].contains($0) }
                        return link
                    }
                    let names = context.matcher.topics.map(\.id)
                    func ids(_ topics: FlatLists<Int32>) -> [[String]] { (0..<topics.count).map { topics[$0].map { names[Int($0)] } } }
                    probe(SemanticProbe(
                        versions: (i, j), texts: (embeddedTexts[i], embeddedTexts[j]),
                        similarity: (0..<a.sentenceCount).map { sa in (0..<b.sentenceCount).map { vectors[i].cosine(sa, vectors[j], $0) } },
                        lexicalLinks: lexicalLinks.map { ($0.a, $0.b, $0.score, $0.sharedTopics.map { names[Int($0)] }) },
                        candidates: lexical.candidates.map { (Int($0.a), Int($0.b), Double($0.score)) },
                        topics: (ids(topicsA), ids(topicsB)),
                        fused: fused.map { link in
                            let rule = switch link.lexical {
                            case SemanticLinker.byMeaningAlone: "meaning"
                            case SemanticLinker.byTopicAgreement: "topic"
                            case SemanticLinker.byClause: "clause"
                            default: Int(link.lexical) < lexical.links.count ? "lexical" : "unconfirmed"
                            }
                            return (Int(link.a), Int(link.b), rule, link.score)
                        }))
                }
                // Lexicon topics one version has and the other carries by meaning, found
                // before the links are assembled: a link that shares no topic, whose other
                // sentence carries one of its topics so, is that topic's, not an automatic
                // topic of its own ("NATO", not "NATO target").
                let counterparts = MeaningCounterparts(
                    threshold: semantic.parameters.counterpart, lexiconTopics: context.matcher.topics,
                    labelLanguage: context.labelLanguage, servesOne: semantic.parameters.counterpartServesOne,
                    partnerWithATopicTakesNone: semantic.parameters.partnerWithATopicTakesNone,
                    nearestWithATopicTakesNone: semantic.parameters.nearestWithATopicTakesNone,
                    lendsAtMost: semantic.parameters.counterpartLendsAtMost, subjects: subjects)
                var inA: [(sentence: Int, topic: Int32)] = []
                var inB: [(sentence: Int, topic: Int32)] = []
                if semantic.parameters.counterpart <= 1 {
                    let partnersA = FlatLists<Int32>(count: a.sentenceCount) { add in for link in fused { add(Int(link.a), link.b) } }
                    let partnersB = FlatLists<Int32>(count: b.sentenceCount) { add in for link in fused { add(Int(link.b), link.a) } }
                    inB = counterparts.find(from: (a, topicsA, maskedVectors[i]), to: (b, topicsB, maskedVectors[j]), partners: partnersA, weights: weights)
                    inA = counterparts.find(from: (b, topicsB, maskedVectors[j]), to: (a, topicsA, maskedVectors[i]), partners: partnersB, weights: weights)
                }
                func key(_ sentence: Int, _ topic: Int32) -> Int64 { Int64(sentence) << 32 | Int64(topic) }
                let carriedInA = Set(inA.map { key($0.sentence, $0.topic) })
                let carriedInB = Set(inB.map { key($0.sentence, $0.topic) })
                var assembler = LinkAssembler(
                    x: (i, a, hitsA), y: (j, b, hitsB), weights: weights,
                    builder: EvidenceBuilder(weights: weights, key2OfTerm: lexical.key2OfTerm),
                    lexiconTopics: context.matcher.topics, keys: context.keys, keepsEvidence: context.keepsEvidence)
                links.reserveCapacity(links.count + fused.count)
                for ranked in fused {
                    var link = linker.pairLink(ranked, lexical: lexical.links, unconfirmed: lexical.unconfirmed)
                    // Two versions aligned as one text: each link is a sentence and its counterpart.
                    if fusion.isAligned { link.basis = .counterpart }
                    let confirmed = TopicEngine.confirmByLink(&link, standingAlone: (standingAlone[i], standingAlone[j]), topics: (topicsA, topicsB),
                                                              versions: (i, j), prepared: (a, b), confirmed: &confirmedHits, grouper: &grouper)
                    if link.sharedTopics.isEmpty {
                        link.sharedTopics = topicsA[link.a].filter { carriedInB.contains(key(link.b, $0)) }
                            + topicsB[link.b].filter { carriedInA.contains(key(link.a, $0)) }
                    }
                    let specific = link.sharedTopics.filter { topicWeights[Int($0)] >= context.parameters.carryingWeight }
                    if !specific.isEmpty { link.sharedTopics = specific }
                    // A link a clause made occurs by meaning in that clause, and its topic is named from it.
                    let parts = fusion.clauseParts[Int64(link.a) << 32 | Int64(link.b)] ?? (nil, nil)
                    links.append(assembler.link(link, confirmed: confirmed, parts: parts, grouper: &grouper))
                }
                MemoryTrace.mark("semantic pair assembled")
                counterparts.add(inB, in: j, b, grouper: &grouper)
                counterparts.add(inA, in: i, a, grouper: &grouper)
                pairsDone += 1
            }
        }
        guard addOneSidedPassages(links: links, vectors: vectors, clauses: clauses, openings: openings, ignored: leftOut,
                                  participants: leftOutNames, grouper: &grouper, isCancelled: isCancelled)
        else { return nil }
        nearest.sort { $0.order < $1.order }
        return Result(links: links, topics: grouper.sortedTopics(), grouper: grouper, hits: hitsByVersion, alignedVersions: alignedVersions,
                      nearest: nearest)
    }

    /// The links by meaning among the sentences of `windows` (one per version), with what
    /// is embedded so far: the sentences the reader sees. `topics`: each version's lexicon topics per
    /// sentence; `parameters`: the linker's, for the pass's readings. Nil when cancelled.
    private func viewportLinks(_ windows: [Range<Int>], _ embeddings: [IncrementalEmbedding], topics: [FlatLists<Int32>],
                               openings: [(sentence: Int, isBare: Bool)?], callLines: [Int?], placeTopics: Set<Int32>,
                               parameters linking: SemanticParameters, isCancelled: () -> Bool) -> [ViewportLinks]? {
        let prepared = context.prepared
        var parameters = linking
        // Only the windows' pairs are compared, whatever the versions' size.
        parameters.allPairsLimit = 0
        var result: [ViewportLinks] = []
        for i in 0..<prepared.count {
            for j in (i + 1)..<max(i + 1, prepared.count) {
                guard let lexical = context.lexicalPairs[i][j], !windows[i].isEmpty, !windows[j].isEmpty else { continue }
                func key(_ a: Int, _ b: Int) -> Int64 { Int64(a) << 32 | Int64(b) }
                let linkedLexically = Set(lexical.links.lazy.filter { windows[i].contains($0.a) && windows[j].contains($0.b) }.map { key($0.a, $0.b) })
                var candidates: [LexicalCandidate] = []
                candidates.reserveCapacity(windows[i].count * windows[j].count)
                for a in windows[i] { for b in windows[j] { candidates.append(LexicalCandidate(a: Int32(a), b: Int32(b), score: 0)) } }
                var linker = SemanticLinker(
                    a: prepared[i], b: prepared[j], vectorsA: embeddings[i].current, vectorsB: embeddings[j].current,
                    topicsA: topics[i], topicsB: topics[j], parameters: parameters, linksPerSentence: context.parameters.linksPerSentence,
                    openingA: openings[i], openingB: openings[j],
                    // No lexical link is fused here (they are shown already): no terse sentence to spare.
                    ignored: [], participantsA: [], participantsB: [], relationWords: context.relationWords)
                // Far links, and call lines, as the whole pass judges them.
                linker.placeTopics = placeTopics
                (linker.callLineA, linker.callLineB) = (callLines[i], callLines[j])
                guard let fused = linker.link(lexical: [], candidates: candidates, step: { _ in !isCancelled() })?.links else { return nil }
                // Links by meaning inside the windows only: the lexical ones are shown already.
                let links = fused.map { linker.pairLink($0, lexical: []) }.filter {
                    windows[i].contains($0.a) && windows[j].contains($0.b) && !linkedLexically.contains(key($0.a, $0.b))
                }
                result.append(ViewportLinks(versions: (i, j), links: links))
            }
        }
        return result
    }

    /// Each version's clauses (`SentenceClauses`: a sentence and a scalar range of it), when
    /// they are read: on the full encoder's path, for versions of up to `clauseSentences`
    /// sentences in all making up to `clausesInAll` clauses, and without centring
    /// (the clauses would not share their sentences' mean). Nil otherwise.
    private func clausesToRead(total: Int, leftOut: Set<Int32>, participants: [Set<Int32>]) -> [[(sentence: Int, range: Range<Int>)]]? {
        let parameters = semantic.parameters
        guard path == .full, total <= parameters.clauseSentences, parameters.centring == 0 else { return nil }
        var parts: [[(sentence: Int, range: Range<Int>)]] = []
        var count = 0
        for (v, version) in context.prepared.enumerated() {
            var versionParts: [(sentence: Int, range: Range<Int>)] = []
            for s in 0..<version.sentenceCount where !version.sentences[s].isHeading {
                for range in SentenceClauses.clauses(version, context.documents[v], sentence: s, minimumWords: parameters.clauseWords,
                                                     limit: parameters.clausesPerSentence, ignored: leftOut, participants: participants[v]) {
                    versionParts.append((s, range))
                }
            }
            count += versionParts.count
            guard count <= parameters.clausesInAll else { return nil }
            parts.append(versionParts)
        }
        return parts
    }

    /// The texts the encoder reads of version `v`'s units (`part` gives unit `i`'s sentence
    /// and scalar range: the whole sentence, or a clause), one text-maker per reading of
    /// `readings`: the masked text (without the participants and `ignored`, the reporting
    /// verbs and the readouts' own words; the plain text when masking is off), then the
    /// whole text, the participants' names alone left out.
    private func readingTexts(_ v: Int, readings: SentenceReadings, ignored: Set<Int32>,
                              part: @escaping (Int) -> (sentence: Int, range: Range<Int>)) -> [IncrementalEmbedding.Texts] {
        let (version, document, participants) = (context.prepared[v], context.documents[v], context.participants[v])
        let masks = semantic.parameters.masksParticipants
        let masked: IncrementalEmbedding.Texts = { units in
            masks ? SentenceTexts.masked(version, document, parts: units.map(part), ignored: ignored, participants: participants)
                  : units.map { document.string(part($0).range) }
        }
        let whole: IncrementalEmbedding.Texts = { units in
            SentenceTexts.masked(version, document, parts: units.map(part), ignored: [], participants: participants)
        }
        return Array([masked, whole].prefix(readings.count))
    }

    /// Version `v`'s clauses `parts`, embedded as its sentences are (`readingTexts`) and
    /// cached like them, a batch at a time. Nil when cancelled.
    private func clauseUnits(_ v: Int, _ parts: [(sentence: Int, range: Range<Int>)], readings: SentenceReadings, ignored: Set<Int32>,
                             encoder: any SentenceEncoder, isCancelled: () -> Bool) -> ClauseUnits? {
        guard !parts.isEmpty else { return .none(dimension: encoder.dimension * readings.count) }
        var embedding = IncrementalEmbedding(count: parts.count, texts: readingTexts(v, readings: readings, ignored: ignored) { parts[$0] },
                                             readings: readings, encoder: encoder, cache: semantic.cache)
        for start in stride(from: 0, to: parts.count, by: max(1, semantic.parameters.chunk)) {
            guard !isCancelled() else { return nil }
            embedding.embed(embedding.missing(in: start..<min(parts.count, start + semantic.parameters.chunk)), encoder: encoder)
        }
        return ClauseUnits(sentence: parts.map { Int32($0.sentence) }, ranges: parts.map(\.range), vectors: embedding.finish(cache: semantic.cache))
    }

    /// The sentence containing scalar `offset` (or the last before it).
    static func sentence(at offset: Int, in version: PreparedVersion) -> Int? {
        guard !version.sentences.isEmpty else { return nil }
        return max(0, version.sentences.partitionPoint { $0.range.lowerBound > offset } - 1)
    }

    /// Per language of the versions, a vector for each lexicon topic with an ambiguous
    /// alias: its label and unambiguous aliases in that language, as one text.
    private func topicDescriptions(encoder: any SentenceEncoder) -> [Language: (vectors: Embeddings, rows: [Int: Int])] {
        let topics = context.matcher.topics
        let needed = topics.indices.filter { !topics[$0].ambiguous.isEmpty }
        guard !needed.isEmpty else { return [:] }
        var result: [Language: (vectors: Embeddings, rows: [Int: Int])] = [:]
        for language in Set(context.prepared.map { $0.language == .undetermined ? Language.english : $0.language }) {
            var texts: [String] = []
            var rows: [Int: Int] = [:]
            for index in needed {
                let topic = topics[index]
                let ambiguous = Set(topic.ambiguous.map { $0.lowercased() })
                let aliases = (topic.aliases[language] ?? topic.aliases[.english] ?? []).filter { !ambiguous.contains($0.lowercased()) }
                rows[index] = texts.count
                texts.append(([topic.label(for: language)] + aliases.prefix(6)).joined(separator: ", "))
            }
            result[language] = (encoder.embed(texts), rows)
        }
        return result
    }
}

