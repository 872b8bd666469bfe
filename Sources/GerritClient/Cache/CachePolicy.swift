/// Whether a query may be answered from the cache.
public enum CachePolicy: Sendable, Hashable {
    /// Use a fresh cached result when there is one; otherwise query and store (the default).
    case use
    /// Always query the server, then store the new result (`--refresh`).
    case refresh
    /// Neither read nor write the cache (`--no-cache`); nothing is created on disk.
    case bypass
}
