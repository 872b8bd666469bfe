import Foundation

/// Splits a byte stream into text lines.
///
/// Bytes arrive in arbitrary chunks (a UTF-8 character or a `\r\n` may straddle two reads), so
/// the splitter keeps the unfinished tail. Lines end at `\n`; a trailing `\r` is dropped.
public struct LineSplitter: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    /// Appends `bytes` and returns the lines they completed.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) -> [String] where Bytes.Element == UInt8 {
        var lines: [String] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                lines.append(Self.text(pending))
                pending.removeAll(keepingCapacity: true)
            } else {
                pending.append(byte)
            }
        }
        return lines
    }

    /// Returns the last line if the stream did not end with a newline.
    public mutating func finish() -> String? {
        guard !pending.isEmpty else { return nil }
        defer { pending.removeAll() }
        return Self.text(pending)
    }

    private static func text(_ bytes: [UInt8]) -> String {
        var line = bytes[...]
        if line.last == UInt8(ascii: "\r") {
            line = line.dropLast()
        }
        return String(decoding: line, as: UTF8.self)
    }
}
