/* libssh2, opened on first use instead of linked.

   Linking libssh2 made every start of gerrymander load it and the OpenSSL it depends on, and
   resolve OpenSSL's 4,000 symbols (1.4 ms of each run), though a report answered from the cache
   never opens a connection. Here every libssh2 function the program calls is defined as a small
   forwarder to the real one, looked up when the first of them is called. The forwarders are
   hidden (not exported), so the library's own calls never come back through them.

   When the library cannot be loaded, gm_libssh2_load_error() says why, and each forwarder fails
   the way its function fails (an error code, NULL, or nothing). Add a forwarder here (and to
   GM_LIBSSH2_FUNCTIONS) when the program starts calling another libssh2 function: the link
   fails until then, naming it. */
#define LIBSSH2_API __attribute__((visibility("hidden")))
#include <libssh2.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#include "CLibSSH2.h"

/* Each function used, for the table of pointers to the real ones. */
#define GM_LIBSSH2_FUNCTIONS(X) \
    X(libssh2_agent_connect) \
    X(libssh2_agent_disconnect) \
    X(libssh2_agent_free) \
    X(libssh2_agent_get_identity) \
    X(libssh2_agent_init) \
    X(libssh2_agent_list_identities) \
    X(libssh2_agent_set_identity_path) \
    X(libssh2_agent_userauth) \
    X(libssh2_channel_close) \
    X(libssh2_channel_eof) \
    X(libssh2_channel_free) \
    X(libssh2_channel_get_exit_signal) \
    X(libssh2_channel_get_exit_status) \
    X(libssh2_channel_open_ex) \
    X(libssh2_channel_process_startup) \
    X(libssh2_channel_read_ex) \
    X(libssh2_channel_send_eof) \
    X(libssh2_channel_wait_closed) \
    X(libssh2_channel_write_ex) \
    X(libssh2_free) \
    X(libssh2_hostkey_hash) \
    X(libssh2_init) \
    X(libssh2_keepalive_config) \
    X(libssh2_keepalive_send) \
    X(libssh2_knownhost_checkp) \
    X(libssh2_knownhost_free) \
    X(libssh2_knownhost_get) \
    X(libssh2_knownhost_init) \
    X(libssh2_knownhost_readline) \
    X(libssh2_session_block_directions) \
    X(libssh2_session_disconnect_ex) \
    X(libssh2_session_free) \
    X(libssh2_session_handshake) \
    X(libssh2_session_hostkey) \
    X(libssh2_session_init_ex) \
    X(libssh2_session_last_errno) \
    X(libssh2_session_last_error) \
    X(libssh2_session_set_blocking) \
    X(libssh2_session_set_timeout) \
    X(libssh2_userauth_publickey_fromfile_ex)

static struct {
#define GM_POINTER(name) __typeof__(&name) name;
    GM_LIBSSH2_FUNCTIONS(GM_POINTER)
#undef GM_POINTER
} real;

static pthread_once_t loading = PTHREAD_ONCE_INIT;
static char loadError[512];

static void load(void) {
    void *library = dlopen("libssh2.so.1", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(loadError, sizeof loadError, "%s", reason != NULL ? reason : "libssh2.so.1 could not be opened");
        return;
    }
#define GM_LOOKUP(name) \
    real.name = (__typeof__(&name))dlsym(library, #name); \
    if (real.name == NULL && loadError[0] == 0) snprintf(loadError, sizeof loadError, "libssh2.so.1 has no %s", #name);
    GM_LIBSSH2_FUNCTIONS(GM_LOOKUP)
#undef GM_LOOKUP
}

const char *gm_libssh2_load_error(void) {
    pthread_once(&loading, load);
    return loadError[0] != 0 ? loadError : NULL;
}

/* The forwarders. */

int libssh2_agent_connect(LIBSSH2_AGENT *agent) {
    pthread_once(&loading, load);
    return real.libssh2_agent_connect != NULL ? real.libssh2_agent_connect(agent) : -1;
}

int libssh2_agent_disconnect(LIBSSH2_AGENT *agent) {
    pthread_once(&loading, load);
    return real.libssh2_agent_disconnect != NULL ? real.libssh2_agent_disconnect(agent) : -1;
}

void libssh2_agent_free(LIBSSH2_AGENT *agent) {
    pthread_once(&loading, load);
    if (real.libssh2_agent_free != NULL) real.libssh2_agent_free(agent);
}

int libssh2_agent_get_identity(LIBSSH2_AGENT *agent, struct libssh2_agent_publickey **store, struct libssh2_agent_publickey *prev) {
    pthread_once(&loading, load);
    return real.libssh2_agent_get_identity != NULL ? real.libssh2_agent_get_identity(agent, store, prev) : -1;
}

LIBSSH2_AGENT *libssh2_agent_init(LIBSSH2_SESSION *session) {
    pthread_once(&loading, load);
    return real.libssh2_agent_init != NULL ? real.libssh2_agent_init(session) : NULL;
}

int libssh2_agent_list_identities(LIBSSH2_AGENT *agent) {
    pthread_once(&loading, load);
    return real.libssh2_agent_list_identities != NULL ? real.libssh2_agent_list_identities(agent) : -1;
}

void libssh2_agent_set_identity_path(LIBSSH2_AGENT *agent, const char *path) {
    pthread_once(&loading, load);
    if (real.libssh2_agent_set_identity_path != NULL) real.libssh2_agent_set_identity_path(agent, path);
}

int libssh2_agent_userauth(LIBSSH2_AGENT *agent, const char *username, struct libssh2_agent_publickey *identity) {
    pthread_once(&loading, load);
    return real.libssh2_agent_userauth != NULL ? real.libssh2_agent_userauth(agent, username, identity) : -1;
}

int libssh2_channel_close(LIBSSH2_CHANNEL *channel) {
    pthread_once(&loading, load);
    return real.libssh2_channel_close != NULL ? real.libssh2_channel_close(channel) : -1;
}

int libssh2_channel_eof(LIBSSH2_CHANNEL *channel) {
    pthread_once(&loading, load);
    return real.libssh2_channel_eof != NULL ? real.libssh2_channel_eof(channel) : -1;
}

int libssh2_channel_free(LIBSSH2_CHANNEL *channel) {
    pthread_once(&loading, load);
    return real.libssh2_channel_free != NULL ? real.libssh2_channel_free(channel) : -1;
}

int libssh2_channel_get_exit_signal(LIBSSH2_CHANNEL* channel, char **exitsignal, size_t *exitsignal_len, char **errmsg, size_t *errmsg_len, char **langtag, size_t *langtag_len) {
    pthread_once(&loading, load);
    return real.libssh2_channel_get_exit_signal != NULL ? real.libssh2_channel_get_exit_signal(channel, exitsignal, exitsignal_len, errmsg, errmsg_len, langtag, langtag_len) : -1;
}

int libssh2_channel_get_exit_status(LIBSSH2_CHANNEL* channel) {
    pthread_once(&loading, load);
    return real.libssh2_channel_get_exit_status != NULL ? real.libssh2_channel_get_exit_status(channel) : -1;
}

LIBSSH2_CHANNEL *libssh2_channel_open_ex(LIBSSH2_SESSION *session, const char *channel_type, unsigned int channel_type_len, unsigned int window_size, unsigned int packet_size, const char *message, unsigned int message_len) {
    pthread_once(&loading, load);
    return real.libssh2_channel_open_ex != NULL ? real.libssh2_channel_open_ex(session, channel_type, channel_type_len, window_size, packet_size, message, message_len) : NULL;
}

int libssh2_channel_process_startup(LIBSSH2_CHANNEL *channel, const char *request, unsigned int request_len, const char *message, unsigned int message_len) {
    pthread_once(&loading, load);
    return real.libssh2_channel_process_startup != NULL ? real.libssh2_channel_process_startup(channel, request, request_len, message, message_len) : -1;
}

ssize_t libssh2_channel_read_ex(LIBSSH2_CHANNEL *channel, int stream_id, char *buf, size_t buflen) {
    pthread_once(&loading, load);
    return real.libssh2_channel_read_ex != NULL ? real.libssh2_channel_read_ex(channel, stream_id, buf, buflen) : -1;
}

int libssh2_channel_send_eof(LIBSSH2_CHANNEL *channel) {
    pthread_once(&loading, load);
    return real.libssh2_channel_send_eof != NULL ? real.libssh2_channel_send_eof(channel) : -1;
}

int libssh2_channel_wait_closed(LIBSSH2_CHANNEL *channel) {
    pthread_once(&loading, load);
    return real.libssh2_channel_wait_closed != NULL ? real.libssh2_channel_wait_closed(channel) : -1;
}

ssize_t libssh2_channel_write_ex(LIBSSH2_CHANNEL *channel, int stream_id, const char *buf, size_t buflen) {
    pthread_once(&loading, load);
    return real.libssh2_channel_write_ex != NULL ? real.libssh2_channel_write_ex(channel, stream_id, buf, buflen) : -1;
}

void libssh2_free(LIBSSH2_SESSION *session, void *ptr) {
    pthread_once(&loading, load);
    if (real.libssh2_free != NULL) real.libssh2_free(session, ptr);
}

const char *libssh2_hostkey_hash(LIBSSH2_SESSION *session, int hash_type) {
    pthread_once(&loading, load);
    return real.libssh2_hostkey_hash != NULL ? real.libssh2_hostkey_hash(session, hash_type) : NULL;
}

int libssh2_init(int flags) {
    pthread_once(&loading, load);
    return real.libssh2_init != NULL ? real.libssh2_init(flags) : -1;
}

void libssh2_keepalive_config(LIBSSH2_SESSION *session, int want_reply, unsigned interval) {
    pthread_once(&loading, load);
    if (real.libssh2_keepalive_config != NULL) real.libssh2_keepalive_config(session, want_reply, interval);
}

int libssh2_keepalive_send(LIBSSH2_SESSION *session, int *seconds_to_next) {
    pthread_once(&loading, load);
    return real.libssh2_keepalive_send != NULL ? real.libssh2_keepalive_send(session, seconds_to_next) : -1;
}

int libssh2_knownhost_checkp(LIBSSH2_KNOWNHOSTS *hosts, const char *host, int port, const char *key, size_t keylen, int typemask, struct libssh2_knownhost **knownhost) {
    pthread_once(&loading, load);
    return real.libssh2_knownhost_checkp != NULL ? real.libssh2_knownhost_checkp(hosts, host, port, key, keylen, typemask, knownhost) : -1;
}

void libssh2_knownhost_free(LIBSSH2_KNOWNHOSTS *hosts) {
    pthread_once(&loading, load);
    if (real.libssh2_knownhost_free != NULL) real.libssh2_knownhost_free(hosts);
}

int libssh2_knownhost_get(LIBSSH2_KNOWNHOSTS *hosts, struct libssh2_knownhost **store, struct libssh2_knownhost *prev) {
    pthread_once(&loading, load);
    return real.libssh2_knownhost_get != NULL ? real.libssh2_knownhost_get(hosts, store, prev) : -1;
}

LIBSSH2_KNOWNHOSTS *libssh2_knownhost_init(LIBSSH2_SESSION *session) {
    pthread_once(&loading, load);
    return real.libssh2_knownhost_init != NULL ? real.libssh2_knownhost_init(session) : NULL;
}

int libssh2_knownhost_readline(LIBSSH2_KNOWNHOSTS *hosts, const char *line, size_t len, int type) {
    pthread_once(&loading, load);
    return real.libssh2_knownhost_readline != NULL ? real.libssh2_knownhost_readline(hosts, line, len, type) : -1;
}

int libssh2_session_block_directions(LIBSSH2_SESSION *session) {
    pthread_once(&loading, load);
    return real.libssh2_session_block_directions != NULL ? real.libssh2_session_block_directions(session) : -1;
}

int libssh2_session_disconnect_ex(LIBSSH2_SESSION *session, int reason, const char *description, const char *lang) {
    pthread_once(&loading, load);
    return real.libssh2_session_disconnect_ex != NULL ? real.libssh2_session_disconnect_ex(session, reason, description, lang) : -1;
}

int libssh2_session_free(LIBSSH2_SESSION *session) {
    pthread_once(&loading, load);
    return real.libssh2_session_free != NULL ? real.libssh2_session_free(session) : -1;
}

int libssh2_session_handshake(LIBSSH2_SESSION *session, libssh2_socket_t sock) {
    pthread_once(&loading, load);
    return real.libssh2_session_handshake != NULL ? real.libssh2_session_handshake(session, sock) : -1;
}

const char *libssh2_session_hostkey(LIBSSH2_SESSION *session, size_t *len, int *type) {
    pthread_once(&loading, load);
    return real.libssh2_session_hostkey != NULL ? real.libssh2_session_hostkey(session, len, type) : NULL;
}

LIBSSH2_SESSION *libssh2_session_init_ex(LIBSSH2_ALLOC_FUNC((*my_alloc)), LIBSSH2_FREE_FUNC((*my_free)),
                                        LIBSSH2_REALLOC_FUNC((*my_realloc)), void *abstract) {
    pthread_once(&loading, load);
    return real.libssh2_session_init_ex != NULL ? real.libssh2_session_init_ex(my_alloc, my_free, my_realloc, abstract) : NULL;
}

int libssh2_session_last_errno(LIBSSH2_SESSION *session) {
    pthread_once(&loading, load);
    return real.libssh2_session_last_errno != NULL ? real.libssh2_session_last_errno(session) : -1;
}

int libssh2_session_last_error(LIBSSH2_SESSION *session, char **errmsg, int *errmsg_len, int want_buf) {
    pthread_once(&loading, load);
    return real.libssh2_session_last_error != NULL ? real.libssh2_session_last_error(session, errmsg, errmsg_len, want_buf) : -1;
}

void libssh2_session_set_blocking(LIBSSH2_SESSION* session, int blocking) {
    pthread_once(&loading, load);
    if (real.libssh2_session_set_blocking != NULL) real.libssh2_session_set_blocking(session, blocking);
}

void libssh2_session_set_timeout(LIBSSH2_SESSION* session, long timeout) {
    pthread_once(&loading, load);
    if (real.libssh2_session_set_timeout != NULL) real.libssh2_session_set_timeout(session, timeout);
}

int libssh2_userauth_publickey_fromfile_ex(LIBSSH2_SESSION *session, const char *username, unsigned int username_len, const char *publickey, const char *privatekey, const char *passphrase) {
    pthread_once(&loading, load);
    return real.libssh2_userauth_publickey_fromfile_ex != NULL ? real.libssh2_userauth_publickey_fromfile_ex(session, username, username_len, publickey, privatekey, passphrase) : -1;
}
