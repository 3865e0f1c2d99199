import ReadoutsEncoder

/// Embeds the sentences of one version in chunks, nearest the reader's viewport first, so
/// progress can be shown and cancellation honoured between chunks; the whole version's
/// vectors are cached on disk (keyed by the texts embedded and the model) and read back at
/// once when the version is opened again.
struct VersionEmbedder {
    let encoder: any SentenceEncoder
    let cache: EmbeddingCache?
    let chunk: Int

    /// The vectors of `texts`, or nil when `step` answered false. `focus()` gives the
    /// sentence nearest the viewport (nil: the start) and is read again before each chunk;
    /// `step` gets how many sentences are embedded.
    func embed(_ texts: [String], focus: () -> Int?, step: (Int) -> Bool) -> Embeddings? {
        let key = cache.map { _ in EmbeddingCache.key(for: texts, model: encoder.identity) }
        if let cache, let key, let cached = cache.load(key), cached.count == texts.count, cached.dimension == encoder.dimension {
            return cached
        }
        let dimension = encoder.dimension
        let chunks = stride(from: 0, to: texts.count, by: max(1, chunk)).map { $0..<min(texts.count, $0 + max(1, chunk)) }
        var values = [Float16](repeating: 0, count: texts.count * dimension)
        var pending = Set(chunks.indices)
        var done = 0
        while !pending.isEmpty {
            // The pending chunk nearest the viewport.
            let centre = focus() ?? 0
            let next = pending.min { a, b in
                (distance(chunks[a], centre), a) < (distance(chunks[b], centre), b)
            }!
            pending.remove(next)
            let range = chunks[next]
            let vectors = encoder.embed(Array(texts[range]))
            values.replaceSubrange((range.lowerBound * dimension)..<(range.upperBound * dimension), with: vectors.values)
            done += range.count
            guard step(done) else { return nil }
        }
        let embeddings = Embeddings(dimension: dimension, halves: values)
        if let cache, let key { try? cache.store(embeddings, for: key) }
        return embeddings
    }

    private func distance(_ range: Range<Int>, _ sentence: Int) -> Int {
        range.contains(sentence) ? 0 : min(abs(range.lowerBound - sentence), abs(range.upperBound - 1 - sentence))
    }
}
