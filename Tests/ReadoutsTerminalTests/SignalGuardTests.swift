import CSignalGuard
import CSignalGuardChildren
import Glibc
import XCTest

/// The signal handlers' contract, each in a child process whose standard output is a
/// pseudo-terminal the test reads: a signal writes exactly the bytes the screen armed, puts
/// the shell's terminal modes back, and ends the process as the signal asks. The children
/// are C (`CSignalGuardChildren`), for a child forked from this threaded process may run
/// only async-signal-safe code. The handlers are C so that they run nothing but `write`,
/// `tcsetattr` and `_exit`: a signal that lands while the event loop holds the allocator's
/// or the Swift runtime's lock (the hang this replaced) cannot be staged on demand, so these
/// tests check what the handlers do, and the end-to-end tests that the reader arms them.
final class SignalGuardTests: XCTestCase {
    /// What a child wrote to its terminal, how it ended, and whether the terminal was back
    /// in the shell's (canonical, echoing) mode when it had ended.
    struct Ending {
        var output: [UInt8]
        var exitStatus: Int32?
        var killedBy: Int32?
        var canonicalAfterwards: Bool
        /// Whether it stopped on the way (and was continued).
        var wasStopped = false

        var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// The longest a child may take to get ready, and then to end.
    static let patience: Int32 = 10_000

    /// Runs `scenario` in a child (`rd_child_fork`) armed with `first` (then `second`), and
    /// sends it `signalFromOutside`, if any, once it is ready.
    func run(_ scenario: rd_child_scenario, first: String, second: String = "", signalFromOutside: Int32? = nil,
             file: StaticString = #filePath, line: UInt = #line) throws -> Ending {
        var master: Int32 = -1
        var terminal: Int32 = -1
        XCTAssertEqual(rd_child_open_pty(&master, &terminal), 0, "a pseudo-terminal", file: file, line: line)
        defer { close(master); close(terminal) }
        var ready: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ready), 0)
        defer { close(ready[0]) }
        let firstBytes = Array(first.utf8CString)
        let secondBytes = Array(second.utf8CString)
        let child = firstBytes.withUnsafeBufferPointer { one in
            secondBytes.withUnsafeBufferPointer { two in
                rd_child_fork(terminal, ready[1], Int32(scenario.rawValue), one.baseAddress, one.count - 1, two.baseAddress, two.count - 1)
            }
        }
        close(ready[1])
        guard child > 0 else { throw XCTSkip("fork failed") }

        var poller = pollfd(fd: ready[0], events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Self.patience) == 1 else {
            kill(child, SIGKILL)
            waitpid(child, nil, 0)
            XCTFail("the child never got ready", file: file, line: line)
            throw XCTSkip("the child never got ready")
        }
        if let signalFromOutside { kill(child, signalFromOutside) }
        var status: Int32 = 0
        var waited: Int32 = 0
        var stopped = false
        while true {
            let result = waitpid(child, &status, WNOHANG | WUNTRACED)
            if result == child && status & 0xFF == 0x7F {
                // Stopped: continued as `fg` would.
                stopped = true
                kill(child, SIGCONT)
                continue
            }
            if result != 0 { break }
            guard waited < Self.patience else {
                kill(child, SIGKILL)
                waitpid(child, &status, 0)
                XCTFail("the child did not end", file: file, line: line)
                throw XCTSkip("the child did not end")
            }
            usleep(10_000)
            waited += 10
        }

        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        var modes = termios()
        tcgetattr(terminal, &modes)
        let canonical = modes.c_lflag & tcflag_t(ICANON) != 0 && modes.c_lflag & tcflag_t(ECHO) != 0
        let exited = status & 0x7F == 0
        return Ending(output: output, exitStatus: exited ? (status >> 8) & 0xFF : nil,
                      killedBy: exited ? nil : status & 0x7F, canonicalAfterwards: canonical, wasStopped: stopped)
    }

    static let restore = "\u{18}\u{1B}[39;49m\u{1B}[?1049l\r"

    func testATerminationSignalWritesTheArmedBytesRestoresTheModesAndExits128PlusN() throws {
        let ending = try run(RD_CHILD_RAISES_USR1, first: Self.restore)
        XCTAssertEqual(ending.text, Self.restore, "the terminal gets the restore sequence, whole")
        XCTAssertEqual(ending.exitStatus, 128 + SIGUSR1)
        XCTAssertTrue(ending.canonicalAfterwards, "the shell's line editing and echo are back")
    }

    func testTheLastBytesArmedAreTheOnesWritten() throws {
        let ending = try run(RD_CHILD_ARMS_TWICE_AND_WAITS, first: "first", second: "second", signalFromOutside: SIGTERM)
        XCTAssertEqual(ending.text, "second")
        XCTAssertEqual(ending.exitStatus, 128 + SIGTERM)
    }

    /// Once the screen has closed (`endwin` ran), a late signal must not write a second
    /// restore or touch the modes the program left.
    func testADisarmedGuardWritesNothingAndLeavesTheModes() throws {
        let ending = try run(RD_CHILD_DISARMS_AND_WAITS, first: "restore", signalFromOutside: SIGHUP)
        XCTAssertEqual(ending.output, [])
        XCTAssertEqual(ending.exitStatus, 128 + SIGHUP)
        XCTAssertFalse(ending.canonicalAfterwards, "the raw mode the program set is left as it was")
    }

    /// `kill -SEGV` from another process is no crash: restore and exit, no core, no backtrace.
    func testACrashSignalSentFromOutsideRestoresAndExits() throws {
        let ending = try run(RD_CHILD_WAITS, first: "restore", signalFromOutside: SIGSEGV)
        XCTAssertEqual(ending.text, "restore")
        XCTAssertEqual(ending.exitStatus, 128 + SIGSEGV)
        XCTAssertTrue(ending.canonicalAfterwards)
    }

    /// The program's own abort restores the terminal first, then goes to the handler that
    /// was there before (here the default), and the process dies by the signal.
    func testTheProgramsOwnAbortRestoresThenDiesByTheSignal() throws {
        let ending = try run(RD_CHILD_ABORTS, first: "restore")
        XCTAssertEqual(ending.text, "restore")
        XCTAssertEqual(ending.killedBy, SIGABRT)
        XCTAssertTrue(ending.canonicalAfterwards)
    }

    /// A real fault (a write through a null pointer) restores the terminal once, then repeats
    /// into the handler that was there before, and the process dies by SIGSEGV.
    func testARealFaultRestoresOnceThenDiesByTheSignal() throws {
        let ending = try run(RD_CHILD_FAULTS, first: "restore")
        XCTAssertEqual(ending.text, "restore")
        XCTAssertEqual(ending.killedBy, SIGSEGV)
        XCTAssertTrue(ending.canonicalAfterwards)
    }

    /// Suspended by Ctrl-Z and then killed (`kill %1`), the reader is in the background:
    /// curses has given the screen and its modes back to the shell, and a restore now would
    /// write over the shell's screen and stop the process in `tcsetattr` (SIGTTOU) instead of
    /// ending it. It ends at once, writing nothing.
    func testInTheBackgroundASignalEndsTheProcessAndWritesNothing() throws {
        let ending = try run(RD_CHILD_IN_THE_BACKGROUND_RAISES_TERM, first: "restore")
        XCTAssertEqual(ending.output, [])
        XCTAssertEqual(ending.exitStatus, 128 + SIGTERM)
    }

    /// Ctrl-Z is only noted by its handler (the event loop suspends between two frames): the
    /// process goes on, and the note is taken once. With curses' handler, or none, the child
    /// would stop inside the signal.
    func testCtrlZIsOnlyNotedByTheHandler() throws {
        let ending = try run(RD_CHILD_NOTES_CTRL_Z, first: "restore")
        XCTAssertFalse(ending.wasStopped, "the handler does not stop the process")
        XCTAssertEqual(ending.exitStatus, 11, "noted once, then taken")
        XCTAssertEqual(ending.output, [], "nothing written: the loop gives the terminal back")
    }

    /// The event loop's stop is a real one (a job-control shell sees the job stopped), and
    /// once continued, the next Ctrl-Z is noted again.
    func testTheLoopsStopStopsAndCtrlZIsNotedAfterwards() throws {
        let ending = try run(RD_CHILD_STOPS_AND_GOES_ON, first: "restore")
        XCTAssertTrue(ending.wasStopped)
        XCTAssertEqual(ending.exitStatus, 21)
    }

    /// With no screen up (before the first, between the waiting screen and the reader's,
    /// after the last) nothing would take the note: Ctrl-Z stops the process at once, as by
    /// default, and leaves no note to suspend the next screen on its first key.
    func testWithoutAScreenCtrlZStopsAtOnce() throws {
        let ending = try run(RD_CHILD_STOPS_AT_CTRL_Z_WITHOUT_A_SCREEN, first: "restore")
        XCTAssertTrue(ending.wasStopped)
        XCTAssertEqual(ending.exitStatus, 30, "no note left")
    }
}
