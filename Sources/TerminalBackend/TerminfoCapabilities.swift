@preconcurrency import CNcursesw
import TUI
#if canImport(Glibc)
import Glibc
#endif

extension FrameEncoder.Capabilities {
    /// The running terminal's escape sequences, from the terminfo entry curses loaded for TERM
    /// (so call it after `newterm`, and check for `cup` first: without it nothing is placed).
    ///
    /// - Parameter colorCount: the colours to use (curses' `COLORS`, 0 without colour).
    static func fromTerminfo(colorCount: Int) -> FrameEncoder.Capabilities {
        let moveCursor = capability("cup")
        let setForeground = capability("setaf")
        let setBackground = capability("setab")
        let hasColors = colorCount > 0 && setForeground != nil && setBackground != nil
        return FrameEncoder.Capabilities(
            moveCursor: { row, column in moveCursor.map { expand($0) { gm_tiparm2($0, Int32(row), Int32(column)) } } ?? [] },
            reset: bytes("sgr0"), bold: bytes("bold"), dim: bytes("dim"), italic: bytes("sitm"),
            underline: bytes("smul"), reverse: bytes("rev"),
            foreground: { number in setForeground.map { expand($0) { gm_tiparm1($0, Int32(number)) } } ?? [] },
            background: { number in setBackground.map { expand($0) { gm_tiparm1($0, Int32(number)) } } ?? [] },
            colorCount: hasColors ? colorCount : 0,
            holdsCursorAtMargin: gm_tigetflag("xenl") != 0, wrapsAtMargin: gm_tigetflag("am") != 0,
            characterWidth: { Int(wcwidth(wchar_t(bitPattern: $0))) })
    }

    /// A string capability as C characters (NUL-terminated), or nil when the entry lacks it.
    private static func capability(_ name: String) -> [CChar]? {
        guard let value = gm_tigetstr(name) else { return nil }
        return Array(UnsafeBufferPointer(start: value, count: strlen(value) + 1))
    }

    /// A string capability without parameters, as bytes ([] when the entry lacks it).
    private static func bytes(_ name: String) -> [UInt8] {
        guard let value = gm_tigetstr(name) else { return [] }
        return rawBytes(value)
    }

    /// A capability with its parameters filled in by curses' `tiparm` (whose buffer is reused
    /// on the next call: the bytes are copied out at once).
    private static func expand(_ template: [CChar], _ fill: (UnsafePointer<CChar>) -> UnsafePointer<CChar>?) -> [UInt8] {
        template.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let result = fill(base) else { return [] }
            return rawBytes(result)
        }
    }

    /// The bytes of a C string as they are (terminfo strings need not be UTF-8).
    private static func rawBytes(_ string: UnsafePointer<CChar>) -> [UInt8] {
        UnsafeRawBufferPointer(start: string, count: strlen(string)).map { $0 }
    }
}
