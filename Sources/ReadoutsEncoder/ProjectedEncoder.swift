/// Another encoder's vectors projected to fewer dimensions by a fixed random ±1 matrix
/// (Johnson–Lindenstrauss: cosines are kept to within about 1/√`dimension`), normalised
/// again. Used with `TokenAverageEncoder` on versions of hundreds of thousands of
/// sentences, whose 512-dimensional vectors would take 2 KB a sentence: 64 dimensions take
/// 256 bytes. Its own identity, so its vectors are never mixed with the base's.
public struct ProjectedEncoder: SentenceEncoder {
    public let base: any SentenceEncoder
    public let identity: ModelIdentity
    public let dimension: Int
    /// `dimension × base.dimension` signs, row after row.
    private let signs: [Float]

    public init(_ base: any SentenceEncoder, dimension: Int = 64, seed: UInt64 = 17) {
        self.base = base
        self.dimension = dimension
        identity = ModelIdentity(name: base.identity.name + "-projected-\(dimension)", fingerprint: base.identity.fingerprint)
        var state = seed
        var signs: [Float] = []
        signs.reserveCapacity(dimension * base.dimension)
        for _ in 0..<(dimension * base.dimension) {
            // SplitMix64: the same matrix on every machine and run.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            signs.append((z ^ (z >> 31)) & 1 == 0 ? 1 : -1)
        }
        self.signs = signs
    }

    public func embed(_ sentences: [String]) -> Embeddings {
        let full = base.embed(sentences)
        var values = [Float](repeating: 0, count: sentences.count * dimension)
        let width = base.dimension
        full.values.withUnsafeBufferPointer { input in
            signs.withUnsafeBufferPointer { matrix in
                for row in 0..<full.count {
                    let vector = input.baseAddress! + row * width
                    var norm: Float = 0
                    for column in 0..<dimension {
                        let value = dot(matrix.baseAddress! + column * width, vector, count: width)
                        values[row * dimension + column] = value
                        norm += value * value
                    }
                    let scale = norm > 0 ? 1 / norm.squareRoot() : 0
                    for column in 0..<dimension { values[row * dimension + column] *= scale }
                }
            }
        }
        return Embeddings(dimension: dimension, values: values)
    }
}
