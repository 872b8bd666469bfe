#ifndef GERRYMANDER_CLIBSSH2_SHIM_H
#define GERRYMANDER_CLIBSSH2_SHIM_H
#include <libssh2.h>
/* libssh2 is opened on first use (LazyLibSSH2.c): NULL once it is open, else why it could not be. */
const char *gm_libssh2_load_error(void);
/* libssh2's convenience API is function-like macros over *_ex functions,
 * which Swift cannot import: wrap the ones we use. */
static inline LIBSSH2_SESSION *gm_session_init(void) { return libssh2_session_init_ex(NULL, NULL, NULL, NULL); }
static inline int gm_session_disconnect(LIBSSH2_SESSION *s, const char *d) { return libssh2_session_disconnect_ex(s, SSH_DISCONNECT_BY_APPLICATION, d, ""); }
static inline LIBSSH2_CHANNEL *gm_channel_open_session(LIBSSH2_SESSION *s) { return libssh2_channel_open_session(s); }
static inline int gm_channel_exec(LIBSSH2_CHANNEL *c, const char *cmd) { return libssh2_channel_exec(c, cmd); }
static inline ssize_t gm_channel_read(LIBSSH2_CHANNEL *c, char *buf, size_t n) { return libssh2_channel_read(c, buf, n); }
static inline ssize_t gm_channel_read_stderr(LIBSSH2_CHANNEL *c, char *buf, size_t n) { return libssh2_channel_read_stderr(c, buf, n); }
static inline ssize_t gm_channel_write(LIBSSH2_CHANNEL *c, const char *buf, size_t n) { return libssh2_channel_write(c, buf, n); }
static inline int gm_channel_send_eof(LIBSSH2_CHANNEL *c) { return libssh2_channel_send_eof(c); }
static inline int gm_userauth_publickey_fromfile(LIBSSH2_SESSION *s, const char *user, const char *pub, const char *priv, const char *pass) {
    return libssh2_userauth_publickey_fromfile(s, user, pub, priv, pass);
}
static inline int gm_knownhost_readfile(LIBSSH2_KNOWNHOSTS *h, const char *f) { return libssh2_knownhost_readfile(h, f, LIBSSH2_KNOWNHOST_FILE_OPENSSH); }
/* Added for the Transport layer. Shifted-constant macros may not import, so expose them as functions. */
static inline int gm_knownhost_typemask_plain_raw(void) { return LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW; }
static inline int gm_knownhost_key_ssh_rsa(void) { return LIBSSH2_KNOWNHOST_KEY_SSHRSA; }
static inline int gm_knownhost_key_ssh_dss(void) { return LIBSSH2_KNOWNHOST_KEY_SSHDSS; }
static inline int gm_knownhost_key_ecdsa_256(void) { return LIBSSH2_KNOWNHOST_KEY_ECDSA_256; }
static inline int gm_knownhost_key_ecdsa_384(void) { return LIBSSH2_KNOWNHOST_KEY_ECDSA_384; }
static inline int gm_knownhost_key_ecdsa_521(void) { return LIBSSH2_KNOWNHOST_KEY_ECDSA_521; }
static inline int gm_knownhost_key_ed25519(void) { return LIBSSH2_KNOWNHOST_KEY_ED25519; }
static inline int gm_knownhost_readline_openssh(LIBSSH2_KNOWNHOSTS *h, const char *line, size_t len) {
    return libssh2_knownhost_readline(h, line, len, LIBSSH2_KNOWNHOST_FILE_OPENSSH);
}
/* Whether the one entry read into `h` names `host`, whatever its key: libssh2 reports a line for
 * the host with another key type as "not found", so the entry is checked against its own key. */
static inline int gm_knownhost_entry_names_host(LIBSSH2_KNOWNHOSTS *h, const char *host) {
    struct libssh2_knownhost *entry = NULL;
    if (libssh2_knownhost_get(h, &entry, NULL) != 0 || entry == NULL || entry->key == NULL) return 0;
    int keytype = entry->typemask & LIBSSH2_KNOWNHOST_KEY_MASK;
    if (keytype == 0 || keytype == LIBSSH2_KNOWNHOST_KEY_UNKNOWN) return 0;
    size_t length = 0;
    while (entry->key[length] != 0) length++;
    return libssh2_knownhost_checkp(h, host, -1, entry->key, length,
                                    LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_BASE64 | keytype,
                                    NULL) == LIBSSH2_KNOWNHOST_CHECK_MATCH;
}
static inline int gm_channel_close(LIBSSH2_CHANNEL *c) { return libssh2_channel_close(c); }
static inline int gm_session_block_inbound(LIBSSH2_SESSION *s) { return (libssh2_session_block_directions(s) & LIBSSH2_SESSION_BLOCK_INBOUND) != 0; }
static inline int gm_session_block_outbound(LIBSSH2_SESSION *s) { return (libssh2_session_block_directions(s) & LIBSSH2_SESSION_BLOCK_OUTBOUND) != 0; }
/* Not libssh2, but the transport's child processes need it and this is the C shim GerritClient
 * has: close every inherited descriptor above stderr in a spawned child (glibc >= 2.34), so an
 * ssh/sshd child does not keep our sockets or half-written files open. */
#include <spawn.h>
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
extern int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *, int);
static inline int gm_spawn_closefrom(posix_spawn_file_actions_t *a, int from) { return posix_spawn_file_actions_addclosefrom_np(a, from); }
#else
static inline int gm_spawn_closefrom(posix_spawn_file_actions_t *a, int from) { (void)a; (void)from; return 0; }
#endif
#endif
