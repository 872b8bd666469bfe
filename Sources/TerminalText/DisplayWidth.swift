/// How many terminal cells a string takes, measured per grapheme cluster.
///
/// The rules follow what glibc's `wcwidth` (and so ncurses and tmux on Linux) shows for the
/// base character of each cluster, because that is what the user's terminal will draw:
/// - East Asian Wide and Fullwidth characters and emoji with default emoji presentation take 2.
/// - Combining marks, zero-width joiners, variation selectors and other format characters take 0
///   inside a cluster: a cluster is as wide as its first non-zero-width scalar.
/// - A pair of regional indicators (a flag) takes 2.
/// - Control characters take 0 (sanitize server text before measuring it).
///
/// A variation selector 16 does not widen a text-default symbol (`❤️` is 1): wcwidth and tmux
/// count it as 1, and the terminal backend draws such a symbol without the selector.
public func displayWidth(of text: String) -> Int {
    printableASCIIWidth(of: text) ?? clusterWidth(text)
}

/// The width of `text` when it is all printable ASCII (which `sanitizeLine` leaves as it is, a
/// cell a byte), else nil: one pass that answers both "is it safe as it is" and "how wide".
public func printableASCIIWidth(of text: String) -> Int? {
    // A String's UTF-8 is contiguous, so this is a tight loop instead of generic iteration
    // through protocol witnesses (a report table asks it for every cell of every row).
    var copy = text
    return copy.withUTF8 { printableASCIIWidth($0) }
}

/// How many terminal cells `text` takes; see `displayWidth(of:)` for strings.
public func displayWidth(of text: Substring) -> Int {
    if let width = text.utf8.withContiguousStorageIfAvailable({ printableASCIIWidth($0) }), let width {
        return width
    }
    return clusterWidth(text)
}

/// The width of text that is all printable ASCII (one cell a byte), else nil.
@inline(__always)
private func printableASCIIWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    for byte in bytes where byte < 0x20 || byte >= 0x7F {
        return nil
    }
    return bytes.count
}

private func clusterWidth(_ text: some StringProtocol) -> Int {
    // Scalars below U+0300 never join a neighbour into one cluster (combining marks start
    // there; CR LF is two zero-width controls either way), and neither does the "…" truncation
    // puts at the end of long values: such text is measured scalar by scalar, without
    // grapheme breaking.
    if text.unicodeScalars.allSatisfy({ $0.value < 0x300 || $0.value == 0x2026 }) {
        return text.unicodeScalars.reduce(0) { $0 + scalarWidth($1) }
    }
    var width = 0
    for cluster in text {
        width += displayWidth(of: cluster)
    }
    return width
}

/// How many terminal cells `text` takes; see the `String` overload.
public func displayWidth(of text: some StringProtocol) -> Int {
    var asciiWidth = 0
    var allPrintableASCII = true
    for byte in text.utf8 {
        if byte >= 0x20 && byte < 0x7F {
            asciiWidth += 1
        } else {
            allPrintableASCII = false
            break
        }
    }
    if allPrintableASCII { return asciiWidth }
    var width = 0
    for cluster in text {
        width += displayWidth(of: cluster)
    }
    return width
}

/// How many terminal cells one grapheme cluster takes: 0, 1 or 2.
///
/// See `displayWidth(of:)` for strings for the rules.
public func displayWidth(of cluster: Character) -> Int {
    if let ascii = cluster.asciiValue {
        return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
    }
    let scalars = cluster.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if isRegionalIndicator(first) {
        return scalars.dropFirst().contains(where: isRegionalIndicator) ? 2 : 1
    }
    for scalar in scalars {
        let width = scalarWidth(scalar)
        if width > 0 { return width }
    }
    return 0
}

/// The cell width of one Unicode scalar on its own: 0, 1 or 2.
///
/// This is the per-code-point view that `wcwidth` has; clusters are measured with
/// `displayWidth(of:)` for characters.
public func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    if value < 0xA0 { return 0 }  // DEL and C1 controls
    if value < 0x300 { return 1 }  // Latin-1 and Latin Extended; U+00AD shows as 1 in wcwidth too
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
        return 0
    default:
        break
    }
    // Hangul medial vowels and final consonants join the initial consonant's cell.
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
    if isRegionalIndicator(scalar) { return 1 }
    if scalar.properties.isEmojiPresentation { return 2 }
    if isEastAsianWide(value) { return 2 }
    return 1
}

/// Whether a scalar is one half of a flag (U+1F1E6…U+1F1FF).
func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
}
