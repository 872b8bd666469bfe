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
    /// The result of `libssh2_init(0)`; `0` on success.
    static let initialized: Int32 = {
        signal(SIGPIPE, SIG_IGN)
        return libssh2_init(0)
    }()

    /// Makes sure the library is initialised; call before creating any session.
    static func ensureInitialized() -> Bool { initialized == 0 }
}
