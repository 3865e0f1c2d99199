/// The cheaper path for documents too large for the full model (`SemanticLinking.Path`):
/// a sentence is the sum of its tokens' rows in a table of 64 values per token, normalised.
/// A row is the token's own (dequantised) embedding projected by a fixed random ±1 matrix
/// (Johnson–Lindenstrauss: cosines are kept to within about 1/√64), stored as Float16: the
/// mean of the model's token embeddings, projected, in one step — about 64 additions a
/// token instead of 1.7 million multiply-adds, no word order, no cross-language alignment
/// beyond shared pieces.
///
/// The table (16 MB) is a section of the model file, computed at install
/// (`--install-model` adds it to a model installed before it existed), so this path maps
/// only the rows of the tokens a document uses instead of reading the 65 MB 8-bit table.
/// With a model file without it, the table is computed when the encoder is made (about a
/// second; the same values).
public struct TokenTableEncoder: SentenceEncoder {
    public static let dimension = 64
    static let seed: UInt64 = 17

    public let identity: ModelIdentity
    public var dimension: Int { Self.dimension }
    let tokenizer: SentencePieceTokenizer
    /// `rows × 64` values, mapped from the model file or computed.
    private let table: ProjectedTable

    public init(_ base: UniversalSentenceEncoder) {
        tokenizer = base.tokenizer
        identity = ModelIdentity(name: base.identity.name + "-token-table-\(Self.dimension)", fingerprint: base.identity.fingerprint)
        let weights = base.weights
        dropPages = { weights.dropTokenTablePages() }
        if let mapped = base.weights.projectedTable {
            table = ProjectedTable(rows: mapped, storage: nil)
        } else {
            let computed = Self.computeTable(table: weights.table, scale: Array(UnsafeBufferPointer(start: weights.chunkScale, count: EncoderSections.chunks)),
                                             offset: Array(UnsafeBufferPointer(start: weights.chunkOffset, count: EncoderSections.chunks)))
            table = ProjectedTable(rows: nil, storage: computed)
        }
    }

    /// Only the rows of the sentences at hand stay resident (`EncoderWeights.dropTokenTablePages`).
    private let dropPages: @Sendable () -> Void

    /// Whether the table came from the model file (false: computed for this encoder).
    public var isMapped: Bool { table.storage == nil }

    public func embed(_ sentences: [String]) -> Embeddings {
        let width = Self.dimension
        let rows = EncoderSections.vocabularyRows * EncoderSections.chunks
        var values = [Float](repeating: 0, count: sentences.count * width)
        table.withRows { table in
            let bits = UnsafeRawPointer(table).assumingMemoryBound(to: UInt16.self)
            values.withUnsafeMutableBufferPointer { output in
                for (index, sentence) in sentences.enumerated() {
                    let sum = output.baseAddress! + index * width
                    // Without the begin and end markers, which every sentence shares.
                    for id in tokenizer.encode(sentence) where id >= 0 && Int(id) < rows {
                        let row = bits + Int(id) * width
                        for column in 0..<width { sum[column] += Self.widened(row[column]) }
                    }
                    var norm: Float = 0
                    for column in 0..<width { norm += sum[column] * sum[column] }
                    if norm > 0 {
                        let scale = 1 / norm.squareRoot()
                        for column in 0..<width { sum[column] *= scale }
                    }
                }
            }
        }
        dropPages()
        return Embeddings(dimension: width, values: values)
    }

    /// A Float16 value (as its bits) as a Float, exactly, for every finite value: the
    /// magnitude's bits moved into a Float's places and scaled by 2¹¹² (which also makes
    /// subnormals right), then the sign. Plain integer and float operations, so that the
    /// loop over a row is vectorised: the standard library's conversion is a call per value
    /// on machines built without F16C, which made this path slower than the one it replaced.
    @inline(__always)
    static func widened(_ bits: UInt16) -> Float {
        let magnitude = Float(bitPattern: UInt32(bits & 0x7FFF) << 13) * 0x1p112
        return Float(bitPattern: magnitude.bitPattern | UInt32(bits & 0x8000) << 16)
    }

    /// The ±1 matrix, `64 × 512` row after row (SplitMix64 from a fixed seed: the same on
    /// every machine and run).
    static func signs() -> [Float] {
        var state = seed
        var signs: [Float] = []
        let count = dimension * EncoderSections.embeddingWidth
        signs.reserveCapacity(count)
        for _ in 0..<count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            signs.append((z ^ (z >> 31)) & 1 == 0 ? 1 : -1)
        }
        return signs
    }

    /// Every token's embedding, dequantised, times the ±1 matrix, as Float16.
    static func computeTable(table tokens: UnsafePointer<UInt8>, scale: [Float], offset: [Float]) -> [Float16] {
        let width = EncoderSections.embeddingWidth, out = dimension
        let signs = signs()
        // B[j][c] = signs[c][j]: 512 × 64, row-major, for C = A·B.
        var projection = [Float](repeating: 0, count: width * out)
        for c in 0..<out { for j in 0..<width { projection[j * out + c] = signs[c * width + j] } }
        let rows = EncoderSections.vocabularyRows * EncoderSections.chunks
        var table = [Float16](repeating: 0, count: rows * out)
        let batch = 1024
        var dequantised = [Float](repeating: 0, count: batch * width)
        var product = [Float](repeating: 0, count: batch * out)
        for start in stride(from: 0, to: rows, by: batch) {
            let count = min(batch, rows - start)
            for r in 0..<count {
                let id = start + r
                let chunk = id % EncoderSections.chunks
                let source = tokens + id * width
                for j in 0..<width { dequantised[r * width + j] = Float(source[j]) * scale[chunk] + offset[chunk] }
            }
            dequantised.withUnsafeBufferPointer { a in
                projection.withUnsafeBufferPointer { b in
                    product.withUnsafeMutableBufferPointer { c in
                        MatrixKernels.multiply(m: count, n: out, k: width, a: a.baseAddress!, lda: width, b: b.baseAddress!, ldb: out,
                                               c: c.baseAddress!, ldc: out, epilogue: .store)
                    }
                }
            }
            for index in 0..<(count * out) { table[start * out + index] = Float16(product[index]) }
        }
        return table
    }
}

/// The projected rows: a pointer into the mapped model file, or an array of their own.
private struct ProjectedTable: @unchecked Sendable {
    let rows: UnsafePointer<Float16>?
    let storage: [Float16]?

    func withRows<R>(_ body: (UnsafePointer<Float16>) -> R) -> R {
        if let rows { return body(rows) }
        return storage!.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
