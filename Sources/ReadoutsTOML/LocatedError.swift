import Glibc
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

    /// A problem with a file that has no place inside it to point at — it cannot be read,
    /// or a theme name that names no file: `message` alone, which names the file itself
    /// ("cannot read /x.toml: no such file"), with no invented `:1:1`.
    public init(unlocated file: String, _ message: String) {
        self.init(file: file, line: 0, column: 0, message: message)
    }

    /// "cannot read PATH: why" for a file that exists not, is a folder, or may not be read.
    public static func unreadable(_ path: String) -> LocatedError {
        var information = stat()
        let reason: String
        if stat(path, &information) != 0 {
            reason = errno == ENOENT || errno == ENOTDIR ? "no such file" : String(cString: strerror(errno)).lowercased()
        } else if (information.st_mode & S_IFMT) == S_IFDIR {
            reason = "it is a folder"
        } else if access(path, R_OK) != 0 {
            reason = "permission denied"
        } else {
            reason = "read error"
        }
        return LocatedError(unlocated: path, "cannot read \(path): \(reason)")
    }

    /// False for an error about a file as a whole (see `init(unlocated:_:)`).
    public var isLocated: Bool { line > 0 }

    public var location: TOMLLocation { TOMLLocation(line: line, column: column) }

    /// `FILE:LINE:COLUMN: message[, expected …]` on one line (an unlocated error: its message).
    public var description: String {
        let place = isLocated ? "\(file):\(line):\(column): " : ""
        let text = place + message + (expected.map { ", expected \($0)" } ?? "")
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
