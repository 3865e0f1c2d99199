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

    /// One tmux command on this server.
    @discardableResult func run(_ arguments: [String]) throws -> Spawn.Output {
        try Spawn.run(["tmux", "-u", "-S", socket, "-f", config.path] + arguments)
    }

    /// Ends the server and removes its socket and configuration.
    func close() {
        _ = try? run(["kill-server"])
        unlink(socket)
        try? FileManager.default.removeItem(at: config)
    }
}
