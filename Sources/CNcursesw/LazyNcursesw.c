/* ncurses, opened on first use instead of linked.

   Linking ncursesw made every run of gerrymander load it and its terminfo library and bind
   their symbols (~0.3 ms of each start), though only the full-screen interface uses curses:
   a report from the cache never does. As for libssh2 (LazyLibSSH2.c), every curses function the
   program calls is defined here as a small forwarder to the real one, looked up when the first of
   them is called. The forwarders are hidden (this file is built with -fvisibility=hidden), so the
   library's own calls never come back through them.

   When the library cannot be loaded, gm_ncurses_load_error() says why and each forwarder fails
   the way its function fails (ERR, NULL or false): newterm's NULL is what the interface reports.
   Add a forwarder here when the program calls another curses function: the link fails until
   then, naming it. */
#include "CNcursesw.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>

/* Macros in curses.h (they read the window struct); Swift calls the functions. */
#undef getmaxx
#undef getmaxy

/* Each function used: its result type, what it returns when the library is missing, its name,
   parameters and arguments. One list makes the table of pointers, the lookups and the forwarders. */
#define GM_NCURSES_FUNCTIONS(X) \
    X(int, ERR, beep, (void), ()) \
    X(int, ERR, cbreak, (void), ()) \
    X(int, ERR, curs_set, (int a), (a)) \
    X(int, ERR, def_prog_mode, (void), ()) \
    X(int, ERR, endwin, (void), ()) \
    X(int, ERR, getmaxx, (const WINDOW *w), (w)) \
    X(int, ERR, getmaxy, (const WINDOW *w), (w)) \
    X(int, ERR, getmouse, (MEVENT *e), (e)) \
    X(bool, false, has_colors, (void), ()) \
    X(int, ERR, intrflush, (WINDOW *w, bool b), (w, b)) \
    X(bool, true, isendwin, (void), ()) \
    X(int, ERR, keypad, (WINDOW *w, bool b), (w, b)) \
    X(int, ERR, mouseinterval, (int a), (a)) \
    X(mmask_t, 0, mousemask, (mmask_t m, mmask_t *old), (m, old)) \
    X(SCREEN *, NULL, newterm, (const char *t, FILE *o, FILE *i), (t, o, i)) \
    X(int, ERR, noecho, (void), ()) \
    X(int, ERR, nonl, (void), ()) \
    X(int, ERR, reset_prog_mode, (void), ()) \
    X(int, ERR, set_escdelay, (int a), (a)) \
    X(int, ERR, start_color, (void), ()) \
    X(int, ERR, unget_wch, (const wchar_t c), (c)) \
    X(int, ERR, ungetch, (int c), (c)) \
    X(int, ERR, use_default_colors, (void), ()) \
    X(int, ERR, wget_wch, (WINDOW *w, wint_t *c), (w, c)) \
    X(int, ERR, wrefresh, (WINDOW *w), (w)) \
    X(char *, NULL, tigetstr, (const char *n), (n)) \
    X(int, ERR, tigetflag, (const char *n), (n))

static struct {
#define GM_FIELD(result, failed, name, parameters, arguments) result (*name) parameters;
    GM_NCURSES_FUNCTIONS(GM_FIELD)
#undef GM_FIELD
    void (*wtimeout)(WINDOW *, int);
    char *(*tiparm)(const char *, ...);
    WINDOW **stdscr;
    int *COLORS;
} gm_real;

static pthread_once_t gm_once = PTHREAD_ONCE_INIT;
static char gm_error[512];
static atomic_int gm_loaded;

static void gm_load(void) {
    /* ncursesw brings its terminfo library (tigetstr, tiparm) as a dependency: one handle
       finds both. */
    void *library = dlopen("libncursesw.so.6", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *why = dlerror();
        snprintf(gm_error, sizeof gm_error, "cannot load ncurses: %s (install libncursesw6)",
                 why ? why : "libncursesw.so.6 not found");
        return;
    }
#define GM_LOOKUP(result, failed, name, parameters, arguments) \
    *(void **)(&gm_real.name) = dlsym(library, #name); \
    if (gm_real.name == NULL) { snprintf(gm_error, sizeof gm_error, "ncurses has no %s", #name); return; }
    GM_NCURSES_FUNCTIONS(GM_LOOKUP)
    GM_LOOKUP(void, /* nothing */, wtimeout, (), ())
    GM_LOOKUP(char *, NULL, tiparm, (), ())
#undef GM_LOOKUP
    gm_real.stdscr = (WINDOW **)dlsym(library, "stdscr");
    gm_real.COLORS = (int *)dlsym(library, "COLORS");
    if (gm_real.stdscr == NULL || gm_real.COLORS == NULL) {
        snprintf(gm_error, sizeof gm_error, "ncurses has no stdscr or COLORS");
        return;
    }
    atomic_store(&gm_loaded, 1);
}

static int gm_ready(void) {
    pthread_once(&gm_once, gm_load);
    return atomic_load(&gm_loaded);
}

int gm_ncurses_is_loaded(void) {
    return atomic_load(&gm_loaded);
}

/* The forwarders. */
#define GM_FORWARD(result, failed, name, parameters, arguments) \
    result name parameters { return gm_ready() ? gm_real.name arguments : failed; }
GM_NCURSES_FUNCTIONS(GM_FORWARD)
#undef GM_FORWARD

void wtimeout(WINDOW *w, int delay) {
    if (gm_ready()) gm_real.wtimeout(w, delay);
}

WINDOW *gm_stdscr(void) { return gm_ready() ? *gm_real.stdscr : NULL; }
int gm_COLORS(void) { return gm_ready() ? *gm_real.COLORS : 0; }

const char *gm_ncurses_load_error(void) {
    return gm_error[0] ? gm_error : NULL;
}

/* Terminfo, for the frames the backend writes itself: tiparm is variadic, which Swift cannot
   call; a string capability is NULL when absent and (char *)-1 when not a string. */
const char *gm_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == (char *)-1) ? NULL : value;
}
int gm_tigetflag(const char *name) { return tigetflag(name) > 0; }
const char *gm_tiparm1(const char *cap, int a) { return gm_ready() ? gm_real.tiparm(cap, a) : NULL; }
const char *gm_tiparm2(const char *cap, int a, int b) { return gm_ready() ? gm_real.tiparm(cap, a, b) : NULL; }
