import CNCursesW
import CSignalGuard
import Glibc

/// Restores the terminal on every way out. Each signal whose default action ends the
/// process — Ctrl-C, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, the
/// timers, resource limits and real-time signals — restores the terminal and exits with
/// status 128 + N. Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE,
/// SIGSYS) raised by the program itself restore the terminal and chain to the handler that
/// was there before (the Swift backtracer), so the crash report prints on a sane terminal,
/// and the process then dies by the signal whatever that handler did. The same signals
/// sent by another process (`kill -SEGV`) are not crashes: the terminal is restored and the
/// process exits at once (128 + N), with no backtrace — the backtracer would report and
/// return, and leave the reader running behind a restored screen. Ctrl-Z (SIGTSTP) is
/// only noted: the event loop suspends between two frames (`Screen.suspend`), where curses'
/// own handler would have left and repainted the screen from inside the signal. ncurses
/// keeps its SIGWINCH handling.
///
/// The handlers are C (`CSignalGuard`): a handler may run only async-signal-safe code, and
/// neither Swift (which may allocate and lock in its runtime) nor curses' `endwin` is. So
/// the screen, once set up, hands the guard the bytes `endwin` would write (`arm`), and a
/// handler writes them and puts the shell's terminal modes back. Normal exits still go
/// through `endwin`, from `atexit`.
enum SignalGuard {
    /// Installs the handlers once. Install before `newterm`, so ncurses keeps ours, and a
    /// second `Screen` (the reader after the waiting screen) does not install them again.
    static func install() { _ = installed }

    private static let installed: Void = {
        _ = rd_guard_install()
        // The shell's modes, before curses changes them (curses writes to standard output).
        _ = rd_guard_save_modes(STDOUT_FILENO)
        atexit { SignalGuard.restoreTerminal() }
    }()

    /// The screen is set up: a signal now writes what returns the terminal to the shell
    /// with the cursor on its last row (`height` rows).
    static func arm(height: Int) {
        let bytes = restoreSequence(height: height)
        if bytes.withUnsafeBufferPointer({ rd_guard_arm($0.baseAddress, $0.count) }) != 0 {
            // Longer than the guard holds (a terminfo entry of unusual strings): the
            // alternate screen left and the cursor shown are what matter most.
            let essential = [CChar(0x18)] + [rd_string_capability("cnorm"), rd_string_capability("rmcup")]
                .compactMap { $0 }.flatMap { UnsafeBufferPointer(start: $0, count: strlen($0)) }
            _ = essential.withUnsafeBufferPointer { rd_guard_arm($0.baseAddress, min($0.count, Int(RD_GUARD_CAPACITY))) }
        }
    }

    /// While `on`, Ctrl-C (SIGINT) with a screen up is only noted, and `Screen.nextEvents`
    /// hands it on as the key: a line being typed cancels with it, as in less and vim.
    static func interruptAsKey(_ on: Bool) {
        interruptIsKey = on
        rd_guard_interrupt_as_key(on ? 1 : 0)
    }

    /// What `interruptAsKey` last set (read on the event loop's thread only).
    nonisolated(unsafe) private(set) static var interruptIsKey = false

    /// The terminal is gone: the reader ends as the hangup signal ends it (status 129).
    static func hangUp() -> Never {
        raise(SIGHUP)
        _exit(128 + SIGHUP)
    }

    /// The screen is closed (`endwin` has run): a signal leaves the terminal alone.
    static func disarm() { rd_guard_disarm() }

    static func restoreTerminal() {
        if rd_stdscr() != nil && !isendwin() {
            endwin()
        }
        disarm()
    }

    /// What ncurses' `endwin` writes, from the terminal's terminfo entry: the colours and
    /// attributes reset, mouse tracking off, the cursor to the last row and shown, the
    /// alternate screen left and the keypad in its normal mode. It starts with CAN, which
    /// ends an escape sequence a frame may have been cut in the middle of.
    static func restoreSequence(height: Int) -> [CChar] {
        var bytes: [CChar] = [0x18]
        func add(_ capability: UnsafePointer<CChar>?) {
            guard let capability else { return }
            bytes += UnsafeBufferPointer(start: capability, count: strlen(capability))
        }
        func add(_ name: String) { add(rd_string_capability(name)) }
        add("op")
        add("sgr0")
        if has_mouse() {
            if let xm = rd_string_capability("XM") {
                add(rd_tparm1(xm, 0))
            } else if let kmous = rd_string_capability("kmous"), strcmp(kmous, "\u{1B}[<") == 0 {
                // SGR mouse reports, as ncurses reads a `kmous` of "\E[<".
                bytes += "\u{1B}[?1006;1000l".utf8.map { CChar(bitPattern: $0) }
            } else {
                bytes += "\u{1B}[?1000l".utf8.map { CChar(bitPattern: $0) }
            }
        }
        if let cup = rd_string_capability("cup") { add(rd_tparm2(cup, Int32(max(0, height - 1)), 0)) }
        add("cnorm")
        add("rmcup")
        bytes.append(0x0D)
        add("rmkx")
        return bytes
    }
}
