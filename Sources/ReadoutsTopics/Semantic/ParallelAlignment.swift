import Foundation

/// Two versions that are one text, in two languages or two wordings (a readout and its
/// translation, two translations of one statement): their sentences follow each other in
/// the same order, each with its counterpart. There the reader wants each sentence linked to
/// its counterpart and to nothing else, and a sentence without one shown as what the other
/// version leaves out. The linker's rules, made for two sides' accounts of one call, linked
/// a translation's lead to the quotation that repeats it further down, and an English
/// sentence the French left out to the French sentence before it ("calls on the DPRK
/// leadership…" to "Cette violation manifeste…", 0.47): the omission a translator looks for
/// was hidden.
///
/// The sentences are aligned in order as sentence aligners of parallel texts do (Gale and
/// Church; Vecalign): a path through the similarity matrix of beads of one sentence against
/// one, one against two or two against one, and sentences skipped, maximising the sum over
/// beads of their similarity less `skipCost` (a bead weaker than that is worth less than
/// two skipped sentences). Two sentences stand in a bead as the sum of their vectors would
/// (the encoder averages its words), so a sentence split in two in the other version is
/// closer to both halves together than to either, and one left out next to its neighbour's
/// counterpart is not (or barely: `splitShare`). The versions are parallel when, on that path, beads at least
/// `strongSimilarity` close hold `coverage` of one version's sentences and `otherCoverage`
/// of the other's (a translation may leave a paragraph out), and their mean similarity
/// reaches `meanSimilarity`. Two sides' accounts of one call do not (none of the `dev/` pairs aligns, and a test
/// checks it): on the 52 `dev/` pairs of 2026-12-06
/// and six pairs of official readouts of 2021–2025 calls the most is 0.71 of one version's
/// sentences (Downing Street's and Australia's readouts of one call, short and in the same
/// order); on nine translations and rewordings (the Federal Government's English, French and
/// German pages of one council, a UN statement in English and French, the White House's
/// readout and a Russian translation or an English rewording of it) 0.75 to 1, the other
/// version 0.6 to 0.92. A pair in between is read as two accounts.
struct ParallelAlignment: Sendable {
    /// A bead of the path: sentences of A against sentences of B (one or two each).
    struct Bead: Equatable, Sendable {
        var a: Range<Int>
        var b: Range<Int>
        /// The closest pair of sentences in it.
        var similarity: Float
    }

    static let skipCost: Float = 0.35
    /// Each half of a bead of two sentences is at least this close to the sentence it is
    /// set against: the sum of two vectors far apart is short, and a heading beside a lead
    /// (0.2 from the other's lead) came out closer to it than the lead alone.
    static let halfFloor: Float = 0.3
    /// A bead of two sentences comes out closer to the sentence it is set against than the
    /// closer half alone by at least this share of what a sentence split into those two halves
    /// would gain: made of two halves whose cosine is c, a sentence is 1 − √((1 + c) / 2)
    /// closer to them together than to either (0.26 for halves 0.1 alike, 0.08 for halves
    /// 0.7 alike), and the bead's similarity scales that. A sentence left out beside its
    /// neighbour's counterpart only adds a little when it is far from its neighbour and near
    /// that counterpart's subject (0.06 of a possible 0.21: a share of 0.28).
    static let splitShare: Float = 0.4
    static let strongSimilarity: Float = 0.5
    static let coverage = 0.75
    static let otherCoverage = 0.6
    static let meanSimilarity: Float = 0.6
    /// A bead of two sentences is a split (Gale and Church's signal: a sentence and its
    /// translation are of proportionate lengths) when the sentence it faces is as long as the
    /// two together, within this factor's log, once the versions' ratio of length is taken out…
    static let splitLengthFit = 0.2
    /// …and fits the closer half alone worse, by at least this factor's log. The similarity
    /// then need only not fall (no `splitShare`), the halves weighed as their lengths: the
    /// Avalon translation of the 1789 Declaration splits Articles 12 and 13 in two
    /// ("…requires public military forces. These forces are, therefore, established for the
    /// good of all…"), the French sentence 0.61 and 0.43 from the halves, which together gain
    /// it 0.04 of the 0.13 the share asks; its lengths fit the two together within 0.04 and
    /// the closer half alone 0.46 off. A UN message's French joined "More than 230,000 people
    /// lost their lives." (a fifth of the pair) to the sentence before: 0.01 off the two, 0.31
    /// off the longer alone (an absolute 0.35 missed it); its Russian, "Более 230 000 человек
    /// погибли." (a fifth of the pair, shorter in Cyrillic), 0.02 off the two and 0.24 off the
    /// longer alone (0.25 missed it: "only in" the Russian). A sentence left out beside its
    /// neighbour's counterpart leaves the lengths fitting one to one.
    static let oneLengthMargin = 0.2
    /// Fewer sentences than this on either side say too little to call two versions one text.
    static let fewestSentences = 4
    /// The most cells of the path's table (sentences of A times sentences of B): beyond it,
    /// versions are not aligned so (a text of some 500 sentences each).
    static let largestTable = 250_000

    let beads: [Bead]
    let isParallel: Bool
    /// Per sentence of A, the sentences of B its bead holds (empty: skipped).
    private let counterpartsOfA: [Range<Int>]

    /// The path through `count.a` × `count.b` sentences, `similarity(i, j)` their closeness,
    /// `next(version, i)` that of sentence `i` of a version (0: A, 1: B) and the one after it;
    /// `lengths`, when given, each sentence's length in characters, per version.
    init(count: (a: Int, b: Int), similarity: (Int, Int) -> Float, next: (Int, Int) -> Float,
         lengths: (a: [Int], b: [Int])? = nil) {
        let (n, m) = count
        guard n >= Self.fewestSentences, m >= Self.fewestSentences, n * m <= Self.largestTable else {
            beads = []
            isParallel = false
            counterpartsOfA = []
            movedFloor = Self.movedCeiling
            return
        }
        beads = Self.path(n, m, similarity, next, lengths: lengths)
        var counterparts = [Range<Int>](repeating: 0..<0, count: n)
        for bead in beads { for a in bead.a { counterparts[a] = bead.b } }
        counterpartsOfA = counterparts
        let strong = beads.filter { $0.similarity >= Self.strongSimilarity }
        movedFloor = Self.movedFloor(strong)
        // A sentence moved is one text still: held where it went (a translator's faulty copy,
        // its last paragraph moved to the top and a sentence dropped, held 0.67 of the
        // English on the path and was read as another account, its added negation unsaid).
        // Only where the path alone holds most of both (`otherCoverage`) and a few sentences
        // moved (`movedShare`): moved sentences complete one text, they do not make one of
        // two accounts in another order.
        var heldA = strong.reduce(0) { $0 + $1.a.count }, heldB = strong.reduce(0) { $0 + $1.b.count }
        if min(Double(heldA) / Double(n), Double(heldB) / Double(m)) >= Self.otherCoverage {
            let moved = Self.moved(skippedA: (0..<n).filter { counterparts[$0].isEmpty },
                                   skippedB: Array(Set(0..<m).subtracting(beads.flatMap { Array($0.b) })).sorted(),
                                   similarity: similarity, floor: movedFloor).count
            if Double(moved) <= Self.movedShare * Double(min(n, m)) {
                heldA += moved
                heldB += moved
            }
        }
        let shares = [Double(heldA) / Double(n), Double(heldB) / Double(m)].sorted()
        let mean = strong.isEmpty ? 0 : strong.reduce(Float(0)) { $0 + $1.similarity } / Float(strong.count)
        isParallel = shares[1] >= Self.coverage && shares[0] >= Self.otherCoverage && mean >= Self.meanSimilarity
    }

    /// How close two sentences the path skipped must be to be one sentence moved: as close
    /// as two that say the same whole (0.7, `SemanticParameters.counterpartWhole`), or, in a
    /// translation whose counterparts are less alike, nearly as close as its beads (0.85 of
    /// their median: "There was no talk… about the time frame…" moved in a French
    /// translation was 0.66 from its original, the beads 0.62–0.83), and never under
    /// `movedLeast`.
    let movedFloor: Float
    static let movedCeiling: Float = 0.7
    static let movedLeast: Float = 0.6
    static let movedShareOfBeads: Float = 0.85
    /// The most sentences a text may move, as a share of the shorter version's, and still be
    /// read as one text: a paragraph, not a third of it.
    static let movedShare = 0.25

    private static func movedFloor(_ strong: [Bead]) -> Float {
        let sorted = strong.map(\.similarity).sorted()
        guard !sorted.isEmpty else { return movedCeiling }
        return max(movedLeast, min(movedCeiling, movedShareOfBeads * sorted[sorted.count / 2]))
    }

    /// Skipped sentences of A and of B that are each other's closest among the skipped, at
    /// least `floor` alike: one sentence moved.
    static func moved(skippedA: [Int], skippedB: [Int], similarity: (Int, Int) -> Float, floor: Float) -> [(Int, Int)] {
        guard !skippedA.isEmpty, !skippedB.isEmpty else { return [] }
        let table = skippedA.map { sa in skippedB.map { sb in similarity(sa, sb) } }
        var pairs: [(Int, Int)] = []
        for i in skippedA.indices {
            guard let j = skippedB.indices.max(by: { table[i][$0] < table[i][$1] }), table[i][j] >= floor,
                  skippedA.indices.max(by: { table[$0][j] < table[$1][j] }) == i else { continue }
            pairs.append((skippedA[i], skippedB[j]))
        }
        return pairs
    }

    /// Whether sentences `a` and `b` are in one bead of the path.
    func aligns(_ a: Int, _ b: Int) -> Bool {
        counterpartsOfA.indices.contains(a) && counterpartsOfA[a].contains(b)
    }

    /// The sentences the path skipped between two consecutive beads (or before the first, or
    /// after the last), of A and of B: where the two texts part.
    struct Gap: Equatable, Sendable {
        var a: Range<Int>
        var b: Range<Int>
    }

    /// The gaps of the path that hold a skipped sentence, in order (`count`: the versions'
    /// sentence counts, as the path was made for).
    func gaps(count: (a: Int, b: Int)) -> [Gap] {
        var gaps: [Gap] = []
        var (a, b) = (0, 0)
        for bead in beads + [nil] {
            let (endA, endB) = bead.map { ($0.a.lowerBound, $0.b.lowerBound) } ?? (count.a, count.b)
            if a < endA || b < endB { gaps.append(Gap(a: a..<endA, b: b..<endB)) }
            guard let bead else { break }
            (a, b) = (bead.a.upperBound, bead.b.upperBound)
        }
        return gaps
    }

    /// The path maximising the beads' similarity less `skipCost` each, by dynamic programming.
    private static func path(_ n: Int, _ m: Int, _ similarity: (Int, Int) -> Float, _ next: (Int, Int) -> Float,
                             lengths: (a: [Int], b: [Int])?) -> [Bead] {
        // The length of the sum of two unit vectors whose cosine is `c`.
        func length(_ c: Float) -> Float { (2 + 2 * max(-1, min(1, c))).squareRoot() }
        // How far a sentence of `single` characters is from one of `other` (of the other
        // version), on a log scale, the versions' ratio of length taken out.
        let ratio = lengths.map { Double(max(1, $0.a.reduce(0, +))) / Double(max(1, $0.b.reduce(0, +))) } ?? 1
        func misfit(_ single: Int, _ other: Int, singleIsA: Bool) -> Double {
            let expected = singleIsA ? Double(other) * ratio : Double(other) / ratio
            return abs(log(Double(max(1, single)) / max(1, expected)))
        }
        // Whether the lengths say a split: `single` fits the two halves together, not the
        // closer half alone.
        func lengthsSaySplit(_ single: Int, _ halves: (Int, Int), closerFirst: Bool, singleIsA: Bool) -> Bool {
            let together = misfit(single, halves.0 + halves.1, singleIsA: singleIsA)
            return together <= splitLengthFit
                && misfit(single, closerFirst ? halves.0 : halves.1, singleIsA: singleIsA) >= together + oneLengthMargin
        }
        // The gain of a bead of two sentences, `x` and `y` close to the one they face, whose
        // sum has `length`; nil unless both reach `halfFloor` and together they gain what a
        // split's halves would (`splitShare`: √((1 + c) / 2) is half that length), or, where
        // the lengths say a split, lose nothing. There the halves weigh as their lengths,
        // as the encoder averages words: a long sentence and a short one joined
        // are mostly the long one. A translator's "…deadliest disasters in recent history.
        // More than 230,000 people lost their lives." is one French sentence, 0.80 and 0.41
        // from the halves, 0.88 from the two joined; as a sum of equals they came to 0.78 and
        // the second was "no counterpart in FR".
        // `sizes`, when lengths are given: the one sentence's, its two halves', and whether
        // the one is of A.
        func splitGain(_ x: Float, _ y: Float, length: Float, sizes: (single: Int, halves: (Int, Int), singleIsA: Bool)?) -> Float? {
            guard min(x, y) >= halfFloor else { return nil }
            let together = (x + y) / max(length, 1e-3)
            if together - max(x, y) >= splitShare * (1 - length / 2) * together { return together - skipCost }
            guard let sizes, lengthsSaySplit(sizes.single, sizes.halves, closerFirst: x >= y, singleIsA: sizes.singleIsA) else { return nil }
            let (u, v) = (Float(max(1, sizes.halves.0)), Float(max(1, sizes.halves.1)))
            let c = length * length / 2 - 1
            let weighted = (u * x + v * y) / max((u * u + v * v + 2 * u * v * c).squareRoot(), 1e-3)
            return weighted >= max(x, y) ? weighted - skipCost : nil
        }
        let lengthA = (0..<max(0, n - 1)).map { length(next(0, $0)) }
        let lengthB = (0..<max(0, m - 1)).map { length(next(1, $0)) }
        // The moves: (sentences of A, sentences of B) a step takes.
        let moves: [(Int, Int)] = [(1, 0), (0, 1), (1, 1), (1, 2), (2, 1)]
        let width = m + 1
        var score = [Float](repeating: -.infinity, count: (n + 1) * width)
        var move = [UInt8](repeating: 0, count: (n + 1) * width)
        score[0] = 0
        var row = [Float](repeating: 0, count: m)
        var previousRow = [Float](repeating: 0, count: m)
        for i in 0...n {
            swap(&row, &previousRow)
            if i > 0 { for j in 0..<m { row[j] = similarity(i - 1, j) } }
            for j in 0...m where i > 0 || j > 0 {
                var best = -Float.infinity, chosen: UInt8 = 0
                for (index, (di, dj)) in moves.enumerated() where i >= di && j >= dj {
                    let from = score[(i - di) * width + (j - dj)]
                    guard from > -.infinity else { continue }
                    let gain: Float
                    switch (di, dj) {
                    case (1, 1): gain = row[j - 1] - skipCost
                    case (1, 2):
                        guard let split = splitGain(row[j - 2], row[j - 1], length: lengthB[j - 2],
                                                    sizes: lengths.map { ($0.a[i - 1], ($0.b[j - 2], $0.b[j - 1]), true) }) else { continue }
                        gain = split
                    case (2, 1):
                        guard let split = splitGain(previousRow[j - 1], row[j - 1], length: lengthA[i - 2],
                                                    sizes: lengths.map { ($0.b[j - 1], ($0.a[i - 2], $0.a[i - 1]), false) }) else { continue }
                        gain = split
                    default: gain = 0
                    }
                    if from + gain > best {
                        best = from + gain
                        chosen = UInt8(index)
                    }
                }
                score[i * width + j] = best
                move[i * width + j] = chosen
            }
        }
        var beads: [Bead] = []
        var (i, j) = (n, m)
        while i > 0 || j > 0 {
            let (di, dj) = moves[Int(move[i * width + j])]
            if di > 0, dj > 0 {
                var closest = -Float.infinity
                for x in (i - di)..<i { for y in (j - dj)..<j { closest = max(closest, similarity(x, y)) } }
                beads.append(Bead(a: (i - di)..<i, b: (j - dj)..<j, similarity: closest))
            }
            i -= di
            j -= dj
        }
        return beads.reversed()
    }
}
