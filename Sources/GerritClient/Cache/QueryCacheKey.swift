import Foundation
import GerritModel
import GerritRemote

/// What identifies one cached query result: the server, the user, the flags and the query.
///
/// The user is part of the key because `owner:self` and `reviewer:self` mean someone else
/// for another account on the same server. Flags are kept in `QueryOptions.flags` order, so
/// the same options always give the same key.
public struct QueryCacheKey: Sendable, Hashable, CustomStringConvertible {
    /// Server name as the client shows it, e.g. "review.example.org:29418" or "demo".
    public var server: String
    /// The Gerrit account the query runs as.
    public var user: String
    /// The rendered query string Gerrit parses.
    public var query: String
    /// The `gerrit query` flags, in `QueryOptions.flags` order.
    public var flags: [String]

    /// A key from its parts, as stored.
    public init(server: String, user: String, query: String, flags: [String]) {
        self.server = server
        self.user = user
        self.query = query
        self.flags = flags
    }

    /// The key for running `query` with `options` as `user` on `server`.
    public init(server: String, user: String, query: GerritQuery, options: QueryOptions) {
        self.init(server: server, user: user, query: query.rendered, flags: options.flags)
    }

    /// The key as stored: each part prefixed by its UTF-8 length, so no choice of text in one
    /// part can make two different keys collide.
    var storageKey: String {
        [server, user, flags.joined(separator: " "), query]
            .map { "\($0.utf8.count):\($0)" }
            .joined(separator: " ")
    }

    public var description: String {
        "\(user)@\(server): gerrit query \(flags.joined(separator: " ")) \(query)"
    }
}
