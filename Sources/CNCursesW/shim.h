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

extern int wcwidth(wchar_t);

static inline WINDOW *rd_stdscr(void) { return stdscr; }
static inline SCREEN *rd_newterm(const char *type) { return newterm(type, stdout, stdin); }
static inline int rd_colors(void) { return COLORS; }
static inline int rd_color_pairs(void) { return COLOR_PAIRS; }
static inline int rd_lines(void) { return LINES; }
static inline int rd_cols(void) { return COLS; }
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
/* Whether the terminal can address the cursor: a dumb terminal cannot. */
static inline int rd_has_cursor_addressing(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline int rd_has_rgb(void) { return tigetflag("RGB") > 0; }
#endif
