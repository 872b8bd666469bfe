import Foundation
@testable import GerritModel
import Testing

/// `GerritQuery.rendered` renders each part once and judges ASCII terms byte by byte; it must
/// write what the version it replaced wrote (kept here as the reference) for every query.
@Suite struct GerritQueryRenderingTests {
    /// The rendering before: every part rendered again wherever it was looked at.
    static func reference(_ query: GerritQuery) -> String {
        switch query {
        case .term(let op, let value): return "\(op):\(referenceQuote(value))"
        case .raw(let text): return text.trimmingCharacters(in: .whitespaces)
        case .and(let parts): return referenceJoin(parts, " AND ") { if case .or = $0 { return true }; return false }
        case .or(let parts): return referenceJoin(parts, " OR ") { if case .and = $0 { return true }; return false }
        case .not(let inner):
            let text = reference(inner)
            guard !text.isEmpty else { return "" }
            return "NOT " + (referenceAtomic(inner) ? text : "(\(text))")
        }
    }

    static func referenceQuote(_ value: String) -> String {
        let bare: Set<Character> = ["-", "_", ".", "/", "@", "+", "*", "^", "=", "<", ">", "~"]
        let isBare = value.first.map { $0 != "-" } == true && !["AND", "OR", "NOT"].contains(value.uppercased())
            && value.allSatisfy { bare.contains($0) || $0.isLetter || $0.isNumber }
        if isBare { return value }
        if !value.contains("\"") && !value.contains("\\") { return "\"\(value)\"" }
        if !value.contains("{") && !value.contains("}") { return "{\(value)}" }
        var escaped = ""
        for character in value {
            if character == "\"" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "\"\(escaped)\""
    }

    static func referenceAtomic(_ query: GerritQuery) -> Bool {
        switch query {
        case .term: return true
        case .raw(let text): return !text.contains(" ")
        case .not(let inner): return referenceAtomic(inner)
        case .and(let parts), .or(let parts):
            return parts.filter { !reference($0).isEmpty }.count <= 1
                && (parts.first { !reference($0).isEmpty }.map(referenceAtomic) ?? true)
        }
    }

    static func referenceJoin(_ parts: [GerritQuery], _ separator: String, _ needsParens: (GerritQuery) -> Bool) -> String {
        let nonEmpty = parts.filter { !reference($0).isEmpty }
        if nonEmpty.count == 1, let only = nonEmpty.first { return reference(only) }
        return nonEmpty.map { part in
            let text = reference(part)
            let wrap: Bool
            if case .raw = part { wrap = !referenceAtomic(part) } else { wrap = needsParens(part) && !referenceAtomic(part) }
            return wrap ? "(\(text))" : text
        }.joined(separator: separator)
    }

    static let values = ["openstack/nova", "and", "AnD", "not", "NOTE", "or", "OR", "-x", "x-", "", "a b", "Jüri", "ünïcode",
                         "e\u{301}", "١٢٣", "x\"y", "c:\\d", "{b}", "\"{}\"", "^re.*", "a:b", "tab\there", "✓", "Ωmega",
                         "under_score", "~tilde", "50%", "a\u{00A0}b"]
    static let raws = ["", "  ", "\u{00A0}", "status:open", "a b", " (x OR y) ", "\t"]

    static func random(depth: Int, using generator: inout some RandomNumberGenerator) -> GerritQuery {
        let pick = depth == 0 ? Int.random(in: 0...1, using: &generator) : Int.random(in: 0...4, using: &generator)
        switch pick {
        case 0: return .term(["project", "branch", "owner", "topic"].randomElement(using: &generator) ?? "project",
                             values.randomElement(using: &generator) ?? "x")
        case 1: return .raw(raws.randomElement(using: &generator) ?? "")
        case 2: return .not(random(depth: depth - 1, using: &generator))
        case 3: return .and((0..<Int.random(in: 0...4, using: &generator)).map { _ in random(depth: depth - 1, using: &generator) })
        default: return .or((0..<Int.random(in: 0...4, using: &generator)).map { _ in random(depth: depth - 1, using: &generator) })
        }
    }

    @Test func everyQueryRendersAsBefore() {
        var generator = SystemRandomNumberGenerator()
        for value in Self.values {
            #expect(GerritQuery.quote(value) == Self.referenceQuote(value), "\(value.debugDescription)")
        }
        for _ in 0..<5_000 {
            let query = Self.random(depth: 4, using: &generator)
            #expect(query.rendered == Self.reference(query), "\(query)")
        }
        // A list query of many projects, as an organization config makes.
        let big = GerritQuery.and([.term("status", "open"), .or((0..<300).map { .term("project", "openstack/p\($0)") }),
                                   .not(.term("owner", "self"))])
        #expect(big.rendered == Self.reference(big))
    }
}
