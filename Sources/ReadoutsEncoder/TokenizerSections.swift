/// The tokenizer's sections in a Readouts model file, and their conversion from
/// SentencePiece's `.model` protobuf (done once, at install time).
enum TokenizerSections {
    static let settings = "sp.settings"
    static let constants = "sp.constants"
    static let vocabulary = "sp.vocabulary"
    static let scores = "sp.scores"
    static let types = "sp.types"
    static let pieceText = "sp.piece_text"
    static let pieceOffsets = "sp.piece_offsets"
    static let rules = "sp.rules"
    static let replacements = "sp.replacements"
    static let userDefined = "sp.user_defined"
    static let all = [settings, constants, vocabulary, scores, types, pieceText, pieceOffsets, rules, replacements, userDefined]

    /// Piece count, unknown/begin/end ids, then the normaliser's four switches.
    static let settingCount = 8

    static func add(_ model: SentencePieceModelProto, to writer: inout ModelFileWriter) throws(ModelError) {
        guard model.modelType == 1 else { throw ModelError(.install, "the SentencePiece model is not a unigram model") }
        guard !model.byteFallback else { throw ModelError(.install, "SentencePiece byte fallback is not supported") }
        let count = model.pieces.count
        guard [model.unknownID, model.beginID, model.endID].allSatisfy({ $0 >= 0 && $0 < count }),
            model.pieces[model.unknownID].type == .unknown
        else { throw ModelError(.install, "the SentencePiece model's special pieces are inconsistent") }
        if !model.charsMap.isEmpty && model.normalizerName.isEmpty {
            throw ModelError(.install, "the SentencePiece model's normaliser has rules but no name")
        }

        // The vocabulary trie holds the pieces SentencePiece matches: normal, user-defined, unused.
        var entries: [([UInt8], Int32)] = []
        for (id, piece) in model.pieces.enumerated() where [.normal, .userDefined, .unused].contains(piece.type) {
            entries.append((piece.bytes, Int32(id)))
        }
        entries.sort { $0.0.lexicographicallyPrecedes($1.0) }
        for index in entries.indices.dropFirst() where entries[index].0 == entries[index - 1].0 {
            throw ModelError(.install, "the SentencePiece model defines a piece twice")
        }
        writer.add(vocabulary, uint32s: DoubleArrayBuilder.build(keys: entries.map(\.0), values: entries.map(\.1)))

        let normalScores = model.pieces.filter { $0.type == .normal }.map(\.score)
        let minimum = normalScores.min() ?? 0
        // C++ starts the maximum at FLT_MIN, the smallest positive float.
        let maximum = max(Float.leastNormalMagnitude, normalScores.max() ?? 0)
        writer.add(constants, floats: [minimum - 10, maximum])
        writer.add(settings, int32s: [
            Int32(count), Int32(model.unknownID), Int32(model.beginID), Int32(model.endID),
            model.addDummyPrefix ? 1 : 0, model.removeExtraWhitespaces ? 1 : 0,
            model.escapeWhitespaces ? 1 : 0, model.treatWhitespaceAsSuffix ? 1 : 0,
        ])
        writer.add(scores, floats: model.pieces.map(\.score))
        writer.add(types, bytes: model.pieces.map(\.type.rawValue))
        var offsets: [UInt32] = [0]
        var text: [UInt8] = []
        for piece in model.pieces {
            text += piece.bytes
            offsets.append(UInt32(text.count))
        }
        writer.add(pieceText, bytes: text)
        writer.add(pieceOffsets, uint32s: offsets)
        writer.add(userDefined, int32s: model.pieces.indices.filter { model.pieces[$0].type == .userDefined }.map { Int32($0) })

        // The precompiled rules: a 4-byte trie size, the double array, then the replacements.
        var trie: [UInt32] = []
        var outputs: [UInt8] = []
        if !model.charsMap.isEmpty {
            let map = model.charsMap
            guard map.count > 4 else { throw ModelError(.install, "the normalisation rules are truncated") }
            let trieSize = Int(map.u32(at: 0))
            guard trieSize % 4 == 0, trieSize < map.count - 4 else { throw ModelError(.install, "the normalisation rules are damaged") }
            trie = (0..<(trieSize / 4)).map { map.u32(at: 4 + 4 * $0) }
            outputs = Array(map[(4 + trieSize)...])
        }
        writer.add(rules, uint32s: trie)
        writer.add(replacements, bytes: outputs)
    }
}
