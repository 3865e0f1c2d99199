import ArgumentParser
import Foundation
import ReadoutsFixtures

/// How a race talks to tmux.
enum RaceHarness: String, Codable, CaseIterable, ExpressibleByArgument {
    /// One persistent control-mode client (`tmux -C`): a command is a line written to it,
    /// and a pane is looked at again only once tmux says it wrote (`%output`).
    case control
    /// A tmux process for every command (`tmux new-session`, `capture-pane`, `send-keys`),
    /// the pane polled every millisecond: the harness before the control client, kept to
    /// show what it cost (each process is several milliseconds of fork and exec on the
    /// cores the timed program needs).
    case spawn
}

/// A private tmux server for a race against `less`: a socket and a configuration of its own,
/// kept up by an idle session so that no contender pays for starting the server.
///
/// What is timed is the same with either harness: from just before tmux is asked to start
/// the program (or to send a key) until `capture-pane` — tmux's own grid, what tmux shows
/// — holds the expected text.
final class RaceTmux {
    private let socket: String
    private let config: URL
    let harness: RaceHarness
    private var client: TmuxControlClient?

    /// A program started in the race: the tmux target for its pane.
    struct Pane {
        /// A session name (spawn) or a pane id, `%N` (control).
        var target: String
    }

    init(name: String, width: Int, height: Int, harness: RaceHarness = .control) throws {
        self.harness = harness
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
        config = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).conf")
        try "set -g default-terminal tmux-256color\nset -g escape-time 0\nset -g status off\n"
            .write(to: config, atomically: true, encoding: .utf8)
        do {
            try Spawn.run(["tmux"] + tmuxArguments + ["new-session", "-d", "-s", "idle", "-x", "\(width)", "-y", "\(height)", "sleep 3600"])
            if harness == .control {
                // The control client attaches to the idle session; the programs are started
                // as windows of it, since tmux tells a client only of its session's panes.
                client = try TmuxControlClient(tmux: tmuxArguments, session: "idle")
            }
        } catch {
            close()
            throw error
        }
    }

    /// tmux's options for this server (after `tmux` itself).
    private var tmuxArguments: [String] { ["-u", "-S", socket, "-f", config.path] }

    /// `command` as the races start it, quoted for a shell: the same terminal and locale for
    /// every contender, `less` without the user's preprocessor or options, and Readouts
    /// without its caches (an analysis read back from an earlier run would skip the very
    /// linking that keys and memory are measured under).
    static func commandLine(_ command: [String]) -> String {
        (["env", "-u", "LESSOPEN", "-u", "LESSCLOSE", "LESS=", "TERM=tmux-256color", "LANG=C.UTF-8", "READOUTS_NO_CACHE=1"] + command)
            .map(Spawn.quote).joined(separator: " ")
    }

    /// One tmux command on this server, through whichever harness: its output.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        if let client {
            return try client.run(arguments.map(TmuxControlClient.quote).joined(separator: " ")).map { $0 + "\n" }.joined()
        }
        let output = try Spawn.run(["tmux"] + tmuxArguments + arguments)
        if output.status != 0 { throw TmuxControlClient.Failure(description: "tmux \(arguments.joined(separator: " ")): \(output.text)") }
        return output.text
    }

    /// Starts `command` (as `commandLine` makes it) in a pane of `width` × `height`.
    func start(_ name: String, command: [String], width: Int, height: Int) throws -> Pane {
        let line = "exec " + Self.commandLine(command)
        if client != nil {
            let id = try run(["new-window", "-d", "-P", "-F", "#{pane_id}", "-t", "idle:", "-n", name, line])
            return Pane(target: id.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        try run(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", line])
        return Pane(target: name)
    }

    /// What the pane shows, row by row as tmux holds it (`capture-pane -p`).
    func capture(_ pane: Pane) throws -> String { try run(["capture-pane", "-p", "-t", pane.target]) }

    func sendKeys(_ pane: Pane, _ keys: String) throws { try run(["send-keys", "-t", pane.target, keys]) }

    /// The pane's program's process id.
    func pid(_ pane: Pane) throws -> Int32? {
        Int32(try run(["display-message", "-p", "-t", pane.target, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func kill(_ pane: Pane) {
        _ = try? run(client != nil ? ["kill-pane", "-t", pane.target] : ["kill-session", "-t", pane.target])
    }

    /// A mark to wait from: how often the pane has written so far (control; always 0 for spawn).
    func outputMark(_ pane: Pane) -> Int { client?.outputCount(pane.target) ?? 0 }

    /// Waits until the pane may show something new since `mark`: until it writes (control,
    /// at most `fallback` microseconds), or `poll` microseconds (spawn).
    func waitForOutput(_ pane: Pane, after mark: Int, poll: UInt32, fallback: UInt32 = 50_000) throws {
        guard let client else {
            usleep(poll)
            return
        }
        _ = try client.waitForOutput(pane.target, after: mark, until: DispatchTime.now().uptimeNanoseconds + UInt64(fallback) * 1000)
    }

    /// Starts `command` and looks at its pane until `shows` accepts what it shows (after
    /// each write with the control harness, every `microseconds` with spawn): the
    /// milliseconds from just before the start, or nil after a minute. The pane is left running.
    func timeToFirstScreen(_ name: String, command: [String], width: Int, height: Int, pollEvery microseconds: UInt32,
                           shows: (String) -> Bool) throws -> (pane: Pane, ms: Double?) {
        let start = DispatchTime.now().uptimeNanoseconds
        let pane = try self.start(name, command: command, width: width, height: height)
        let deadline = start + 60_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            let mark = outputMark(pane)
            if shows(try capture(pane)) {
                return (pane, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            try waitForOutput(pane, after: mark, poll: microseconds)
        }
        return (pane, nil)
    }

    /// Ends the server and removes its socket and configuration.
    func close() {
        client?.close()
        client = nil
        _ = try? Spawn.run(["tmux"] + tmuxArguments + ["kill-server"])
        unlink(socket)
        try? FileManager.default.removeItem(at: config)
    }
}
