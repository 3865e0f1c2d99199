import CNCursesW
import Glibc

/// Restores the terminal on every way out. Each signal whose default action ends the
/// process — Ctrl-C, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, the
/// timers, resource limits and real-time signals — restores the terminal (`endwin()`) and
/// exits with status 128 + N. Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT,
/// SIGFPE, SIGSYS) raised by the program itself restore the terminal and chain to the
/// handler that was there before (the Swift backtracer), so the crash report prints on a
/// sane terminal, and the process then dies by the signal whatever that handler did. The
/// same signals sent by another process (`kill -SEGV`) are not crashes: the terminal is
/// restored and the process exits at once (128 + N), with no backtrace — the backtracer
/// would report and return, and leave the reader running behind a restored screen.
/// ncurses keeps its own SIGTSTP, SIGCONT and SIGWINCH handling. Install before
/// `newterm`, so ncurses keeps ours.
enum SignalGuard {
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS]

    /// Every signal whose default action ends the process and that is not a crash signal.
    static var terminationSignals: [Int32] {
        [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGALRM, SIGTERM, SIGUSR1, SIGUSR2, SIGSTKFLT,
         SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGPWR]
            + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
    }

    /// Previous actions by signal number; written once before any handler can run.
    nonisolated(unsafe) static var saved = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    /// Installs the handlers once: a second `Screen` (the reader after the waiting screen)
    /// must not save our own handler as "the one before", or a crash would chain to itself.
    static func install() { _ = installed }

    private static let installed: Void = {
        for signal in terminationSignals + crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { signal, info, _ in SignalGuard.handle(signal, info) }
            action.sa_flags = SA_SIGINFO | Int32(bitPattern: UInt32(SA_RESETHAND))
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, SignalGuard.saved + Int(signal))
        }
        atexit { SignalGuard.restoreTerminal() }
    }()

    static func restoreTerminal() {
        if rd_stdscr() != nil && !isendwin() {
            endwin()
        }
    }

    static func handle(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?) {
        restoreTerminal()
        guard crashSignals.contains(signal) else { _exit(128 + signal) }
        let code = info?.pointee.si_code ?? 0
        // si_code ≤ 0: sent by kill, sigqueue, tgkill or raise; by this process (abort(),
        // an assertion in C code) or by another one.
        if code <= 0 && info?.pointee._sifields._kill.si_pid != getpid() { _exit(128 + signal) }
        sigaction(signal, saved + Int(signal), nil)
        if code > 0 {
            return  // a real fault: returning repeats it into the previous handler
        }
        unblock(signal)
        raise(signal)
        die(by: signal)  // the previous handler returned: end the process anyway
    }

    /// Ends the process by `signal`'s default action (a crash signal: a core dump where
    /// they are enabled).
    static func die(by signal: Int32) -> Never {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        unblock(signal)
        raise(signal)
        _exit(128 + signal)  // a signal whose default is to be ignored cannot get here
    }

    private static func unblock(_ signal: Int32) {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }
}
