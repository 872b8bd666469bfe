import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a command reads from its process's environment: one variable at a time.
///
/// Read with `getenv`: Foundation's `ProcessInfo.environment` builds a dictionary of every
/// variable on each call, and its first call cost a warm report 0.5 M instructions (callgrind,
/// BENCHMARKS.md seventh pass), more in a shell with many variables.
public enum ProcessEnvironment {
    /// The variable's value, or nil when it is unset or empty.
    public static func nonEmpty(_ name: String) -> String? {
        guard let value = getenv(name), value.pointee != 0 else { return nil }
        return String(cString: value)
    }

    /// The user's home folder: `$HOME` first, as a shell would, then the account database.
    ///
    /// Foundation's `homeDirectoryForCurrentUser` ignores `$HOME` on Linux, which would put a
    /// test's (or a `sudo -E` user's) config, cache and known_hosts in the wrong home.
    public static var home: String {
        nonEmpty("HOME") ?? FileManager.default.homeDirectoryForCurrentUser.path
    }

    /// The login name: `$USER`, then `$LOGNAME`, then the account database; nil when none has one.
    public static var loginName: String? {
        if let name = nonEmpty("USER") ?? nonEmpty("LOGNAME") { return name }
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name, name.pointee != 0 else { return nil }
        return String(cString: name)
    }
}
