/// Splits a remote command line into words the way Gerrit's SSH daemon does.
///
/// Gerrit does not run a shell: it tokenises the string itself. Whitespace separates words;
/// single quotes keep everything literally; double quotes keep everything but allow `\"` and `\\`;
/// outside quotes a backslash escapes the next character. Adjacent quoted and unquoted parts join
/// into one word (`a"b c"d` is `ab cd`).
public enum CommandLineSplitter {
    /// The failure of an unterminated quote, worded like the server's message.
    public struct SplitError: Error, Equatable, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Splits `line` into words.
    ///
    /// - Throws: `SplitError` when a quote is not closed.
    public static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaping = false
        for ch in line {
            if escaping {
                if quote == "\"" && ch != "\"" && ch != "\\" { current.append("\\") }
                current.append(ch)
                escaping = false
                inWord = true
                continue
            }
            if let q = quote {
                if ch == q {
                    quote = nil
                } else if ch == "\\" && q == "\"" {
                    escaping = true
                } else {
                    current.append(ch)
                }
                continue
            }
            switch ch {
            case "'", "\"":
                quote = ch
                inWord = true
            case "\\":
                escaping = true
            case " ", "\t", "\n", "\r":
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            default:
                current.append(ch)
                inWord = true
            }
        }
        if quote != nil { throw SplitError(description: "unterminated quote in command line") }
        if escaping { current.append("\\") }
        if inWord { words.append(current) }
        return words
    }

    /// Quotes one word so that `split` gives it back unchanged: wraps it in double quotes and
    /// escapes `"` and `\`.
    public static func quote(_ word: String) -> String {
        var out = "\""
        for ch in word {
            if ch == "\"" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        out.append("\"")
        return out
    }
}
