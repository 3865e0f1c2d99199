/// What a tmux control-mode client (`tmux -C`) prints, read line by line: the replies to
/// the commands written to its standard input, each between `%begin` and `%end` (or
/// `%error`), and notifications in between, of which `%output` says that a pane wrote.
/// Pure (bytes in, messages out), so the benchmark's persistent tmux client can be tested
/// without tmux.
public struct TmuxControlStream: Sendable {
    /// One message of the protocol.
    public enum Message: Equatable, Sendable {
        /// The reply to a command: tmux's number for it (counted across the whole server), its
        /// lines, whether it ended with `%error`, and whether this client sent the command
        /// (flag 1; the attach that started the client has flag 0). tmux runs a client's
        /// commands in turn, so replies come in the order the commands were written.
        case reply(number: Int, lines: [String], failed: Bool, fromClient: Bool)
        /// A pane (`%N`) wrote `bytes` (decoded from tmux's octal escapes).
        case output(pane: String, bytes: [UInt8])
        /// The client is leaving (`%exit`), with tmux's reason if any.
        case exit(String)
        /// Any other notification (`%window-add @1`, `%session-changed $0 idle`…), as it came.
        case notification(String)
    }

    private var pending: [UInt8] = []
    /// The reply being read: its number and lines so far.
    private var block: (number: Int, flags: Int, lines: [String])?

    public init() {}

    /// Takes bytes as they come (any cut, even mid-line) and returns the messages they complete.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [Message] where Bytes.Element == UInt8 {
        pending.append(contentsOf: bytes)
        var messages: [Message] = []
        var start = 0
        while let newline = pending[start...].firstIndex(of: 0x0A) {
            var end = newline
            if end > start && pending[end - 1] == 0x0D { end -= 1 }  // a client on a terminal ends lines with CR LF
            if let message = take(Array(pending[start..<end])) { messages.append(message) }
            start = newline + 1
        }
        pending.removeFirst(start)
        return messages
    }

    private mutating func take(_ line: [UInt8]) -> Message? {
        let text = String(decoding: line, as: UTF8.self)
        if var current = block {
            // Inside a reply only its own %end or %error ends it: a line of a captured pane
            // may well start with "%".
            if let (guardWord, number, _) = Self.guardLine(text), guardWord != "%begin", number == current.number {
                block = nil
                return .reply(number: number, lines: current.lines, failed: guardWord == "%error", fromClient: current.flags & 1 == 1)
            }
            current.lines.append(text)
            block = current
            return nil
        }
        if let (guardWord, number, flags) = Self.guardLine(text), guardWord == "%begin" {
            block = (number, flags, [])
            return nil
        }
        if text.hasPrefix("%output ") {
            let rest = line.dropFirst("%output ".utf8.count)
            guard let space = rest.firstIndex(of: 0x20) else { return .notification(text) }
            return .output(pane: String(decoding: rest[..<space], as: UTF8.self), bytes: Self.unescaped(rest[(space + 1)...]))
        }
        if text == "%exit" || text.hasPrefix("%exit ") { return .exit(String(text.dropFirst(min(text.count, 6)))) }
        return .notification(text)
    }

    /// `%begin`, `%end` or `%error` with its command number and flags: "%end 1796290102 271 1"
    /// is (time, number, flags).
    static func guardLine(_ text: String) -> (String, Int, Int)? {
        let words = text.split(separator: " ")
        guard words.count == 4, ["%begin", "%end", "%error"].contains(words[0]), let number = Int(words[2]),
              let flags = Int(words[3]) else { return nil }
        return (String(words[0]), number, flags)
    }

    /// tmux writes a byte below 32 and a backslash as `\ooo` (three octal digits).
    static func unescaped(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x5C, bytes.endIndex - index >= 4, let value = Self.octal(bytes[(index + 1)...(index + 3)]) {
                result.append(value)
                index += 4
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result
    }

    private static func octal(_ digits: ArraySlice<UInt8>) -> UInt8? {
        var value = 0
        for digit in digits {
            guard (0x30...0x37).contains(digit) else { return nil }
            value = value * 8 + Int(digit - 0x30)
        }
        return value <= 255 ? UInt8(value) : nil
    }
}
