/// Splits a command line the way a POSIX shell splits words, without expanding anything.
///
/// Handles blanks, single quotes, double quotes (where `\` escapes `"`, `\`, `$` and a backtick)
/// and backslash escapes outside quotes, so `PAGER='less -R'` and `PAGER="most -s"` work.
/// - Returns: The words, or nil when a quote is left open or the line ends in a lone `\`.
public func splitShellWords(_ line: String) -> [String]? {
    var words: [String] = []
    var current = ""
    var inWord = false
    var iterator = Array(line).makeIterator()
    while let character = iterator.next() {
        switch character {
        case " ", "\t", "\n":
            if inWord { words.append(current) }
            current = ""
            inWord = false
        case "'":
            inWord = true
            var closed = false
            while let next = iterator.next() {
                if next == "'" { closed = true; break }
                current.append(next)
            }
            guard closed else { return nil }
        case "\"":
            inWord = true
            var closed = false
            while let next = iterator.next() {
                if next == "\"" { closed = true; break }
                if next == "\\" {
                    guard let escaped = iterator.next() else { return nil }
                    if !["\"", "\\", "$", "`"].contains(escaped) { current.append("\\") }
                    current.append(escaped)
                } else {
                    current.append(next)
                }
            }
            guard closed else { return nil }
        case "\\":
            guard let escaped = iterator.next() else { return nil }
            inWord = true
            current.append(escaped)
        default:
            inWord = true
            current.append(character)
        }
    }
    if inWord { words.append(current) }
    return words
}
