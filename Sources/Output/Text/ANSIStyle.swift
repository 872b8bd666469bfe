import Reports

/// Wraps text in the ANSI colour of a tone when colour is on; otherwise returns it untouched.
///
/// Colours follow the original tool: strongNegative red bold (`ESC[31mESC[1m`), negative red,
/// positive green, strongPositive green bold, approved blue bold, wip magenta, warning yellow,
/// heading and name bold, muted grey; the text is followed by a reset (`ESC[0m`). Sanitize server
/// text first: this adds codes, it does not remove any.
public func colorize(_ text: String, tone: CellTone?, color: Bool) -> String {
    guard color, let tone, !text.isEmpty else { return text }
    return ANSIStyle.opening(for: tone) + text + ANSIStyle.reset
}

/// ANSI SGR sequences for tones, in the original's order: colour first, then bold.
enum ANSIStyle {
    static let escape = "\u{1B}["
    static let reset = escape + "0m"
    static let bold = escape + "1m"

    /// The opening sequence for a tone.
    static func opening(for tone: CellTone) -> String {
        switch tone {
        case .strongNegative: return escape + "31m" + bold
        case .negative: return escape + "31m"
        case .positive: return escape + "32m"
        case .strongPositive: return escape + "32m" + bold
        case .approved: return escape + "34m" + bold
        case .wip: return escape + "35m"
        case .warning: return escape + "33m"
        case .heading, .name: return bold
        case .muted: return escape + "90m"
        }
    }
}
