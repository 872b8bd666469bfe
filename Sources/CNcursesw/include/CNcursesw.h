#ifndef GERRYMANDER_CNCURSESW_SHIM_H
#define GERRYMANDER_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config -D flags, so the wide API is switched on here,
 * before curses.h. Function-like macros are wrapped as static inlines; the functions the
 * program calls are forwarders to the library, opened when the first is called. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline int    gm_KEY_F(int n)      { return KEY_F(n); }
/* ncurses is opened on first use, not linked (LazyNcursesw.c): its two variables are read
 * through these. */
WINDOW *gm_stdscr(void);
int gm_COLORS(void);
/* Why the library could not be opened, or NULL when it was (or was not tried yet). */
const char *gm_ncurses_load_error(void);
/* Whether the library is open, without opening it: safe in a signal handler. */
int gm_ncurses_is_loaded(void);
/* Mouse masks are function-like macros (NCURSES_MOUSE_MASK). */
static inline mmask_t gm_BUTTON_PRESSED(int b)  { return NCURSES_MOUSE_MASK(b, NCURSES_BUTTON_PRESSED); }
static inline mmask_t gm_BUTTON_RELEASED(int b) { return NCURSES_MOUSE_MASK(b, NCURSES_BUTTON_RELEASED); }
static inline mmask_t gm_BUTTON_CLICKED(int b)  { return NCURSES_MOUSE_MASK(b, NCURSES_BUTTON_CLICKED); }
static inline mmask_t gm_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS; }
/* Terminfo, for the frames the backend writes itself: tiparm is variadic, which Swift
 * cannot call; a string capability is NULL when absent and (char *)-1 when not a string. */
const char *gm_tigetstr(const char *name);
int gm_tigetflag(const char *name);
const char *gm_tiparm1(const char *cap, int a);
const char *gm_tiparm2(const char *cap, int a, int b);
/* Codeset of the current locale, to check for UTF-8 (nl_langinfo is in <langinfo.h>). */
#include <langinfo.h>
static inline const char *gm_codeset(void) { return nl_langinfo(CODESET); }
/* glibc hides these unless _XOPEN_SOURCE; the Glibc module is built without it. */
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);
#endif
