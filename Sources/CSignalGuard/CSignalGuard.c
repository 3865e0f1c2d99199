#define _GNU_SOURCE
#include "CSignalGuard.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* Two slots, so that re-arming from the event loop never shows a handler half-copied
   bytes: the new bytes go to the slot not in use, then `armed` names it. */
static char slots[2][RD_GUARD_CAPACITY];
static size_t lengths[2];
/* The slot a handler writes (0 or 1), or -1 when disarmed. */
static volatile sig_atomic_t armed = -1;

static int terminal = STDOUT_FILENO;
static struct termios shell_modes;
static volatile sig_atomic_t has_modes = 0;

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

void rd_guard_restore(void) {
    int saved_errno = errno;
    sig_atomic_t slot = armed;
    if (slot == 0 || slot == 1) {
        const char *bytes = slots[slot];
        size_t left = lengths[slot];
        while (left > 0) {
            ssize_t written = write(terminal, bytes, left);
            if (written > 0) {
                bytes += written;
                left -= (size_t)written;
            } else if (written < 0 && errno == EINTR) {
                continue;
            } else {
                break; /* the terminal is gone: nothing more to do for it */
            }
        }
        if (has_modes) tcsetattr(terminal, TCSANOW, &shell_modes);
    }
    errno = saved_errno;
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

static void handle(int signal, siginfo_t *info, void *context) {
    (void)context;
    rd_guard_restore();
    armed = -1;
    if (!is_crash(signal)) _exit(128 + signal);
    int code = info ? info->si_code : 0;
    /* si_code <= 0: sent by kill, sigqueue, tgkill or raise; by this process (abort(), an
       assertion in C code) or by another one. Another's is no crash: end at once, with no
       backtrace (the backtracer would report and return, and leave the reader running). */
    if (code <= 0 && info && info->si_pid != getpid()) _exit(128 + signal);
    sigaction(signal, &previous[signal], NULL);
    if (code > 0) return; /* a real fault: returning repeats it into the previous handler */
    unblock(signal);
    raise(signal);
    die_by(signal); /* the previous handler returned: end the process anyway */
}

static void install_one(int signal) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handle;
    action.sa_flags = SA_SIGINFO | SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(signal, &action, &previous[signal]);
}

int rd_guard_install(void) {
    if (installed) return 0;
    installed = 1;
    for (size_t i = 0; i < sizeof termination_signals / sizeof termination_signals[0]; i++) {
        install_one(termination_signals[i]);
    }
    for (int signal = SIGRTMIN; signal <= SIGRTMAX; signal++) install_one(signal);
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        install_one(crash_signals[i]);
    }
    return 0;
}

int rd_guard_save_modes(int fd) {
    struct termios modes;
    if (tcgetattr(fd, &modes) != 0) return -1;
    has_modes = 0;
    terminal = fd;
    shell_modes = modes;
    has_modes = 1;
    return 0;
}

int rd_guard_arm(const char *bytes, size_t length) {
    if (length > RD_GUARD_CAPACITY) return -1;
    int slot = armed == 0 ? 1 : 0;
    memcpy(slots[slot], bytes, length);
    lengths[slot] = length;
    armed = slot;
    return 0;
}

void rd_guard_disarm(void) {
    armed = -1;
}
