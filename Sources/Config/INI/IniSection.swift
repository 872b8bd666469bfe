/// A `[section]` of an INI file: every key occurrence in file order.
///
/// A key written twice keeps both entries (so tools can point at both lines); lookups return
/// the later one, as configparser does when duplicates are allowed.
public struct IniSection: Sendable, Hashable {
    /// One occurrence of a key before interpolation.
    public struct Entry: Sendable, Hashable {
        /// The lower-cased key.
        public var key: String
        /// The text as written (continuation lines joined with `\n`), before interpolation.
        public var rawValue: String
        /// Where the key was written.
        public var location: ConfigLocation
    }

    /// The name as written (section names are case-sensitive).
    public var name: String
    /// Where the `[name]` header first appeared.
    public var location: ConfigLocation
    /// Every key occurrence in file order, duplicates included.
    public var entries: [Entry]

    /// The distinct keys in order of first appearance.
    public var keys: [String] {
        var seen = Set<String>()
        return entries.map(\.key).filter { seen.insert($0).inserted }
    }

    /// The entry that wins for `key` (the last one written), matched case-insensitively.
    public func entry(_ key: String) -> Entry? {
        let key = key.lowercased()
        return entries.last { $0.key == key }
    }

    /// Every occurrence of `key`, first to last.
    public func occurrences(of key: String) -> [Entry] {
        let key = key.lowercased()
        return entries.filter { $0.key == key }
    }
}
