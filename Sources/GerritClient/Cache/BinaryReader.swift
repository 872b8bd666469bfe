import Foundation

/// Reads what `BinaryWriter` wrote, checking every length against the bytes left.
///
/// Cached payloads come from a file on disk that another process, an older version or a crash
/// may have left behind, so a short or garbled payload throws `BinaryReader.Malformed` instead
/// of trapping.
struct BinaryReader {
    /// The payload ended early or held an impossible value at `offset`.
    struct Malformed: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "damaged cache entry at byte \(offset): \(reason)" }
    }

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0
    /// The payload's string table (`readStringTable`): where each entry's bytes are, and the
    /// `String` once one was read (an entry is made into a string only when first read).
    private var strings: [InternedString] = []

    private struct InternedString {
        var offset: Int
        var count: Int
        var text: String?
    }

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    private func fail(_ reason: String) -> Malformed {
        Malformed(offset: offset, reason: reason)
    }

    mutating func readByte() throws(Malformed) -> UInt8 {
        guard offset < bytes.count else { throw fail("unexpected end") }
        let byte = bytes[offset]
        offset += 1
        return byte
    }

    @inline(__always)
    mutating func readUnsigned() throws(Malformed) -> UInt64 {
        // Most values (counts, tags, string indexes, small ints) fit in one byte.
        if offset < bytes.count, bytes[offset] & 0x80 == 0 {
            defer { offset += 1 }
            return UInt64(bytes[offset])
        }
        return try readLongUnsigned()
    }

    private mutating func readLongUnsigned() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64 else { throw fail("varint too long") }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    mutating func readInt() throws(Malformed) -> Int {
        let raw = try readUnsigned()
        let wide = Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
        guard let value = Int(exactly: wide) else { throw fail("integer out of range") }
        return value
    }

    /// A count that must fit in the bytes left (each element takes at least one byte), so a
    /// garbled count cannot make a caller reserve gigabytes.
    mutating func readCount() throws(Malformed) -> Int {
        let raw = try readUnsigned()
        guard raw <= UInt64(bytes.count - offset) else { throw fail("count \(raw) past the end") }
        return Int(raw)
    }

    @inline(__always)
    mutating func readBool() throws(Malformed) -> Bool {
        if offset < bytes.count, bytes[offset] <= 1 {
            defer { offset += 1 }
            return bytes[offset] == 1
        }
        return try readBoolOrFail()
    }

    private mutating func readBoolOrFail() throws(Malformed) -> Bool {
        switch try readByte() {
        case 0: return false
        case 1: return true
        case let other: throw fail("expected 0 or 1, found \(other)")
        }
    }

    /// Reads the table of strings at the front of a payload (`BinaryWriter.payload(version:)`),
    /// noting where each is; none is made into a `String` yet.
    mutating func readStringTable() throws(Malformed) {
        let count = try readCount()
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try readCount()
            strings.append(InternedString(offset: offset, count: length, text: nil))
            offset += length
        }
    }

    mutating func readString() throws(Malformed) -> String {
        let tag = try readUnsigned()
        if tag >= 1 {
            guard tag <= UInt64(strings.count) else { throw fail("unknown string \(tag - 1)") }
            let index = Int(tag - 1)
            if let text = strings[index].text { return text }
            let entry = strings[index]
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[entry.offset..<(entry.offset + entry.count)]),
                              as: UTF8.self)
            strings[index].text = text
            return text
        }
        let count = try readCount()
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
        offset += count
        return text
    }

    /// Steps over a string without making it.
    mutating func skipString() throws(Malformed) {
        let tag = try readUnsigned()
        if tag >= 1 {
            guard tag <= UInt64(strings.count) else { throw fail("unknown string \(tag - 1)") }
            return
        }
        offset += try readCount()
    }

    /// Reads a section `BinaryWriter.writeSection` wrote: its length, then `body`, which must
    /// read exactly that many bytes.
    mutating func readSection<T>(_ body: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> T {
        let length = try readCount()
        let end = offset + length
        let value = try body(&self)
        guard offset == end else { throw fail("a section of \(length) bytes ends at \(offset), expected \(end)") }
        return value
    }

    /// Steps over a section by its length, reading nothing in it.
    mutating func skipSection() throws(Malformed) {
        offset += try readCount()
    }

    mutating func skipDate() throws(Malformed) {
        guard bytes.count - offset >= 8 else { throw fail("unexpected end in a date") }
        offset += 8
    }

    /// Steps over an optional value; `skip` steps over the value itself.
    mutating func skipOptional(_ skip: (inout BinaryReader) throws(Malformed) -> Void) throws(Malformed) {
        if try readBool() { try skip(&self) }
    }

    /// Steps over an array; `skip` steps over one element.
    mutating func skipArray(_ skip: (inout BinaryReader) throws(Malformed) -> Void) throws(Malformed) {
        let count = try readCount()
        for _ in 0..<count { try skip(&self) }
    }

    mutating func readDate() throws(Malformed) -> Date {
        guard bytes.count - offset >= 8 else { throw fail("unexpected end in a date") }
        var bits: UInt64 = 0
        withUnsafeMutableBytes(of: &bits) { target in
            target.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + 8)]))
        }
        offset += 8
        return Date(timeIntervalSinceReferenceDate: Double(bitPattern: UInt64(littleEndian: bits)))
    }

    mutating func readOptional<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try readBool() ? read(&self) : nil
    }

    mutating func readArray<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        try readElements(readCount(), read)
    }

    /// Reads `count` elements of an array whose count was read already (`readCount`), for an
    /// array read in pieces.
    mutating func readElements<T>(_ count: Int, _ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        if count == 0 { return [] }
        // Each element is read straight into the array's storage: appending would copy every
        // (large) struct once more and then destroy the original.
        return try [T](unsafeUninitializedCapacity: count) { (buffer, initialized) throws(Malformed) in
            while initialized < count {
                buffer.initializeElement(at: initialized, to: try read(&self))
                initialized += 1
            }
        }
    }
}
