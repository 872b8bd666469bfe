import Foundation

/// Cuts a byte stream arriving in arbitrary chunks (SSH reads) into numbered lines.
///
/// Feed it every chunk with `append(_:)`; it returns the lines completed by that chunk,
/// numbered from 1, ready for `GerritLineDecoder`. At end of stream, `finish()` returns the
/// unterminated tail, if any: when a connection drops mid-line this is a truncated line, which
/// callers usually report (decoding it yields "truncated JSON") rather than use.
public struct GerritLineBuffer: Sendable {
    /// How many lines have been returned so far (including a tail from `finish()`).
    public private(set) var lineCount = 0
    private var pending = Data()

    public init() {}

    /// Adds a chunk and returns the lines it completes, without their `\n`.
    public mutating func append(_ chunk: Data) -> [(number: Int, bytes: Data)] {
        var lines: [(number: Int, bytes: Data)] = []
        var start = chunk.startIndex
        while start < chunk.endIndex {
            guard let newline = Self.firstNewline(in: chunk, from: start) else { break }
            var line = chunk[start..<newline]
            if !pending.isEmpty {
                pending.append(line)
                line = pending
                pending = Data()
            }
            lineCount += 1
            lines.append((lineCount, line))
            start = newline + 1
        }
        if start < chunk.endIndex { pending.append(chunk[start..<chunk.endIndex]) }
        return lines
    }

    /// Ends the stream: returns the bytes after the last `\n`, if there are any.
    public mutating func finish() -> (number: Int, bytes: Data)? {
        guard !pending.isEmpty else { return nil }
        let tail = pending
        pending = Data()
        lineCount += 1
        return (lineCount, tail)
    }

    private static func firstNewline(in data: Data, from index: Data.Index) -> Data.Index? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Data.Index? in
            guard let base = buffer.baseAddress else { return nil }
            let offset = index - data.startIndex
            guard let hit = memchr(base + offset, 0x0A, buffer.count - offset) else { return nil }
            return data.startIndex + base.distance(to: UnsafeRawPointer(hit))
        }
    }
}
