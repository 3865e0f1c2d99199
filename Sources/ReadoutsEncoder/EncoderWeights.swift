/// The Universal Sentence Encoder's weights, pointing into the mapped model file.
struct EncoderWeights: @unchecked Sendable {
    /// One n-gram convolution branch: a projection of the token embedding to 256 values,
    /// then two convolutions over windows of n tokens (`left` of them before the token),
    /// each with a ReLU and a residual connection.
    struct Branch {
        let order: Int
        let left: Int
        let projection: UnsafePointer<Float>
        let projectionBias: UnsafePointer<Float>
        let normGain: UnsafePointer<Float>
        let normBias: UnsafePointer<Float>
        let convolution1: UnsafePointer<Float>
        let bias1: UnsafePointer<Float>
        let convolution2: UnsafePointer<Float>
        let bias2: UnsafePointer<Float>
    }

    /// Keeps the mapping the pointers below point into.
    let file: ModelFile
    let table: UnsafePointer<UInt8>
    let tableRows: Int
    let chunkScale: UnsafePointer<Float>
    /// `TokenTableEncoder`'s rows, nil in a model file installed before they were added.
    let projectedTable: UnsafePointer<Float16>?
    let chunkOffset: UnsafePointer<Float>
    let branches: [Branch]
    let featureGain: UnsafePointer<Float>
    let featureBias: UnsafePointer<Float>
    let pooling: UnsafePointer<Float>
    let poolingBias: UnsafePointer<Float>
    let d0: UnsafePointer<Float>, p1: UnsafePointer<Float>, d1: UnsafePointer<Float>
    let d2: UnsafePointer<Float>, p3: UnsafePointer<Float>, d3: UnsafePointer<Float>
    let epsilon: Float

    /// Takes the 8-bit token table's pages out of resident memory (`MappedFile.dropPages`):
    /// called after each batch of sentences, it keeps what the table adds to the size of the
    /// process to the rows of one batch instead of up to its 65 MB.
    func dropTokenTablePages() {
        file.file.dropPages(table, count: tableRows * EncoderSections.embeddingWidth)
        if let projectedTable { file.file.dropPages(projectedTable, count: tableRows * TokenTableEncoder.dimension * 2) }
    }

    /// Every section's size is checked against the architecture; the float layers'
    /// checksums are verified (13.6 MB, every sentence reads them). The 65 MB token table
    /// is checked for size only: its checksum was verified when it was installed, and a
    /// damaged byte there can only move one token's 8-bit values within their range.
    init(file: ModelFile) throws(ModelError) {
        try file.verify(EncoderSections.floatShapes.map(\.0))
        self.file = file
        var floats: [String: UnsafePointer<Float>] = [:]
        for (name, count) in EncoderSections.floatShapes {
            floats[name] = try file.floats(name, count: count).baseAddress!
        }
        func f(_ name: String) -> UnsafePointer<Float> { floats["use." + name]! }
        tableRows = EncoderSections.vocabularyRows * EncoderSections.chunks
        table = try file.array(EncoderSections.table, .uint8, count: tableRows * EncoderSections.embeddingWidth, as: UInt8.self).baseAddress!
        chunkScale = f("scale")
        // Checked for size only, like the token table it is computed from; a section that is
        // not the expected bytes is as good as absent (the table is then computed).
        projectedTable = (try? file.array(EncoderSections.projectedTable, .uint8, count: tableRows * TokenTableEncoder.dimension * 2, as: UInt8.self))
            .map { UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: Float16.self) }
        chunkOffset = f("lo")
        branches = EncoderSections.orders.map { n in
            Branch(order: n, left: (n - 1) / 2, projection: f("proj\(n)"), projectionBias: f("proj_b\(n)"),
                   normGain: f("ln_g\(n)"), normBias: f("ln_b\(n)"), convolution1: f("w1_\(n)"), bias1: f("b1_\(n)"),
                   convolution2: f("w2_\(n)"), bias2: f("b2_\(n)"))
        }
        featureGain = f("ln_g")
        featureBias = f("ln_b")
        pooling = f("cnn_W")
        poolingBias = f("cnn_b")
        d0 = f("d0"); p1 = f("p1"); d1 = f("d1"); d2 = f("d2"); p3 = f("p3"); d3 = f("d3")
        epsilon = f("eps")[0]
        guard epsilon.isFinite, epsilon >= 0 else { throw ModelError.corrupt(file.path, "epsilon") }
    }
}
