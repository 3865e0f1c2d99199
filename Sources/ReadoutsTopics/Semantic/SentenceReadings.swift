import ReadoutsEncoder

/// The texts the encoder reads of each sentence, and each one's share of two sentences'
/// similarity.
///
/// The masked text (`SentenceTexts.masked`: no participants, reporting verbs nor words of
/// every readout) keeps names from pulling unrelated sentences together, but it also takes
/// away words a sentence's meaning rests on: "They agreed that UK-French cooperation … has
/// made a difference" is read as "They that UK- on the world stage has a difference". The
/// whole text (the participants' names alone left out) keeps them. A sentence's vector is
/// its readings' vectors, each scaled by the square root of its share, set side by side:
/// the dot product of two such vectors is the share-weighted mean of the readings' cosines,
/// and everything downstream (neighbours, margins, the cache) works on it unchanged.
struct SentenceReadings: Sendable, Equatable {
    /// Each reading's share of the similarity (summing to 1), in the order of the vectors' parts.
    let shares: [Double]

    /// The masked text alone.
    static let maskedOnly = SentenceReadings(shares: [1])

    /// The masked text with `1 - wholeShare`, the whole text with `wholeShare` (0 or less:
    /// the masked alone; at most `largestWholeShare`, so the masked reading can be had back).
    static func masked(wholeShare: Double) -> SentenceReadings {
        guard wholeShare > 0 else { return maskedOnly }
        let share = min(wholeShare, largestWholeShare)
        return SentenceReadings(shares: [1 - share, share])
    }

    static let largestWholeShare = SemanticParameters.wholeTextShares.upperBound

    var count: Int { shares.count }

    /// Each part's factor: the square root of its share.
    var scales: [Float] { shares.map { Float($0.squareRoot()) } }

    /// Names the readings in the cache key of their vectors ("" for the masked text alone,
    /// whose vectors keep the key they always had).
    var cacheVariant: String {
        count == 1 ? "" : "readings " + shares.map { "\($0)" }.joined(separator: ",")
    }

    /// The first reading's vectors (the masked text's) alone, as the model gave them (and
    /// as centred with the rest, when `SemanticParameters.centring` is set): the first part
    /// of each row, unscaled. One reading: the vectors themselves.
    func first(of vectors: Embeddings) -> Embeddings {
        guard count > 1 else { return vectors }
        let part = vectors.dimension / count
        let scale = 1 / scales[0]
        var values: [Float16] = []
        values.reserveCapacity(vectors.count * part)
        for row in 0..<vectors.count {
            values += vectors[row][0..<part].map { Float16($0 * scale) }
        }
        return Embeddings(dimension: part, halves: values)
    }
}
