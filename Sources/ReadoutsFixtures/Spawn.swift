import Foundation

/// Runs a command to completion with posix_spawn and waitpid, its input and output through
/// temporary files. (Foundation's Process can wait forever on tmux: the server that the
/// first command forks inherits what Process uses to watch its child.)
public enum Spawn {
    public struct Output: Sendable {
        public var status: Int32
        /// Standard output and standard error, interleaved.
        public var text: String
    }

    /// Runs `arguments` (looked up on PATH), with `input` on standard input.
    @discardableResult
    public static func run(_ arguments: [String], input: Data? = nil) throws -> Output {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-spawn-\(UUID().uuidString)").path
        let outputPath = base + ".out"
        let inputPath = base + ".in"
        try (input ?? Data()).write(to: URL(fileURLWithPath: inputPath))
        defer {
            unlink(outputPath)
            unlink(inputPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        return Output(status: exitStatus, text: String(decoding: data, as: UTF8.self))
    }

    /// A word quoted for a POSIX shell.
    public static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
