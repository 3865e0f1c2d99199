#define _GNU_SOURCE
#include "CSignalGuardChildren.h"

#include <CSignalGuard.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

int rd_child_open_pty(int *master, int *slave) {
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0) return -1;
    char name[128];
    if (grantpt(m) != 0 || unlockpt(m) != 0 || ptsname_r(m, name, sizeof name) != 0) {
        close(m);
        return -1;
    }
    int s = open(name, O_RDWR | O_NOCTTY);
    if (s < 0) {
        close(m);
        return -1;
    }
    *master = m;
    *slave = s;
    return 0;
}

static void default_action(int signal) {
    struct sigaction action = { 0 };
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal, &action, NULL);
}

static void signal_ready(int ready) {
    char byte = 1;
    while (write(ready, &byte, 1) < 0) {}
    close(ready);
}

static void wait_forever(void) {
    for (;;) pause();
}

/* Another process group, made the terminal's foreground: the child is then in the
   background. It ends when the session does (the terminal hangs up) or after ten seconds. */
static void hand_the_foreground_away(int terminal) {
    int disarmed[2];
    if (pipe(disarmed) != 0) _exit(98);
    pid_t other = fork();
    if (other == 0) {
        /* Not the guard's child: the hang-up that ends it must not restore. */
        rd_guard_disarm();
        setpgid(0, 0);
        signal_ready(disarmed[1]);
        alarm(10);
        wait_forever();
    }
    close(disarmed[1]);
    char byte;
    while (read(disarmed[0], &byte, 1) < 0) {}
    close(disarmed[0]);
    setpgid(other, other);
    tcsetpgrp(terminal, other);
}

pid_t rd_child_fork(int terminal, int ready, int scenario, const char *first, size_t first_length,
                    const char *second, size_t second_length) {
    pid_t child = fork();
    if (child != 0) return child;

    struct rlimit none = { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
    /* A group of its own, whose parent is in another group of the session: a stop by
       SIGTSTP is not discarded as in an orphaned group (where a test runner started in a
       session of its own would put it). */
    if (scenario == RD_CHILD_STOPS_AND_GOES_ON || scenario == RD_CHILD_STOPS_AT_CTRL_Z_WITHOUT_A_SCREEN) setpgid(0, 0);
    if (scenario == RD_CHILD_IN_THE_BACKGROUND_RAISES_TERM) {
        setsid();
        ioctl(terminal, TIOCSCTTY, 0);
    }
    dup2(terminal, STDOUT_FILENO);
    /* Whatever the test runner left (a shell that ignores it): the guard's own handler. */
    default_action(SIGTSTP);
    if (scenario == RD_CHILD_ABORTS) default_action(SIGABRT);
    if (scenario == RD_CHILD_FAULTS) default_action(SIGSEGV);
    rd_guard_save_modes(STDOUT_FILENO);
    struct termios raw;
    tcgetattr(STDOUT_FILENO, &raw);
    cfmakeraw(&raw);
    tcsetattr(STDOUT_FILENO, TCSANOW, &raw);
    rd_guard_install();
    rd_guard_arm(first, first_length);

    switch (scenario) {
    case RD_CHILD_RAISES_USR1:
        signal_ready(ready);
        raise(SIGUSR1);
        break;
    case RD_CHILD_ARMS_TWICE_AND_WAITS:
        rd_guard_arm(second, second_length);
        signal_ready(ready);
        break;
    case RD_CHILD_DISARMS_AND_WAITS:
        rd_guard_disarm();
        signal_ready(ready);
        break;
    case RD_CHILD_WAITS:
        signal_ready(ready);
        break;
    case RD_CHILD_ABORTS:
        signal_ready(ready);
        abort();
    case RD_CHILD_FAULTS:
        signal_ready(ready);
        {
            /* A null pointer the compiler cannot see through: a store, not a trap. */
            volatile int *volatile nowhere = NULL;
            *nowhere = 1;
        }
        break;
    case RD_CHILD_IN_THE_BACKGROUND_RAISES_TERM:
        hand_the_foreground_away(STDOUT_FILENO);
        signal_ready(ready);
        raise(SIGTERM);
        break;
    case RD_CHILD_NOTES_CTRL_Z: {
        signal_ready(ready);
        raise(SIGTSTP);
        int first_take = rd_guard_take_suspension();
        int second_take = rd_guard_take_suspension();
        _exit(10 + first_take + 2 * second_take);
    }
    case RD_CHILD_STOPS_AND_GOES_ON:
        signal_ready(ready);
    {
        /* Not its controlling terminal: it answers no foreground, and counts as one. */
        int foreground = rd_guard_stop();
        raise(SIGTSTP);
        _exit(20 + rd_guard_take_suspension() + 2 * !foreground);
    }
    case RD_CHILD_STOPS_AT_CTRL_Z_WITHOUT_A_SCREEN:
        rd_guard_disarm();
        signal_ready(ready);
        raise(SIGTSTP);
        _exit(30 + rd_guard_take_suspension());
    default:
        _exit(99);
    }
    wait_forever();
    return 0;
}
