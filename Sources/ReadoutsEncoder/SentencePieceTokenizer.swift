/// SentencePiece's unigram tokenizer, written in Swift and proved equal to the library on
/// thousands of real sentences (see ReadoutsEncoderTests): normalisation, then the best
/// segmentation under the pieces' scores (`Model::EncodeOptimized`: one pass over
/// character starts, single-precision path scores, the first-found path kept on ties),
/// then runs of unknown pieces merged into one as `SentencePieceProcessor` does.
public struct SentencePieceTokenizer: @unchecked Sendable {
    let file: ModelFile
    let vocabulary: DoubleArray
    let scores: UnsafeBufferPointer<Float>
    let types: UnsafeBufferPointer<UInt8>
    let pieceText: UnsafeBufferPointer<UInt8>
    let pieceOffsets: UnsafeBufferPointer<UInt32>
    let normalizer: SentencePieceNormalizer
    public let unknownID: Int32
    public let beginID: Int32
    public let endID: Int32
    let unknownScore: Float
    let userDefinedScoreUnit: Float

    public var pieceCount: Int { scores.count }

    /// Loads the tokenizer sections of a Readouts model file, checking their checksums.
    public init(path: String) throws(ModelError) {
        try self.init(file: ModelFile(path: path))
    }

    init(file: ModelFile) throws(ModelError) {
        try file.verify(TokenizerSections.all)
        self.file = file
        let settings = try file.array(TokenizerSections.settings, .int32, count: TokenizerSections.settingCount, as: Int32.self)
        let count = Int(settings[0])
        guard count > 0 else { throw ModelError.corrupt(file.path, "empty vocabulary") }
        unknownID = settings[1]
        beginID = settings[2]
        endID = settings[3]
        guard [unknownID, beginID, endID].allSatisfy({ $0 >= 0 && Int($0) < count }) else {
            throw ModelError.corrupt(file.path, "special piece ids out of range")
        }
        let constants = try file.floats(TokenizerSections.constants, count: 2)
        unknownScore = constants[0]
        userDefinedScoreUnit = constants[1]
        vocabulary = DoubleArray(units: try file.array(TokenizerSections.vocabulary, .uint32, as: UInt32.self))
        scores = try file.floats(TokenizerSections.scores, count: count)
        types = try file.array(TokenizerSections.types, .uint8, count: count, as: UInt8.self)
        pieceOffsets = try file.array(TokenizerSections.pieceOffsets, .uint32, count: count + 1, as: UInt32.self)
        pieceText = try file.array(TokenizerSections.pieceText, .uint8, as: UInt8.self)
        guard Int(pieceOffsets[count]) == pieceText.count else { throw ModelError.corrupt(file.path, "piece table") }
        let rules = try file.array(TokenizerSections.rules, .uint32, as: UInt32.self)
        let userDefinedIDs = try file.array(TokenizerSections.userDefined, .int32, as: Int32.self)
        guard userDefinedIDs.allSatisfy({ $0 >= 0 && Int($0) < count }) else { throw ModelError.corrupt(file.path, "user-defined ids") }
        let (offsets, text) = (pieceOffsets, pieceText)
        normalizer = SentencePieceNormalizer(
            rules: rules.isEmpty ? nil : DoubleArray(units: rules),
            replacements: try file.array(TokenizerSections.replacements, .uint8, as: UInt8.self),
            userDefined: userDefinedIDs.map { Array(Self.pieceBytes(Int($0), offsets: offsets, text: text)) },
            addDummyPrefix: settings[4] != 0, removeExtraWhitespaces: settings[5] != 0,
            escapeWhitespaces: settings[6] != 0, treatWhitespaceAsSuffix: settings[7] != 0)
    }

    /// The piece ids of `text`, without the sentence's begin and end markers.
    public func encode(_ text: String) -> [Int32] {
        var text = text
        return text.withUTF8 { encode(normalized: normalizer.normalize($0)) }
    }

    /// The ids the encoder reads: begin marker, the pieces, end marker.
    public func encodeForModel(_ text: String) -> [Int32] {
        [beginID] + encode(text) + [endID]
    }

    /// The text `normalize` makes of `text`, as the tokenizer sees it ("▁" for spaces).
    public func normalize(_ text: String) -> String {
        var text = text
        return String(decoding: text.withUTF8 { normalizer.normalize($0) }, as: UTF8.self)
    }

    /// A piece's text ("▁" marks a space), for messages and tests.
    public func piece(_ id: Int32) -> String {
        guard id >= 0 && Int(id) < pieceCount else { return "" }
        return String(decoding: Self.pieceBytes(Int(id), offsets: pieceOffsets, text: pieceText), as: UTF8.self)
    }

    private static func pieceBytes(_ id: Int, offsets: UnsafeBufferPointer<UInt32>, text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let start = min(Int(offsets[id]), text.count)
        let end = min(max(Int(offsets[id + 1]), start), text.count)
        return UnsafeBufferPointer(rebasing: text[start..<end])
    }

    private func encode(normalized: [UInt8]) -> [Int32] {
        let size = normalized.count
        guard size > 0 else { return [] }
        var bestScore = [Float](repeating: 0, count: size + 1)
        var startsAt = [Int32](repeating: -1, count: size + 1)
        var pieceAt = [Int32](repeating: 0, count: size + 1)
        normalized.withUnsafeBufferPointer { text in
            var start = 0
            while start < size {
                let base = bestScore[start]
                let characterLength = min(utf8Length(leading: text[start]), size - start)
                var hasSingleCharacter = false
                vocabulary.forEachPrefix(of: UnsafeBufferPointer(rebasing: text[start...])) { length, id in
                    guard id >= 0, Int(id) < types.count else { return }
                    let type = types[Int(id)]
                    if type == SentencePieceModelProto.PieceType.unused.rawValue { return }
                    // Single-precision sums, as the library's compiled code does (checked on
                    // ties such as "AAAA" = "A"+"AAA" or "AAA"+"A").
                    let score = type == SentencePieceModelProto.PieceType.userDefined.rawValue
                        ? Float(Double(Float(length) * userDefinedScoreUnit) - 0.1) : scores[Int(id)]
                    let candidate = score + base
                    let end = start + length
                    if startsAt[end] == -1 || candidate > bestScore[end] {
                        bestScore[end] = candidate
                        startsAt[end] = Int32(start)
                        pieceAt[end] = id
                    }
                    if length == characterLength { hasSingleCharacter = true }
                }
                if !hasSingleCharacter {
                    let end = start + characterLength
                    let candidate = unknownScore + base
                    if startsAt[end] == -1 || candidate > bestScore[end] {
                        bestScore[end] = candidate
                        startsAt[end] = Int32(start)
                        pieceAt[end] = unknownID
                    }
                }
                start += characterLength
            }
        }
        var ids: [Int32] = []
        var end = size
        while end > 0 && startsAt[end] >= 0 {
            ids.append(pieceAt[end])
            end = Int(startsAt[end])
        }
        ids.reverse()
        // Runs of unknown pieces become one unknown piece.
        var merged: [Int32] = []
        merged.reserveCapacity(ids.count)
        for id in ids where !(id == unknownID && merged.last == unknownID) { merged.append(id) }
        return merged
    }
}
