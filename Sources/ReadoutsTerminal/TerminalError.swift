/// Why the reader could not start on this terminal; each is a one-line message (exit 2).
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}
