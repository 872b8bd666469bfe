/// Path helpers that take the home directory as a value (no environment lookups).
public enum DisplayPath {
    /// `path` with a leading home directory written as `~`.
    public static func abbreviate(_ path: String, home: String) -> String {
        let home = trimmingTrailingSlash(home)
        guard !home.isEmpty else { return path }
        if path == home { return "~" }
        // `String + Substring` goes through the generic sequence append: ~0.3 M instructions
        // the first time in a process. Both halves are strings here.
        if path.hasPrefix(home + "/") { return "~" + String(path.dropFirst(home.count)) }
        return path
    }

    /// `path` with a leading `~` or `~/` replaced by the home directory.
    ///
    /// `~user` forms are left alone: we cannot look other users up without global state.
    public static func expand(_ path: String, home: String) -> String {
        let home = trimmingTrailingSlash(home)
        if path == "~" { return home.isEmpty ? "/" : home }
        if path.hasPrefix("~/") { return home + String(path.dropFirst(1)) }
        return path
    }

    private static func trimmingTrailingSlash(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path == "/" ? "" : path
    }
}
