import Reports

/// ANSI SGR sequences for tones, in the original's order: colour first, then bold, then reset.
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

    /// Wraps text in a tone's colour when colour is on; otherwise returns it untouched.
    static func apply(_ tone: CellTone?, to text: String, color: Bool) -> String {
        guard color, let tone, !text.isEmpty else { return text }
        return opening(for: tone) + text + reset
    }
}
