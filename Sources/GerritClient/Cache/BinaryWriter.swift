import Foundation

/// Appends values to a compact byte buffer: varints, length-prefixed UTF-8, raw doubles.
///
/// The cache's payload format is written with this instead of a `Codable` encoder: the warm path
/// reads thousands of nested values, and a keyed encoder pays for every key string and lookup.
/// `BinaryReader` reads the same layout back.
///
/// A payload (`payload(version:)`) is its version, a table of the short strings, then what was
/// written, which refers to the table by index. With every interned string in front, a reader
/// may step over any section (`writeSection`) and still read the strings that follow.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    /// Short strings already written, by their index in the table: names, usernames, emails,
    /// projects and labels repeat on every change, and reading one back is then a lookup that
    /// shares the first copy's storage.
    private var interned: [String: UInt64] = [:]
    /// The table's entries in index order, each as its length and UTF-8 bytes.
    private var table: [UInt8] = []
    /// Strings past this (whole commit messages, long comments) are written inline: they rarely
    /// repeat, and hashing them would only cost.
    static let internLimit = 4096

    /// - Parameters:
    ///   - capacity: bytes to reserve.
    ///   - strings: distinct short strings expected, so the table is not rebuilt as it grows.
    init(reservingCapacity capacity: Int = 0, strings: Int = 0) {
        bytes.reserveCapacity(capacity)
        interned.reserveCapacity(strings)
    }

    /// An unsigned LEB128 varint: 1 byte for values below 128, which most counts and numbers are.
    mutating func writeUnsigned(_ value: UInt64) {
        Self.append(value, to: &bytes)
    }

    /// Bytes written before, again as they were (see `ChangeBinaryCodec`'s latest votes).
    mutating func writeBytes(_ more: [UInt8]) {
        bytes.append(contentsOf: more)
    }

    @inline(__always)
    private static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// The finished payload: `version`, the string table, then everything written.
    func payload(version: UInt64) -> Data {
        var head: [UInt8] = []
        Self.append(version, to: &head)
        Self.append(UInt64(interned.count), to: &head)
        var payload = Data(capacity: head.count + table.count + bytes.count)
        payload.append(contentsOf: head)
        payload.append(contentsOf: table)
        payload.append(contentsOf: bytes)
        return payload
    }

    /// A signed integer, zigzag-mapped so small negative votes stay one byte.
    mutating func writeInt(_ value: Int) {
        let wide = Int64(value)
        writeUnsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func writeCount(_ count: Int) {
        writeUnsigned(UInt64(count))
    }

    mutating func writeBool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// A string: tag 0 = its text follows (not interned), n ≥ 1 = entry n − 1 of the table.
    mutating func writeString(_ value: String) {
        var text = value
        guard text.utf8.count <= BinaryWriter.internLimit else {
            writeUniqueString(text)
            return
        }
        if let index = interned[text] {
            writeUnsigned(index + 1)
            return
        }
        let index = UInt64(interned.count)
        interned[text] = index
        text.withUTF8 { utf8 in
            Self.append(UInt64(utf8.count), to: &table)
            table.append(contentsOf: utf8)
        }
        writeUnsigned(index + 1)
    }

    /// A string that does not repeat (a commit id, a ref, a URL, a commit message): written in
    /// place, not interned, which reads back the same and saves hashing it into the table.
    mutating func writeUniqueString(_ value: String) {
        writeUnsigned(0)
        var text = value
        text.withUTF8 { utf8 in
            writeCount(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A date as the exact bits of its `Double`, so it reads back equal (no rounding to seconds).
    mutating func writeDate(_ value: Date) {
        var bits = value.timeIntervalSinceReferenceDate.bitPattern.littleEndian
        withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
    }

    /// A presence byte, then the value when there is one.
    mutating func writeOptional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        if let value {
            bytes.append(1)
            write(&self, value)
        } else {
            bytes.append(0)
        }
    }

    /// A section a reader may step over whole: its length in bytes, then what `body` writes.
    mutating func writeSection(_ body: (inout BinaryWriter) -> Void) {
        let start = bytes.count
        body(&self)
        var length: [UInt8] = []
        Self.append(UInt64(bytes.count - start), to: &length)
        // Only the section's own bytes move to make room.
        bytes.insert(contentsOf: length, at: start)
    }

    mutating func writeArray<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        writeCount(values.count)
        for value in values { write(&self, value) }
    }
}
