import Foundation

/// Appends values to a compact byte buffer: varints, length-prefixed UTF-8, raw doubles.
///
/// The cache's payload format is written with this instead of a `Codable` encoder: the warm path
/// reads thousands of nested values, and a keyed encoder pays for every key string and lookup.
/// `BinaryReader` reads the same layout back.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    /// Short strings already written, by their index in the reader's table: names, usernames,
    /// emails, projects and labels repeat on every change, and reading one back is then a lookup
    /// that shares the first copy's storage.
    private var interned: [String: UInt64] = [:]
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
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
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

    /// A string: tag 0 = new interned text follows, 1 = text not interned follows,
    /// n ≥ 2 = the reader's table entry n − 2.
    mutating func writeString(_ value: String) {
        var text = value
        let length = text.utf8.count
        if length <= BinaryWriter.internLimit {
            if let index = interned[text] {
                writeUnsigned(index + 2)
                return
            }
            interned[text] = UInt64(interned.count)
            writeUnsigned(0)
        } else {
            writeUnsigned(1)
        }
        text.withUTF8 { utf8 in
            writeCount(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A string that does not repeat (a commit id, a ref, a URL, a commit message): written as
    /// text not interned, which reads back the same and saves hashing it into the table.
    mutating func writeUniqueString(_ value: String) {
        writeUnsigned(1)
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

    mutating func writeArray<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        writeCount(values.count)
        for value in values { write(&self, value) }
    }
}
