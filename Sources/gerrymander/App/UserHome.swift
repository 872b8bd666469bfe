import Foundation

/// The user's home folder: `$HOME` first, as a shell would, then the account database.
///
/// Foundation's `homeDirectoryForCurrentUser` ignores `$HOME` on Linux, which would put a test's
/// (or a `sudo -E` user's) config and cache in the wrong home.
enum UserHome {
    static var path: String {
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { return home }
        return FileManager.default.homeDirectoryForCurrentUser.path
    }
}
