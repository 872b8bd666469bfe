/// Makes untrusted text (from the Gerrit server) safe to show in a terminal, on one line.
///
/// Nothing in the result can move the cursor, change colours, set the window title, reach the
/// clipboard (OSC 52) or reorder text: control characters are shown in caret notation
/// (`ESC` becomes `^[`, so `\e[2J` shows as `^[[2J`), C1 controls as `<9B>`, bidi overrides and
/// isolates as `<RLO>`-style tags. Tabs become spaces up to the next tab stop; line breaks
/// (`\n`, `\r\n`, `\r`, U+2028, U+2029) become single spaces.
public func sanitizeLine(_ text: String, tabWidth: Int = 4) -> String {
    sanitize(text, keepNewlines: false, tabWidth: tabWidth)
}

/// Makes untrusted text safe to show in a terminal, keeping its line breaks.
///
/// As `sanitizeLine(_:tabWidth:)`, but `\n`, `\r\n`, U+2028 and U+2029 become `\n`, so the
/// caller can split the result into lines. A lone `\r` (which would let text overwrite itself)
/// is shown as `^M`.
public func sanitizeMultiline(_ text: String, tabWidth: Int = 4) -> String {
    sanitize(text, keepNewlines: true, tabWidth: tabWidth)
}

/// Makes untrusted text safe to show in a terminal.
///
/// - Parameters:
///   - text: Text from outside the program.
///   - keepNewlines: Whether line breaks stay as `\n` (otherwise they become spaces).
///   - tabWidth: Distance between tab stops, counted in cells from the start of each line.
/// - Returns: Text with no control characters other than `\n` (and that one only when
///   `keepNewlines` is true).
public func sanitize(_ text: String, keepNewlines: Bool = false, tabWidth: Int = 4) -> String {
    if printableASCIIWidth(of: text) != nil { return text }
    let tabStop = max(1, tabWidth)
    var output = String.UnicodeScalarView()
    var column = 0
    let scalars = Array(text.unicodeScalars)
    var index = 0
    func append(_ string: String) {
        output.append(contentsOf: string.unicodeScalars)
        column += string.unicodeScalars.count
    }
    func lineBreak() {
        if keepNewlines {
            output.append("\n")
            column = 0
        } else {
            append(" ")
        }
    }
    while index < scalars.count {
        let scalar = scalars[index]
        let value = scalar.value
        index += 1
        switch value {
        case 0x09:
            let spaces = tabStop - column % tabStop
            append(String(repeating: " ", count: spaces))
        case 0x0A, 0x2028, 0x2029:
            lineBreak()
        case 0x0D:
            if index < scalars.count && scalars[index].value == 0x0A {
                index += 1
                lineBreak()
            } else if keepNewlines {
                append("^M")
            } else {
                lineBreak()
            }
        case 0x00..<0x20:
            // Caret notation: ESC (0x1B) is ^[, BEL (0x07) is ^G.
            append("^" + String(UnicodeScalar(UInt8(value + 0x40))))
        case 0x7F:
            append("^?")
        case 0x80..<0xA0:
            append("<" + hex2(value) + ">")
        case 0x202A...0x202E, 0x2066...0x2069:
            append("<" + bidiName(value) + ">")
        default:
            output.append(scalar)
            column += scalarWidth(scalar)
        }
    }
    return String(output)
}

/// Printable ASCII only (plus nothing else): the common case needs no work.
private func hex2(_ value: UInt32) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(value >> 4) & 0xF], digits[Int(value) & 0xF]])
}

/// Short Unicode names of the bidi formatting characters that can reorder displayed text.
private func bidiName(_ value: UInt32) -> String {
    switch value {
    case 0x202A: return "LRE"
    case 0x202B: return "RLE"
    case 0x202C: return "PDF"
    case 0x202D: return "LRO"
    case 0x202E: return "RLO"
    case 0x2066: return "LRI"
    case 0x2067: return "RLI"
    case 0x2068: return "FSI"
    default: return "PDI"
    }
}
