extension Embeddings {
    /// The cosine similarity of vector `index` with every vector of `other`, written to
    /// `output` (which has room for `other.count` values): one row of the similarity matrix.
    public func similarities(of index: Int, against other: Embeddings, into output: UnsafeMutablePointer<Float>) {
        precondition(other.dimension == dimension)
        values.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in
                let row = a.baseAddress! + index * dimension
                for column in 0..<other.count {
                    output[column] = dot(row, b.baseAddress! + column * dimension, count: dimension)
                }
            }
        }
    }
}
