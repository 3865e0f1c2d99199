/// A far cheaper encoder for documents too large for the full model: the mean of the
/// model's own (dequantised) token embeddings, L2-normalised — about 500 operations per
/// token instead of 1.7 million, no word order and no cross-language alignment beyond
/// shared pieces. Its vectors are in another space than `UniversalSentenceEncoder`'s, so
/// it has its own identity and they are never compared or cached together.
public struct TokenAverageEncoder: SentenceEncoder {
    public let base: UniversalSentenceEncoder
    public let identity: ModelIdentity
    public var dimension: Int { base.dimension }

    public init(_ base: UniversalSentenceEncoder) {
        self.base = base
        identity = ModelIdentity(name: base.identity.name + "-token-average", fingerprint: base.identity.fingerprint)
    }

    public func embed(_ sentences: [String]) -> Embeddings {
        let width = dimension
        let weights = base.weights
        var values = [Float](repeating: 0, count: sentences.count * width)
        for (index, sentence) in sentences.enumerated() {
            // Without the begin and end markers, which every sentence shares.
            let ids = base.tokenizer.encode(sentence)
            values.withUnsafeMutableBufferPointer { output in
                let row = output.baseAddress! + index * width
                for id in ids where id >= 0 && Int(id) < weights.tableRows {
                    let chunk = Int(id) % EncoderSections.chunks
                    let scale = weights.chunkScale[chunk], offset = weights.chunkOffset[chunk]
                    let source = weights.table + Int(id) * width
                    for column in 0..<width { row[column] += Float(source[column]) * scale + offset }
                }
                let norm = dot(row, row, count: width).squareRoot()
                if norm > 0 { for column in 0..<width { row[column] /= norm } }
            }
        }
        return Embeddings(dimension: width, values: values)
    }
}
