import ReadoutsOutsideText

/// A mistake in a file, located where the user has to look: `FILE:LINE:COLUMN: message`,
/// the form editors and terminals turn into a jump to the spot, followed by `, expected …`
/// when there is something to suggest. One type for every file Readouts reads as TOML
/// (themes, lexicons, the configuration): the TOML parser throws it for syntax errors and
/// the readers of those files throw it for mistakes TOML itself accepts.
///
/// Its description is always one line: any control character, line break or bidi control
/// that came from the file (a key written `"a\nb"`) or its name is shown escaped (`\n`,
/// `\e`, `\u{202E}`), so nothing from the file can split the message or reach the
/// terminal as a command.
public struct LocatedError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as the user would name it.
    public var file: String
    public var line: Int
    public var column: Int
    /// What is wrong.
    public var message: String
    /// What would have been right, if there is something to say.
    public var expected: String?

    public init(file: String, line: Int, column: Int, message: String, expected: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.expected = expected
    }

    public init(file: String, at location: TOMLLocation, _ message: String, expected: String? = nil) {
        self.init(file: file, line: location.line, column: location.column, message: message, expected: expected)
    }

    public var location: TOMLLocation { TOMLLocation(line: line, column: column) }

    /// `FILE:LINE:COLUMN: message[, expected …]` on one line.
    public var description: String {
        let text = "\(file):\(line):\(column): \(message)" + (expected.map { ", expected \($0)" } ?? "")
        return Self.escapingControls(text)
    }

    /// `text` between `mark`s for a message, shortened to `limit` characters (a 1 MB key must
    /// not make a 1 MB message) and with its controls escaped.
    public static func quote(_ text: some StringProtocol, mark: String = "\"", limit: Int = 64) -> String {
        let shown = text.count > limit ? text.prefix(limit - 1) + "…" : Substring(text)
        return mark + escapingControls(String(shown)) + mark
    }

    /// `text` with every character that could break a line or drive a terminal written as
    /// an escape — the same escapes as every other message (`OutsideText`).
    public static func escapingControls(_ text: String) -> String {
        OutsideText.escapedForMessage(text)
    }
}
