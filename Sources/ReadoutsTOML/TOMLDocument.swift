/// A parsed TOML file: its root table, every key and value located, and the file's name for
/// the errors its reader reports.
///
/// ```swift
/// let document = try TOMLDocument(parsing: bytes, file: path)       // throws LocatedError
/// for entry in document.root.entries {
///     guard let name = entry.value.string else {
///         throw document.error("\(entry.key) is \(entry.value.kindDescription)", at: entry.value.location, expected: "a string")
///     }
/// }
/// ```
public struct TOMLDocument: Equatable, Sendable {
    /// The file as the user would name it; used only in errors.
    public let file: String
    public let root: TOMLTable

    /// Parses UTF-8 bytes (a leading byte-order mark is skipped). Throws the first problem:
    /// ill-formed UTF-8, a TOML syntax error, or a redefined key or table.
    public init(parsing bytes: [UInt8], file: String) throws(LocatedError) {
        self.file = file
        try Self.validateUTF8(bytes, file: file)
        var parser = TOMLParser(bytes: bytes, file: file)
        root = try parser.parseDocument()
    }

    public init(parsing text: String, file: String) throws(LocatedError) {
        try self.init(parsing: Array(text.utf8), file: file)
    }

    /// The text of a file's bytes, or an error located at its first byte that is not UTF-8,
    /// for readers that want a `String` before parsing.
    public static func decode(_ bytes: [UInt8], file: String) throws(LocatedError) -> String {
        try validateUTF8(bytes, file: file)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func validateUTF8(_ bytes: [UInt8], file: String) throws(LocatedError) {
        guard let bad = UTF8Validator.firstInvalidOffset(bytes) else { return }
        var cursor = TOMLCursor(bytes: Array(bytes[..<bad]), file: file)
        cursor.advance(by: bad)
        throw cursor.error("the file is not UTF-8 text: byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) cannot start or continue a character here",
                           expected: "a UTF-8 text file")
    }

    /// An error about something in this document, for its reader's own rules.
    public func error(_ message: String, at location: TOMLLocation, expected: String? = nil) -> LocatedError {
        LocatedError(file: file, at: location, message, expected: expected)
    }
}
