extension StringProtocol {
    /// The text without leading and trailing whitespace as `CharacterSet.whitespaces` defines it
    /// (Unicode general category Zs, and the tab), line breaks kept.
    ///
    /// `trimmingCharacters(in: .whitespaces)` answers the same, but on Linux it goes through
    /// NSString and CFCharacterSet: about 23,000 instructions a call, and a config file is
    /// trimmed a few hundred times on every run.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !Self.isWhitespace($0) }) else { return "" }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[first...last])
        return String(trimmed)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09: return true
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }
}
