import Foundation
import XCTest

/// Every signal that ends the reader leaves the terminal as it was — main screen, no mouse
/// tracking, keypad mode off, cursor shown — and really ends it: the wrapping shell prints
/// 128 + N. (SIGTERM, SIGHUP, Ctrl-C and a crash are in `ReaderEndToEndTests`.)
final class SignalEndToEndTests: XCTestCase {
    override func setUpWithError() throws { try Tmux.requireTmux() }

    /// Starts the reader, sends it `signal` from outside, and checks how it ended.
    func assertEndsAndRestores(_ signal: Int32, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let tmux = try Tmux()
        try tmux.start()
        try tmux.waitForStart()
        XCTAssertEqual(try tmux.format("alternate_on"), "1", "\(name): the reader is on the alternate screen", file: file, line: line)
        try Tmux.run(["kill", "-\(signal)", try tmux.readerPID()])
        XCTAssertEqual(try tmux.waitForExit(file: file, line: line), 128 + Int(signal), name, file: file, line: line)
        try tmux.assertRestored(file: file, line: line)
    }

    func testPipeUserSignalsAndAlarmRestoreTheTerminal() throws {
        for (signal, name) in [(SIGPIPE, "SIGPIPE"), (SIGUSR1, "SIGUSR1"), (SIGUSR2, "SIGUSR2"), (SIGALRM, "SIGALRM")] {
            try assertEndsAndRestores(signal, name)
        }
    }

    func testTimerLimitAndRealTimeSignalsRestoreTheTerminal() throws {
        let signals: [(Int32, String)] = [
            (SIGVTALRM, "SIGVTALRM"), (SIGPROF, "SIGPROF"), (SIGXCPU, "SIGXCPU"), (SIGXFSZ, "SIGXFSZ"),
            (SIGIO, "SIGIO"), (SIGPWR, "SIGPWR"), (SIGSTKFLT, "SIGSTKFLT"), (SIGQUIT, "SIGQUIT"),
            (__libc_current_sigrtmin(), "SIGRTMIN"), (__libc_current_sigrtmax(), "SIGRTMAX"),
        ]
        for (signal, name) in signals { try assertEndsAndRestores(signal, name) }
    }

    /// A crash signal sent by another process is no crash: the reader restores the
    /// terminal and ends, rather than reporting a backtrace and reading keys on, unseen.
    func testCrashSignalsSentFromOutsideEndTheReader() throws {
        for (signal, name) in [(SIGSEGV, "SIGSEGV"), (SIGABRT, "SIGABRT"), (SIGBUS, "SIGBUS"), (SIGILL, "SIGILL"), (SIGFPE, "SIGFPE")] {
            try assertEndsAndRestores(signal, name)
        }
    }
}
