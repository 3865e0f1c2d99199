import Foundation
import ReadoutsFixtures

/// A private tmux server for a race against `less`: a socket and a configuration of its own,
/// kept up by an idle session so that no contender pays for starting the server.
struct RaceTmux {
    private let socket: String
    private let config: URL

    init(name: String, width: Int, height: Int) throws {
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
        config = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).conf")
        try "set -g default-terminal tmux-256color\nset -g escape-time 0\nset -g status off\n"
            .write(to: config, atomically: true, encoding: .utf8)
        do {
            try run(["new-session", "-d", "-s", "idle", "-x", "\(width)", "-y", "\(height)", "sleep 3600"])
        } catch {
            try? FileManager.default.removeItem(at: config)
            throw error
        }
    }

    /// `command` as the races start it, quoted for tmux: the same terminal and locale for
    /// every contender, `less` without the user's preprocessor or options, and Readouts
    /// without its caches (an analysis read back from an earlier run would skip the very
    /// linking that keys and memory are measured under).
    static func commandLine(_ command: [String]) -> String {
        (["env", "-u", "LESSOPEN", "-u", "LESSCLOSE", "LESS=", "TERM=tmux-256color", "LANG=C.UTF-8", "READOUTS_NO_CACHE=1"] + command)
            .map(Spawn.quote).joined(separator: " ")
    }

    /// One tmux command on this server.
    @discardableResult func run(_ arguments: [String]) throws -> Spawn.Output {
        try Spawn.run(["tmux", "-u", "-S", socket, "-f", config.path] + arguments)
    }

    /// Starts `command` in a new session and polls its pane every `microseconds` until
    /// `shows` accepts what it shows: the milliseconds from the start, or nil after a minute.
    func timeToFirstScreen(session: String, command: [String], width: Int, height: Int, pollEvery microseconds: UInt32,
                           shows: (String) -> Bool) throws -> Double? {
        let line = Self.commandLine(command)
        let start = DispatchTime.now().uptimeNanoseconds
        try run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "exec " + line])
        let deadline = start + 60_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            if shows(try run(["capture-pane", "-p", "-t", session]).text) {
                return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            }
            usleep(microseconds)
        }
        return nil
    }

    /// Ends the server and removes its socket and configuration.
    func close() {
        _ = try? run(["kill-server"])
        unlink(socket)
        try? FileManager.default.removeItem(at: config)
    }
}
