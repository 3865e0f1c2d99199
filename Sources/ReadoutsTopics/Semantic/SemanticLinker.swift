import ReadoutsEncoder
import ReadoutsText

/// Fuses sentence similarity with the lexical linker's links for one pair of versions:
///
/// - a lexical link stays, scored higher by its similarity, unless its two sentences mean
///   clearly different things (similarity under `veto`: shared words, another subject), as
///   wholes and through their clauses (`closestClause`);
/// - a pair the lexical linker scored high without selecting it (one shared word) links
///   when one of its sentences is the other's closest by meaning;
/// - a pair links on meaning alone (a paraphrase, a translation) when its similarity reaches
///   `similarityHigh` and stands out from its sentences' other neighbours by `highMargin`
///   (`topicClash` when the lexicon says they speak of different things), or `similarityLow`
///   when the two sentences are each other's closest and stand out by `margin` —
///   `mutualTopicFloor` when they also share a lexicon topic (or both name the two sides'
///   relations) and stand out by `highMargin`
///   (so a sentence close to everything — a hub — links to nothing by meaning; a bare
///   opening sentence, to the other's opening sentence only);
/// - where long sentences are read clause by clause too, a clause and a sentence (or two
///   clauses) that are each other's closest link their sentences (`clauseLinks`);
/// - two sentences sharing a lexicon topic link when one is the other's closest among the
///   sentences carrying it (`topicAgreementLinks`);
/// - at most `linksPerSentence` links per sentence, strongest first, of which at most
///   `meaningLinksPerSentence` made by the meaning pass; links stay many-to-many and
///   order-free.
///
/// Similarities are computed for every pair when the versions are small enough
/// (`allPairsLimit`), else only for the lexical linker's candidates.
struct SemanticLinker {
    let a: PreparedVersion
    let b: PreparedVersion
    let vectorsA: Embeddings
    let vectorsB: Embeddings
    let topicsA: FlatLists<Int32>
    let topicsB: FlatLists<Int32>
    let parameters: SemanticParameters
    let linksPerSentence: Int
    /// Each version's opening sentence, and whether it is bare (`SemanticParameters.bareOpeningWords`).
    var openingA: (sentence: Int, isBare: Bool)?
    var openingB: (sentence: Int, isBare: Bool)?
    /// Each version's call line (`SentenceTexts.callLine`): its first bare sentence, the
    /// opening's or one after a report's lead.
    var callLineA: Int?
    var callLineB: Int?
    /// The words left out of the embedded texts (`SentenceTexts`): reporting verbs and the
    /// readouts' own words, and each version's participants. They tell a terse sentence
    /// (`SemanticParameters.terseWords`).
    var ignored: Set<Int32>
    var participantsA: Set<Int32>
    var participantsB: Set<Int32>
    /// The keys of the words naming the two sides' relations (`ReadoutVocabulary.relations`).
    var relationWords: Set<Int32> = []
    /// The lexicon topics that are places (`Lexicon.Topic.isPlace`), for `isFar`.
    var placeTopics: Set<Int32> = []
    /// Each version's clauses (`clauseLinks`), when its sentences are read clause by clause.
    var clausesA: ClauseUnits?
    var clausesB: ClauseUnits?

    /// A link while the fusion ranks them: 24 bytes, where a `PairLink` takes 48 and its
    /// shared topics a heap block of their own. Only the links kept become `PairLink`s.
    struct Ranked: Sendable {
        var a: Int32
        var b: Int32
        var score: Double
        /// Every similarity is a Float (`Embeddings.cosine`): kept as such, exactly.
        var similarity: Float
        /// The link's index in the lexical links (counting on into the unconfirmed ones), or
        /// `byMeaningAlone`, `byTopicAgreement` or `byClause`.
        var lexical: Int32
    }

    /// The highest similarity of a clause of sentence `sa` of A with sentence `sb` of B, or of
    /// `sa` with a clause of `sb` (nil: neither is read clause by clause). A sentence of
    /// several subjects is far from a sentence about one of them, its clause near
    /// ("…conforme à nos intérêts communs (climat, Indo-Pacifique, lutte contre le
    /// terrorisme etc.)" / "…cooperation in the Indo-Pacific"): the veto asks the clause too.
    func closestClause(_ sa: Int, _ sb: Int) -> Float? {
        guard parameters.vetoReadsClauses else { return nil }
        var best: Float?
        if let clausesA {
            for c in clausesA.sentence.indices where clausesA.sentence[c] == Int32(sa) {
                best = max(best ?? -1, clausesA.vectors.cosine(c, vectorsB, sb))
            }
        }
        if let clausesB {
            for c in clausesB.sentence.indices where clausesB.sentence[c] == Int32(sb) {
                best = max(best ?? -1, vectorsA.cosine(sa, clausesB.vectors, c))
            }
        }
        return best
    }

    /// `Ranked.lexical` of a link by meaning alone…
    static let byMeaningAlone: Int32 = -1
    /// …of one a lexicon topic and meaning agree on (`topicAgreementLinks`)…
    static let byTopicAgreement: Int32 = -2
    /// …of one a clause made (`clauseLinks`)…
    static let byClause: Int32 = -3
    /// …and of the two opening sentences' (`linkedOpenings`).
    static let byOpenings: Int32 = -4

    /// Whether a link of `Ranked.lexical` `origin` was made by the meaning rules (its
    /// sentences' or a clause's): those a sentence keeps at most `meaningLinksPerSentence` of.
    static func isByMeaning(_ origin: Int32) -> Bool { origin == byMeaningAlone || origin == byClause }

    /// Whether a link of `origin` was made by the meaning rules or by a lexicon topic's
    /// agreement with meaning: the links that need more between far sentences (`isFar`).
    static func isByMeaningOrAgreement(_ origin: Int32) -> Bool { isByMeaning(origin) || origin == byTopicAgreement }

    /// What the fusion made of a pair of versions: its links, strongest first (`pairLink`
    /// makes each a `PairLink`), for each link a clause made (keyed `a << 32 | b`) the
    /// part of each sentence that made it (nil: the whole sentence), and whether the two
    /// versions were aligned as one text (`alignAsParallel`: then every link is on the path).
    struct Fusion {
        var links: [Ranked]
        var clauseParts: [Int64: (a: Range<Int>?, b: Range<Int>?)] = [:]
        var isAligned = false
        /// Each sentence's closest sentence outside headings on the other side, among its
        /// `NeighbourTable.kept` nearest (index -1: all of those are headings), when every
        /// pair was compared; else empty (`Analysis.nearest`).
        var nearestOfA: [NeighbourTable.Neighbour] = []
        var nearestOfB: [NeighbourTable.Neighbour] = []
    }

    /// The fusion of the pair's links (`Fusion`), or nil when `step` answered false.
    /// `unconfirmed`: the pairs the lexical pass scored high but did not select (their
    /// `Ranked.lexical` counts on from `lexical.count`). `lexical`: the lexical pass's links,
    /// whose shared topics are taken again from `topicsA` and `topicsB` (the topics as
    /// settled by meaning: an ambiguous hit may have come or gone).
    func link(lexical: [PairLink], unconfirmed: [UnconfirmedPair] = [], candidates: [LexicalCandidate], step: (Double) -> Bool) -> Fusion? {
        // Each sentence's nearest neighbours on the other side. A's lists are left out when
        // the candidates come grouped by A's sentence (as the lexical pass and the viewport
        // hand them): each is then made when its turn comes, and the memory of a table saved.
        var rows: NeighbourTable?
        var columns: NeighbourTable
        func key(_ sa: Int, _ sb: Int) -> Int64 { Int64(sa) << 32 | Int64(sb) }
        func cosine(_ sa: Int, _ sb: Int) -> Float { vectorsA.cosine(sa, vectorsB, sb) }

        let isAllPairs = a.sentenceCount * b.sentenceCount <= parameters.allPairsLimit
        let isGrouped = !isAllPairs && zip(candidates, candidates.dropFirst()).allSatisfy { $0.a <= $1.a }
        if isAllPairs {
            guard let (r, c) = allPairs(step: step) else { return nil }
            rows = r
            columns = c
        } else {
            if !isGrouped { rows = NeighbourTable(count: a.sentenceCount) }
            columns = NeighbourTable(count: b.sentenceCount)
            for (index, pair) in candidates.enumerated() {
                if index % 4096 == 4095, !step(Double(index) / Double(candidates.count)) { return nil }
                let s = cosine(Int(pair.a), Int(pair.b))
                rows?.offer(Int(pair.a), pair.b, s)
                columns.offer(Int(pair.b), pair.a, s)
            }
        }
        MemoryTrace.mark("similarities compared")

        var ranked: [Ranked] = []
        var clauseParts: [Int64: (a: Range<Int>?, b: Range<Int>?)] = [:]
        var seen = Set<Int64>()
        // The event's subject, by either version: it vouches for no link and clashes with
        // nothing; by both, it makes no agreement link (`topicAgreementLinks`).
        let (subjectsOfA, subjectsOfB) = (TopicEngine.subjectTopics(of: topicsA), TopicEngine.subjectTopics(of: topicsB))
        let subjectsOfEither = subjectsOfA.union(subjectsOfB)

        let openings = linkedOpenings(rows: rows, columns: columns, subjects: subjectsOfEither)
        for (index, link) in lexical.enumerated() {
            let shared = sharedTopics(link.a, link.b)
            let s = cosine(link.a, link.b)
            seen.insert(key(link.a, link.b))
            // The event's subject does not vouch for a link: every sentence is about it.
            let vouched = shared.contains { !subjectsOfEither.contains($0) }
            let floor = vouched ? parameters.topicVeto : parameters.veto
            // A terse sentence's vector says little: the lexicon's word stands for it, but for
            // an opening line against another version's body.
            let openingAgainstBody = parameters.terseOpeningHeedsVeto && (openingA?.sentence == link.a) != (openingB?.sentence == link.b)
            if Double(s) < floor, !(vouched && !openingAgainstBody && isTerse(link.a, link.b)), !(openings.map { $0 == (link.a, link.b) } ?? false),
               Double(closestClause(link.a, link.b) ?? -1) < floor { continue }
            if !vouched, placesClash(link.a, link.b, similarity: s) { continue }
            ranked.append(Ranked(a: Int32(link.a), b: Int32(link.b), score: link.score + max(0, Double(s) - parameters.similarityLow),
                                 similarity: s, lexical: Int32(index)))
        }
        // A pair the lexical linker scored high but did not select (one shared word — a
        // number, a rare name — where words alone need two: "pour la première fois depuis
        // 2022" / "their first phone conversation since 2022") links when meaning agrees: one
        // of its sentences is the other's closest, and they are no further apart than a
        // lexical link may be (`veto`). Two weak signals pointing at one pair.
        for (index, pair) in unconfirmed.enumerated() {
            let (sa, sb) = (Int(pair.a), Int(pair.b))
            guard !seen.contains(key(sa, sb)) else { continue }
            let s = cosine(sa, sb)
            guard Double(s) >= parameters.veto, !placesClash(sa, sb, similarity: s) else { continue }
            // Without a table of A's neighbours (candidates only, very large versions), B's side decides.
            let closest = columns.first(sb)?.index == pair.a || rows?.first(sa)?.index == pair.b
            guard closest else { continue }
            seen.insert(key(sa, sb))
            ranked.append(Ranked(a: pair.a, b: pair.b, score: pair.score + max(0, Double(s) - parameters.similarityLow),
                                 similarity: s, lexical: Int32(lexical.count + index)))
        }
        MemoryTrace.mark("lexical links scored by meaning")

        /// Links by meaning from sentence `sa` of A, whose nearest neighbours are `row`.
        func linkByMeaning(_ sa: Int, _ row: ArraySlice<NeighbourTable.Neighbour>) {
            for item in row {
                let sb = Int(item.index)
                guard !seen.contains(key(sa, sb)) else { continue }
                let s = Double(item.similarity)
                guard s >= min(parameters.similarityLow, parameters.mutualTopicFloor) else { break }
                // Under `similarityHigh` only each other's closest link, and the row's closest
                // came first: the rest of the row cannot.
                guard s >= parameters.similarityHigh || item.index == row.first?.index else { break }
                let heading = isHeadingOrBareOpening(sa, sb)
                let competition = Double(NeighbourTable.competition(row, excluding: Int32(sb)) + columns.competition(sb, excluding: Int32(sa))) / 2
                let mutual = row.first?.index == Int32(sb) && columns.first(sb)?.index == Int32(sa)
                var accepted = s >= parameters.similarityHigh && !heading && s - competition >= parameters.highMargin
                    // Sentences the lexicon gives different subjects need more than closeness.
                    && (mutual || s >= parameters.topicClash || !topicsClash(sa, sb, subjects: subjectsOfEither))
                if !accepted, mutual, !heading {
                    accepted = s >= parameters.similarityLow && s - competition >= parameters.margin
                        // …unless the lexicon gives them different subjects: at so little
                        // closeness, being each other's closest is no paraphrase ("…the
                        // Iranian nuclear programme…" / "…prepared to engage in diplomacy…").
                        && !(parameters.mutualHeedsClash && s < parameters.similarityHigh && topicsClash(sa, sb, subjects: subjectsOfEither))
                        // Each other's closest, and a topic in common (the subject too: being each
                        // other's closest of all is what the subject alone does not give): less
                        // closeness will do.
                        || s >= parameters.mutualTopicFloor && s - competition >= parameters.highMargin
                            && (sharesTopic(sa, sb) || bothSpeakOfRelations(sa, sb))
                }
                guard accepted, !placesClash(sa, sb, similarity: item.similarity) else { continue }
                let link = Ranked(a: Int32(sa), b: Int32(sb), score: s, similarity: item.similarity, lexical: Self.byMeaningAlone)
                guard !isFar(link) else { continue }
                seen.insert(key(sa, sb))
                ranked.append(link)
            }
        }
        if let rows {
            for sa in 0..<rows.count { linkByMeaning(sa, rows[sa]) }
            if let clausesA, let clausesB {
                // After every pair's similarity (`step`'s fraction 1): only cancellation is asked.
                guard let made = clauseLinks(clausesA, clausesB, seen: seen, isExcluded: isHeadingOrBareOpening, step: { _ in step(1) })
                else { return nil }
                for clause in made where !isFar(clause.link)
                    && !placesClash(Int(clause.link.a), Int(clause.link.b), similarity: clause.link.similarity) {
                    let pair = key(Int(clause.link.a), Int(clause.link.b))
                    seen.insert(pair)
                    clauseParts[pair] = clause.parts
                    ranked.append(clause.link)
                }
            }
        } else {
            // The candidates of one sentence of A at a time, offered in the order they came:
            // its list is the one a whole table would have held.
            var row = NeighbourTable(count: 1)
            var start = candidates.startIndex
            while start < candidates.endIndex {
                let sa = candidates[start].a
                var end = start
                row.clear(0)
                while end < candidates.endIndex, candidates[end].a == sa {
                    row.offer(0, candidates[end].b, cosine(Int(sa), Int(candidates[end].b)))
                    end += 1
                }
                linkByMeaning(Int(sa), row[0])
                start = end
            }
        }
        if let (sa, sb) = openings, seen.insert(key(sa, sb)).inserted {
            let s = cosine(sa, sb)
            ranked.append(Ranked(a: Int32(sa), b: Int32(sb), score: Double(s), similarity: s, lexical: Self.byOpenings))
        }
        // Each sentence's closest, where every pair was compared: what a sentence left
        // unlinked was nearest to (`Analysis.nearest`).
        var nearestOfA: [NeighbourTable.Neighbour] = []
        var nearestOfB: [NeighbourTable.Neighbour] = []
        if isAllPairs, let rows {
            nearestOfA = (0..<rows.count).map { Self.closestOutsideHeadings(rows[$0], in: b) }
            nearestOfB = (0..<columns.count).map { Self.closestOutsideHeadings(columns[$0], in: a) }
        }
        // How far each sentence's closest and second closest are, for `LinkStandOut`.
        var runnersUp: LinkStandOut?
        if isAllPairs, parameters.linksMustStandOut, let rows {
            runnersUp = LinkStandOut(rows: rows, columns: columns)
        }
        // Let the neighbour lists go before the links are sorted and kept.
        rows = nil
        columns = NeighbourTable(count: 0)

        let soleTopics = topicsInOneSentenceOfEach()
        for link in topicAgreementLinks(seen: seen, subjects: subjectsOfA.intersection(subjectsOfB), sole: soleTopics) where !isFar(link) {
            seen.insert(key(Int(link.a), Int(link.b)))
            ranked.append(link)
        }
        seen = []
        MemoryTrace.mark("links by meaning found")

        // (a, b) is never twice among them: the order is total.
        ranked.sort { ($0.score, -$0.a, -$0.b) > ($1.score, -$1.a, -$1.b) }
        var countA = [Int32](repeating: 0, count: a.sentenceCount)
        var countB = [Int32](repeating: 0, count: b.sentenceCount)
        // The links kept are moved to the front, in order: no second array.
        var meaningA = [Int32](repeating: 0, count: parameters.meaningLinksPerSentence > 0 ? a.sentenceCount : 0)
        var meaningB = [Int32](repeating: 0, count: parameters.meaningLinksPerSentence > 0 ? b.sentenceCount : 0)
        var kept = 0
        for index in ranked.indices {
            let (sa, sb) = (Int(ranked[index].a), Int(ranked[index].b))
            guard countA[sa] < linksPerSentence && countB[sb] < linksPerSentence
                    || parameters.uniqueTopicPassesCap && sharesATopic(sa, sb, among: soleTopics) else { continue }
            if Self.isByMeaning(ranked[index].lexical), parameters.meaningLinksPerSentence > 0 {
                let bound = Int32(parameters.meaningLinksPerSentence)
                guard meaningA[sa] < bound, meaningB[sb] < bound else { continue }
                meaningA[sa] += 1
                meaningB[sb] += 1
            }
            if !b.sentences[sb].isHeading { countA[sa] += 1 }
            if !a.sentences[sa].isHeading { countB[sb] += 1 }
            ranked.swapAt(kept, index)
            kept += 1
        }
        ranked.removeLast(ranked.count - kept)
        if parameters.secondaryLinkFloor > 0 {
            // In order of score: a sentence's first link seen is its strongest. The links kept
            // are moved to the front, in order, as above.
            var seenA = BitSet(count: a.sentenceCount)
            var seenB = BitSet(count: b.sentenceCount)
            kept = 0
            for index in ranked.indices {
                let (sa, sb) = (Int(ranked[index].a), Int(ranked[index].b))
                let secondary = seenA.contains(sa) && seenB.contains(sb)
                seenA.insert(sa)
                seenB.insert(sb)
                if secondary, Double(ranked[index].similarity) < parameters.secondaryLinkFloor,
                   !(parameters.uniqueTopicPassesCap && sharesATopic(sa, sb, among: soleTopics)) { continue }
                ranked.swapAt(kept, index)
                kept += 1
            }
            ranked.removeLast(ranked.count - kept)
        }
        var isAligned = false
        if isAllPairs, parameters.alignsParallelVersions {
            isAligned = alignAsParallel(&ranked, cosine)
        }
        // A translation's counterparts are kept as aligned, however alike their neighbours;
        // so is a link whose sentences alone name a lexicon topic (`uniqueTopicPassesCap`):
        // both versions speak of it, there, however close their other sentences come.
        if let runnersUp, !isAligned {
            ranked.removeAll { link in
                if parameters.uniqueTopicPassesCap, sharesATopic(Int(link.a), Int(link.b), among: soleTopics) { return false }
                let shared = Int(link.lexical) >= 0 && Int(link.lexical) < lexical.count ? sharedTopics(Int(link.a), Int(link.b)).count : 0
                return !runnersUp.standsOut(link, sharedLexiconTopics: shared)
            }
        }
        MemoryTrace.mark("semantic links fused")
        return Fusion(links: ranked, clauseParts: clauseParts, isAligned: isAligned, nearestOfA: nearestOfA, nearestOfB: nearestOfB)
    }

    /// The first of `neighbours` (best first) that is no heading of `version`, or index -1.
    private static func closestOutsideHeadings(_ neighbours: ArraySlice<NeighbourTable.Neighbour>,
                                               in version: PreparedVersion) -> NeighbourTable.Neighbour {
        neighbours.first { !version.sentences[Int($0.index)].isHeading } ?? NeighbourTable.Neighbour(index: -1, similarity: 0)
    }

    /// When the two versions are one text (`ParallelAlignment`): each sentence linked to its
    /// counterpart on the aligned path and to nothing else, so that a sentence without one
    /// is what the other version leaves out. True when they are (and were so aligned).
    private func alignAsParallel(_ ranked: inout [Ranked], _ cosine: (Int, Int) -> Float) -> Bool {
        let (vectorsA, vectorsB) = (self.vectorsA, self.vectorsB)
        let alignment = ParallelAlignment(count: (a.sentenceCount, b.sentenceCount), similarity: cosine, next: { version, index in
            version == 0 ? vectorsA.cosine(index, vectorsA, index + 1) : vectorsB.cosine(index, vectorsB, index + 1)
        }, lengths: (a.sentences.map(\.range.count), b.sentences.map(\.range.count)))
        guard alignment.isParallel else { return false }
        ranked.removeAll { !alignment.aligns(Int($0.a), Int($0.b)) }
        let linked = Set(ranked.map { Int64($0.a) << 32 | Int64($0.b) })
        // Every pair of a bead: a sentence split in two has both halves for counterpart.
        for bead in alignment.beads where bead.similarity >= ParallelAlignment.skipCost {
            for sa in bead.a {
                for sb in bead.b where !linked.contains(Int64(sa) << 32 | Int64(sb)) {
                    let s = cosine(sa, sb)
                    ranked.append(Ranked(a: Int32(sa), b: Int32(sb), score: Double(s), similarity: s, lexical: Self.byMeaningAlone))
                }
            }
        }
        let gaps = alignment.gaps(count: (a.sentenceCount, b.sentenceCount))
        let gapPairs = gapCounterparts(gaps, cosine)
        for (sa, sb) in gapPairs + movedCounterparts(gaps, taken: gapPairs, floor: alignment.movedFloor, cosine) {
            let s = cosine(sa, sb)
            ranked.append(Ranked(a: Int32(sa), b: Int32(sb), score: Double(s), similarity: s, lexical: Self.byMeaningAlone))
        }
        ranked.sort { ($0.score, -$0.a, -$0.b) > ($1.score, -$1.a, -$1.b) }
        return true
    }

    /// Sentences the aligned path skipped that are counterparts all the same, which masking
    /// hid from it: the path reads the masked texts, and a sentence of names and titles
    /// keeps little of itself ("Today, Prime Minister Justin Trudeau met with Prime Minister
    /// Boris Johnson of the United Kingdom at the Royal Air Force Base in Northolt" against
    /// "Aujourd'hui, le premier ministre Justin Trudeau a rencontré…", 0.31 masked, under
    /// `ParallelAlignment.skipCost`). A translator read both as linked to nothing. Where a
    /// gap between two beads (or before the first, or after the last) holds one sentence on
    /// each side and no heading, the two are counterparts when they are
    /// `ParallelAlignment.halfFloor` close, a clause of one and the other as close, or when
    /// both name a participant. A sentence the other version leaves out faces no sentence
    /// in its gap, and stays unlinked.
    private func gapCounterparts(_ gaps: [ParallelAlignment.Gap], _ cosine: (Int, Int) -> Float) -> [(Int, Int)] {
        gaps.compactMap { gap in
            guard gap.a.count == 1, gap.b.count == 1 else { return nil }
            let (sa, sb) = (gap.a.lowerBound, gap.b.lowerBound)
            guard !a.sentences[sa].isHeading, !b.sentences[sb].isHeading else { return nil }
            let closeness = max(cosine(sa, sb), closestClause(sa, sb) ?? -1)
            return closeness >= ParallelAlignment.halfFloor || namesAParticipantInCommon(sa, sb) ? (sa, sb) : nil
        }
    }

    /// Sentences the aligned path skipped because they moved: the path keeps the order, so a
    /// paragraph moved in a draft (or a translation) is skipped where it was and where it
    /// went, and a journalist's moved paragraph, word for word the same, was "linked to
    /// nothing" on both sides while `J` said "moved". Skipped sentences of A and of B that
    /// are each other's closest among the skipped, and say the same whole
    /// (`ParallelAlignment.movedFloor`), are counterparts; `taken` (the gaps' counterparts)
    /// are left out.
    private func movedCounterparts(_ gaps: [ParallelAlignment.Gap], taken: [(Int, Int)], floor: Float,
                                   _ cosine: (Int, Int) -> Float) -> [(Int, Int)] {
        let takenA = Set(taken.map(\.0)), takenB = Set(taken.map(\.1))
        let skippedA = gaps.flatMap { Array($0.a) }.filter { !takenA.contains($0) && !a.sentences[$0].isHeading }
        let skippedB = gaps.flatMap { Array($0.b) }.filter { !takenB.contains($0) && !b.sentences[$0].isHeading }
        return ParallelAlignment.moved(skippedA: skippedA, skippedB: skippedB, similarity: cosine, floor: floor)
    }

    /// Whether `link`, made by meaning alone, a clause or a lexicon topic's agreement, joins
    /// sentences `SemanticParameters.farDistance` apart or more in their versions, under
    /// `farSimilarity`, neither its version's opening (a report's lead sums up what follows
    /// it), in versions of `farLeastSentences` or more. Two accounts of one call keep roughly
    /// one order, and among weak links by meaning the far ones were the wrong ones, where the
    /// similarity told nothing apart. Each rule asks before it takes the pair, so that a far
    /// pair one rule may not link is left to the others (a clause's link from 0.5). A place
    /// counts every sentence, headings and numbered lines too.
    private func isFar(_ link: Ranked) -> Bool {
        guard parameters.farDistance < 1, Self.isByMeaningOrAgreement(link.lexical),
              Double(link.similarity) < parameters.farSimilarity,
              Int(link.a) != openingA?.sentence, Int(link.b) != openingB?.sentence else { return false }
        // In a version of two or three sentences a place says little.
        guard min(a.sentenceCount, b.sentenceCount) >= parameters.farLeastSentences else { return false }
        let placeA = (Double(link.a) + 0.5) / Double(a.sentenceCount)
        let placeB = (Double(link.b) + 0.5) / Double(b.sentenceCount)
        guard abs(placeA - placeB) >= parameters.farDistance else { return false }
        guard parameters.farOnlyOnPlaces else { return true }
        // Far, the pair needs more only when every topic it shares is a place, and it shares one.
        var sharesAPlace = false
        for topic in topicsA[Int(link.a)] where topicsB[Int(link.b)].contains(topic) {
            guard placeTopics.contains(topic) else { return false }
            sharesAPlace = true
        }
        return sharesAPlace
    }

    /// The two versions' opening sentences when they link (`SemanticParameters.linksOpenings`):
    /// both bare, each says only that the call took place and who took part, so they link
    /// when they name a participant in common ("The Prime Minister spoke to the Prime
    /// Minister of Canada Mark Carney today" / "Today, the Prime Minister, Mark Carney, spoke
    /// with the Prime Minister of the United Kingdom (UK), Sir Keir Starmer") or are each
    /// other's closest sentence. Their similarity says nothing: masked of its participants a
    /// bare opening is its punctuation ("The to the of [16 ].", 0.28), under every floor of
    /// the rules by meaning, and low enough to veto their lexical link. An opening with a
    /// lexicon topic of its own (the event's `subjects` aside) links as its subject does.
    /// (On `dev/`, openings that say more, one bare or neither, made three to six wrong
    /// links and linked two to six one-sided topics: they are left to the other rules.)
    /// Without a table of A's neighbours (candidates only), B's side decides closeness.
    func linkedOpenings(rows: NeighbourTable?, columns: NeighbourTable, subjects: Set<Int32>) -> (Int, Int)? {
        guard parameters.linksOpenings else { return nil }
        if !(openingA?.isBare == true && openingB?.isBare == true) { return linkedCallLines(subjects: subjects) }
        guard let sa = openingA?.sentence, let sb = openingB?.sentence,
              !a.sentences[sa].isHeading, !b.sentences[sb].isHeading,
              topicsA[sa].allSatisfy(subjects.contains), topicsB[sb].allSatisfy(subjects.contains) else { return nil }
        let closest = columns.first(sb)?.index == Int32(sa) && (rows.map { $0.first(sa)?.index == Int32(sb) } ?? true)
        return closest || namesAParticipantInCommon(sa, sb) ? (sa, sb) : nil
    }

    /// Where an opening is not bare (a report's lead, "…called up Putin to reduce tensions
    /// stirred by…"), the two versions' call lines when they both name a participant: "Le
    /// président Emmanuel Macron s'est entretenu avec Joe Biden vendredi.", third after a
    /// news report's lead, and the White House's "President Joseph R. Biden, Jr. spoke this
    /// afternoon with President Emmanuel Macron of France." were both "linked to nothing".
    private func linkedCallLines(subjects: Set<Int32>) -> (Int, Int)? {
        guard let sa = callLineA, let sb = callLineB, !a.sentences[sa].isHeading, !b.sentences[sb].isHeading,
              topicsA[sa].allSatisfy(subjects.contains), topicsB[sb].allSatisfy(subjects.contains) else { return nil }
        return namesAParticipantInCommon(sa, sb) ? (sa, sb) : nil
    }

    /// Whether sentences `sa` of A and `sb` of B both name a participant (a name either
    /// version leaves out of its embedded text).
    private func namesAParticipantInCommon(_ sa: Int, _ sb: Int) -> Bool {
        let names = participantsA.union(participantsB)
        guard !names.isEmpty else { return false }
        let inB = Set(b.tokens(of: sb).lazy.map { self.b.term[$0] }.filter(names.contains))
        return a.tokens(of: sa).contains { inB.contains(a.term[$0]) }
    }

    /// Whether sentence `sa` of A or `sb` of B is a heading, or a bare opening sentence (who
    /// spoke with whom) facing anything but the other's opening: no link by meaning alone.
    func isHeadingOrBareOpening(_ sa: Int, _ sb: Int) -> Bool {
        let bareOpening = (openingA.map { $0.isBare && $0.sentence == sa } ?? false) && openingB?.sentence != sb
            || (openingB.map { $0.isBare && $0.sentence == sb } ?? false) && openingA?.sentence != sa
            // A call line after a lead is as bare.
            || callLineA == sa && callLineB != sb && openingB?.sentence != sb
            || callLineB == sb && callLineA != sa && openingA?.sentence != sa
        return a.sentences[sa].isHeading || b.sentences[sb].isHeading || bareOpening
    }

    /// The lexicon topics sentence `sa` of A and `sb` of B have in common.
    private func sharedTopics(_ sa: Int, _ sb: Int) -> [Int32] {
        topicsA[sa].filter { topicsB[sb].contains($0) }
    }

    /// Whether sentence `sa` of A and `sb` of B carry a lexicon topic in common.
    private func sharesTopic(_ sa: Int, _ sb: Int) -> Bool {
        topicsA[sa].contains { topicsB[sb].contains($0) }
    }

    /// Whether sentence `sa` of A and `sb` of B speak of different things by the lexicon
    /// (`SemanticParameters.topicClash`): `clash(_:_:subjects:most:)` of their topics.
    private func topicsClash(_ sa: Int, _ sb: Int, subjects: Set<Int32>) -> Bool {
        Self.clash(topicsA[sa], topicsB[sb], subjects: subjects, most: parameters.clashTopics)
    }

    /// Whether sentence `sa` of A and `sb` of B, `similarity` alike, are about different
    /// places (`SemanticParameters.placeClash`): each names a place of the lexicon, they
    /// share no topic, and so no place. A place the event is about counts too: Ukraine, in a
    /// quarter of the White House's sentences of 10 January 2023, is still not Haiti.
    /// Words or a clause in common do not make one subject of "…continuing bilateral and
    /// hemispheric support for Haiti and its people" and "…supporting the people of Ukraine…",
    /// nor of the Belarusian–Polish border and the conflict in eastern Ukraine.
    private func placesClash(_ sa: Int, _ sb: Int, similarity: Float) -> Bool {
        guard Double(similarity) < parameters.placeClash, !sharesTopic(sa, sb) else { return false }
        return topicsA[sa].contains(where: placeTopics.contains) && topicsB[sb].contains(where: placeTopics.contains)
    }

    /// Whether two sentences' lexicon topics, the event's `subjects` left aside, are both
    /// known, share none, and number at most `most` each: a sentence of many subjects
    /// (strategic stability, Iran, Afghanistan and climate) says little by not naming one
    /// more ("a summit meeting").
    static func clash(_ topicsA: ArraySlice<Int32>, _ topicsB: ArraySlice<Int32>, subjects: Set<Int32>, most: Int) -> Bool {
        var inA = 0
        for topic in topicsA where !subjects.contains(topic) {
            if topicsB.contains(topic) { return false }
            inA += 1
        }
        let inB = topicsB.lazy.filter { !subjects.contains($0) }.count
        let few = 1...max(1, most)
        return few.contains(inA) && few.contains(inB)
    }

    /// Whether both sentences name the two sides' relations ("bilateral cooperation" /
    /// "двустороннего сотрудничества"), a subject the lexicon leaves to meaning
    /// (`SemanticParameters.relationsShareATopic`).
    private func bothSpeakOfRelations(_ sa: Int, _ sb: Int) -> Bool {
        guard parameters.relationsShareATopic, !relationWords.isEmpty else { return false }
        func speaks(_ version: PreparedVersion, _ s: Int) -> Bool {
            version.tokens(of: s).contains { version.term[$0] >= 0 && relationWords.contains(version.term[$0]) }
        }
        return speaks(a, sa) && speaks(b, sb)
    }

    /// Whether sentence `sa` of A or `sb` of B keeps fewer than `terseWords` words of its own
    /// in its embedded text.
    private func isTerse(_ sa: Int, _ sb: Int) -> Bool {
        SentenceTexts.ownWords(a, sa, ignored: ignored, participants: participantsA) < parameters.terseWords
            || SentenceTexts.ownWords(b, sb, ignored: ignored, participants: participantsB) < parameters.terseWords
    }

    /// The link `link` stands for (`lexical`: the links `link(lexical:…)` was given), with
    /// its fused score, its similarity and the topics its sentences share. The semantic pass
    /// makes them one at a time as it assembles the links: all at once, with a heap block
    /// for each one's topics, they would add to its peak.
    func pairLink(_ link: Ranked, lexical: [PairLink], unconfirmed: [UnconfirmedPair] = []) -> PairLink {
        let (sa, sb) = (Int(link.a), Int(link.b))
        let index = Int(link.lexical)
        var pair = index < 0 ? PairLink(a: sa, b: sb, score: 0, sharedTopics: [], dominantTerm: -1)
            : index < lexical.count ? lexical[index] : unconfirmed[index - lexical.count].pairLink
        pair.score = link.score
        pair.sharedTopics = sharedTopics(sa, sb)
        pair.similarity = Double(link.similarity)
        pair.basis = switch link.lexical {
        case Self.byMeaningAlone: .meaning
        case Self.byClause: .clause
        case Self.byTopicAgreement: .topic
        case Self.byOpenings: .openings
        default: .words
        }
        return pair
    }

    /// The lexicon topics named by one sentence of A and one of B (never the event's subject,
    /// which takes three sentences of a version).
    private func topicsInOneSentenceOfEach() -> Set<Int32> {
        var counts: [Int32: (a: Int, b: Int)] = [:]
        for s in 0..<topicsA.count { for topic in Set(topicsA[s]) { counts[topic, default: (0, 0)].a += 1 } }
        for s in 0..<topicsB.count { for topic in Set(topicsB[s]) { counts[topic, default: (0, 0)].b += 1 } }
        return Set(counts.filter { $0.value == (1, 1) }.keys)
    }

    /// Whether sentences `sa` of A and `sb` of B share a lexicon topic of `topics`.
    private func sharesATopic(_ sa: Int, _ sb: Int, among topics: Set<Int32>) -> Bool {
        !topics.isEmpty && topicsA[sa].contains { topics.contains($0) && topicsB[sb].contains($0) }
    }

    /// Links that a lexicon topic and the sentences' meaning agree on: the two sentences
    /// share a lexicon topic of any weight ("trade", which alone carries no lexical link),
    /// one is the other's closest among the sentences carrying that topic (either way: a
    /// version that speaks of trade twice links both sentences to the other's nearest),
    /// and their similarity reaches `topicLinkFloor`. The event's `subjects` and topics in
    /// more than `topicLinkSentences` sentences of a version are left out: being the closest
    /// among so many says little. The subject here is a topic in a quarter of *both*
    /// versions' sentences: trade in three of a readout's eight sentences and two of a
    /// news report's five is what both speak of, sentence by sentence, not what every
    /// sentence is about.
    private func topicAgreementLinks(seen: Set<Int64>, subjects: Set<Int32>, sole: Set<Int32>) -> [Ranked] {
        var sentencesA: [Int32: [Int]] = [:]
        var sentencesB: [Int32: [Int]] = [:]
        for s in 0..<topicsA.count { for topic in topicsA[s] { sentencesA[topic, default: []].append(s) } }
        for s in 0..<topicsB.count { for topic in topicsB[s] { sentencesB[topic, default: []].append(s) } }
        var links: [Ranked] = []
        var linked = Set<Int64>()
        for (topic, inA) in sentencesA.sorted(by: { $0.key < $1.key }) {
            guard let inB = sentencesB[topic], !subjects.contains(topic),
                  inA.count <= parameters.topicLinkSentences, inB.count <= parameters.topicLinkSentences else { continue }
            var similarity = [Float](repeating: 0, count: inA.count * inB.count)
            for (i, sa) in inA.enumerated() { for (j, sb) in inB.enumerated() { similarity[i * inB.count + j] = vectorsA.cosine(sa, vectorsB, sb) } }
            // Each sentence's closest on the other side, from either side.
            var closest: [(i: Int, j: Int)] = []
            for i in inA.indices {
                if let j = inB.indices.max(by: { similarity[i * inB.count + $0] < similarity[i * inB.count + $1] }) { closest.append((i, j)) }
            }
            for j in inB.indices {
                if let i = inA.indices.max(by: { similarity[$0 * inB.count + j] < similarity[$1 * inB.count + j] }) { closest.append((i, j)) }
            }
            for (i, j) in closest {
                let s = similarity[i * inB.count + j]
                let (sa, sb) = (inA[i], inB[j])
                guard Double(s) >= (sole.contains(topic) ? parameters.uniqueTopicLinkFloor : parameters.topicLinkFloor) else { continue }
                let key = Int64(sa) << 32 | Int64(sb)
                guard !seen.contains(key), linked.insert(key).inserted,
                      !a.sentences[sa].isHeading, !b.sentences[sb].isHeading else { continue }
                links.append(Ranked(a: Int32(sa), b: Int32(sb), score: Double(s), similarity: s, lexical: Self.byTopicAgreement))
            }
        }
        return links
    }

    /// Every sentence's nearest neighbours on the other side, over all pairs, on two cores
    /// (`SecondCore`: the odd blocks of rows there, the even ones here).
    private func allPairs(step: (Double) -> Bool) -> (NeighbourTable, NeighbourTable)? {
        let n = a.sentenceCount, m = b.sentenceCount
        guard n > 0, m > 0 else { return (NeighbourTable(count: n), NeighbourTable(count: m)) }
        let blocks = stride(from: 0, to: n, by: Self.blockRows).map { $0..<min(n, $0 + Self.blockRows) }
        let (vectorsA, vectorsB) = (self.vectorsA, self.vectorsB)
        let odd = Array(blocks.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
        let even = Array(blocks.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        let other = SecondCore { report in
            Self.nearest(odd, vectorsA, vectorsB) { done in report(Double(done)) }
        }
        let mine = Self.nearest(even, vectorsA, vectorsB) { done in step(Double(done + Int(other.progress)) / Double(blocks.count)) }
        let theirs = other.join { done in step(Double(even.count + Int(done)) / Double(blocks.count)) }
        guard let mine, let theirs else { return nil }
        var rows = NeighbourTable(count: n)
        var columns = NeighbourTable(count: m)
        for partial in [mine, theirs] {
            // A row's list is in one partial only: offered best first, it is copied.
            for sa in 0..<n { rows.offerAll(of: sa, from: partial.rows) }
            for sb in 0..<m { columns.offerAll(of: sb, from: partial.columns) }
        }
        return (rows, columns)
    }

    static let blockRows = 32

    /// The nearest neighbours found among the rows of `blocks`: each row's, and each
    /// column's among those rows. `step` gets the blocks done and answers whether to go on.
    struct Partial: Sendable {
        var rows: NeighbourTable
        var columns: NeighbourTable
    }

    private static func nearest(_ blocks: [Range<Int>], _ vectorsA: Embeddings, _ vectorsB: Embeddings,
                                step: (Int) -> Bool) -> Partial? {
        let n = vectorsA.count, m = vectorsB.count
        var partial = Partial(rows: NeighbourTable(count: n), columns: NeighbourTable(count: m))
        // The lowest similarity each column's neighbours keep: most pairs fall under it and
        // are passed over without touching the list.
        var columnFloor = [Float](repeating: -.infinity, count: m)
        var block = [Float](repeating: 0, count: blockRows * m)
        for (index, rows) in blocks.enumerated() {
            block.withUnsafeMutableBufferPointer { vectorsA.similarities(of: rows, against: vectorsB, into: $0.baseAddress!) }
            for (offset, sa) in rows.enumerated() {
                var rowFloor = -Float.infinity
                for sb in 0..<m {
                    let s = block[offset * m + sb]
                    if s > rowFloor {
                        partial.rows.offer(sa, Int32(sb), s)
                        if partial.rows.isFull(sa) { rowFloor = partial.rows.lastSimilarity(sa) }
                    }
                    if s > columnFloor[sb] {
                        partial.columns.offer(sb, Int32(sa), s)
                        if partial.columns.isFull(sb) { columnFloor[sb] = partial.columns.lastSimilarity(sb) }
                    }
                }
            }
            guard step(index + 1) else { return nil }
        }
        return partial
    }
}
