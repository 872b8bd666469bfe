/// A key name from config that could not be understood.
public struct KeyNameError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name as written.
    public var name: String
    /// Why it was rejected, for the user.
    public var reason: String

    public var description: String { "unknown key \"\(name)\": \(reason)" }
}

extension Key {
    /// Named keys: the canonical name first, then accepted aliases (compared case-insensitively).
    private static let namedKeys: [(Key, [String])] = [
        (.up, ["Up"]), (.down, ["Down"]), (.left, ["Left"]), (.right, ["Right"]),
        (.pageUp, ["PgUp", "PageUp", "Prior"]), (.pageDown, ["PgDn", "PageDown", "Next"]),
        (.home, ["Home"]), (.end, ["End"]),
        (.enter, ["Enter", "Return", "CR", "RET"]), (.tab, ["Tab"]), (.backTab, ["S-Tab", "BackTab", "BTab"]),
        (.escape, ["Esc", "Escape"]), (.backspace, ["Backspace", "BS", "BSpace"]),
        (.delete, ["Del", "Delete", "DC"]), (.insert, ["Ins", "Insert", "IC"]),
        (.char(" "), ["Space", "SPC"]), (.ctrl(" "), ["C-Space", "C-@"]),
    ]

    /// Parses a config key name.
    ///
    /// Accepts single characters (`j`, `J`, `?`, `/`, `漢`), `Space`, the named keys (`Enter`,
    /// `Esc`, `Tab`, `S-Tab`, `Up`…, `PgUp`/`PgDn`, `Home`, `End`, `Backspace`, `Del`, `Ins`),
    /// `F1`…`F63`, and `C-x` (Ctrl) and `M-x`/`A-x` (Alt) with one character. Named keys are
    /// case-insensitive; single characters are not (`J` is Shift-j).
    /// - Throws: `KeyNameError` saying what is wrong with the name.
    public init(parsing name: String) throws {
        guard !name.isEmpty else { throw KeyNameError(name: name, reason: "the name is empty") }
        if name.count == 1, let only = name.first {
            guard displayWidthIsPrintable(only) else {
                throw KeyNameError(name: name, reason: "it is not a printable character")
            }
            self = .char(only)
            return
        }
        let lower = name.lowercased()
        for (key, names) in Self.namedKeys where names.contains(where: { $0.lowercased() == lower }) {
            self = key
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), String(number) == String(lower.dropFirst()) {
            guard (1...63).contains(number) else {
                throw KeyNameError(name: name, reason: "function keys go from F1 to F63")
            }
            self = .function(number)
            return
        }
        if lower.count == 3, lower.dropFirst().first == "-", let modifier = lower.first, let last = name.last {
            switch modifier {
            case "c":
                self = Self.control(last)
                return
            case "m", "a":
                guard displayWidthIsPrintable(last) else {
                    throw KeyNameError(name: name, reason: "Alt needs a printable character")
                }
                self = .alt(last)
                return
            case "s":
                throw KeyNameError(name: name, reason: "Shift works only as S-Tab; write the upper case letter instead")
            default:
                break
            }
        }
        throw KeyNameError(name: name, reason: "expected a character, a name like Enter, PgDn or F5, or C-x / M-x")
    }

    /// Parses a config key name, or nil if it is not one.
    public init?(name: String) {
        guard let key = try? Key(parsing: name) else { return nil }
        self = key
    }

    /// Ctrl with a character, folded the way terminals send it.
    public static func control(_ character: Character) -> Key {
        let lower = Character(character.lowercased())
        switch lower {
        case "i": return .tab
        case "m": return .enter
        case "[": return .escape
        default: return .ctrl(lower)
        }
    }

    /// The canonical config name: `j`, `C-r`, `M-x`, `Enter`, `PgDn`, `F5`, `S-Tab`, `Space`.
    ///
    /// Mouse and resize events have descriptive names (`Mouse-Press1@3,4`, `Resize-80x24`)
    /// that cannot be bound in config.
    public var name: String {
        switch self {
        case .char(" "): return "Space"
        case .ctrl(" "): return "C-Space"
        case .char(let character): return String(character)
        case .ctrl(let character): return "C-\(character)"
        case .alt(let character): return "M-\(character)"
        case .function(let number): return "F\(number)"
        case .mouse(let event):
            let at = "@\(event.position.x),\(event.position.y)"
            switch event.kind {
            case .press(let button): return "Mouse-Press\(button)" + at
            case .release(let button): return "Mouse-Release\(button)" + at
            case .scrollUp: return "Mouse-ScrollUp" + at
            case .scrollDown: return "Mouse-ScrollDown" + at
            }
        case .resize(let size): return "Resize-\(size)"
        default:
            return Self.namedKeys.first { $0.0 == self }?.1.first ?? "?"
        }
    }

    /// Whether the key can be named in the `[keys]` config section (not mouse or resize).
    public var isBindable: Bool {
        switch self {
        case .mouse, .resize: return false
        default: return true
        }
    }
}

extension Key: CustomStringConvertible {
    public var description: String { name }
}

/// A single character that shows as something (not a control or a lone combining mark).
private func displayWidthIsPrintable(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    switch first.properties.generalCategory {
    case .control, .format, .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator, .unassigned:
        return false
    default:
        return !(character.isWhitespace && character != " ")
    }
}
