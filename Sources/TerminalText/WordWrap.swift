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
    if printableASCIIWidth(of: text) != nil { return wordWrapASCII(text, width: width) }
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

/// The greedy loop of `wordWrap` for printable ASCII, the usual comment text: a character is a
/// byte and a cell, so words are cut at space bytes and lines gathered as bytes (splitting
/// by Character and appending strings cost ~50 instructions a byte).
private func wordWrapASCII(_ text: String, width: Int) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
        var lines: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(min(bytes.count, max(width, 0) + 1))
        var start = 0
        while start < bytes.count {
            guard bytes[start] != UInt8(ascii: " ") else {
                start += 1
                continue
            }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
            let wordWidth = end - start
            if !current.isEmpty && current.count + 1 + wordWidth > width {
                lines.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            if !current.isEmpty { current.append(UInt8(ascii: " ")) }
            current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            start = end
        }
        if !current.isEmpty || lines.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
        return lines
    }
}
