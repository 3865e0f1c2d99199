#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The encoder's forward pass over a micro-batch of tokenized sentences, on one thread.
///
/// Tokens are laid out as rows, each sentence followed by two zero rows (and two before
/// the first), so every n-gram window of a token — two tokens before and two after at
/// most — is a run of consecutive rows that reads zeros outside its sentence, exactly as
/// the reference pads each sentence. A window is then a contiguous span of the branch
/// matrix, and each convolution is one matrix product with overlapping rows.
final class ForwardPass {
    static let padding = 2
    let weights: EncoderWeights
    private var capacity = 0
    private var features: UnsafeMutablePointer<Float>?  // rows × 1280: [embedding | three branches]
    private var branchInputs: [UnsafeMutablePointer<Float>] = []  // 3 × rows × 256
    private var hidden: UnsafeMutablePointer<Float>?  // rows × 256

    init(weights: EncoderWeights) { self.weights = weights }

    deinit { release() }

    private func release() {
        features?.deallocate()
        hidden?.deallocate()
        branchInputs.forEach { $0.deallocate() }
        branchInputs = []
    }

    private func reserve(rows: Int) {
        guard rows > capacity else { return }
        release()
        capacity = max(rows, capacity * 3 / 2)
        features = .allocate(capacity: capacity * EncoderSections.featureWidth)
        hidden = .allocate(capacity: capacity * EncoderSections.branchWidth)
        branchInputs = (0..<3).map { _ in .allocate(capacity: capacity * EncoderSections.branchWidth) }
    }

    /// Writes one 512-value unit vector per sentence to `output`. Every sentence has at
    /// least its begin and end markers.
    func run(_ sentences: [[Int32]], output: UnsafeMutablePointer<Float>) {
        let pad = Self.padding
        var starts: [Int] = []
        var rows = pad
        for sentence in sentences {
            starts.append(rows)
            rows += sentence.count + pad
        }
        reserve(rows: rows)
        let features = features!, hidden = hidden!
        let width = EncoderSections.featureWidth, branchWidth = EncoderSections.branchWidth
        let padRows = [0, 1] + zip(starts, sentences).flatMap { [$0 + $1.count, $0 + $1.count + 1] }
        let realRows = zip(starts, sentences).flatMap { $0..<($0 + $1.count) }
        let span = rows - 2 * pad  // rows a product computes: from the first token to the last sentence's end

        embedTokens(sentences, starts: starts, into: features)
        for (index, branch) in weights.branches.enumerated() {
            MatrixKernels.multiply(
                m: span, n: branchWidth, k: EncoderSections.embeddingWidth,
                a: features + pad * width, lda: width, b: branch.projection, ldb: branchWidth,
                c: branchInputs[index] + pad * branchWidth, ldc: branchWidth, epilogue: .store)
        }
        for row in realRows { normalizeBranches(row: row) }
        for input in branchInputs { zeroRows(padRows, of: input, width: branchWidth) }

        for (index, branch) in weights.branches.enumerated() {
            let input = branchInputs[index]
            let windowStart = pad - branch.left
            MatrixKernels.multiply(
                m: span, n: branchWidth, k: branch.order * branchWidth,
                a: input + windowStart * branchWidth, lda: branchWidth, b: branch.convolution1, ldb: branchWidth,
                c: hidden + pad * branchWidth, ldc: branchWidth,
                epilogue: .biasReLUResidual(branch.bias1, input + pad * branchWidth, branchWidth))
            zeroRows(padRows, of: hidden, width: branchWidth)
            MatrixKernels.multiply(
                m: span, n: branchWidth, k: branch.order * branchWidth,
                a: hidden + windowStart * branchWidth, lda: branchWidth, b: branch.convolution2, ldb: branchWidth,
                c: features + pad * width + EncoderSections.embeddingWidth + index * branchWidth, ldc: width,
                epilogue: .biasReLUResidual(branch.bias2, hidden + pad * branchWidth, branchWidth))
        }
        for row in realRows {
            layerNorm(features + row * width, count: width, gain: weights.featureGain, bias: weights.featureBias)
        }
        head(sentences, starts: starts, features: features, output: output)
    }

    /// Dequantised token embeddings: value = byte × scale + offset of the token's chunk.
    private func embedTokens(_ sentences: [[Int32]], starts: [Int], into features: UnsafeMutablePointer<Float>) {
        let width = EncoderSections.embeddingWidth
        for (sentence, start) in zip(sentences, starts) {
            for (position, id) in sentence.enumerated() {
                let token = Int(id) < weights.tableRows && id >= 0 ? Int(id) : 0
                let chunk = token % EncoderSections.chunks
                let scale = SIMD8<Float>(repeating: weights.chunkScale[chunk])
                let offset = SIMD8<Float>(repeating: weights.chunkOffset[chunk])
                let source = UnsafeRawPointer(weights.table + token * width)
                let target = UnsafeMutableRawPointer(features + (start + position) * EncoderSections.featureWidth)
                for column in stride(from: 0, to: width, by: 8) {
                    let bytes = source.loadUnaligned(fromByteOffset: column, as: SIMD8<UInt8>.self)
                    let values = SIMD8<Float>(SIMD8<Int32>(truncatingIfNeeded: bytes)) * scale + offset
                    target.storeBytes(of: values, toByteOffset: column * 4, as: SIMD8<Float>.self)
                }
            }
        }
    }

    /// Adds the projection biases, then layer-normalises the three branches' 768 values of
    /// one row together (as the reference does), with each branch's gain and bias.
    private func normalizeBranches(row: Int) {
        let width = EncoderSections.branchWidth
        var sum = SIMD8<Float>()
        for (index, branch) in weights.branches.enumerated() {
            let values = branchInputs[index] + row * width
            add(branch.projectionBias, to: values, count: width)
            sum += vectorSum(values, count: width)
        }
        let mean = sum.sum() / Float(3 * width)
        var squares = SIMD8<Float>()
        for index in 0..<3 {
            squares += centre(branchInputs[index] + row * width, count: width, mean: mean)
        }
        let scale = 1 / (squares.sum() / Float(3 * width) + weights.epsilon).squareRoot()
        for (index, branch) in weights.branches.enumerated() {
            scaleAndShift(branchInputs[index] + row * width, count: width, scale: scale, gain: branch.normGain, bias: branch.normBias)
        }
    }

    private func layerNorm(_ values: UnsafeMutablePointer<Float>, count: Int, gain: UnsafePointer<Float>, bias: UnsafePointer<Float>) {
        let mean = vectorSum(values, count: count).sum() / Float(count)
        let squares = centre(values, count: count, mean: mean).sum()
        let scale = 1 / (squares / Float(count) + weights.epsilon).squareRoot()
        scaleAndShift(values, count: count, scale: scale, gain: gain, bias: bias)
    }

    // Eight-wide loops over rows whose length is a multiple of 8 (256, 768 or 1280 values).

    private func vectorSum(_ values: UnsafePointer<Float>, count: Int) -> SIMD8<Float> {
        var sum = SIMD8<Float>()
        for offset in stride(from: 0, to: count, by: 8) { sum += UnsafeRawPointer(values + offset).loadUnaligned(as: SIMD8<Float>.self) }
        return sum
    }

    private func add(_ addend: UnsafePointer<Float>, to values: UnsafeMutablePointer<Float>, count: Int) {
        for offset in stride(from: 0, to: count, by: 8) {
            let target = UnsafeMutableRawPointer(values + offset)
            let sum = target.loadUnaligned(as: SIMD8<Float>.self) + UnsafeRawPointer(addend + offset).loadUnaligned(as: SIMD8<Float>.self)
            target.storeBytes(of: sum, as: SIMD8<Float>.self)
        }
    }

    /// Subtracts the mean in place; returns the lane sums of the squared differences.
    private func centre(_ values: UnsafeMutablePointer<Float>, count: Int, mean: Float) -> SIMD8<Float> {
        var squares = SIMD8<Float>()
        let mean = SIMD8<Float>(repeating: mean)
        for offset in stride(from: 0, to: count, by: 8) {
            let target = UnsafeMutableRawPointer(values + offset)
            let centred = target.loadUnaligned(as: SIMD8<Float>.self) - mean
            target.storeBytes(of: centred, as: SIMD8<Float>.self)
            squares += centred * centred
        }
        return squares
    }

    private func scaleAndShift(_ values: UnsafeMutablePointer<Float>, count: Int, scale: Float, gain: UnsafePointer<Float>, bias: UnsafePointer<Float>) {
        let scale = SIMD8<Float>(repeating: scale)
        for offset in stride(from: 0, to: count, by: 8) {
            let target = UnsafeMutableRawPointer(values + offset)
            let value = target.loadUnaligned(as: SIMD8<Float>.self) * scale * UnsafeRawPointer(gain + offset).loadUnaligned(as: SIMD8<Float>.self)
                + UnsafeRawPointer(bias + offset).loadUnaligned(as: SIMD8<Float>.self)
            target.storeBytes(of: value, as: SIMD8<Float>.self)
        }
    }

    private func zeroRows(_ rows: [Int], of matrix: UnsafeMutablePointer<Float>, width: Int) {
        for row in rows { (matrix + row * width).update(repeating: 0, count: width) }
    }

    /// Sum of each sentence's token features, projected and scaled by 1/√length, then the
    /// dense head: tanh output, normalised to unit length.
    private func head(_ sentences: [[Int32]], starts: [Int], features: UnsafeMutablePointer<Float>, output: UnsafeMutablePointer<Float>) {
        // Rows rounded up to the micro-kernel's block, the extra ones zero, so that every
        // product runs on full blocks.
        let count = (sentences.count + MatrixKernels.blockRows - 1) / MatrixKernels.blockRows * MatrixKernels.blockRows
        let width = EncoderSections.featureWidth, embedding = EncoderSections.embeddingWidth, inner = EncoderSections.headWidth
        let pooled = UnsafeMutablePointer<Float>.allocate(capacity: count * width)
        let mean = UnsafeMutablePointer<Float>.allocate(capacity: count * embedding)
        let y0 = UnsafeMutablePointer<Float>.allocate(capacity: count * inner)
        let y1 = UnsafeMutablePointer<Float>.allocate(capacity: count * inner)
        let y2 = UnsafeMutablePointer<Float>.allocate(capacity: count * embedding)
        let z = UnsafeMutablePointer<Float>.allocate(capacity: count * embedding)
        defer { [pooled, mean, y0, y1, y2, z].forEach { $0.deallocate() } }
        pooled.update(repeating: 0, count: count * width)
        y0.update(repeating: 0, count: count * inner)
        y2.update(repeating: 0, count: count * embedding)
        for (index, (sentence, start)) in zip(sentences, starts).enumerated() {
            let target = pooled + index * width
            for row in start..<(start + sentence.count) {
                let source = features + row * width
                for column in 0..<width { target[column] += source[column] }
            }
        }
        MatrixKernels.multiply(m: count, n: embedding, k: width, a: pooled, lda: width, b: weights.pooling, ldb: embedding,
                               c: mean, ldc: embedding, epilogue: .store)
        for (index, sentence) in sentences.enumerated() {
            let length = Float(sentence.count)
            let scale = 1 / length.squareRoot()
            let row = mean + index * embedding
            for column in 0..<embedding { row[column] = (row[column] + length * weights.poolingBias[column]) * scale }
        }
        func product(_ a: UnsafePointer<Float>, _ k: Int, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>, _ n: Int, _ epilogue: Epilogue) {
            MatrixKernels.multiply(m: count, n: n, k: k, a: a, lda: k, b: b, ldb: n, c: c, ldc: n, epilogue: epilogue)
        }
        product(mean, embedding, weights.d0, y0, inner, .accumulateReLU)  // y0 = relu(mean·d0)
        product(mean, embedding, weights.p1, y1, inner, .store)
        product(y0, inner, weights.d1, y1, inner, .accumulateReLU)  // y1 = relu(mean·p1 + y0·d1)
        product(y1, inner, weights.d2, y2, embedding, .accumulateReLU)  // y2 = relu(y1·d2)
        product(y1, inner, weights.p3, z, embedding, .store)
        product(y2, embedding, weights.d3, z, embedding, .accumulate)  // z = y1·p3 + y2·d3
        for index in sentences.indices {
            let row = output + index * embedding
            row.update(from: z + index * embedding, count: embedding)
            for column in 0..<embedding { row[column] = tanhf(row[column]) }
            let norm = max(dot(row, row, count: embedding), weights.epsilon).squareRoot()
            for column in 0..<embedding { row[column] /= norm }
        }
    }
}
