import CSignalGuard
import Glibc
import XCTest

/// The signal handlers' contract, each in a forked child whose standard output is a
/// pseudo-terminal the test reads: a signal writes exactly the bytes the screen armed,
/// puts the shell's terminal modes back, and ends the process as the signal asks. The
/// handlers are C so that they run nothing but `write`, `tcsetattr` and `_exit`: a signal
/// that lands while the event loop holds the allocator's or the Swift runtime's lock (the
/// hang this replaced) cannot be staged on demand, so these tests check what the handlers
/// do, and the end-to-end tests that the reader arms them.
final class SignalGuardTests: XCTestCase {
    /// What a child wrote to its terminal, how it ended, and whether the terminal was back
    /// in the shell's (canonical, echoing) mode when it had ended.
    struct Ending {
        var output: [UInt8]
        var exitStatus: Int32?
        var killedBy: Int32?
        var canonicalAfterwards: Bool
    }

    /// Forks a child whose standard output is a fresh pseudo-terminal in canonical mode. The
    /// child saves that mode, turns the terminal raw as curses does, calls `prepare` (only C
    /// functions: a forked copy of a threaded process may run nothing else), and then
    /// `act`; the parent sends `signalFromOutside`, if any, once the child is waiting.
    func run(prepare: @convention(c) () -> Void, act: @convention(c) () -> Void,
             signalFromOutside: Int32? = nil) throws -> Ending {
        // posix_openpt and its kin are not in Swift's Glibc module: /dev/ptmx and the
        // two ioctls they are made of (TIOCSPTLCK unlocks, TIOCGPTN names the terminal).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        XCTAssertGreaterThanOrEqual(master, 0)
        defer { Glibc.close(master) }
        var unlock: Int32 = 0
        XCTAssertEqual(ioctl(master, 0x4004_5431, &unlock), 0)
        var number: UInt32 = 0
        XCTAssertEqual(ioctl(master, 0x8004_5430, &number), 0)
        let terminal = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        XCTAssertGreaterThanOrEqual(terminal, 0)
        defer { Glibc.close(terminal) }
        var ready: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ready), 0)

        let child = fork()
        if child == 0 {
            dup2(terminal, STDOUT_FILENO)
            _ = rd_guard_save_modes(STDOUT_FILENO)
            var raw = termios()
            tcgetattr(STDOUT_FILENO, &raw)
            cfmakeraw(&raw)
            tcsetattr(STDOUT_FILENO, TCSANOW, &raw)
            prepare()
            var byte: UInt8 = 1
            _ = write(ready[1], &byte, 1)
            act()
            _exit(0)
        }
        XCTAssertGreaterThan(child, 0)
        Glibc.close(ready[1])
        var byte: UInt8 = 0
        _ = read(ready[0], &byte, 1)
        Glibc.close(ready[0])
        if let signalFromOutside { kill(child, signalFromOutside) }
        var status: Int32 = 0
        waitpid(child, &status, 0)

        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
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
                      killedBy: exited ? nil : status & 0x7F, canonicalAfterwards: canonical)
    }

    static let armed = Array("\u{18}\u{1B}[39;49m\u{1B}[?1049l\r".utf8)

    func testATerminationSignalWritesTheArmedBytesRestoresTheModesAndExits128PlusN() throws {
        _ = Self.armed.count  // made here: the child runs no Swift initialiser
        let ending = try run(prepare: {
            _ = rd_guard_install()
            SignalGuardTests.armed.withUnsafeBufferPointer { _ = rd_guard_arm($0.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }, $0.count) }
        }, act: { raise(SIGUSR1); pause() })
        XCTAssertEqual(ending.output, Self.armed, "the terminal gets the restore sequence, whole")
        XCTAssertEqual(ending.exitStatus, 128 + SIGUSR1)
        XCTAssertTrue(ending.canonicalAfterwards, "the shell's line editing and echo are back")
    }

    func testTheLastBytesArmedAreTheOnesWritten() throws {
        let ending = try run(prepare: {
            _ = rd_guard_install()
            _ = rd_guard_arm("first", 5)
            _ = rd_guard_arm("second", 6)
        }, act: { pause() }, signalFromOutside: SIGTERM)
        XCTAssertEqual(String(decoding: ending.output, as: UTF8.self), "second")
        XCTAssertEqual(ending.exitStatus, 128 + SIGTERM)
    }

    /// Once the screen has closed (`endwin` ran), a late signal must not write a second
    /// restore or touch the modes the program left.
    func testADisarmedGuardWritesNothingAndLeavesTheModes() throws {
        let ending = try run(prepare: {
            _ = rd_guard_install()
            _ = rd_guard_arm("restore", 7)
            rd_guard_disarm()
        }, act: { pause() }, signalFromOutside: SIGHUP)
        XCTAssertEqual(ending.output, [])
        XCTAssertEqual(ending.exitStatus, 128 + SIGHUP)
        XCTAssertFalse(ending.canonicalAfterwards, "the raw mode the program set is left as it was")
    }

    /// `kill -SEGV` from another process is no crash: restore and exit, no core, no backtrace.
    func testACrashSignalSentFromOutsideRestoresAndExits() throws {
        let ending = try run(prepare: {
            _ = rd_guard_install()
            _ = rd_guard_arm("restore", 7)
        }, act: { pause() }, signalFromOutside: SIGSEGV)
        XCTAssertEqual(String(decoding: ending.output, as: UTF8.self), "restore")
        XCTAssertEqual(ending.exitStatus, 128 + SIGSEGV)
        XCTAssertTrue(ending.canonicalAfterwards)
    }

    /// The program's own abort restores the terminal first, then goes to the handler that
    /// was there before (here the default), and the process dies by the signal.
    func testTheProgramsOwnCrashRestoresThenDiesByTheSignal() throws {
        let ending = try run(prepare: {
            signal(SIGABRT, SIG_DFL)
            var limit = rlimit(rlim_cur: 0, rlim_max: 0)
            setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &limit)
            _ = rd_guard_install()
            _ = rd_guard_arm("restore", 7)
        }, act: { abort() })
        XCTAssertEqual(String(decoding: ending.output, as: UTF8.self), "restore")
        XCTAssertEqual(ending.killedBy, SIGABRT)
        XCTAssertTrue(ending.canonicalAfterwards)
    }
}
