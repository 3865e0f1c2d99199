import CNCursesW
import Glibc

/// Restores the terminal on every way out: termination signals (Ctrl-C, SIGTERM, SIGHUP,
/// SIGQUIT) end the program after `endwin()`; crash signals restore the terminal and then
/// chain to the handler that was there before (the Swift backtracer), so the crash report
/// still prints, on a sane terminal. Install before `newterm`, so ncurses keeps ours.
enum SignalGuard {
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Previous actions by signal number; written once before any handler can run.
    nonisolated(unsafe) static var saved = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    static func install() {
        for signal in terminationSignals + crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { signal, info, _ in SignalGuard.handle(signal, info) }
            action.sa_flags = SA_SIGINFO | Int32(bitPattern: UInt32(SA_RESETHAND))
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, SignalGuard.saved + Int(signal))
        }
        atexit { SignalGuard.restoreTerminal() }
    }

    static func restoreTerminal() {
        if rd_stdscr() != nil && !isendwin() {
            endwin()
        }
    }

    static func handle(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?) {
        restoreTerminal()
        if terminationSignals.contains(signal) {
            _exit(128 + signal)
        }
        sigaction(signal, saved + Int(signal), nil)
        let code = info?.pointee.si_code ?? 0
        if code > 0 && signal != SIGABRT {
            return  // a real fault: returning repeats it into the previous handler
        }
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(signal)
    }
}
