/// Why the reader could not start on this terminal; each is a one-line message (exit 2).
public struct TerminalError: Error, CustomStringConvertible {
    public var description: String
}
