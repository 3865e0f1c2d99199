extension Embeddings {
    /// The cosine similarities of vectors `rows` here with every vector of `other`, row
    /// after row into `output` (`rows.count × other.count` values). Each vector of `other`
    /// is read once for the whole block of rows, which stays in cache: streaming `other`
    /// once per row would make memory, not arithmetic, the cost.
    public func similarities(of rows: Range<Int>, against other: Embeddings, into output: UnsafeMutablePointer<Float>) {
        precondition(other.dimension == dimension)
        let width = other.count
        values.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in
                for column in 0..<width {
                    let vector = b.baseAddress! + column * dimension
                    for (offset, row) in rows.enumerated() {
                        output[offset * width + column] = dot(a.baseAddress! + row * dimension, vector, count: dimension)
                    }
                }
            }
        }
    }

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

extension Embeddings {
    /// The vectors less `share` of their mean, normalised again: what all of them share
    /// (a document's subject, speakers and language) weighs less in their similarities.
    public func centred(by share: Float) -> Embeddings {
        guard share > 0, count > 1 else { return self }
        var mean = [Float](repeating: 0, count: dimension)
        for row in 0..<count { for column in 0..<dimension { mean[column] += values[row * dimension + column] } }
        for column in 0..<dimension { mean[column] *= share / Float(count) }
        var result = values
        for row in 0..<count {
            var norm: Float = 0
            for column in 0..<dimension {
                result[row * dimension + column] -= mean[column]
                norm += result[row * dimension + column] * result[row * dimension + column]
            }
            let scale = norm > 0 ? 1 / norm.squareRoot() : 0
            for column in 0..<dimension { result[row * dimension + column] *= scale }
        }
        return Embeddings(dimension: dimension, values: result)
    }
}
