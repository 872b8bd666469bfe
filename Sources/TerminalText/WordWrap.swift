/// Greedy word wrap by display width; a word longer than the width gets a line of its own.
///
/// A line's own indentation (code, lists) is kept on every piece of it, and list items
/// (`- …`, `* …`) continue under their text, not under the dash.
public func wordWrap(_ text: String, width: Int) -> [String] {
    let leading = String(text.prefix { $0 == " " })
    if !leading.isEmpty {
        return wordWrap(String(text.dropFirst(leading.count)), width: max(10, width - leading.count)).map { leading + $0 }
    }
    if text.hasPrefix("- ") || text.hasPrefix("* ") {
        let pieces = wordWrap(String(text.dropFirst(2)), width: max(10, width - 2))
        return pieces.enumerated().map { ($0.offset == 0 ? String(text.prefix(2)) : "  ") + $0.element }
    }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        let wordWidth = displayWidth(of: word)
        if currentWidth > 0 && currentWidth + 1 + wordWidth > width {
            lines.append(current)
            current = ""
            currentWidth = 0
        }
        if currentWidth > 0 {
            current += " "
            currentWidth += 1
        }
        current += word
        currentWidth += wordWidth
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
}
