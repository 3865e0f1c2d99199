import Foundation
import ReadoutsFixtures
import XCTest

/// Drives the real `readouts` binary inside a private tmux server and reads the screen
/// back. Waits on the reader's input counter (`#N` at the end of the status row: how many
/// keys, clicks and resizes it has handled, shown on the frame drawn after them), never by
/// sleeping — and never on "any next frame", which a background result can also cause.
final class Tmux {
    let socket: String
    let session = "e2e"
    private let config: URL
    /// A home of the test's own for the reader's state, configuration and caches
    /// (`XDG_STATE_HOME`, `XDG_CONFIG_HOME`, `XDG_CACHE_HOME`), so no test reads or writes
    /// the user's, tests running at once do not share a search history, and no test finds
    /// the analysis another left in the cache (links shown at once, progress never seen).
    /// Removed with the server.
    let home: URL
    var stateDirectory: URL { home.appendingPathComponent("state/readouts") }
    var configDirectory: URL { home.appendingPathComponent("config/readouts") }

    static var isAvailable: Bool { (try? run(["tmux", "-V"]))?.status == 0 }

    /// Skips the calling test without tmux, unless CI requires the end-to-end tests.
    static func requireTmux() throws {
        if isAvailable { return }
        if ProcessInfo.processInfo.environment["READOUTS_E2E_REQUIRED"] == "1" {
            XCTFail("tmux is required for the end-to-end tests")
        }
        throw XCTSkip("tmux is not installed")
    }

    /// The built `readouts` next to the test bundle.
    static var binary: String {
        let directory = URL(fileURLWithPath: CommandLine.arguments.first { $0.hasSuffix(".xctest") } ?? CommandLine.arguments[0])
            .deletingLastPathComponent()
        return directory.appendingPathComponent("readouts").path
    }

    /// `setClipboard`: tmux takes what programs send by OSC 52 into a paste buffer
    /// (`set-clipboard on`; it must be set before the server starts).
    init(setClipboard: Bool = false) throws {
        // A socket file of our own (tmux -S), removed with the server: nothing is left behind.
        let name = "readouts-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
        config = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).conf")
        home = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try """
        set -g default-terminal tmux-256color
        set -g escape-time 0
        set -g status off
        set -g remain-on-exit on
        set -s set-clipboard \(setClipboard ? "on" : "external")
        """.write(to: config, atomically: true, encoding: .utf8)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        unlink(socket)
        try? FileManager.default.removeItem(at: config)
        try? FileManager.default.removeItem(at: home)
    }

    /// Runs a command to completion (see `Spawn`), with this test run's own cache
    /// directory unless the command names one (an export caches sentence vectors).
    @discardableResult
    static func run(_ arguments: [String], input: Data? = nil) throws -> Spawn.Output {
        try Spawn.run(["XDG_CACHE_HOME=\(scratchCache)"] + arguments, input: input)
    }

    /// `XDG_CACHE_HOME` for the commands `run` starts: a directory of this test process,
    /// removed when it exits.
    static let scratchCache: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-e2e-cache-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Tmux.scratchCache) }
        return path
    }()

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = try Tmux.run(["tmux", "-u", "-S", socket, "-f", config.path] + arguments)
        return output.text
    }

    /// Starts `readouts ARGUMENTS` in a WIDTH×HEIGHT window with TERM=`term`, under a
    /// job-control shell like a user's: Ctrl-Z stops it ("[stopped]" is printed; Enter
    /// runs `fg`), and its exit status is printed as "[exit N]" on the restored screen.
    /// `redirection`: shell redirections after the command (`0<>FIFO`: standard input a FIFO
    /// that has no other writer).
    func start(_ arguments: [String] = [], width: Int = 100, height: Int = 30, term: String = "tmux-256color",
               environment: [String: String] = [:], redirection: String? = nil) throws {
        try tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
                  "-e", "LANG=C.UTF-8", "-e", "SWIFT_BACKTRACE=interactive=no,color=no",
                  "bash --norc --noprofile -c " + Tmux.quote(script(arguments, term: term, environment: environment, redirection: redirection))])
    }

    /// Starts the reader again in the same window (the last one has ended or is killed).
    func respawn(_ arguments: [String] = [], term: String = "tmux-256color", environment: [String: String] = [:]) throws {
        try tmux(["respawn-pane", "-k", "-t", session,
                  "bash --norc --noprofile -c " + Tmux.quote(script(arguments, term: term, environment: environment))])
    }

    /// The shell script a window runs: the reader under job control, then its exit status.
    private func script(_ arguments: [String], term: String, environment: [String: String], redirection: String? = nil) -> String {
        var env = ["TERM=\(term)", "READOUTS_INPUT_COUNTER=1"]
        var environment = environment
        if environment["XDG_STATE_HOME"] == nil { environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path }
        if environment["XDG_CONFIG_HOME"] == nil { environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path }
        if environment["XDG_CACHE_HOME"] == nil { environment["XDG_CACHE_HOME"] = home.appendingPathComponent("cache").path }
        env += environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // `swift test` sets NO_COLOR=1 for its children: unset it unless a test sets it.
        // Likewise COLORFGBG, which the terminal the tests run in may set: on a light one the
        // reader would start in the `light` theme and every test reading colours would change.
        let command = (["env", "-u", "NO_COLOR", "-u", "COLORFGBG"] + env + [Tmux.binary] + arguments).map(Tmux.quote).joined(separator: " ")
            + (redirection.map { " " + $0 } ?? "")
        let script = """
            set -m
            \(command)
            s=$?
            while [ $s -eq 148 ]; do echo "[stopped]"; read -r _; fg >/dev/null; s=$?; done
            echo "[exit $s]"
            exec sleep 3600
            """
        return script
    }

    static func quote(_ word: String) -> String {
        Spawn.quote(word)
    }

    /// The reader's process id (the child of the wrapping shell).
    func readerPID() throws -> String {
        let shell = try format("pane_pid")
        return try Tmux.run(["ps", "-o", "pid=", "--ppid", shell]).text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", session]).components(separatedBy: "\n")
    }

    /// The screen with SGR escapes (`capture-pane -e`).
    func styledScreen() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", session])
    }

    func format(_ variable: String) throws -> String {
        try tmux(["display-message", "-p", "-t", session, "#{\(variable)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }
    func sendLiteral(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text]) }
    func sendHex(_ bytes: [UInt8]) throws { try tmux(["send-keys", "-t", session, "-H"] + bytes.map { String(format: "%02x", $0) }) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The input counter shown at the end of the status row, if visible.
    func inputCount() throws -> Int? {
        for line in try screen().reversed() {
            if let range = line.range(of: #"#(\d+)\s*$"#, options: .regularExpression) {
                return Int(line[range].dropFirst().trimmingCharacters(in: .whitespaces))
            }
        }
        return nil
    }

    /// Polls every 50 ms until `condition` holds; fails with the screen after `timeout`.
    func wait(_ what: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
              until condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            usleep(50_000)
        }
        XCTFail("timed out waiting for \(what); screen:\n" + ((try? screen().joined(separator: "\n")) ?? "?"), file: file, line: line)
        throw XCTSkip("timed out")
    }

    /// Waits for the reader's first frame (its input counter shows) and returns the count.
    @discardableResult
    func waitForStart(timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        var count = 0
        try wait("the first frame", timeout: timeout, file: file, line: line) {
            guard let shown = try inputCount() else { return false }
            count = shown
            return true
        }
        return count
    }

    /// Waits until the reader has handled `count` inputs and drawn the frame after them.
    @discardableResult
    func waitForInputs(_ count: Int, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        var shown = 0
        try wait("the frame after input #\(count)", timeout: timeout, file: file, line: line) {
            shown = try inputCount() ?? 0
            return shown >= count
        }
        return shown
    }

    /// Sends keys (tmux key names, one input each) and waits for the frame after the last.
    @discardableResult
    func press(_ keys: String..., timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let before = try inputCount() ?? 0
        try tmux(["send-keys", "-t", session] + keys)
        return try waitForInputs(before + keys.count, timeout: timeout, file: file, line: line)
    }

    /// Types text literally (one input per Unicode scalar) and waits for the frame after it.
    @discardableResult
    func type(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let before = try inputCount() ?? 0
        try sendLiteral(text)
        return try waitForInputs(before + text.unicodeScalars.count, timeout: timeout, file: file, line: line)
    }

    /// Sends raw bytes holding `inputs` inputs (mouse reports) and waits for the frame after them.
    @discardableResult
    func sendHex(_ bytes: [UInt8], inputs: Int, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let before = try inputCount() ?? 0
        try sendHex(bytes)
        return try waitForInputs(before + inputs, file: file, line: line)
    }

    /// The exit status the wrapping shell printed, once the reader has ended.
    func exitStatus() throws -> Int? {
        for line in try screen() {
            if let range = line.range(of: #"^\[exit (\d+)\]"#, options: .regularExpression) {
                return Int(line[range].dropFirst(6).dropLast())
            }
        }
        return nil
    }

    var hasExited: Bool { ((try? exitStatus()) ?? nil) != nil }

    /// Waits for the reader to end and returns its exit status.
    func waitForExit(file: StaticString = #filePath, line: UInt = #line) throws -> Int? {
        try wait("exit", file: file, line: line) { hasExited }
        return try exitStatus()
    }

    /// Asserts that the terminal is back to normal: main screen, no mouse tracking,
    /// cursor shown, keypad transmit mode off.
    func assertRestored(file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try format("alternate_on"), "0", "alternate screen left on", file: file, line: line)
        XCTAssertEqual(try format("mouse_any_flag"), "0", "mouse tracking left on", file: file, line: line)
        XCTAssertEqual(try format("cursor_flag"), "1", "cursor left hidden", file: file, line: line)
        XCTAssertEqual(try format("keypad_cursor_flag"), "0", "keypad mode left on", file: file, line: line)
    }
}
