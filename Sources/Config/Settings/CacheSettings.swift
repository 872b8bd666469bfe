/// `[cache]`: where query results are kept and for how long.
public struct CacheSettings: Sendable, Hashable {
    /// The cache root, `~` expanded. Default `~/.gerrymander.d/cache`.
    public var directory: String
    /// Seconds for changes, todo-* and comments. Default 300.
    public var shortLifetime: Int
    /// Seconds for patchreviewstats, patchreviewrate and openreviewstats. Default 86400.
    public var longLifetime: Int

    /// Creates cache settings.
    public init(directory: String, shortLifetime: Int = 300, longLifetime: Int = 86400) {
        self.directory = directory
        self.shortLifetime = shortLifetime
        self.longLifetime = longLifetime
    }

    /// The defaults for a home directory.
    public static func defaults(home: String) -> CacheSettings {
        CacheSettings(directory: DisplayPath.expand("~/.gerrymander.d/cache", home: home))
    }
}
