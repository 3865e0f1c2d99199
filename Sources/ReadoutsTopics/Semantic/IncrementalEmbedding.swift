import ReadoutsEncoder

/// One version's sentence vectors while they are computed, a batch at a time in the order
/// the semantic pass asks for (the reader's viewport first, then outward), so that progress
/// can be shown, cancellation honoured and links by meaning published for what is on screen
/// long before the whole version is embedded. The whole version's vectors are cached on
/// disk (keyed by the texts embedded and the model) and read back at once when the version
/// is opened again.
///
/// A sentence may be read in several ways (`SentenceReadings`): its vector is then each
/// reading's, scaled by the square root of its share, side by side.
struct IncrementalEmbedding {
    /// Makes the texts of the given sentences (in their order). They are made a batch at a
    /// time, for the cache key and then for the encoder, and never all held at once: at
    /// 2 × 10 MB the texts of both versions would take more than the input.
    typealias Texts = ([Int]) -> [String]
    /// One text-maker per reading, in the order of `readings.shares`.
    private let texts: [Texts]
    private let scales: [Float]
    /// Sentences in the version.
    let count: Int
    /// The model's dimension times the readings.
    let dimension: Int
    /// Row `s` holds sentence `s`'s vector once `isEmbedded[s]`; zeros until then (a cosine
    /// of 0 with everything: a sentence not yet embedded links to nothing by meaning).
    private(set) var values: [Float16]
    private var isEmbedded: [Bool]
    private(set) var embeddedCount: Int
    private let key: EmbeddingCache.Key?
    static let keyBatch = 4096

    /// `texts`: one text-maker per reading of `readings`.
    init(count: Int, texts: [Texts], readings: SentenceReadings = .maskedOnly, encoder: any SentenceEncoder, cache: EmbeddingCache?) {
        precondition(texts.count == readings.count)
        self.texts = texts
        scales = readings.scales
        self.count = count
        dimension = encoder.dimension * readings.count
        key = cache.map { _ in
            EmbeddingCache.key(count: count, model: encoder.identity, variant: readings.cacheVariant) { feed in
                for start in stride(from: 0, to: count, by: Self.keyBatch) {
                    let batch = Array(start..<min(count, start + Self.keyBatch))
                    for reading in texts { feed(reading(batch)) }
                }
            }
        }
        if let cache, let key, let cached = cache.load(key), cached.count == count, cached.dimension == dimension {
            values = cached.values
            isEmbedded = []
            embeddedCount = count
        } else {
            values = [Float16](repeating: 0, count: count * dimension)
            isEmbedded = [Bool](repeating: false, count: count)
            embeddedCount = 0
        }
    }

    var isComplete: Bool { embeddedCount == count }

    /// The sentences of `window` not embedded yet.
    func missing(in window: Range<Int>) -> [Int] {
        isComplete ? [] : window.clamped(to: 0..<count).filter { !isEmbedded[$0] }
    }

    /// Up to `limit` sentences not embedded yet, nearest `centre` first.
    func nearestMissing(to centre: Int, limit: Int) -> [Int] {
        guard !isComplete else { return [] }
        var result: [Int] = []
        result.reserveCapacity(limit)
        let centre = min(max(0, centre), count - 1)
        func take(_ s: Int) {
            if s >= 0 && s < count && !isEmbedded[s] && result.count < limit { result.append(s) }
        }
        take(centre)
        var distance = 1
        while result.count < limit, centre - distance >= 0 || centre + distance < count {
            take(centre - distance)
            take(centre + distance)
            distance += 1
        }
        return result.sorted()
    }

    /// Embeds `sentences` (sorted, none embedded yet) with `encoder`.
    mutating func embed(_ sentences: [Int], encoder: any SentenceEncoder) {
        guard !sentences.isEmpty else { return }
        let part = encoder.dimension
        for (reading, makeTexts) in texts.enumerated() {
            let vectors = encoder.embed(makeTexts(sentences))
            let (scale, offset) = (scales[reading], reading * part)
            for (row, s) in sentences.enumerated() {
                let start = s * dimension + offset
                if scales.count == 1 {
                    values.replaceSubrange(start..<(start + part), with: vectors.values[(row * part)..<((row + 1) * part)])
                } else {
                    for column in 0..<part { values[start + column] = Float16(Float(vectors.values[row * part + column]) * scale) }
                }
            }
        }
        for s in sentences { isEmbedded[s] = true }
        embeddedCount += sentences.count
    }

    /// The vectors as they stand (sentences not embedded yet are zeros). Let it go before
    /// embedding more: while it lives, the next batch would copy every vector.
    var current: Embeddings { Embeddings(dimension: dimension, halves: values) }

    /// Every vector, once complete; stored in the cache if it was not read from it (on a
    /// best-effort basis: a cache that cannot be written only costs the next opening).
    consuming func finish(cache: EmbeddingCache?) -> Embeddings {
        let embeddings = Embeddings(dimension: dimension, halves: values)
        if !isEmbedded.isEmpty, let cache, let key { try? cache.store(embeddings, for: key) }
        return embeddings
    }
}
