/// The linked sentences that are each other's counterpart in a translation: of two versions
/// that the semantic linker aligned as one text (`isTranslation`)
/// (`Analysis.alignedVersions`, `ParallelAlignment`), two sentences linked at a similarity of
/// at least `similarityFloor`. A translator's reversed sentences linked at 0.55–0.61 ("Le
/// chancelier ne participera pas au sommet." / "The Chancellor will attend the summit.";
/// "wird nicht an dem Gipfel teilnehmen"; "не будет обсуждать" / "will be discussing"),
/// under the 0.68 at which any two linked passages are compared for a negation
/// (`Negation`): a translation's counterpart is what its sentence says, reversed or not,
/// where two accounts of one call word their sentences apart and a "not" in one of them is
/// no reversal.
///
/// The engine's alignment is the one rule that two versions are one text: the links between
/// two aligned versions are the sentence pairs of the aligned path and nothing else. On the
/// `dev/` pairs (`Tests/ReadoutsTopicsTests/Annotations/dev`, two accounts of one call each)
/// no two versions align, so none has a counterpart. Versions the alignment does not read
/// have none either: fewer than four sentences on a side, more sentence pairs than it takes
/// (`ParallelAlignment.largestTable`, 250,000, or the semantic linker's `allPairsLimit`), a
/// lexical run, or `--tune parallel=0` (`SemanticParameters.alignsParallelVersions`).
public struct TranslationCounterparts: Sendable {
    /// The least similarity of a counterpart compared on its own. The path holds weaker beads
    /// (from `ParallelAlignment.skipCost`, and a split's halves from its `halfFloor`): a
    /// sentence the other version left out, read as half of a split beside its neighbour's
    /// counterpart, is no translation of it to compare for a negation. A weaker half of a
    /// split is compared as part of its whole (`runs`).
    public static let similarityFloor = 0.5

    private let pairs: Set<[Int32]>
    /// Every pair linked between versions aligned as one text, at any similarity: the
    /// aligned path's beads, of which a split's halves (`runs`).
    private let aligned: Set<[Int32]>

    public init() {
        pairs = []
        aligned = []
    }

    public init(_ analysis: Analysis) {
        let versions = analysis.versions
        var found: Set<[Int32]> = []
        var linked: Set<[Int32]> = []
        for link in analysis.links {
            guard link.from.version != link.to.version,
                  versions.indices.contains(link.from.version), versions.indices.contains(link.to.version),
                  Self.isTranslation(analysis, link.from.version, link.to.version) else { continue }
            linked.insert(Self.key(link.from, link.to))
            if let similarity = link.similarity, similarity >= Self.similarityFloor { found.insert(Self.key(link.from, link.to)) }
        }
        pairs = found
        aligned = linked
    }

    /// Whether versions `x` and `y` are a text and its translation, or two translations of
    /// one text: aligned as one text, in languages both read (two English translations of
    /// the French Declaration of 1789 are one text told twice; `J` said "no draft or
    /// translation here" while `Enter` compared their counterparts, and a translator could
    /// not step through what one translation left out). Drafts are told apart before
    /// (`DraftChanges`).
    public static func isTranslation(_ analysis: Analysis, _ x: Int, _ y: Int) -> Bool {
        let (a, b) = (analysis.versions[x].language, analysis.versions[y].language)
        return a != .undetermined && b != .undetermined && analysis.isAligned(x, y)
    }

    /// The sentences of version `second` linked to each sentence of version `first`, and
    /// whether each sentence of `second` is linked to one of `first`: between versions
    /// aligned as one text, each sentence's counterparts (the aligned path's pairs are their
    /// links). What `J` steps through and the reports' sentence-by-sentence table read.
    public static func partners(_ analysis: Analysis, _ first: Int, _ second: Int) -> (ofFirst: [[Int]], secondLinked: [Bool]) {
        let (a, b) = (analysis.versions[first].sentences.count, analysis.versions[second].sentences.count)
        var partners = [[Int]](repeating: [], count: a)
        var linked = [Bool](repeating: false, count: b)
        for link in analysis.links {
            let pair: (Int, Int)
            if link.from.version == first, link.to.version == second { pair = (link.from.sentence, link.to.sentence) }
            else if link.from.version == second, link.to.version == first { pair = (link.to.sentence, link.from.sentence) }
            else { continue }
            guard pair.0 < a, pair.1 < b else { continue }
            partners[pair.0].append(pair.1)
            linked[pair.1] = true
        }
        return (partners, linked)
    }

    /// Whether sentences `a` and `b` are counterparts in a translation.
    public func contains(_ a: Analysis.SentenceRef, _ b: Analysis.SentenceRef) -> Bool {
        pairs.contains(Self.key(a, b))
    }

    /// The most sentences one sentence of a translation is split into, as compared whole.
    public static let longestRun = 3

    /// What to compare when `a` and `b` are counterparts: `a` with the sentences next to it
    /// linked to `b` too, and `b` with those next to it linked to `a` — one sentence against
    /// the two a translation split it into ("12. The security… requires public military
    /// forces. These forces are… established for the good of all and not for the personal
    /// advantage…" against the French article, or a close English rendering, whose "not" was
    /// said to be its own when compared with the first half alone). A half may be linked
    /// under `similarityFloor` (the lengths told the split, `ParallelAlignment`): it is
    /// compared as part of its whole. `isFirst`: the pair is the first counterpart pair of
    /// the two runs, the one a list of differences names (a later half would say it again).
    /// Each run is its sentence alone, and the pair first, when `a` and `b` are no
    /// counterparts.
    public func runs(_ a: Analysis.SentenceRef, _ b: Analysis.SentenceRef) -> (a: ClosedRange<Int>, b: ClosedRange<Int>, isFirst: Bool) {
        guard contains(a, b) else { return (a.sentence...a.sentence, b.sentence...b.sentence, true) }
        let (runA, runB) = (run(of: a, facing: b), run(of: b, facing: a))
        let first = runA.lazy.flatMap { x in runB.lazy.map { y in (x, y) } }.first { x, y in
            contains(Analysis.SentenceRef(version: a.version, sentence: x), Analysis.SentenceRef(version: b.version, sentence: y))
        }
        return (runA, runB, first.map { $0 == (a.sentence, b.sentence) } ?? true)
    }

    private func run(of sentence: Analysis.SentenceRef, facing partner: Analysis.SentenceRef) -> ClosedRange<Int> {
        func linked(_ neighbour: Int) -> Bool {
            aligned.contains(Self.key(Analysis.SentenceRef(version: sentence.version, sentence: neighbour), partner))
        }
        var (low, high) = (sentence.sentence, sentence.sentence)
        while low > 0, high - low + 1 < Self.longestRun, linked(low - 1) { low -= 1 }
        while high - low + 1 < Self.longestRun, linked(high + 1) { high += 1 }
        return low...high
    }

    private static func key(_ a: Analysis.SentenceRef, _ b: Analysis.SentenceRef) -> [Int32] {
        let (first, second) = a < b ? (a, b) : (b, a)
        return [Int32(first.version), Int32(first.sentence), Int32(second.version), Int32(second.sentence)]
    }
}
