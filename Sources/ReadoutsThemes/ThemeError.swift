/// Why a theme could not be loaded. There is always exactly one, pointing at the first
/// problem in the file, so that users can fix themes one error at a time; the CLI prints
/// `description` and exits with status 2.
public struct ThemeError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as the user would name it (a path, or `Themes/NAME.toml` for shipped themes).
    public var file: String
    public var line: Int
    public var column: Int
    /// What is wrong.
    public var message: String
    /// What would have been right.
    public var expected: String

    public init(file: String, line: Int, column: Int, message: String, expected: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.expected = expected
    }

    /// `FILE:LINE:COLUMN: message, expected …`, the format editors jump to.
    public var description: String { "\(file):\(line):\(column): \(message), expected \(expected)" }
}
