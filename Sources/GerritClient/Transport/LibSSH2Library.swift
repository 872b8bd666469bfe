import CLibSSH2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One-time process setup for libssh2.
///
/// `libssh2_init` is not thread-safe, and `libssh2_session_init` calls it lazily (racing when
/// two sessions start at once). A `static let` runs its initialiser exactly once, thread-safely,
/// without any global mutable state of ours. SIGPIPE is ignored here too: a write to a socket
/// the server reset must become an error, not kill the process.
enum LibSSH2Library {
    /// Why libssh2 cannot be used (it could not be opened, or `libssh2_init` failed); `nil` once
    /// it is ready. The library is opened here, on the first connection, not at start.
    static let problem: String? = {
        signal(SIGPIPE, SIG_IGN)
        if let reason = gm_libssh2_load_error() {
            return "libssh2 could not be loaded: \(String(cString: reason)) (install the libssh2-1 package)"
        }
        let status = libssh2_init(0)
        return status == 0 ? nil : "libssh2 could not be initialised (error \(status))"
    }()
}
