/* Child processes for the signal guard's tests (ReadoutsTerminalTests), written in C: a
   child forked from the threaded test process may run only async-signal-safe code until
   it ends, and Swift code may allocate or take the runtime's locks, which another thread
   may have held when the process forked. */
#ifndef READOUTS_CSIGNALGUARDCHILDREN_H
#define READOUTS_CSIGNALGUARDCHILDREN_H
#include <stddef.h>
#include <sys/types.h>

/* What a child does once its standard output is the terminal, its shell modes saved and
   the terminal turned raw (as curses does). */
enum rd_child_scenario {
    /* Arms with `first`, then raises SIGUSR1 itself. */
    RD_CHILD_RAISES_USR1 = 1,
    /* Arms with `first`, then `second`, then waits for a signal. */
    RD_CHILD_ARMS_TWICE_AND_WAITS = 2,
    /* Arms with `first`, disarms, then waits for a signal. */
    RD_CHILD_DISARMS_AND_WAITS = 3,
    /* Arms with `first`, then waits for a signal. */
    RD_CHILD_WAITS = 4,
    /* Arms with `first` (SIGABRT's default action before the guard), then calls abort(). */
    RD_CHILD_ABORTS = 5,
    /* Arms with `first` (SIGSEGV's default action before the guard), then writes through a
       null pointer: a real fault. */
    RD_CHILD_FAULTS = 6,
    /* Leads a session whose controlling terminal is the terminal, arms with `first`, hands
       the terminal's foreground to another process group (as a shell does after Ctrl-Z),
       then raises SIGTERM itself. */
    RD_CHILD_IN_THE_BACKGROUND_RAISES_TERM = 7,
    /* Raises SIGTSTP itself, then exits with 10 + what `rd_guard_take_suspension` says, then
       twice what it says again (11: noted once, and taken). */
    RD_CHILD_NOTES_CTRL_Z = 8,
    /* Stops itself (`rd_guard_stop`); once continued, raises SIGTSTP and exits with 20 + what
       `rd_guard_take_suspension` says, + 2 if the stop said it went on in the background
       (21: the handler is back after the stop, in the foreground). */
    RD_CHILD_STOPS_AND_GOES_ON = 9,
    /* Arms with `first`, disarms (no screen up), raises SIGTSTP itself; once continued,
       exits with 30 + what `rd_guard_take_suspension` says (30: it stopped, noting nothing). */
    RD_CHILD_STOPS_AT_CTRL_Z_WITHOUT_A_SCREEN = 10,
};

/* Opens a pseudo-terminal pair; its slave is in the kernel's default (canonical, echoing)
   mode. Returns 0, or -1. */
int rd_child_open_pty(int *master, int *slave);

/* Forks a child that plays `scenario` with the slave `terminal` as its standard output; it
   writes one byte to `ready` just before it acts, and never returns. Returns the child's
   process id in the parent, or -1. No core dumps are written. */
pid_t rd_child_fork(int terminal, int ready, int scenario, const char *first, size_t first_length,
                    const char *second, size_t second_length);

#endif
