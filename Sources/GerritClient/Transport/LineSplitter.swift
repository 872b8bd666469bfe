import Foundation

/// Splits a byte stream into text lines.
///
/// Bytes arrive in arbitrary chunks (a UTF-8 character or a `\r\n` may straddle two reads), so
/// the splitter keeps the unfinished tail. Lines end at `\n`; a trailing `\r` is dropped.
/// A chunk is searched with `memchr` and each line made from its bytes in one go: query pages
/// are megabytes, and a byte-at-a-time loop cost as much as decoding them.
public struct LineSplitter: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    /// Appends `bytes` and returns the lines they completed.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) -> [String] {
        var lines: [String] = []
        guard let base = bytes.baseAddress else { return lines }
        var start = 0
        while start < bytes.count {
            guard let hit = memchr(base + start, 0x0A, bytes.count - start) else {
                pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start...]))
                break
            }
            let end = UnsafeRawPointer(hit) - base
            let piece = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            if pending.isEmpty {
                lines.append(Self.text(piece))
            } else {
                pending.append(contentsOf: piece)
                lines.append(pending.withUnsafeBytes { Self.text($0) })
                pending.removeAll(keepingCapacity: true)
            }
            start = end + 1
        }
        return lines
    }

    /// Appends `bytes` and returns the lines they completed.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) -> [String] where Bytes.Element == UInt8 {
        if let lines = bytes.withContiguousStorageIfAvailable({ append(UnsafeRawBufferPointer($0)) }) {
            return lines
        }
        return Array(bytes).withUnsafeBytes { append($0) }
    }

    /// Returns the last line if the stream did not end with a newline.
    public mutating func finish() -> String? {
        guard !pending.isEmpty else { return nil }
        defer { pending.removeAll() }
        return pending.withUnsafeBytes { Self.text($0) }
    }

    private static func text(_ bytes: UnsafeRawBufferPointer) -> String {
        var line = bytes
        if let last = line.last, last == UInt8(ascii: "\r") {
            line = UnsafeRawBufferPointer(rebasing: line.dropLast())
        }
        return String(decoding: line, as: UTF8.self)
    }
}
