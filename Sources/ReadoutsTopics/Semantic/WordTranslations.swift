import ReadoutsEncoder
import ReadoutsText

/// A small bilingual dictionary for one pair of versions in different languages, made from
/// the sentence encoder's vectors of their words: a content word of B is the translation of
/// a content word of A when each is the other's closest among the other version's words and
/// their cosine reaches `threshold` ("sommet" / "summit", "coopération" / "cooperation",
/// "безопасности" / "security"). A link's evidence then counts the two as one shared word,
/// so a translated passage shows the words it shares as a reworded one does (the JSON
/// export's `evidence`, an automatic topic's words). They make no link: counted as shared
/// words by the lexical linker too, they added as many wrong links as right ones on `dev/`.
struct WordTranslations {
    /// Pairs (key of A, key of B).
    var pairs: [(a: Int32, b: Int32)]

    /// `weights`: the pair's term weights (only words that weigh are looked up: not the
    /// participants, the reporting verbs, the readouts' own words; nor numbers as words,
    /// `NumberWords`). `limit`: the most words of a version looked up, the weightiest.
    /// `cache`: where the words' vectors are kept, as sentences' are.
    static func make(_ a: PreparedVersion, _ b: PreparedVersion, weights: TermWeights, encoder: any SentenceEncoder,
                     cache: EmbeddingCache?, threshold: Double, limit: Int) -> WordTranslations {
        func words(_ version: PreparedVersion, _ df: [Int32]) -> [Int32] {
            let keys = version.surface.keys.filter { key in
                Int(key) < df.count && df[Int(key)] > 0 && weights.weight[Int(key)] >= 0.7 && !weights.isParticipantCountry[Int(key)]
            }
            // The weightiest first (ties by key, so the same versions give the same words).
            return Array(keys.sorted { (weights.weight[Int($0)], $1) > (weights.weight[Int($1)], $0) }.prefix(limit))
        }
        let (keysA, keysB) = (words(a, weights.dfA), words(b, weights.dfB))
        let found = closestPairs(keysA.map { a.surface[$0]! }, keysB.map { b.surface[$0]! }, encoder: encoder, cache: cache, threshold: threshold)
        return WordTranslations(pairs: found.compactMap { i, j in keysA[i] == keysB[j] ? nil : (a: keysA[i], b: keysB[j]) })
    }

    /// The pairs (index into `x`, index into `y`) of words whose vectors are each other's
    /// closest at a cosine of at least `threshold`. Words are read in lower case, each
    /// once (a repeated word pairs through its first place); numbers written as words are
    /// left out (`NumberWords`). The vectors are cached in `cache` when one is given.
    static func closestPairs(_ x: [String], _ y: [String], encoder: any SentenceEncoder, cache: EmbeddingCache?,
                             threshold: Double) -> [(Int, Int)] {
        func distinct(_ words: [String]) -> (words: [String], places: [Int]) {
            var seen = Set<String>()
            var result: ([String], [Int]) = ([], [])
            for (place, word) in words.enumerated() where !NumberWords.contains(word) {
                let lowered = word.lowercased()
                if seen.insert(lowered).inserted { result.0.append(lowered); result.1.append(place) }
            }
            return result
        }
        let (left, right) = (distinct(x), distinct(y))
        guard !left.words.isEmpty, !right.words.isEmpty else { return [] }
        func vectors(_ words: [String]) -> Embeddings {
            cache?.embeddings(of: words, using: encoder).embeddings ?? encoder.embed(words)
        }
        return mutuallyClosest(vectors(left.words), vectors(right.words), threshold: threshold).map { (left.places[$0.0], right.places[$0.1]) }
    }

    /// The pairs (row of `x`, row of `y`) that are each other's closest, at a cosine of at
    /// least `threshold`.
    static func mutuallyClosest(_ x: Embeddings, _ y: Embeddings, threshold: Double) -> [(Int, Int)] {
        guard x.count > 0, y.count > 0 else { return [] }
        var bestOfX = [Int](repeating: -1, count: x.count)
        var bestOfY = [Int](repeating: -1, count: y.count)
        var scoreOfX = [Float](repeating: -2, count: x.count)
        var scoreOfY = [Float](repeating: -2, count: y.count)
        var row = [Float](repeating: 0, count: y.count)
        for i in 0..<x.count {
            row.withUnsafeMutableBufferPointer { x.similarities(of: i, against: y, into: $0.baseAddress!) }
            for j in 0..<y.count {
                let cosine = row[j]
                if cosine > scoreOfX[i] { scoreOfX[i] = cosine; bestOfX[i] = j }
                if cosine > scoreOfY[j] { scoreOfY[j] = cosine; bestOfY[j] = i }
            }
        }
        return (0..<x.count).compactMap { i in
            bestOfX[i] >= 0 && bestOfY[bestOfX[i]] == i && Double(scoreOfX[i]) >= threshold ? (i, bestOfX[i]) : nil
        }
    }

    /// `table` (a key2 table, `Linker.key2Table`) with each pair sharing a key2: the one
    /// either word has already (so it keeps matching the words of its six-letter prefix),
    /// else a new one numbered from `start` up (past every other).
    func applied(to table: [Int32], start: Int32) -> [Int32] {
        var table = table
        var next = start
        for (x, y) in pairs {
            let shared = table[Int(x)] >= 0 ? table[Int(x)] : table[Int(y)] >= 0 ? table[Int(y)] : { defer { next += 1 }; return next }()
            table[Int(x)] = shared
            table[Int(y)] = shared
        }
        return table
    }
}
