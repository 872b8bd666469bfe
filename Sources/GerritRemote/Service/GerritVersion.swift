import Foundation

/// The server's `gerrit version`, e.g. `3.9.1` or `2.8.6-12-gabc1234`.
public struct GerritVersion: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public var patch: Int
    /// The version text as the server printed it (after `gerrit version `).
    public var raw: String

    public init(major: Int, minor: Int, patch: Int = 0, raw: String? = nil) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.raw = raw ?? "\(major).\(minor).\(patch)"
    }

    /// Parses `gerrit version 2.8.6`, `gerrit version v3.9.1-12-gabc1234`, or the bare version.
    ///
    /// Returns `nil` when no `MAJOR.MINOR` can be found.
    public init?(parsing line: String) {
        var text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("gerrit version") { text = String(text.dropFirst("gerrit version".count)) }
        text = text.trimmingCharacters(in: .whitespaces)
        let raw = text
        if text.hasPrefix("v") { text.removeFirst() }
        let numbers = text.prefix { $0.isNumber || $0 == "." }.split(separator: ".").map { Int($0) }
        guard numbers.count >= 2, let major = numbers[0], let minor = numbers[1] else { return nil }
        self.init(major: major, minor: minor, patch: numbers.count > 2 ? numbers[2] ?? 0 : 0, raw: raw)
    }

    public var description: String { raw }

    public static func < (lhs: GerritVersion, rhs: GerritVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }
}
