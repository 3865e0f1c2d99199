/* The wide-character ncurses API, plus what Swift cannot import directly
   (macros, variadic functions, globals under Swift 6 strict concurrency). */
#ifndef READOUTS_CNCURSESW_SHIM_H
#define READOUTS_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <term.h>
#include <langinfo.h>
#include <locale.h>
#include <wchar.h>


static inline WINDOW *rd_stdscr(void) { return stdscr; }
static inline WINDOW *rd_curscr(void) { return curscr; }
#include <stdio.h>
/* newterm on standard output, reading keys from `input` (the tty when a version came from stdin). */
static inline SCREEN *rd_newterm(const char *type, FILE *input) { return newterm(type, stdout, input ? input : stdin); }
static inline const char *rd_codeset(void) { return nl_langinfo(CODESET); }
/* Checks a terminal type without writing anything to the terminal:
   0 usable, 1 unknown to terminfo, 2 cannot address the cursor (e.g. dumb). */
static inline int rd_check_terminal(const char *type) {
    int error = 0;
    if (setupterm(type, 1, &error) != OK) return 1;
    const char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return usable ? 0 : 2;
}
static inline attr_t rd_a_normal(void) { return A_NORMAL; }
static inline attr_t rd_a_bold(void) { return A_BOLD; }
static inline attr_t rd_a_dim(void) { return A_DIM; }
static inline attr_t rd_a_italic(void) { return A_ITALIC; }
static inline attr_t rd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rd_a_reverse(void) { return A_REVERSE; }
static inline mmask_t rd_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t rd_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t rd_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t rd_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t rd_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t rd_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int rd_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rd_has_rgb(void) { return tigetflag("RGB") > 0; }
/* How many wide characters one cell (cchar_t) holds: a spacing one and its combining ones. */
static inline int rd_ccharw_max(void) { return CCHARW_MAX; }
/* A terminfo string capability of the current terminal, or NULL when absent or cancelled. */
static inline const char *rd_string_capability(const char *name) {
    const char *value = tigetstr(name);
    return (value == NULL || value == (const char *)-1) ? NULL : value;
}
/* A parametrised capability with one or two numbers (tiparm is variadic). */
static inline const char *rd_tparm1(const char *capability, int first) { return tiparm(capability, first); }
static inline const char *rd_tparm2(const char *capability, int first, int second) { return tiparm(capability, first, second); }
#endif
