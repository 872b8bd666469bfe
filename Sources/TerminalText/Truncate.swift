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
        return (String(decoding: text.utf8.prefix(budget), as: UTF8.self) + mark, budget + markWidth)
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

/// Truncates and then pads, so the result takes exactly `width` cells.
///
/// The usual way to fill a table column.
public func fit(_ text: String, toWidth width: Int, alignment: TextAlignment = .left) -> String {
    pad(truncate(text, toWidth: width), toWidth: width, alignment: alignment)
}
