/// Where something is written in a source file, as an editor shows it: lines and columns
/// count from 1, and a column counts characters (grapheme clusters, what Swift calls a
/// `Character` and what a cursor steps over: "é" written as e + U+0301 is one column, so is
/// 🇫🇷), not bytes. A tab is one column. Lines end at LF (or CRLF).
public struct TOMLLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file: where errors about a whole file point.
    public static let start = TOMLLocation(line: 1, column: 1)

    public static func < (a: TOMLLocation, b: TOMLLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    /// `LINE:COLUMN`.
    public var description: String { "\(line):\(column)" }
}
