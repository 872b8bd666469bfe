import Foundation

/// A Gerrit search expression built from typed terms, rendered with correct quoting.
///
/// Build it from terms and combinators, then use `rendered` (also `description`):
/// ```swift
/// let q = GerritQuery.allOf(.status("open"), .anyOf(.project("nova"), .project("a b")), .not(.owner("self")))
/// q.rendered  // status:open AND (project:nova OR project:"a b") AND NOT owner:self
/// ```
///
/// Quoting rule for term values (deterministic, see `quote(_:)`):
/// 1. Values made only of letters, digits and `- _ . / @ + * ^ = < > ~` that do not start with
///    `-` and are not `AND`/`OR`/`NOT` are written bare: `project:openstack/nova`,
///    `label:Code-Review>=1`.
/// 2. Otherwise, if the value has no `"` and no `\`, it is wrapped in double quotes:
///    `message:"fix the build"`, `topic:""`.
/// 3. Otherwise, if it has no `{` or `}`, it is wrapped in braces, Gerrit's other phrase
///    syntax, which needs no escaping and works on every version: `message:{say "hi"}`.
/// 4. Otherwise (both quotes/backslashes and braces) it is double-quoted with `\"` and `\\`
///    escaped, which only newer Gerrit versions read back exactly.
///
/// The rendered string is the query Gerrit parses; quoting it for the SSH command line is the
/// transport's job.
public indirect enum GerritQuery: Hashable, Sendable, CustomStringConvertible {
    /// `operator:value`, e.g. `.term("status", "open")`; the value is quoted as needed.
    case term(String, String)
    /// Text inserted as is (a user's own query); parenthesised when combined with others.
    case raw(String)
    /// All parts must match (` AND `). Empty parts are dropped.
    case and([GerritQuery])
    /// Any part may match (` OR `). Empty parts are dropped.
    case or([GerritQuery])
    /// Negation (`NOT …`).
    case not(GerritQuery)

    // MARK: Terms

    /// `status:open`, `status:merged`, `status:abandoned`, …
    public static func status(_ value: String) -> GerritQuery { .term("status", value) }
    /// `project:name` (a leading `^` makes it a regex in Gerrit).
    public static func project(_ value: String) -> GerritQuery { .term("project", value) }
    /// `branch:name`.
    public static func branch(_ value: String) -> GerritQuery { .term("branch", value) }
    /// `topic:name`; an empty name matches changes without a topic.
    public static func topic(_ value: String) -> GerritQuery { .term("topic", value) }
    /// `hashtag:name`.
    public static func hashtag(_ value: String) -> GerritQuery { .term("hashtag", value) }
    /// `owner:user` (username, email, name or `self`).
    public static func owner(_ value: String) -> GerritQuery { .term("owner", value) }
    /// `reviewer:user`.
    public static func reviewer(_ value: String) -> GerritQuery { .term("reviewer", value) }
    /// `label:` with a raw label expression, e.g. `"Code-Review>=1"` or `"Verified-1"`.
    public static func label(_ expression: String) -> GerritQuery { .term("label", expression) }
    /// `label:Name<op><value>`, e.g. `.label("Code-Review", .atLeast, 1)` → `label:Code-Review>=1`.
    public static func label(_ name: String, _ comparison: LabelComparison, _ value: Int) -> GerritQuery {
        // `=+2` is how Gerrit writes votes; comparisons use the plain number (`>=1`).
        let signed = comparison == .equal && value > 0 ? "+\(value)" : String(value)
        return .term("label", name + comparison.rawValue + signed)
    }
    /// `is:open`, `is:reviewed`, `is:wip`, …
    public static func `is`(_ value: String) -> GerritQuery { .term("is", value) }
    /// `age:1d`: changes last updated MORE than the given time ago.
    public static func age(_ value: String) -> GerritQuery { .term("age", value) }
    /// `-age:1d`: changes updated LESS than the given time ago.
    public static func newerThan(_ value: String) -> GerritQuery { .term("-age", value) }
    /// `limit:n`.
    public static func limit(_ value: Int) -> GerritQuery { .term("limit", String(value)) }
    /// `message:text` (commit message).
    public static func message(_ value: String) -> GerritQuery { .term("message", value) }
    /// `file:path` (a leading `^` makes it a regex).
    public static func file(_ value: String) -> GerritQuery { .term("file", value) }
    /// `change:number` (a change number or Change-Id).
    public static func change(_ value: String) -> GerritQuery { .term("change", value) }
    /// `change:number`.
    public static func change(_ number: Int) -> GerritQuery { .term("change", String(number)) }
    /// `resume_sortkey:key` for paging on Gerrit ≤ 2.9.
    public static func resumeSortKey(_ key: String) -> GerritQuery { .term("resume_sortkey", key) }

    /// All of the parts (` AND `).
    public static func allOf(_ parts: GerritQuery...) -> GerritQuery { .and(parts) }
    /// Any of the parts (` OR `).
    public static func anyOf(_ parts: GerritQuery...) -> GerritQuery { .or(parts) }

    /// How a `label:` term compares votes.
    public enum LabelComparison: String, Hashable, Sendable {
        case equal = "="
        case atLeast = ">="
        case atMost = "<="
        case greaterThan = ">"
        case lessThan = "<"
    }

    // MARK: Rendering

    /// The query text Gerrit parses. Empty when the expression has no terms.
    public var rendered: String {
        switch self {
        case .term(let op, let value):
            return "\(op):\(Self.quote(value))"
        case .raw(let text):
            return text.trimmingCharacters(in: .whitespaces)
        case .and(let parts):
            return Self.join(parts, with: " AND ", wrapping: { if case .or = $0 { return true }; return false })
        case .or(let parts):
            return Self.join(parts, with: " OR ", wrapping: { if case .and = $0 { return true }; return false })
        case .not(let inner):
            let text = inner.rendered
            guard !text.isEmpty else { return "" }
            return "NOT " + (inner.isAtomic ? text : "(\(text))")
        }
    }

    public var description: String { rendered }

    /// Quotes a term value following the rule in the type's documentation.
    public static func quote(_ value: String) -> String {
        if isBareWord(value) { return value }
        if !value.contains("\"") && !value.contains("\\") { return "\"\(value)\"" }
        if !value.contains("{") && !value.contains("}") { return "{\(value)}" }
        var escaped = ""
        for character in value {
            if character == "\"" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "\"\(escaped)\""
    }

    private static let bareSymbols: Set<Character> = ["-", "_", ".", "/", "@", "+", "*", "^", "=", "<", ">", "~"]

    static func isBareWord(_ value: String) -> Bool {
        // Plain ASCII (project names, branches, users: nearly every term) is judged byte by
        // byte; a list query of a few hundred projects renders each term on every cache look-up.
        var ascii = true
        for byte in value.utf8 {
            guard byte < 0x80 else {
                ascii = false
                break
            }
            guard isBareASCII(byte) else { return false }
        }
        if ascii {
            guard let first = value.utf8.first, first != UInt8(ascii: "-") else { return false }
            return !isOperatorWord(value)
        }
        guard let first = value.first, first != "-" else { return false }
        if ["AND", "OR", "NOT"].contains(value.uppercased()) { return false }
        return value.allSatisfy { character in
            bareSymbols.contains(character) || character.isLetter || character.isNumber
        }
    }

    /// An ASCII letter, digit or one of `bareSymbols`.
    private static func isBareASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "@"), UInt8(ascii: "+"),
             UInt8(ascii: "*"), UInt8(ascii: "^"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// AND, OR or NOT in any case (ASCII).
    private static func isOperatorWord(_ value: String) -> Bool {
        let count = value.utf8.count
        guard count == 2 || count == 3 else { return false }
        let upper = value.utf8.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") ? $0 - 32 : $0 }
        return upper == Array("AND".utf8) || upper == Array("OR".utf8) || upper == Array("NOT".utf8)
    }

    /// True when the rendering needs no parentheses to be negated or combined.
    private var isAtomic: Bool {
        switch self {
        case .term: return true
        case .raw(let text): return !text.contains(" ")
        case .not(let inner): return inner.isAtomic
        case .and(let parts), .or(let parts):
            // Atomic when at most one part shows; looks no further than the second (a list of
            // hundreds of projects is not rendered again to find that out).
            var shown: GerritQuery?
            for part in parts where !part.rendersEmpty {
                if shown != nil { return false }
                shown = part
            }
            return shown?.isAtomic ?? true
        }
    }

    /// Whether `rendered` is empty, without rendering.
    private var rendersEmpty: Bool {
        switch self {
        case .term: return false
        case .raw(let text): return text.trimmingCharacters(in: .whitespaces).isEmpty
        case .not(let inner): return inner.rendersEmpty
        case .and(let parts), .or(let parts): return parts.allSatisfy(\.rendersEmpty)
        }
    }

    private static func join(_ parts: [GerritQuery], with separator: String,
                             wrapping needsParens: (GerritQuery) -> Bool) -> String {
        // Each part rendered once: rendering it again per use doubled the work at every level.
        let nonEmpty = parts.map { ($0, $0.rendered) }.filter { !$0.1.isEmpty }
        if nonEmpty.count == 1, let only = nonEmpty.first { return only.1 }
        return nonEmpty.map { part, text in
            let wrap: Bool
            if case .raw = part { wrap = !part.isAtomic } else { wrap = needsParens(part) && !part.isAtomic }
            return wrap ? "(\(text))" : text
        }.joined(separator: separator)
    }
}
