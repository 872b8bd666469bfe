/// Turns what a curses `get_wch` returns into `Key`s. Pure, so it is tested without a terminal.
///
/// The curses key codes are the fixed values of the ncurses ABI (`KEY_UP` = 0o403 …); the
/// backend checks them against its headers once at start-up.
public enum KeyDecoder {
    /// curses key codes (ncurses `<curses.h>` values).
    public enum CursesCode {
        public static let down: UInt32 = 0o402
        public static let up: UInt32 = 0o403
        public static let left: UInt32 = 0o404
        public static let right: UInt32 = 0o405
        public static let home: UInt32 = 0o406
        public static let backspace: UInt32 = 0o407
        public static let function0: UInt32 = 0o410
        public static let deleteChar: UInt32 = 0o512
        public static let insertChar: UInt32 = 0o513
        public static let pageDown: UInt32 = 0o522
        public static let pageUp: UInt32 = 0o523
        public static let enter: UInt32 = 0o527
        public static let backTab: UInt32 = 0o541
        public static let end: UInt32 = 0o550
        public static let mouse: UInt32 = 0o631
        public static let resize: UInt32 = 0o632
    }

    /// The key for a curses function-key code (`get_wch` returned `KEY_CODE_YES`).
    ///
    /// Returns nil for mouse and resize (the backend asks curses for their details) and for
    /// codes we do not handle.
    public static func key(forCursesCode code: UInt32) -> Key? {
        switch code {
        case CursesCode.up: return .up
        case CursesCode.down: return .down
        case CursesCode.left: return .left
        case CursesCode.right: return .right
        case CursesCode.home: return .home
        case CursesCode.end: return .end
        case CursesCode.pageUp: return .pageUp
        case CursesCode.pageDown: return .pageDown
        case CursesCode.backspace: return .backspace
        case CursesCode.deleteChar: return .delete
        case CursesCode.insertChar: return .insert
        case CursesCode.enter: return .enter
        case CursesCode.backTab: return .backTab
        case (CursesCode.function0 + 1)...(CursesCode.function0 + 63):
            return .function(Int(code - CursesCode.function0))
        default: return nil
        }
    }

    /// The key for a character code (`get_wch` returned `OK`).
    ///
    /// Control characters become `.ctrl`, `.enter`, `.tab`, `.escape` or `.backspace`; anything
    /// else is `.char`. Returns nil for values that are not Unicode scalars.
    public static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(UInt8(code + 0x60))))
        case 0x1C...0x1F: return .ctrl(Character(Unicode.Scalar(UInt8(code + 0x40))))
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            if (0x80..<0xA0).contains(code) { return nil }
            return .char(Character(scalar))
        }
    }

    /// Combines an ESC with the key read right after it (within the escape delay): Alt+key.
    ///
    /// Returns nil when the pair is not an Alt combination, so the caller reports the ESC and
    /// then the next key on its own.
    public static func altKey(after next: Key) -> Key? {
        switch next {
        case .char(let character): return .alt(character)
        default: return nil
        }
    }
}
