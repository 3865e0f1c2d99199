/// The parts of a SentencePiece `.model` file (a `ModelProto` protobuf) that tokenizing
/// needs, read with a minimal protobuf decoder. Field numbers are those of
/// sentencepiece_model.proto.
struct SentencePieceModelProto {
    enum PieceType: UInt8 { case normal = 1, unknown = 2, control = 3, userDefined = 4, unused = 5, byte = 6 }

    struct Piece {
        var bytes: [UInt8]
        var score: Float
        var type: PieceType
    }

    var pieces: [Piece] = []
    // TrainerSpec
    var modelType = 1  // UNIGRAM
    var treatWhitespaceAsSuffix = false
    var byteFallback = false
    var unknownID = 0
    var beginID = 1
    var endID = 2
    // NormalizerSpec
    var normalizerName = ""
    var charsMap: [UInt8] = []
    var addDummyPrefix = true
    var removeExtraWhitespaces = true
    var escapeWhitespaces = true

    init(bytes: [UInt8]) throws(ModelError) {
        var reader = ProtobufReader(bytes: bytes, range: 0..<bytes.count)
        while let field = try reader.next() {
            switch (field.number, field.value) {
            case (1, .bytes(let range)): pieces.append(try Self.piece(bytes, range))
            case (2, .bytes(let range)): try readTrainerSpec(bytes, range)
            case (3, .bytes(let range)): try readNormalizerSpec(bytes, range)
            default: break
            }
        }
        guard !pieces.isEmpty else { throw ModelError(.install, "the SentencePiece model has no pieces") }
    }

    private static func piece(_ bytes: [UInt8], _ range: Range<Int>) throws(ModelError) -> Piece {
        var piece = Piece(bytes: [], score: 0, type: .normal)
        var reader = ProtobufReader(bytes: bytes, range: range)
        while let field = try reader.next() {
            switch (field.number, field.value) {
            case (1, .bytes(let text)): piece.bytes = Array(bytes[text])
            case (2, .fixed32(let bits)): piece.score = Float(bitPattern: bits)
            case (3, .varint(let type)):
                guard let known = PieceType(rawValue: UInt8(truncatingIfNeeded: type)) else {
                    throw ModelError(.install, "the SentencePiece model has a piece of unknown type \(type)")
                }
                piece.type = known
            default: break
            }
        }
        guard !piece.bytes.isEmpty else { throw ModelError(.install, "the SentencePiece model has an empty piece") }
        return piece
    }

    private mutating func readTrainerSpec(_ bytes: [UInt8], _ range: Range<Int>) throws(ModelError) {
        var reader = ProtobufReader(bytes: bytes, range: range)
        while let field = try reader.next() {
            guard case .varint(let value) = field.value else { continue }
            let signed = Int(Int32(truncatingIfNeeded: value))
            switch field.number {
            case 3: modelType = signed
            case 24: treatWhitespaceAsSuffix = value != 0
            case 35: byteFallback = value != 0
            case 40: unknownID = signed
            case 41: beginID = signed
            case 42: endID = signed
            default: break
            }
        }
    }

    private mutating func readNormalizerSpec(_ bytes: [UInt8], _ range: Range<Int>) throws(ModelError) {
        var reader = ProtobufReader(bytes: bytes, range: range)
        while let field = try reader.next() {
            switch (field.number, field.value) {
            case (1, .bytes(let text)): normalizerName = String(decoding: bytes[text], as: UTF8.self)
            case (2, .bytes(let blob)): charsMap = Array(bytes[blob])
            case (3, .varint(let value)): addDummyPrefix = value != 0
            case (4, .varint(let value)): removeExtraWhitespaces = value != 0
            case (5, .varint(let value)): escapeWhitespaces = value != 0
            default: break
            }
        }
    }
}

/// Iterates the fields of one protobuf message.
struct ProtobufReader {
    enum Value { case varint(UInt64), fixed64(UInt64), bytes(Range<Int>), fixed32(UInt32) }

    let bytes: [UInt8]
    var position: Int
    let end: Int

    init(bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        position = range.lowerBound
        end = range.upperBound
    }

    mutating func next() throws(ModelError) -> (number: Int, value: Value)? {
        guard position < end else { return nil }
        let tag = try varint()
        let number = Int(tag >> 3)
        switch tag & 7 {
        case 0: return (number, .varint(try varint()))
        case 1: return (number, .fixed64(UInt64(try fixed(8))))
        case 2:
            let length = Int(try varint())
            guard length >= 0, length <= end - position else { throw Self.damaged }
            defer { position += length }
            return (number, .bytes(position..<(position + length)))
        case 5: return (number, .fixed32(UInt32(try fixed(4))))
        default: throw Self.damaged
        }
    }

    private mutating func varint() throws(ModelError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < end, shift < 64 {
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
        throw Self.damaged
    }

    private mutating func fixed(_ size: Int) throws(ModelError) -> UInt64 {
        guard end - position >= size else { throw Self.damaged }
        var result: UInt64 = 0
        for index in 0..<size { result |= UInt64(bytes[position + index]) << UInt64(8 * index) }
        position += size
        return result
    }

    private static let damaged = ModelError(.install, "the SentencePiece model is not a readable protobuf")
}
