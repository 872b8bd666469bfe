/// Parses Gerrit's search language: `op:value` terms, quoted `"…"` and braced `{…}` values,
/// `AND` / `OR` / `NOT`, a `-` prefix for NOT, juxtaposition as AND, and parentheses.
public enum SimQueryParser {
    enum Token: Equatable { case lparen, rparen, minus, word(String), andOp, orOp, notOp }

    /// Parses `text`; an empty query matches everything.
    ///
    /// - Throws: `SimQueryError` for unbalanced parentheses or quotes.
    public static func parse(_ text: String) throws -> SimQuery {
        var tokens = try tokenize(text)
        if tokens.isEmpty { return .all }
        var pos = 0
        let q = try parseOr(&tokens, &pos)
        if pos < tokens.count {
            throw SimQueryError(message: "line 1:\(pos) extraneous input after query in \"\(text)\"")
        }
        return q
    }

    static func tokenize(_ text: String) throws -> [Token] {
        let chars = Array(text)
        var tokens: [Token] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" || c == "\n" { i += 1; continue }
            if c == "(" { tokens.append(.lparen); i += 1; continue }
            if c == ")" { tokens.append(.rparen); i += 1; continue }
            if c == "-" && i + 1 < chars.count && chars[i + 1] != " " {
                tokens.append(.minus); i += 1; continue
            }
            var word = ""
            while i < chars.count {
                let ch = chars[i]
                if ch == " " || ch == "\t" || ch == "\n" || ch == "(" || ch == ")" { break }
                if ch == "\"" {
                    i += 1
                    var closed = false
                    while i < chars.count {
                        if chars[i] == "\\" && i + 1 < chars.count { word.append(chars[i + 1]); i += 2; continue }
                        if chars[i] == "\"" { closed = true; i += 1; break }
                        word.append(chars[i]); i += 1
                    }
                    if !closed { throw SimQueryError(message: "line 1:\(i) unterminated quoted string in query") }
                    continue
                }
                if ch == "{" {
                    i += 1
                    var closed = false
                    while i < chars.count {
                        if chars[i] == "}" { closed = true; i += 1; break }
                        word.append(chars[i]); i += 1
                    }
                    if !closed { throw SimQueryError(message: "line 1:\(i) missing '}' in query") }
                    continue
                }
                word.append(ch)
                i += 1
            }
            switch word {
            case "AND": tokens.append(.andOp)
            case "OR": tokens.append(.orOp)
            case "NOT": tokens.append(.notOp)
            default: tokens.append(.word(word))
            }
        }
        return tokens
    }

    private static func parseOr(_ t: inout [Token], _ pos: inout Int) throws -> SimQuery {
        var parts = [try parseAnd(&t, &pos)]
        while pos < t.count, t[pos] == .orOp {
            pos += 1
            parts.append(try parseAnd(&t, &pos))
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private static func parseAnd(_ t: inout [Token], _ pos: inout Int) throws -> SimQuery {
        var parts = [try parseUnary(&t, &pos)]
        while pos < t.count {
            if t[pos] == .andOp {
                pos += 1
                parts.append(try parseUnary(&t, &pos))
            } else if t[pos] == .orOp || t[pos] == .rparen {
                break
            } else {
                parts.append(try parseUnary(&t, &pos))
            }
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private static func parseUnary(_ t: inout [Token], _ pos: inout Int) throws -> SimQuery {
        guard pos < t.count else { throw SimQueryError(message: "line 1:\(pos) missing term at end of query") }
        switch t[pos] {
        case .notOp, .minus:
            pos += 1
            return .not(try parseUnary(&t, &pos))
        case .lparen:
            pos += 1
            let inner = try parseOr(&t, &pos)
            guard pos < t.count, t[pos] == .rparen else {
                throw SimQueryError(message: "line 1:\(pos) missing ')' in query")
            }
            pos += 1
            return inner
        case .word(let w):
            pos += 1
            if let colon = w.firstIndex(of: ":") {
                return .term(op: String(w[..<colon]).lowercased(), value: String(w[w.index(after: colon)...]))
            }
            return .term(op: "", value: w)
        case .rparen, .andOp, .orOp:
            throw SimQueryError(message: "line 1:\(pos) no viable alternative at input \(t[pos])")
        }
    }
}
