/* The reader's signal handlers, in C because a handler may run only async-signal-safe
   code: no allocation, no lock, no curses call. A Swift closure as a handler was none of
   those (in a debug build `Array.contains` instantiated a witness table, which allocates
   and takes the runtime's lock), and curses' `endwin` is not either: a signal that came
   while the event loop held the allocator's lock left the reader hung behind a half-restored
   screen. Here a handler writes bytes prepared beforehand and puts the terminal's modes
   back, with `write` and `tcsetattr`, then ends the process. */
#ifndef READOUTS_CSIGNALGUARD_H
#define READOUTS_CSIGNALGUARD_H
#include <stddef.h>

/* The most bytes a restore sequence may hold. */
#define RD_GUARD_CAPACITY 512

/* Installs the handlers once (later calls do nothing): every signal whose default action
   ends the process restores the terminal and exits with 128 + N (one already ignored, as
   `nohup` ignores SIGHUP, stays ignored); a crash signal raised by the program itself
   restores it and chains to the handler that was there before (the Swift backtracer); a
   crash signal sent by another process restores it and exits 128 + N. The handlers run on
   an alternate stack (the main thread's own if none is set), so a stack overflow is
   reported too, with every other signal held while one runs. Returns 0. */
int rd_guard_install(void);

/* Whether Ctrl-Z (SIGTSTP) has asked the program to suspend since the last call: with a
   screen up (armed) the handler only notes it; with none it stops the process at once. */
int rd_guard_take_suspension(void);

/* While on, Ctrl-C (SIGINT) with a screen up is only noted, for the event loop to take as
   a key (`rd_guard_take_interrupt`: 1 once after each). The reader turns it on while a
   line is being typed, where Ctrl-C cancels the line as in less and vim. */
void rd_guard_interrupt_as_key(int on);
int rd_guard_take_interrupt(void);

/* Stops the process as SIGTSTP's default action does, and returns once it is continued
   (`fg`). The caller has given the terminal back to the shell first. Returns 1 when it
   goes on in the terminal's foreground, having saved the shell's modes anew (the user may
   have changed them meanwhile), 0 in the background (`bg`), where the shell's line editor
   may hold the terminal in modes of its own. */
int rd_guard_stop(void);

/* Saves the terminal modes of `fd` (the shell's, before curses changes them) for the
   handlers to put back. Returns 0, or -1 when `fd` is no terminal. */
int rd_guard_save_modes(int fd);

/* Arms the handlers: on a signal they write `bytes` (at most RD_GUARD_CAPACITY) to the
   descriptor given to `rd_guard_save_modes` (standard output if none), then restore its
   modes. Safe to call again while armed (a handler sees the old bytes or the new, never a
   mix). Returns 0, or -1 when `length` is too long. */
int rd_guard_arm(const char *bytes, size_t length);

/* Disarms: the terminal is back to normal, a handler writes nothing and leaves the modes. */
void rd_guard_disarm(void);

#endif
