/// Whitespace trimming without Foundation: on Linux its `trimmingCharacters(in:)` goes through
/// NSString and CFCharacterSet, and the first call of a process alone costs ~850,000
/// instructions (setting CoreFoundation's character sets up), a tenth of a warm `comments`.
extension StringProtocol {
    /// The text without leading and trailing whitespace as `CharacterSet.whitespaces` defines it
    /// (Unicode general category Zs, the tab, the zero width space), line breaks kept.
    ///
    /// `trimmingCharacters(in: .whitespaces)` answers the same, but on Linux it goes through
    /// NSString and CFCharacterSet: about 23,000 instructions a call, and a config file is
    /// trimmed a few hundred times on every run.
    public func trimmingWhitespace() -> String {
        trimming(Self.isWhitespace)
    }

    /// The text without leading and trailing whitespace and line breaks as
    /// `CharacterSet.whitespacesAndNewlines` defines them (`whitespaces`, line feed to carriage
    /// return, next line, the line and paragraph separators), for the same reason as
    /// `trimmingWhitespace()`.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimming(Self.isWhitespaceOrNewline)
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        // One copy of the bytes between: appending the scalars one by one cost ~35,000
        // instructions a config line.
        return String(self[first..<scalars.index(after: last)])
    }

    /// Foundation's `whitespaces`: the Zs category, the tab, and the zero width space (which
    /// is not Zs, but CoreFoundation counts it).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Foundation's `whitespacesAndNewlines`: `whitespaces`, line feed to carriage return, next
    /// line, and the line and paragraph separators.
    private static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return isWhitespace(scalar)
        }
    }
}
