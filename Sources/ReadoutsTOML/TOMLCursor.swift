/// Walks TOML source byte by byte, knowing the line it is on, and turns its position into
/// a `TOMLLocation` when asked. Columns are counted in characters from the last location
/// asked for on the same line, so asking at every key and value of a long line stays linear.
struct TOMLCursor {
    let bytes: [UInt8]
    let file: String
    private(set) var offset = 0
    private(set) var line = 1
    private var lineStart = 0
    private var counted = (offset: 0, column: 1)

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    var isAtEnd: Bool { offset >= bytes.count }

    /// The byte `ahead` positions on, or nil past the end.
    func peek(_ ahead: Int = 0) -> UInt8? {
        let index = offset + ahead
        return index < bytes.count ? bytes[index] : nil
    }

    func peek(is byte: UInt8) -> Bool { peek() == byte }

    /// Steps over one byte, keeping count of lines.
    mutating func advance() {
        guard offset < bytes.count else { return }
        if bytes[offset] == Byte.lineFeed {
            line += 1
            lineStart = offset + 1
        }
        offset += 1
    }

    mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    /// Steps over a UTF-8 byte-order mark at the start; editors do not show it, so columns
    /// on the first line do not count it.
    mutating func skipByteOrderMark() {
        guard offset == 0, peek(word: "\u{FEFF}") else { return }
        offset = 3
        lineStart = 3
        counted = (3, 1)
    }

    /// Steps over `byte` if it is next.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        advance()
        return true
    }

    /// Whether the bytes at the cursor spell `word` (ASCII).
    func peek(word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return word.withUTF8Buffer { word in (0..<count).allSatisfy { bytes[offset + $0] == word[$0] } }
    }

    /// Where the cursor is.
    mutating func location() -> TOMLLocation {
        if counted.offset < lineStart || counted.offset > offset { counted = (lineStart, 1) }
        let column = counted.column + Self.characterCount(bytes[counted.offset..<offset])
        counted = (offset, column)
        return TOMLLocation(line: line, column: column)
    }

    /// A located error at the cursor.
    mutating func error(_ message: String, expected: String? = nil) -> LocatedError {
        LocatedError(file: file, at: location(), message, expected: expected)
    }

    /// A syntax error at the cursor: what is wrong, and what TOML wants there.
    mutating func syntaxError(_ message: String, expected: String) -> LocatedError {
        error("TOML syntax error: " + message, expected: "valid TOML: " + expected)
    }

    /// Characters (grapheme clusters) in valid UTF-8.
    static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.count }
        return String(decoding: bytes, as: UTF8.self).count
    }

    /// What the next character is, for messages: `"x"`, `end of file`, `a newline`.
    func describeNext() -> String {
        guard let byte = peek() else { return "the end of the file" }
        switch byte {
        case Byte.lineFeed: return "the end of the line"
        case Byte.carriageReturn where peek(1) == Byte.lineFeed: return "the end of the line"
        case 0x20: return "a space"
        case 0x09: return "a tab"
        default:
            let length = UTF8Validator.sequenceLength(lead: byte)
            let end = min(bytes.count, offset + max(1, length))
            return LocatedError.quote(String(decoding: bytes[offset..<end], as: UTF8.self))
        }
    }
}
