import Foundation

extension ConfigValue {
    /// The value split at commas, each item trimmed, empty items dropped.
    public var list: [String] {
        value.split(separator: ",", omittingEmptySubsequences: true)
            .map { $0.trimmingWhitespaceAndNewlines() }
            .filter { !$0.isEmpty }
    }

    /// The value as a boolean: `1/yes/true/on` or `0/no/false/off`, any case.
    ///
    /// - Throws: ``ConfigError`` for anything else (the original read any other word as false,
    ///   which hid typos).
    public func bool() throws(ConfigError) -> Bool {
        switch value.trimmingWhitespace().lowercased() {
        case "1", "yes", "true", "on": return true
        case "0", "no", "false", "off": return false
        default: throw error("\"\(value)\" is not a boolean (use yes/no, true/false, on/off or 1/0)")
        }
    }

    /// The value as a whole number.
    ///
    /// - Throws: ``ConfigError`` when it is not a decimal integer or is outside `range`.
    public func int(in range: ClosedRange<Int>? = nil) throws(ConfigError) -> Int {
        guard let number = Int(value.trimmingWhitespace()) else {
            throw error("\"\(value)\" is not a number")
        }
        if let range, !range.contains(number) {
            throw error("\(number) is out of range (\(range.lowerBound)-\(range.upperBound))")
        }
        return number
    }

    /// The value as a path, with a leading `~` expanded to `home`.
    public func path(home: String) -> String {
        DisplayPath.expand(value.trimmingWhitespace(), home: home)
    }
}
