extension Embeddings {
    /// The cosine similarities of vectors `rows` here with every vector of `other`, row
    /// after row into `output` (`rows.count × other.count` values). Each vector of `other`
    /// is read once for the whole block of rows, which stays in cache: streaming `other`
    /// once per row would make memory, not arithmetic, the cost.
    public func similarities(of rows: Range<Int>, against other: Embeddings, into output: UnsafeMutablePointer<Float>) {
        precondition(other.dimension == dimension)
        let width = other.count
        // The block of rows and each column are widened to Float32 once: the inner loop
        // is the plain Float32 dot product.
        var rowsWide = [Float](repeating: 0, count: rows.count * dimension)
        var columnWide = [Float](repeating: 0, count: dimension)
        values.withUnsafeBufferPointer { a in
            rowsWide.withUnsafeMutableBufferPointer { wide in
                widen(a.baseAddress! + rows.lowerBound * dimension, into: wide.baseAddress!, count: rows.count * dimension)
            }
        }
        rowsWide.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in
                columnWide.withUnsafeMutableBufferPointer { vector in
                    for column in 0..<width {
                        widen(b.baseAddress! + column * dimension, into: vector.baseAddress!, count: dimension)
                        for offset in 0..<rows.count {
                            output[offset * width + column] = dot(a.baseAddress! + offset * dimension, UnsafePointer(vector.baseAddress!), count: dimension)
                        }
                    }
                }
            }
        }
    }

    /// The cosine similarity of vector `index` with every vector of `other`, written to
    /// `output` (which has room for `other.count` values): one row of the similarity matrix.
    public func similarities(of index: Int, against other: Embeddings, into output: UnsafeMutablePointer<Float>) {
        precondition(other.dimension == dimension)
        let row = self[index]
        row.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in
                for column in 0..<other.count {
                    output[column] = dot(a.baseAddress!, b.baseAddress! + column * dimension, count: dimension)
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
        for row in 0..<count { for (column, value) in self[row].enumerated() { mean[column] += value } }
        for column in 0..<dimension { mean[column] *= share / Float(count) }
        var result = [Float16](repeating: 0, count: values.count)
        for row in 0..<count {
            var vector = self[row]
            var norm: Float = 0
            for column in 0..<dimension {
                vector[column] -= mean[column]
                norm += vector[column] * vector[column]
            }
            let scale = norm > 0 ? 1 / norm.squareRoot() : 0
            for column in 0..<dimension { result[row * dimension + column] = Float16(vector[column] * scale) }
        }
        return Embeddings(dimension: dimension, halves: result)
    }
}
