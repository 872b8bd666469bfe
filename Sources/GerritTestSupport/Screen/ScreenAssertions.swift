import Testing
import TUI

/// Fails the test, with a line diff, unless the screen's text is `expected`.
///
/// Compares `screen.plainText()` (rows with trailing spaces trimmed); trailing spaces in
/// `expected` are trimmed too, so literals may be padded for readability.
public func assertScreen(_ screen: Screen, matches expected: [String],
                         sourceLocation: SourceLocation = #_sourceLocation) {
    assertLines(screen.plainText(), match: expected, what: "Screen text", sourceLocation: sourceLocation)
}

/// Fails the test, with a line diff, unless the screen's style map is `expected`.
///
/// See `Screen.styleMap(legend:)`: `.` is the plain style, legend letters name the styles the
/// test cares about, and other styles get letters from `a` in order of appearance. The
/// failure message lists every letter's style.
public func assertStyles(_ screen: Screen, matches expected: [String], legend: [Character: Style] = [:],
                         sourceLocation: SourceLocation = #_sourceLocation) {
    let map = screen.styleMapWithLegend(legend: legend)
    assertLines(map.rows, match: expected, what: "Screen styles", extra: legendDescription(map.legend),
                sourceLocation: sourceLocation)
}

/// Fails the test with a readable line diff unless `actual` equals `expected`
/// (trailing spaces ignored).
public func assertLines(_ actual: [String], match expected: [String], what: String = "Text",
                        extra: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    let trimmedActual = actual.map(trimTrailingSpaces)
    let trimmedExpected = expected.map(trimTrailingSpaces)
    guard trimmedActual != trimmedExpected else { return }
    var message = "\(what) does not match (- expected, + actual):\n"
    message += lineDiff(expected: trimmedExpected, actual: trimmedActual)
    message += "\nActual, in full:\n" + trimmedActual.map { "  |\($0)|" }.joined(separator: "\n")
    if !extra.isEmpty { message += "\n" + extra }
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}

/// A line-by-line diff: equal lines once, differing lines as `-` expected and `+` actual,
/// each with its 1-based line number.
public func lineDiff(expected: [String], actual: [String]) -> String {
    var out: [String] = []
    for index in 0..<max(expected.count, actual.count) {
        let number = String(index + 1)
        let pad = String(repeating: " ", count: max(0, 3 - number.count))
        let old = index < expected.count ? expected[index] : nil
        let new = index < actual.count ? actual[index] : nil
        if old == new, let old {
            out.append("\(pad)\(number)   |\(old)|")
            continue
        }
        if let old { out.append("\(pad)\(number) - |\(old)|") }
        if let new { out.append("\(pad)\(number) + |\(new)|") }
    }
    return out.joined(separator: "\n")
}

/// `a: fg=red bg=default bold` lines, sorted by letter.
func legendDescription(_ legend: [Character: Style]) -> String {
    "Legend:\n" + legend.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }.joined(separator: "\n")
}

func trimTrailingSpaces(_ line: String) -> String {
    var result = line
    while result.last == " " { result.removeLast() }
    return result
}
