import Glibc
import ReadoutsText

/// Everything the command line writes to standard output and standard error, and the
/// exit statuses that go with it. Text that came from outside (paths, names, option
/// values, `TERM`, theme descriptions, the argument parser's messages quoting them)
/// passes through `Sanitiser.escapedForMessage`: each line arrives as one line, with
/// control and bidi characters shown as `\e`, `\x9B`, `\u{202E}`…
enum Messages {
    /// The exit statuses (sysexits.h numbers for usage and output errors).
    enum Status: Int32 {
        case success = 0
        /// A file, theme, lexicon or terminal that cannot be used.
        case badInput = 2
        /// The command line itself is wrong.
        case usage = 64
        /// Standard output could not be written (full disk, closed, an error).
        case outputFailed = 74
    }

    /// Writes lines to standard output, each escaped to one line; a failed write ends
    /// the program with a message on standard error (exit 74).
    static func printLines(_ lines: [String]) {
        var bytes: [UInt8] = []
        for line in lines { bytes += Array(Sanitiser.escapedForMessage(line).utf8) + [0x0A] }
        writeOutput(bytes)
    }

    /// Writes bytes (the export's JSON) to standard output as they are; a failed write
    /// ends the program with a message on standard error (exit 74).
    static func writeOutput(_ bytes: [UInt8]) {
        if let code = StandardStreams.write(bytes, to: STDOUT_FILENO) {
            fail(StandardStreams.failure(code, descriptor: STDOUT_FILENO), status: .outputFailed)
        }
    }

    /// Writes `readouts: message` to standard error, escaped to one line. A standard
    /// error that is closed or full loses the message, never the exit status.
    static func error(_ message: String) {
        _ = StandardStreams.write(Array("readouts: \(Sanitiser.escapedForMessage(message))\n".utf8), to: STDERR_FILENO)
    }

    static func exit(_ status: Status) -> Never {
        Glibc.exit(status.rawValue)
    }
}

/// Prints `readouts: message` on standard error, one line, and exits: status 2 (bad
/// input) unless said otherwise.
func fail(_ message: String, status: Messages.Status = .badInput) -> Never {
    Messages.error(message)
    Messages.exit(status)
}
