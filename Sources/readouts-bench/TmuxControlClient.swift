import Foundation
import ReadoutsFixtures
import ReadoutsText

/// One persistent tmux client in control mode (`tmux -C attach`), through which the races
/// send every command: a command is a line written to its standard input and its reply is
/// read back, so polling a pane costs tmux's work on it (microseconds), not a tmux process
/// started for each `capture-pane` or `send-keys` (several milliseconds of fork and exec,
/// competing with the program being timed for the machine's cores). `%output`
/// notifications say when a pane wrote, so the races look at a pane only after it did.
final class TmuxControlClient {
    private let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var stream = TmuxControlStream()
    /// Replies read and not yet asked for, by the order of their commands.
    private var replies: [Int: (lines: [String], failed: Bool)] = [:]
    /// How many `%output` notifications each pane (`%N`) has sent.
    private var outputs: [String: Int] = [:]
    /// Commands written, and replies read: tmux answers a client's commands in turn.
    private var commandsSent = 0
    private var repliesRead = 0
    private var exited = false

    /// Its text holds command lines (a `--readouts` path) and tmux's replies: escaped once, here.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(description: String) { self.description = Sanitiser.escapedForMessage(description) }
    }

    /// Starts `tmux <arguments> -C attach-session -t <session>` and reads the attach's own reply.
    init(tmux arguments: [String], session: String) throws {
        var toClient: [Int32] = [0, 0]
        var fromClient: [Int32] = [0, 0]
        guard pipe(&toClient) == 0, pipe(&fromClient) == 0 else { throw Failure(description: "pipe: \(errno)") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toClient[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromClient[1], 1)
        for fd in toClient + fromClient { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = (["tmux"] + arguments + ["-C", "attach-session", "-t", session]).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawnp(&child, "tmux", &actions, nil, argv, environ)
        Glibc.close(toClient[0])
        Glibc.close(fromClient[1])
        guard spawned == 0 else {
            Glibc.close(toClient[1])
            Glibc.close(fromClient[0])
            throw Failure(description: "cannot start tmux -C: \(spawned)")
        }
        pid = child
        input = toClient[1]
        output = fromClient[0]
        // Answered once attached.
        try run("display-message -p attached")
    }

    /// Runs one tmux command (a line in tmux's own syntax: see `quote`) and returns its
    /// output lines; throws if tmux answered with `%error`.
    @discardableResult
    func run(_ command: String) throws -> [String] {
        let number = send(command)
        let deadline = DispatchTime.now().uptimeNanoseconds + 10_000_000_000
        while replies[number] == nil {
            guard try read(until: deadline) else { throw Failure(description: "no reply from tmux to: \(command)") }
        }
        let reply = replies.removeValue(forKey: number)!
        if reply.failed { throw Failure(description: "tmux: \(command): " + reply.lines.joined(separator: "\n")) }
        return reply.lines
    }

    /// Writes a command without waiting for its reply (kept until asked for, or dropped
    /// unread): its place in the order of this client's commands.
    @discardableResult
    func send(_ command: String) -> Int {
        let bytes = Array((command + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(input, $0.baseAddress, $0.count) }
            if count < 0 { if errno == EINTR { continue }; break }
            written += count
        }
        defer { commandsSent += 1 }
        return commandsSent
    }

    /// How many times `pane` has written so far (`%output` notifications read).
    func outputCount(_ pane: String) -> Int { outputs[pane, default: 0] }

    /// Waits until `pane` has written more than `count` times, or until `deadline`
    /// (`DispatchTime` nanoseconds): whether it did.
    func waitForOutput(_ pane: String, after count: Int, until deadline: UInt64) throws -> Bool {
        while outputCount(pane) <= count {
            guard try read(until: deadline) else { return false }
        }
        return true
    }

    /// Reads what the client has printed, waiting up to `deadline` for something: false if
    /// nothing came.
    private func read(until deadline: UInt64) throws -> Bool {
        if exited { throw Failure(description: "tmux -C has exited") }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now < deadline else { return false }
        var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(min(UInt64(Int32.max), (deadline - now + 999_999) / 1_000_000))
        let ready = poll(&descriptor, 1, milliseconds)
        if ready <= 0 { return false }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(output, $0.baseAddress, $0.count) }
        if count <= 0 {
            exited = true
            throw Failure(description: "tmux -C closed its output")
        }
        for message in stream.feed(buffer[..<count]) {
            switch message {
            case .reply(_, let lines, let failed, let fromClient):
                guard fromClient else { break }  // the attach's own
                replies[repliesRead] = (lines, failed)
                repliesRead += 1
            case .output(let pane, _):
                outputs[pane, default: 0] += 1
            case .exit(let reason):
                exited = true
                throw Failure(description: "tmux -C exited: \(reason)")
            case .notification:
                break
            }
        }
        // Replies nobody waits for (commands sent without `run`) are not kept for ever.
        if replies.count > 64, let oldest = replies.keys.min() { replies.removeValue(forKey: oldest) }
        return true
    }

    /// Detaches and waits for the client to leave.
    func close() {
        // Nothing to detach from a tmux that has gone (the bench ignores SIGPIPE: see main).
        if !exited { _ = send("detach-client") }
        Glibc.close(input)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        Glibc.close(output)
    }

    /// A word quoted for tmux's command parser: in double quotes, with the characters it
    /// reads there (`\`, `"` and `$`) escaped.
    static func quote(_ word: String) -> String {
        var quoted = "\""
        for character in word {
            if character == "\\" || character == "\"" || character == "$" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
