/* The floor of `readouts-bench startup`'s race (README, "Fifth pass"): an ncursesw program
   that paints a first screen like the reader's (no arguments: "TASS/." and filler; files:
   their first lines in two columns) and waits for q. Not part of the package.
     gcc -O2 -o floor-c floor.c -lncursesw
     readouts-bench startup --first-screens-only --readouts ./floor-c */
#define _XOPEN_SOURCE_EXTENDED
#include <ncursesw/curses.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
static void pane(const char *path, int x0, int w, int h) {
    static char buf[16384];
    int n = 0;
    if (path) { int fd = open(path, O_RDONLY); if (fd >= 0) { n = read(fd, buf, sizeof buf - 1); close(fd); } }
    else { const char *t = "TASS/. Moscow, 24 February. Filler text of a bundled readout, written to fill the pane like running text does.\n"; for (int i = 0; i < 60; i++) { strcpy(buf + n, t); n += strlen(t); } }
    if (n < 0) n = 0; buf[n] = 0;
    char *p = buf;
    for (int y = 0; y < h && *p; y++) {
        char *e = strchr(p, '\n'); int len = e ? (int)(e - p) : (int)strlen(p);
        mvaddnstr(y, x0, p, len < w ? len : w);
        p = e ? e + 1 : p + len;
    }
}
int main(int argc, char **argv) {
    setlocale(LC_ALL, "");
    initscr(); cbreak(); noecho(); curs_set(0);
    int h = LINES - 1, w = COLS / 2 - 1;
    pane(argc > 1 ? argv[1] : NULL, 0, w, h);
    if (argc > 2) pane(argv[2], COLS / 2 + 1, w, h);
    mvaddstr(LINES - 1, 0, "floor");
    refresh();
    for (int c; (c = getch()) != 'q' && c != ERR;) {}
    endwin();
    return 0;
}
