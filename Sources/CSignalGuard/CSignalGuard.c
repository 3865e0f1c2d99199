#define _GNU_SOURCE
#include "CSignalGuard.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* Two slots, so that re-arming from the event loop never shows a handler half-copied
   bytes: the new bytes go to the slot not in use, then `armed` names it. */
static char slots[2][RD_GUARD_CAPACITY];
static size_t lengths[2];
/* The slot a handler writes (0 or 1), or -1 when disarmed: stored with release, loaded
   with acquire, so a handler on any thread sees the bytes of the slot it reads (lock-free
   atomics are safe in a handler). */
static _Atomic int armed = -1;

static int terminal = STDOUT_FILENO;
static struct termios shell_modes;
static _Atomic int has_modes = 0;

/* An alternate stack for the main thread's handlers, where none is set: a stack overflow
   leaves no stack to run a handler on. */
static char alternate_stack[64 * 1024];

static struct sigaction previous[NSIG];
static int installed = 0;

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS };
static const int termination_signals[] = {
    SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGALRM, SIGTERM, SIGUSR1, SIGUSR2, SIGSTKFLT,
    SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGPWR,
};

static int is_crash(int signal) {
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        if (crash_signals[i] == signal) return 1;
    }
    return 0;
}

/* Writes all of `bytes`, waiting a little (poll) while a non-blocking terminal is full. */
static void write_all(const char *bytes, size_t left) {
    int waits = 0;
    while (left > 0) {
        ssize_t written = write(terminal, bytes, left);
        if (written > 0) {
            bytes += written;
            left -= (size_t)written;
        } else if (written < 0 && errno == EINTR) {
            continue;
        } else if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && waits++ < 10) {
            struct pollfd ready = { .fd = terminal, .events = POLLOUT, .revents = 0 };
            poll(&ready, 1, 100);
        } else {
            return; /* the terminal is gone: nothing more to do for it */
        }
    }
}

/* Whether the process is in the terminal's foreground, or the terminal is not its
   controlling one (it answers nothing then). */
static int in_foreground(void) {
    pid_t foreground = tcgetpgrp(terminal);
    return foreground == -1 || foreground == getpgrp();
}

/* What a handler does to the terminal: writes the armed bytes and restores the saved
   modes, if armed and in the foreground. */
static void restore(void) {
    int saved_errno = errno;
    int slot = atomic_load_explicit(&armed, memory_order_acquire);
    /* In the background (suspended by Ctrl-Z, then `kill %1`) the shell owns the screen and
       its modes: curses has restored them already, and writing now would scribble on the
       shell's screen (and tcsetattr stop the process by SIGTTOU). */
    if ((slot == 0 || slot == 1) && in_foreground()) {
        write_all(slots[slot], lengths[slot]);
        if (atomic_load_explicit(&has_modes, memory_order_acquire)) {
            while (tcsetattr(terminal, TCSANOW, &shell_modes) != 0 && errno == EINTR) {}
        }
    }
    errno = saved_errno;
}

/* Faults that repeat when the handler returns (the instruction runs again); a SIGSYS from
   seccomp or a SIGTRAP from a breakpoint goes on past it. */
static int repeats_on_return(int signal) {
    return signal == SIGSEGV || signal == SIGBUS || signal == SIGILL || signal == SIGFPE;
}

static void unblock(int signal) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/* Ends the process by `signal`'s default action (a crash signal: a core dump where they
   are enabled). */
static void die_by(int signal) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal, &action, NULL);
    unblock(signal);
    raise(signal);
    _exit(128 + signal); /* a signal whose default is to be ignored cannot get here */
}

static void handle(int signal, siginfo_t *info, void *context);

/* The action the guard installs: `handle`, once (a second signal while it runs finds the
   default action), on the alternate stack, every other signal held meanwhile. */
static void our_action(struct sigaction *action) {
    memset(action, 0, sizeof *action);
    action->sa_sigaction = handle;
    action->sa_flags = SA_SIGINFO | SA_RESETHAND | SA_ONSTACK;
    /* Every other signal waits while a handler runs: none writes the sequence again
       half-way through, and SIGTTOU cannot stop the process in tcsetattr. */
    sigfillset(&action->sa_mask);
}

/* Set while the reader has a line being typed (`rd_guard_interrupt_as_key`): Ctrl-C then
   cancels the line, as in less's and vim's prompts, instead of ending the process. */
static _Atomic int interrupt_as_key = 0;
/* Set by such a Ctrl-C, taken by the event loop (`rd_guard_take_interrupt`). */
static _Atomic int interrupt_asked = 0;

static void handle(int signal, siginfo_t *info, void *context) {
    (void)context;
    /* Ctrl-C typed at the terminal (SI_KERNEL: the line discipline sent it), not a SIGINT
       another process sent (`kill -INT`, `timeout -s INT`), which ends the reader whatever
       is open. SIGINT is installed without SA_RESETHAND (`install_one`), so the next one
       comes here too, and none finds the default action on another thread meanwhile. */
    if (signal == SIGINT && info && info->si_code == SI_KERNEL
        && atomic_load_explicit(&interrupt_as_key, memory_order_acquire)
        && atomic_load_explicit(&armed, memory_order_acquire) != -1) {
        atomic_store_explicit(&interrupt_asked, 1, memory_order_release);
        return;
    }
    restore();
    atomic_store_explicit(&armed, -1, memory_order_release);
    if (!is_crash(signal)) _exit(128 + signal);
    int code = info ? info->si_code : 0;
    /* si_code <= 0: sent by kill, sigqueue, tgkill or raise; by this process (abort(), an
       assertion in C code) or by another one. Another's is no crash: end at once, with no
       backtrace (the backtracer would report and return, and leave the reader running). */
    if (code <= 0 && info && info->si_pid != getpid()) _exit(128 + signal);
    sigaction(signal, &previous[signal], NULL);
    /* A real fault: returning repeats it into the previous handler. */
    if (code > 0 && repeats_on_return(signal)) return;
    unblock(signal);
    raise(signal);
    die_by(signal); /* the previous handler returned: end the process anyway */
}

/* Set by Ctrl-Z (SIGTSTP), taken by the event loop (`rd_guard_take_suspension`). */
static _Atomic int suspension_asked = 0;

static void stop_now(void);

/* With a screen up (armed), only noted; with none (before the first, between two, after
   the last), the process stops at once, as by default: nothing of curses is on the
   terminal then. */
static void ask_suspension(int signal) {
    (void)signal;
    if (atomic_load_explicit(&armed, memory_order_acquire) == -1) {
        int saved_errno = errno;
        stop_now();
        errno = saved_errno;
        return;
    }
    atomic_store_explicit(&suspension_asked, 1, memory_order_release);
}

int rd_guard_take_suspension(void) {
    return atomic_exchange_explicit(&suspension_asked, 0, memory_order_acq_rel);
}

/* Stops the process by SIGTSTP's default action and puts this handler back once it is
   continued. Async-signal-safe. */
static void stop_now(void) {
    struct sigaction stop, ours;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &ours);
    unblock(SIGTSTP);
    raise(SIGTSTP); /* stopped here until continued (`fg`) */
    sigaction(SIGTSTP, &ours, NULL);
}

int rd_guard_stop(void) {
    stop_now();
    /* A second Ctrl-Z between the loop's `endwin` and the stop asked for this same one. */
    atomic_store_explicit(&suspension_asked, 0, memory_order_release);
    if (!in_foreground()) return 0;
    rd_guard_save_modes(terminal);
    return 1;
}

/* `keep_ignored`: leave the signal alone if it is ignored already (`nohup` ignores SIGHUP). */
static void install_one(int signal, int keep_ignored) {
    if (signal <= 0 || signal >= NSIG) return;
    struct sigaction current;
    if (keep_ignored && sigaction(signal, NULL, &current) == 0 && current.sa_handler == SIG_IGN) return;
    struct sigaction action;
    our_action(&action);
    /* SIGINT may be taken as a key and return (`interrupt_as_key`): its handler stays. Its
       other way out is `_exit`, which needs no second delivery to be safe. */
    if (signal == SIGINT) action.sa_flags &= ~SA_RESETHAND;
    sigaction(signal, &action, &previous[signal]);
}

int rd_guard_install(void) {
    if (installed) return 0;
    installed = 1;
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t stack = { .ss_sp = alternate_stack, .ss_size = sizeof alternate_stack, .ss_flags = 0 };
        sigaltstack(&stack, NULL);
    }
    for (size_t i = 0; i < sizeof termination_signals / sizeof termination_signals[0]; i++) {
        install_one(termination_signals[i], 1);
    }
    for (int signal = SIGRTMIN; signal <= SIGRTMAX; signal++) install_one(signal, 1);
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        install_one(crash_signals[i], 0);
    }
    /* Ctrl-Z: only noted here. Curses' own handler (installed by `newterm` where SIGTSTP
       has its default action) runs `endwin` and `doupdate` inside the handler, where the
       signal may have cut a frame's output or an allocation short; the event loop suspends
       instead, between two frames (a wait for keys, `poll`, ends at once: Linux never
       restarts it; SA_RESTART restarts the calls that would otherwise fail with EINTR).
       A shell without job control ignores SIGTSTP: it stays ignored. */
    struct sigaction suspension;
    if (sigaction(SIGTSTP, NULL, &suspension) == 0 && suspension.sa_handler != SIG_IGN) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = ask_suspension;
        action.sa_flags = SA_ONSTACK | SA_RESTART;
        sigemptyset(&action.sa_mask);
        sigaction(SIGTSTP, &action, NULL);
    }
    return 0;
}

int rd_guard_save_modes(int fd) {
    struct termios modes;
    if (tcgetattr(fd, &modes) != 0) return -1;
    atomic_store_explicit(&has_modes, 0, memory_order_release);
    terminal = fd;
    shell_modes = modes;
    atomic_store_explicit(&has_modes, 1, memory_order_release);
    return 0;
}

int rd_guard_arm(const char *bytes, size_t length) {
    if (length > RD_GUARD_CAPACITY) return -1;
    int slot = atomic_load_explicit(&armed, memory_order_acquire) == 0 ? 1 : 0;
    memcpy(slots[slot], bytes, length);
    lengths[slot] = length;
    atomic_store_explicit(&armed, slot, memory_order_release);
    return 0;
}

void rd_guard_disarm(void) {
    atomic_store_explicit(&armed, -1, memory_order_release);
}

void rd_guard_interrupt_as_key(int on) {
    atomic_store_explicit(&interrupt_as_key, on ? 1 : 0, memory_order_release);
}

int rd_guard_take_interrupt(void) {
    return atomic_exchange_explicit(&interrupt_asked, 0, memory_order_acq_rel);
}
