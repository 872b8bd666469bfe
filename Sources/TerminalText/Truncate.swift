/// Shortens text to at most `width` terminal cells, ending it with an ellipsis when cut.
///
/// Text that already fits is returned unchanged. When cut, whole grapheme clusters are kept
/// while they and the ellipsis fit, so a cluster or a wide character is never split; the
/// result can be one cell narrower than `width` when a wide character did not fit.
/// - Parameters:
///   - text: Text to shorten; sanitize server text first.
///   - width: The most cells the result may take; 0 or less gives "".
///   - ellipsis: Marks the cut; dropped when not even it fits.
public func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
    truncateMeasuring(text, toWidth: width, ellipsis: ellipsis).text
}

/// `truncate(_:toWidth:ellipsis:)`, also giving the result's width in cells (what a table
/// needs next, and cheaper to know here than to measure again).
public func truncateMeasuring(_ text: String, toWidth width: Int, ellipsis: String = "…") -> (text: String, width: Int) {
    guard width > 0 else { return ("", 0) }
    // Printable ASCII is a cell a byte: one pass measures it, and a cut is a cut of the bytes
    // instead of a walk over grapheme clusters (a report truncates the subject of nearly every row).
    let asciiWidth = printableASCIIWidth(of: text)
    let textWidth = asciiWidth ?? displayWidth(of: text)
    if textWidth <= width { return (text, textWidth) }
    let ellipsisWidth = displayWidth(of: ellipsis)
    let mark = ellipsisWidth <= width ? ellipsis : ""
    let markWidth = mark.isEmpty ? 0 : ellipsisWidth
    let budget = width - markWidth
    if asciiWidth != nil {
        return (asciiPrefix(text, bytes: budget, then: mark), budget + markWidth)
    }
    var used = 0
    var end = text.startIndex
    for index in text.indices {
        let clusterWidth = displayWidth(of: text[index])
        if used + clusterWidth > budget { break }
        used += clusterWidth
        end = text.index(after: index)
    }
    return (String(text[..<end]) + mark, used + markWidth)
}

/// The first `count` bytes of printable ASCII `text` followed by `mark`, copied straight into
/// the new string (a prefix of the UTF-8 view went through the generic, byte-at-a-time path:
/// ~3,000 instructions for each truncated subject of a report).
private func asciiPrefix(_ text: String, bytes count: Int, then mark: String) -> String {
    var text = text
    var mark = mark
    return text.withUTF8 { head in
        mark.withUTF8 { tail in
            String(unsafeUninitializedCapacity: count + tail.count) { buffer in
                _ = buffer.initialize(from: UnsafeBufferPointer(rebasing: head[..<count]))
                _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(from: tail)
                return count + tail.count
            }
        }
    }
}

/// Truncates and then pads, so the result takes exactly `width` cells.
///
/// The usual way to fill a table column.
public func fit(_ text: String, toWidth width: Int, alignment: TextAlignment = .left) -> String {
    pad(truncate(text, toWidth: width), toWidth: width, alignment: alignment)
}
