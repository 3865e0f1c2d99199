/// The Universal Sentence Encoder's sections in a Readouts model file, converted from the
/// package's `weights.npz` at install time: the token table de-interleaved into id order
/// (still 8-bit, 65 MB, dequantised per token), the float layers as numpy stored them.
enum EncoderSections {
    static let table = "use.table"
    static let chunkScale = "use.scale"
    static let chunkOffset = "use.lo"
    static let identity = "model.identity"
    /// The token-average path's table (`TokenTableEncoder`): Float16, 64 per token, stored
    /// as bytes (element kind uint8) so that an earlier Readouts, which knows four element
    /// kinds and ignores sections it does not use, still opens the file. Model files
    /// installed before it existed lack it (`--install-model` adds it).
    static let projectedTable = "use.table64h"

    static let vocabularyRows = 7530
    static let chunks = 17
    static let embeddingWidth = 512
    static let branchWidth = 256
    static let featureWidth = 1280
    static let headWidth = 320
    static let orders = [2, 3, 5]

    /// Every float section with its element count; all but the token table are checked at load.
    static var floatShapes: [(String, Int)] {
        var shapes: [(String, Int)] = [(chunkScale, chunks), (chunkOffset, chunks)]
        for n in orders {
            shapes += [("use.proj\(n)", embeddingWidth * branchWidth), ("use.proj_b\(n)", branchWidth),
                       ("use.ln_g\(n)", branchWidth), ("use.ln_b\(n)", branchWidth),
                       ("use.w1_\(n)", n * branchWidth * branchWidth), ("use.b1_\(n)", branchWidth),
                       ("use.w2_\(n)", n * branchWidth * branchWidth), ("use.b2_\(n)", branchWidth)]
        }
        shapes += [("use.ln_g", featureWidth), ("use.ln_b", featureWidth),
                   ("use.cnn_W", featureWidth * embeddingWidth), ("use.cnn_b", embeddingWidth),
                   ("use.d0", embeddingWidth * headWidth), ("use.p1", embeddingWidth * headWidth),
                   ("use.d1", headWidth * headWidth), ("use.d2", headWidth * embeddingWidth),
                   ("use.p3", headWidth * embeddingWidth), ("use.d3", embeddingWidth * embeddingWidth),
                   ("use.eps", 1)]
        return shapes
    }

    static func add(npz: ZipArchive, identity: String, to writer: inout ModelFileWriter) throws(ModelError) {
        func array(_ name: String) throws(ModelError) -> NumpyArray {
            try NumpyArray(npy: try npz.contents(of: name + ".npy"), name: name)
        }
        // q1…q17: token t is row t / 17 of chunk t % 17.
        let rows = vocabularyRows * chunks
        var tokens = [UInt8](repeating: 0, count: rows * embeddingWidth)
        for chunk in 0..<chunks {
            let part = try array("q\(chunk + 1)")
            guard part.dtype == .uint8, part.shape == [vocabularyRows, embeddingWidth] else {
                throw ModelError(.install, "weights.npz: q\(chunk + 1) has an unexpected shape \(part.shape)")
            }
            part.data.withUnsafeBytes { source in
                tokens.withUnsafeMutableBytes { target in
                    for row in 0..<vocabularyRows {
                        let token = row * chunks + chunk
                        target.baseAddress!.advanced(by: token * embeddingWidth)
                            .copyMemory(from: source.baseAddress! + row * embeddingWidth, byteCount: embeddingWidth)
                    }
                }
            }
        }
        writer.add(table, bytes: tokens)
        var scale: [Float] = [], offset: [Float] = []
        for (section, count) in floatShapes {
            let name = String(section.dropFirst("use.".count))
            let values = try array(name)
            guard values.count == count, values.dtype != .uint8 else {
                throw ModelError(.install, "weights.npz: \(name) has an unexpected shape \(values.shape)")
            }
            let floats = values.floats()
            if section == chunkScale { scale = floats }
            if section == chunkOffset { offset = floats }
            writer.add(section, floats: floats)
        }
        writer.add(projectedTable, float16s: tokens.withUnsafeBufferPointer { tokens in
            TokenTableEncoder.computeTable(table: tokens.baseAddress!, scale: scale, offset: offset)
        })
        writer.add(Self.identity, bytes: Array(identity.utf8))
    }
}
