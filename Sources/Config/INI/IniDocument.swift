/// A parsed INI file with Python configparser's rules, keeping file:line for every key.
///
/// Rules (as configparser with its defaults, which the original tool used):
/// - `[name]` headers; section names are case-sensitive; a section written twice is merged.
/// - `key = value` or `key: value`, split at the first `=` or `:`; keys are lower-cased.
/// - Lines whose first non-blank character is `#` or `;` are comments (only whole lines:
///   `a = b # c` keeps `b # c`).
/// - A line indented deeper than its key continues the value; blank lines inside a value are
///   kept, trailing ones dropped.
/// - `[DEFAULT]` values are visible from every section and usable in interpolation.
/// - `%(name)s` interpolates another key of the same section (or of `[DEFAULT]`); `%%` is a
///   literal `%`; any other `%` is an error.
/// - Unlike configparser's strict mode, a key written twice is not an error: the later wins.
public struct IniDocument: Sendable, Hashable {
    /// The name of the defaults section.
    public static let defaultSectionName = "DEFAULT"

    /// The sections in order of first appearance, `[DEFAULT]` excluded.
    public var sections: [IniSection]
    /// The `[DEFAULT]` section, if the file has one.
    public var defaults: IniSection?

    /// Creates a document from sections (used by the parser and by tests).
    public init(sections: [IniSection], defaults: IniSection? = nil) {
        self.sections = sections
        self.defaults = defaults
    }

    /// The section names in file order.
    public var sectionNames: [String] { sections.map(\.name) }

    /// The section called exactly `name`.
    public func section(_ name: String) -> IniSection? {
        if name == Self.defaultSectionName { return defaults }
        return sections.first { $0.name == name }
    }

    /// The interpolated value of `key` in `section`, falling back to `[DEFAULT]`.
    ///
    /// Returns nil when neither has the key.
    /// - Throws: ``ConfigError`` for a bad `%` or a missing interpolation name.
    public func value(_ key: String, in section: String) throws(ConfigError) -> ConfigValue? {
        guard let entry = lookup(key.lowercased(), in: section) else { return nil }
        let text = try interpolate(entry, section: section, depth: 0)
        return ConfigValue(section: section, key: entry.key, value: text, location: entry.location)
    }

    /// Every key of `section` itself (not `[DEFAULT]`) with its interpolated value, in file order.
    ///
    /// - Throws: ``ConfigError`` for a bad interpolation.
    public func values(in section: String) throws(ConfigError) -> [ConfigValue] {
        guard let found = self.section(section) else { return [] }
        var result: [ConfigValue] = []
        for key in found.keys {
            if let value = try value(key, in: section) { result.append(value) }
        }
        return result
    }

    /// Every key occurrence of `section` itself, duplicates included, interpolated, in file order.
    ///
    /// - Throws: ``ConfigError`` for a bad interpolation.
    public func allValues(in section: String) throws(ConfigError) -> [ConfigValue] {
        guard let found = self.section(section) else { return [] }
        var result: [ConfigValue] = []
        for entry in found.entries {
            let text = try interpolate(entry, section: section, depth: 0)
            result.append(ConfigValue(section: section, key: entry.key, value: text, location: entry.location))
        }
        return result
    }

    private func lookup(_ key: String, in section: String) -> IniSection.Entry? {
        self.section(section)?.entry(key) ?? defaults?.entry(key)
    }

    /// configparser's BasicInterpolation, with its depth limit of 10.
    private func interpolate(_ entry: IniSection.Entry, section: String, depth: Int) throws(ConfigError) -> String {
        func fail(_ message: String) -> ConfigError {
            ConfigError(location: entry.location, section: section, key: entry.key, message: message)
        }
        guard depth < 10 else {
            throw fail("interpolation is nested too deeply (does a key refer to itself?)")
        }
        let chars = Array(entry.rawValue)
        var output = ""
        var index = 0
        while index < chars.count {
            let char = chars[index]
            guard char == "%" else {
                output.append(char)
                index += 1
                continue
            }
            let next = index + 1 < chars.count ? chars[index + 1] : nil
            if next == "%" {
                output.append("%")
                index += 2
            } else if next == "(" {
                guard let close = chars[(index + 2)...].firstIndex(of: ")"),
                      close + 1 < chars.count, chars[close + 1] == "s" else {
                    throw fail("bad interpolation in \"\(entry.rawValue)\": write %(name)s, or %% for a literal %")
                }
                let name = String(chars[(index + 2)..<close]).lowercased()
                guard let referenced = lookup(name, in: section) else {
                    throw fail("\"%(\(name))s\" refers to a key that is not in [\(section)] or [DEFAULT]")
                }
                output += try interpolate(referenced, section: section, depth: depth + 1)
                index = close + 2
            } else {
                throw fail("a % must be followed by % or (name)s; write %% for a literal % in \"\(entry.rawValue)\"")
            }
        }
        return output
    }
}
