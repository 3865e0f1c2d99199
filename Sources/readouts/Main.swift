import ArgumentParser
import Foundation
import Glibc
import ReadoutsTerminal
import ReadoutsText

extension Readouts {
    /// The entry point (`@main` calls it rather than ArgumentParser's own): a command line
    /// of files only is run at once (`Invocation(plainArguments:)`); any other is parsed
    /// and run as ArgumentParser's `main` would, but its errors and help go through
    /// `Messages`, so a usage error is one escaped line (`readouts: unknown option '--x'
    /// (see readouts --help)`, exit 64) and help that cannot be written is an error, not a
    /// silent success.
    static func main() {
        StartupTrace.mark("main")
        MallocPolicy.returnLargeBlocks()
        _ = StandardStreams.closedAtStart
        if let invocation = Invocation(plainArguments: Array(CommandLine.arguments.dropFirst())) {
            invocation.run()
            Messages.exit(.success)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exitAfterParserOutcome(error)
        }
        Messages.exit(.success)
    }

    /// Help, a usage error or any other error the parser or `run` throws.
    static func exitAfterParserOutcome(_ error: Error) -> Never {
        let code = exitCode(for: error)
        if code == .success {
            // Help, a version or a completion script: the program's own text, written as
            // it is (a completion script may hold tabs), but checked.
            let text = fullMessage(for: error)
            if !text.isEmpty { Messages.writeOutput(Array((text.hasSuffix("\n") ? text : text + "\n").utf8)) }
            Messages.exit(.success)
        }
        let message = self.message(for: error)
        if !message.isEmpty { Messages.error(usageLine(message)) }
        Glibc.exit(code.rawValue)
    }

    /// The parser's message as one line of ours: "Unknown option '--x'" becomes
    /// "unknown option '--x' (see readouts --help)".
    static func usageLine(_ message: String) -> String {
        var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("Error: ") { text.removeFirst(7) }
        if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true {
            text = first.lowercased() + text.dropFirst()
        }
        return text + " (see readouts --help)"
    }
}
