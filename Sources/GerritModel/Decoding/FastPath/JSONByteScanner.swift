import Foundation

/// Reads JSON tokens from raw UTF-8 bytes, for the Gerrit schema's fast decoder.
///
/// Only strictly valid JSON is accepted; anything doubtful (a syntax error, invalid UTF-8, a
/// lone surrogate, a number that is not a plain integer where one is read, nesting deeper than
/// the reference decoder allows) throws `FastPathBail`, and the line goes to `JSONDecoder`.
/// Skipped values are still validated, because the reference decoder rejects a line whose
/// unknown fields are malformed.
struct JSONByteScanner {
    private let base: UnsafePointer<UInt8>
    private let end: Int
    private(set) var index = 0

    /// Deeper nesting than this is left to the reference decoder (which has its own limit).
    static let maximumDepth = 64

    init(_ base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.end = count
    }

    /// The raw bytes from `start` up to (not including) `stop`.
    func bytes(from start: Int, to stop: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: stop - start)
    }

    /// Moves to `position` (just past bytes already checked, e.g. a cached object's).
    mutating func jump(to position: Int) {
        index = position
    }

    /// Where the object starting at the next `{` ends (just past its `}`), when it holds no
    /// object or array; nil otherwise. Nothing is consumed and nothing is validated: callers
    /// use it only to look the bytes up among objects already decoded from the same bytes.
    mutating func flatObjectEnd() -> Int? {
        skipWhitespace()
        guard index < end, base[index] == UInt8(ascii: "{") else { return nil }
        var i = index + 1
        while i < end {
            switch base[i] {
            case UInt8(ascii: "}"): return i + 1
            case UInt8(ascii: "{"), UInt8(ascii: "["): return nil
            case UInt8(ascii: "\""):
                i += 1
                while i < end {
                    while end - i >= 8,
                          Self.isPlain(UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))) {
                        i += 8
                    }
                    guard i < end else { return nil }
                    let c = base[i]
                    if c == UInt8(ascii: "\"") { break }
                    i += c == UInt8(ascii: "\\") ? 2 : 1
                }
                i += 1
            default:
                i += 1
            }
        }
        return nil
    }

    var isAtEnd: Bool {
        mutating get {
            skipWhitespace()
            return index >= end
        }
    }

    // MARK: - Structure

    @inline(__always)
    mutating func skipWhitespace() {
        while index < end {
            let byte = base[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    /// The next non-space byte, not consumed.
    @inline(__always)
    mutating func peek() throws(FastPathBail) -> UInt8 {
        skipWhitespace()
        guard index < end else { throw FastPathBail() }
        return base[index]
    }

    @inline(__always)
    mutating func expect(_ byte: UInt8) throws(FastPathBail) {
        guard try peek() == byte else { throw FastPathBail() }
        index += 1
    }

    /// Consumes `null` if it comes next.
    @inline(__always)
    mutating func takeNull() throws(FastPathBail) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// Starts an object; call `nextKey` until it returns nil.
    mutating func beginObject() throws(FastPathBail) {
        try expect(UInt8(ascii: "{"))
    }

    /// The next key of the current object (its `:` consumed), or nil after the closing `}`.
    ///
    /// `first` tracks whether a comma is due; start it at true for each object.
    mutating func nextKey(first: inout Bool) throws(FastPathBail) -> Key? {
        var byte = try peek()
        if byte == UInt8(ascii: "}") {
            index += 1
            return nil
        }
        if !first {
            guard byte == UInt8(ascii: ",") else { throw FastPathBail() }
            index += 1
            byte = try peek()
        }
        first = false
        guard byte == UInt8(ascii: "\"") else { throw FastPathBail() }
        index += 1
        let start = index
        // Keys are plain ASCII in every Gerrit version; anything else (an escape that could
        // spell a known key, non-ASCII, a control character) is left to the reference decoder.
        while index < end {
            let c = base[index]
            if c == UInt8(ascii: "\"") { break }
            guard c >= 0x20, c < 0x80, c != UInt8(ascii: "\\") else { throw FastPathBail() }
            index += 1
        }
        guard index < end else { throw FastPathBail() }
        let key = Key(base: base + start, count: index - start)
        index += 1
        try expect(UInt8(ascii: ":"))
        return key
    }

    /// Starts an array; call `nextElement` until it returns false.
    mutating func beginArray() throws(FastPathBail) {
        try expect(UInt8(ascii: "["))
    }

    /// Whether another element follows (its comma consumed); false after the closing `]`.
    mutating func nextElement(first: inout Bool) throws(FastPathBail) -> Bool {
        let byte = try peek()
        if byte == UInt8(ascii: "]") {
            index += 1
            return false
        }
        if !first {
            guard byte == UInt8(ascii: ",") else { throw FastPathBail() }
            index += 1
        }
        first = false
        return true
    }

    // MARK: - Values

    /// A JSON string.
    mutating func string() throws(FastPathBail) -> String {
        let (start, length, kind) = try stringExtent()
        return try makeString(start, length, kind)
    }

    /// How a string's bytes must be turned into text.
    enum StringKind {
        /// ASCII with no escapes: the bytes are the text.
        case plain
        /// Raw non-ASCII bytes, no escapes: valid UTF-8 is checked.
        case unicode
        /// Escapes to decode (and maybe non-ASCII bytes to check).
        case escaped(unicode: Bool)
    }

    /// Finds the string that starts at the next `"`: where its content starts, how many bytes it
    /// has (escapes still in), and what decoding it needs. The closing quote is consumed.
    @inline(__always)
    mutating func stringExtent() throws(FastPathBail) -> (start: Int, length: Int, kind: StringKind) {
        try expect(UInt8(ascii: "\""))
        let start = index
        var unicode = false
        var escaped = false
        while true {
            // Eight bytes at a time while none of them is a quote, a backslash, a control
            // character or non-ASCII: most of Gerrit's text is long plain runs.
            while end - index >= 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if Self.isPlain(word) { index += 8 } else { break }
            }
            guard index < end else { throw FastPathBail() }
            let c = base[index]
            if c == UInt8(ascii: "\"") { break }
            if c == UInt8(ascii: "\\") {
                escaped = true
                // The escaped character is checked when the string is decoded.
                index += 2
                continue
            }
            guard c >= 0x20 else { throw FastPathBail() }
            if c >= 0x80 { unicode = true }
            index += 1
        }
        guard index <= end else { throw FastPathBail() }
        let length = index - start
        index += 1
        if escaped { return (start, length, .escaped(unicode: unicode)) }
        return (start, length, unicode ? .unicode : .plain)
    }

    /// True when none of the eight bytes is `"`, `\\`, below 0x20 or above 0x7F.
    @inline(__always)
    private static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let quote = hasZeroByte(word ^ (ones &* 0x22))
        let backslash = hasZeroByte(word ^ (ones &* 0x5C))
        let control = (word &- ones &* 0x20) & ~word & highs != 0
        return !(quote || backslash || control || word & highs != 0)
    }

    /// The text of a string found by `stringExtent`.
    @inline(__always)
    func makeString(_ start: Int, _ length: Int, _ kind: StringKind) throws(FastPathBail) -> String {
        let bytes = UnsafeBufferPointer(start: base + start, count: length)
        switch kind {
        case .plain:
            return String(decoding: bytes, as: UTF8.self)
        case .unicode:
            guard let text = String(validating: bytes, as: UTF8.self) else { throw FastPathBail() }
            return text
        case .escaped(let unicode):
            // Escapes are ASCII, so the raw bytes are valid UTF-8 exactly when the text is.
            if unicode, !Self.isValidUTF8(bytes) { throw FastPathBail() }
            return try Self.unescape(bytes)
        }
    }

    /// The text of a string's content with its escapes decoded; the text is never longer than
    /// the escaped bytes, so it is written straight into the new string's storage.
    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws(FastPathBail) -> String {
        var failed = false
        let text = String(unsafeUninitializedCapacity: raw.count) { out in
            guard let source = raw.baseAddress, let target = out.baseAddress else { return 0 }
            var read = 0
            var written = 0
            func put(_ byte: UInt8) {
                target[written] = byte
                written += 1
            }
            func hex4(_ at: Int) -> UInt32? {
                guard at + 4 <= raw.count else { return nil }
                var value: UInt32 = 0
                for offset in 0..<4 {
                    let c = source[at + offset]
                    let digit: UInt32
                    switch c {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(c - UInt8(ascii: "0"))
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(c - UInt8(ascii: "a") + 10)
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(c - UInt8(ascii: "A") + 10)
                    default: return nil
                    }
                    value = value << 4 | digit
                }
                return value
            }
            while read < raw.count {
                // Copy the run up to the next backslash in one go.
                let run: Int
                if let hit = memchr(source + read, 0x5C, raw.count - read) {
                    run = UnsafeRawPointer(hit) - UnsafeRawPointer(source + read)
                } else {
                    run = raw.count - read
                }
                (target + written).update(from: source + read, count: run)
                written += run
                read += run
                guard read < raw.count else { break }
                guard read + 1 < raw.count else { failed = true; return written }
                let escape = source[read + 1]
                read += 2
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): put(escape)
                case UInt8(ascii: "b"): put(0x08)
                case UInt8(ascii: "f"): put(0x0C)
                case UInt8(ascii: "n"): put(0x0A)
                case UInt8(ascii: "r"): put(0x0D)
                case UInt8(ascii: "t"): put(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4(read) else { failed = true; return written }
                    read += 4
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        // A high surrogate must be followed by an escaped low one.
                        guard read + 1 < raw.count, source[read] == UInt8(ascii: "\\"), source[read + 1] == UInt8(ascii: "u"),
                              let low = hex4(read + 2), low >= 0xDC00 && low < 0xE000 else {
                            failed = true
                            return written
                        }
                        read += 6
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if scalar >= 0xDC00 && scalar < 0xE000 {
                        failed = true
                        return written
                    }
                    // Six escaped bytes (twelve for a pair) always make room for four.
                    switch scalar {
                    case ..<0x80:
                        put(UInt8(scalar))
                    case ..<0x800:
                        put(UInt8(0xC0 | (scalar >> 6)))
                        put(UInt8(0x80 | (scalar & 0x3F)))
                    case ..<0x10000:
                        put(UInt8(0xE0 | (scalar >> 12)))
                        put(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                        put(UInt8(0x80 | (scalar & 0x3F)))
                    default:
                        put(UInt8(0xF0 | (scalar >> 18)))
                        put(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
                        put(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                        put(UInt8(0x80 | (scalar & 0x3F)))
                    }
                default:
                    failed = true
                    return written
                }
            }
            return written
        }
        if failed { throw FastPathBail() }
        return text
    }

    /// Whether `bytes` are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            func continuation(_ at: Int) -> Bool { at < n && bytes[at] & 0xC0 == 0x80 }
            switch b0 {
            case 0xC2...0xDF:
                guard continuation(i + 1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard continuation(i + 1), continuation(i + 2) else { return false }
                let b1 = bytes[i + 1]
                if b0 == 0xE0 && b1 < 0xA0 { return false }
                if b0 == 0xED && b1 >= 0xA0 { return false }
                i += 3
            case 0xF0...0xF4:
                guard continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return false }
                let b1 = bytes[i + 1]
                if b0 == 0xF0 && b1 < 0x90 { return false }
                if b0 == 0xF4 && b1 >= 0x90 { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }

    /// A JSON number written as a plain integer (`-12`, `0`); fractions, exponents, leading
    /// zeros and values past `Int` range are left to the reference decoder.
    mutating func integer() throws(FastPathBail) -> Int {
        skipWhitespace()
        var negative = false
        if index < end, base[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let start = index
        var value = 0
        while index < end {
            let digit = base[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(digit))
            guard !overflow1, !overflow2 else { throw FastPathBail() }
            value = sum
            index += 1
        }
        let digits = index - start
        guard digits > 0, !(digits > 1 && base[start] == UInt8(ascii: "0")) else { throw FastPathBail() }
        if index < end {
            let next = base[index]
            guard next != UInt8(ascii: "."), next != UInt8(ascii: "e"), next != UInt8(ascii: "E") else { throw FastPathBail() }
        }
        return negative ? -value : value
    }

    /// `true` or `false`.
    mutating func boolean() throws(FastPathBail) -> Bool {
        switch try peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default:
            throw FastPathBail()
        }
    }

    private mutating func literal(_ word: StaticString) throws(FastPathBail) {
        let count = word.utf8CodeUnitCount
        guard end - index >= count, memcmp(base + index, word.utf8Start, count) == 0 else { throw FastPathBail() }
        index += count
    }

    /// Skips any value, checking it is valid JSON.
    mutating func skipValue(depth: Int = 0) throws(FastPathBail) {
        guard depth < Self.maximumDepth else { throw FastPathBail() }
        switch try peek() {
        case UInt8(ascii: "{"):
            index += 1
            var first = true
            while try nextKey(first: &first) != nil {
                try skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            index += 1
            var first = true
            while try nextElement(first: &first) {
                try skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "t"):
            try literal("true")
        case UInt8(ascii: "f"):
            try literal("false")
        case UInt8(ascii: "n"):
            try literal("null")
        default:
            try skipNumber()
        }
    }

    private mutating func skipString() throws(FastPathBail) {
        // Skipped text is still checked: the reference decoder rejects a bad escape or bad
        // UTF-8 anywhere in the line.
        let (start, length, kind) = try stringExtent()
        if case .plain = kind { return }
        _ = try makeString(start, length, kind)
    }

    private mutating func skipNumber() throws(FastPathBail) {
        // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        if index < end, base[index] == UInt8(ascii: "-") { index += 1 }
        let start = index
        while index < end, base[index] &- UInt8(ascii: "0") < 10 { index += 1 }
        guard index > start, !(index - start > 1 && base[start] == UInt8(ascii: "0")) else { throw FastPathBail() }
        if index < end, base[index] == UInt8(ascii: ".") {
            index += 1
            let fraction = index
            while index < end, base[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            guard index > fraction else { throw FastPathBail() }
        }
        if index < end, base[index] == UInt8(ascii: "e") || base[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-") { index += 1 }
            let exponent = index
            while index < end, base[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            guard index > exponent else { throw FastPathBail() }
        }
    }
}

extension JSONByteScanner {
    /// An object key: bytes inside the scanned buffer.
    struct Key {
        let base: UnsafePointer<UInt8>
        let count: Int

        @inline(__always)
        func `is`(_ name: StaticString) -> Bool {
            count == name.utf8CodeUnitCount && memcmp(base, name.utf8Start, count) == 0
        }
    }
}
