/// Key names as the `[keys]` config section writes them.
///
/// Accepts everything `Key(parsing:)` does (`C-r`, `PgDn`, `S-Tab`) plus the spellings of
/// gerrymander.conf.example: `ctrl-r`, `alt-x`/`meta-x`, `shift-tab`, `pgup`, `esc`, `space`.
public enum ConfigKeyName {
    /// Parses one config key name.
    /// - Throws: `KeyNameError` saying what is wrong with it.
    public static func parse(_ name: String) throws(KeyNameError) -> Key {
        let lower = name.lowercased()
        var rewritten = name
        for (prefix, replacement) in [("ctrl-", "C-"), ("control-", "C-"), ("alt-", "M-"), ("meta-", "M-")]
        where lower.hasPrefix(prefix) && name.count > prefix.count {
            rewritten = replacement + name.dropFirst(prefix.count)
        }
        if lower == "shift-tab" { rewritten = "S-Tab" }
        do {
            return try Key(parsing: rewritten)
        } catch let error as KeyNameError {
            throw KeyNameError(name: name, reason: error.reason)
        } catch {
            throw KeyNameError(name: name, reason: "not a key name")
        }
    }
}
