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
    /// `NumberWords`). `limit`: above this many
    /// words in a version, no dictionary is made (the encoder reads each word once).
    /// `cache`: where the words' vectors are kept, as sentences' are.
    static func make(_ a: PreparedVersion, _ b: PreparedVersion, weights: TermWeights, encoder: any SentenceEncoder,
                     cache: EmbeddingCache?, threshold: Double, limit: Int) -> WordTranslations? {
        func words(_ version: PreparedVersion, _ df: [Int32]) -> [Int32]? {
            var keys: [Int32] = []
            for (key, surface) in version.surface where Int(key) < df.count && df[Int(key)] > 0 && weights.weight[Int(key)] >= 0.7
                && !weights.isParticipantCountry[Int(key)] && !NumberWords.contains(surface) {
                keys.append(key)
            }
            guard keys.count <= limit else { return nil }
            return keys.sorted()
        }
        guard let wordsA = words(a, weights.dfA), let wordsB = words(b, weights.dfB), !wordsA.isEmpty, !wordsB.isEmpty else { return nil }
        // Cached like sentences: reopening the versions embeds no word again.
        func vectors(_ words: [String]) -> Embeddings {
            cache?.embeddings(of: words, using: encoder).embeddings ?? encoder.embed(words)
        }
        let vectorsA = vectors(wordsA.map { a.surface[$0]!.lowercased() })
        let vectorsB = vectors(wordsB.map { b.surface[$0]!.lowercased() })
        let pairs = mutuallyClosest(vectorsA, vectorsB, threshold: threshold).compactMap { i, j in
            wordsA[i] == wordsB[j] ? nil : (a: wordsA[i], b: wordsB[j])
        }
        return WordTranslations(pairs: pairs)
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

    /// `table` (a key2 table, `Linker.key2Table`) with each pair sharing a key2 of its own,
    /// numbered from `start` up (past every other).
    func applied(to table: [Int32], start: Int32) -> [Int32] {
        var table = table
        for (n, (x, y)) in pairs.enumerated() {
            table[Int(x)] = start + Int32(n)
            table[Int(y)] = start + Int32(n)
        }
        return table
    }
}
