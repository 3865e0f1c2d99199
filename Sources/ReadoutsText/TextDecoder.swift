import CICU

/// Turns a file's bytes into text: UTF-8 when it is, UTF-16 when it is (see `UTF16Text`),
/// a legacy 8-bit encoding when the bytes clearly are one (Windows-1252, or for Russian
/// Windows-1251 or KOI8-R: `eightBitEncoding`), and UTF-8 with U+FFFD replacements otherwise.
public enum TextDecoder {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
        case windows1251 = "Windows-1251"
        case koi8R = "KOI8-R"
        case utf8WithReplacements = "UTF-8 with replacements"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"

        /// One byte per character, read through a table.
        public var isEightBit: Bool { self == .windows1252 || self == .windows1251 || self == .koi8R }
    }

    public struct Result: Sendable {
        public var text: String
        public var encoding: Encoding
        /// A line for the status bar when the file was not clean UTF-8.
        public var notice: String? {
            switch encoding {
            case .utf8: return nil
            case .windows1252, .windows1251, .koi8R: return "decoded as \(encoding.rawValue)"
            case .utf8WithReplacements: return "invalid UTF-8 replaced with \u{FFFD}"
            case .utf16LittleEndian, .utf16BigEndian: return "decoded as \(encoding.rawValue)"
            }
        }
    }

    /// Decodes and sanitises in one pass into a compact text, the form the parser and the
    /// reader work on. Clean UTF-8 (nearly every file) takes the fast path; anything else
    /// goes through `decode`.
    public static func decodeSanitised(_ bytes: [UInt8]) -> (text: ScalarText, encoding: Encoding) {
        decodeSanitised(bytes, choosing: { $0 })
    }

    /// Decodes and sanitises once, in the encoding `choose` picks given the one the bytes
    /// look like (a version's rest keeps the encoding its first screen was shown in).
    public static func decodeSanitised(_ bytes: [UInt8], choosing choose: (Encoding) -> Encoding) -> (text: ScalarText, encoding: Encoding) {
        if let utf16 = bytes.withUnsafeBufferPointer({ UTF16Text.detect(UnsafeBufferPointer(rebasing: $0.prefix(BinaryDetector.sniffLength))) }) {
            let found: Encoding = utf16.order == .littleEndian ? .utf16LittleEndian : .utf16BigEndian
            let chosen = choose(found)
            guard chosen == found else { return decodeSanitised(bytes, as: chosen) }
            var writer = Sanitiser.Writer(capacity: bytes.count / 2)
            bytes.withUnsafeBufferPointer { buffer in
                _ = UTF16Text.decode(UnsafeBufferPointer(rebasing: buffer[utf16.markLength...]), order: utf16.order) { writer.append($0) }
            }
            return (writer.text, found)
        }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var writer = Sanitiser.Writer(capacity: bytes.count - bom)
        let clean = bytes.withUnsafeBufferPointer { buffer in
            UTF8Scalars.decode(UnsafeBufferPointer(rebasing: buffer[bom...]), into: &writer)
        }
        if clean {
            let chosen = choose(.utf8)
            return chosen == .utf8 ? (writer.text, .utf8) : decodeSanitised(bytes, as: chosen)
        }
        return decodeSanitised(bytes, as: choose(legacyEncoding(bytes[bom...])))
    }

    /// Decodes and sanitises in an encoding chosen beforehand (the one the first screen
    /// was decoded in), whatever the bytes look like.
    public static func decodeSanitised(_ bytes: [UInt8], as encoding: Encoding) -> (text: ScalarText, encoding: Encoding) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let text = encoding.isEightBit ? decodeEightBit(body, encoding) : String(decoding: body, as: UTF8.self)
        var writer = Sanitiser.Writer(capacity: body.count)
        for scalar in text.unicodeScalars { writer.append(scalar) }
        return (writer.text, encoding)
    }

    public static func decode(_ bytes: [UInt8]) -> Result {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let encoding = legacyEncoding(body)
        return Result(text: encoding.isEightBit ? decodeEightBit(body, encoding) : String(decoding: body, as: UTF8.self),
                      encoding: encoding)
    }

    /// What bytes that are not UTF-16 are (their byte-order mark left out): UTF-8, an 8-bit
    /// encoding (`eightBitEncoding`), or UTF-8 with a few damaged bytes.
    static func legacyEncoding(_ body: ArraySlice<UInt8>) -> Encoding {
        var invalid = 0
        var highBytes = 0
        var iterator = body.makeIterator()
        var utf8 = Unicode.UTF8()
        decoding: while true {
            switch utf8.decode(&iterator) {
            case .scalarValue(let scalar): if scalar.value >= 0x80 { highBytes += 1 }
            case .emptyInput: break decoding
            case .error: invalid += 1
            }
        }
        if invalid == 0 { return .utf8 }
        // Legacy 8-bit text is mostly lone high bytes that are not valid UTF-8; a UTF-8
        // file with a few damaged bytes keeps most of its multi-byte sequences valid.
        return invalid >= 2 * highBytes ? eightBitEncoding(body) : .utf8WithReplacements
    }

    /// Which 8-bit encoding legacy bytes are in. Russian in Windows-1251 or KOI8-R writes
    /// its letters as bytes 0xC0–0xFF, words of them in a row; a Western text in
    /// Windows-1252 has an accented letter here and there among ASCII ones ("café",
    /// "ÉLYSÉE"). So: when most such bytes stand in runs of three or more, the text is
    /// Cyrillic, and which table it is in is told by the letters each makes of it: Russian's
    /// commonest (о, е, а, и, н, т, с, р, в, л, in either case) are most of them in the
    /// right one (all capitals included: "ТЕЛЕФОННЫЙ РАЗГОВОР" has its letters where KOI8-R
    /// has lower case). A journalist's Kremlin readout saved as Windows-1251 showed as
    /// "Òåëåôîííûé ðàçãîâîð" when every legacy file was read as Windows-1252.
    static func eightBitEncoding(_ body: ArraySlice<UInt8>) -> Encoding {
        var letters = 0
        var inRuns = 0
        var run = 0
        var counts = [Int](repeating: 0, count: 64)
        for byte in body {
            if byte >= 0xC0 {
                letters += 1
                run += 1
                counts[Int(byte) - 0xC0] += 1
                if run == 3 { inRuns += 3 } else if run > 3 { inRuns += 1 }
            } else {
                run = 0
            }
        }
        guard letters >= 3, 2 * inRuns >= letters else { return .windows1252 }
        func score(_ encoding: Encoding) -> Int {
            guard let table = eightBitTables[encoding] else { return 0 }
            var total = 0
            for (index, count) in counts.enumerated() where count > 0 {
                if let scalar = Unicode.Scalar(table[0x40 + index]), commonRussian.contains(scalar) { total += count }
            }
            return total
        }
        return score(.koi8R) > score(.windows1251) ? .koi8R : .windows1251
    }

    /// Russian's ten commonest letters, both cases.
    private static let commonRussian: Set<Unicode.Scalar> = Set("оеаинтсрвлОЕАИНТСРВЛ".unicodeScalars)

    /// Decodes bytes in an 8-bit encoding.
    static func decodeEightBit<C: Collection>(_ bytes: C, _ encoding: Encoding) -> String where C.Element == UInt8 {
        guard encoding != .windows1252, let table = eightBitTables[encoding] else { return decodeWindows1252(bytes) }
        var view = String.UnicodeScalarView()
        view.reserveCapacity(bytes.count)
        for byte in bytes {
            view.append(Unicode.Scalar(byte < 0x80 ? UInt32(byte) : table[Int(byte) - 0x80]) ?? "\u{FFFD}")
        }
        return String(view)
    }

    /// The upper halves of the Cyrillic 8-bit encodings, as ICU's converters map them.
    private static let eightBitTables: [Encoding: [UInt32]] = {
        var tables: [Encoding: [UInt32]] = [:]
        for (encoding, name) in [(Encoding.windows1251, "windows-1251"), (.koi8R, "KOI8-R")] {
            var table = [UInt32](repeating: 0xFFFD, count: 128)
            if readouts_legacy_table(name, &table) == 1 { tables[encoding] = table }
        }
        return tables
    }()

    /// Windows-1252's 0x80–0x9F row; undefined bytes map to U+FFFD.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decodeWindows1252<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var view = String.UnicodeScalarView()
        view.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80..<0xA0).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            view.append(Unicode.Scalar(value)!)
        }
        return String(view)
    }
}
