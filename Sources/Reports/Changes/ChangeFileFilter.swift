import Foundation
import GerritModel

/// The positional `file…` regexes of `changes` and the todo lists.
///
/// A change is kept when any regex matches (anywhere, search semantics) any file path of its
/// newest patch set; Gerrit's list includes `/COMMIT_MSG`. No regexes keeps everything.
public struct ChangeFileFilter: Sendable {
    /// The patterns as typed.
    public let patterns: [String]
    private let expressions: [Regex]

    /// Compiles the patterns.
    ///
    /// - Throws: ``ChangeFileFilterError`` naming the first pattern that is not a valid regex.
    public init(patterns: [String]) throws(ChangeFileFilterError) {
        self.patterns = patterns
        var expressions: [Regex] = []
        for pattern in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern) else {
                throw ChangeFileFilterError(pattern: pattern)
            }
            expressions.append(Regex(expression: expression))
        }
        self.expressions = expressions
    }

    /// What the filter reads of a change: the files, when there are patterns.
    public var parts: ChangeParts { expressions.isEmpty ? [] : .files }

    /// Whether `change` passes the filter.
    public func matches(_ change: Change) -> Bool {
        guard !expressions.isEmpty else { return true }
        let paths = (change.latestPatchSet?.files ?? []).map(\.file)
        return paths.contains { path in
            expressions.contains { $0.expression.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil }
        }
    }

    /// NSRegularExpression is immutable and thread-safe but not marked Sendable.
    private struct Regex: @unchecked Sendable {
        let expression: NSRegularExpression
    }
}

/// A `file` argument that is not a valid regular expression.
public struct ChangeFileFilterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pattern as typed.
    public var pattern: String

    public var description: String {
        "file pattern '\(pattern)' is not a valid regular expression"
    }
}
