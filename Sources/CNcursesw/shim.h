#ifndef GERRYMANDER_CNCURSESW_SHIM_H
#define GERRYMANDER_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config -D flags, so the wide API is switched on here,
 * before curses.h. Function-like macros are wrapped as static inlines. */
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
static inline WINDOW *gm_stdscr(void)     { return stdscr; }
static inline int    gm_COLORS(void)      { return COLORS; }
/* Mouse masks are function-like macros (NCURSES_MOUSE_MASK). */
static inline mmask_t gm_BUTTON_PRESSED(int b)  { return NCURSES_MOUSE_MASK(b, NCURSES_BUTTON_PRESSED); }
static inline mmask_t gm_BUTTON_RELEASED(int b) { return NCURSES_MOUSE_MASK(b, NCURSES_BUTTON_RELEASED); }
static inline mmask_t gm_BUTTON_CLICKED(int b)  { return NCURSES_MOUSE_MASK(b, NCURSES_BUTTON_CLICKED); }
static inline mmask_t gm_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS; }
/* Terminfo, for the frames the backend writes itself: tiparm is variadic, which Swift
 * cannot call; a string capability is NULL when absent and (char *)-1 when not a string. */
static inline const char *gm_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == (char *)-1) ? NULL : value;
}
static inline int gm_tigetflag(const char *name) { return tigetflag(name) > 0; }
static inline const char *gm_tiparm1(const char *cap, int a) { return tiparm(cap, a); }
static inline const char *gm_tiparm2(const char *cap, int a, int b) { return tiparm(cap, a, b); }
/* Codeset of the current locale, to check for UTF-8 (nl_langinfo is in <langinfo.h>). */
#include <langinfo.h>
static inline const char *gm_codeset(void) { return nl_langinfo(CODESET); }
/* glibc hides these unless _XOPEN_SOURCE; the Glibc module is built without it. */
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);
#endif
