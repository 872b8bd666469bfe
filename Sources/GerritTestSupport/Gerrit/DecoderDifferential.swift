import Foundation
import GerritModel
import GerritSim

/// Holds the fast decoder to the reference: the same line through both engines of
/// `GerritLineDecoder` must give the same value, or the same error.
public enum DecoderDifferential {
    private static let fast = GerritLineDecoder(source: "sample", engine: .fast)
    private static let reference = GerritLineDecoder(source: "sample", engine: .jsonDecoder)

    /// A description of how the engines disagree on `line` as a query row, or nil when they agree.
    public static func queryRowMismatch(_ line: Data) -> String? {
        let fastRow = fast.queryRow(line, lineNumber: 1)
        let referenceRow = reference.queryRow(line, lineNumber: 1)
        guard fastRow != referenceRow else { return nil }
        return "fast: \(String(describing: fastRow))\nJSONDecoder: \(String(describing: referenceRow))\nline: \(String(decoding: line.prefix(300), as: UTF8.self))"
    }

    /// A description of how the engines disagree on `line` as a stream event, or nil when they agree.
    public static func eventMismatch(_ line: Data) -> String? {
        let fastEvent = fast.event(line, lineNumber: 1)
        let referenceEvent = reference.event(line, lineNumber: 1)
        guard fastEvent != referenceEvent else { return nil }
        return "fast: \(String(describing: fastEvent))\nJSONDecoder: \(String(describing: referenceEvent))\nline: \(String(decoding: line.prefix(300), as: UTF8.self))"
    }

    /// Whether the fast decoder took `line` itself (rather than handing it to `JSONDecoder`).
    public static func fastPathTakes(_ line: Data) -> Bool {
        line.withUnsafeBytes { GerritLineDecoder.fastChangeForTesting($0) != nil }
    }

    /// `count` damaged or unusual variants of `line`, the same ones for the same `seed`:
    /// truncations, flipped and dropped bytes, inserted JSON fragments, and the values of known
    /// keys replaced by the odd shapes servers and proxies produce.
    public static func mutations(of line: Data, count: Int, seed: UInt64) -> [Data] {
        var rng = SplitMix64(seed: seed)
        let bytes = [UInt8](line)
        guard !bytes.isEmpty else { return [] }
        var variants: [Data] = []
        for _ in 0..<count {
            var mutated = bytes
            switch rng.next() % 7 {
            case 0:
                mutated = Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count))))
            case 1:
                let at = Int(rng.next() % UInt64(bytes.count))
                mutated[at] = interestingBytes[Int(rng.next() % UInt64(interestingBytes.count))]
            case 2:
                mutated.remove(at: Int(rng.next() % UInt64(bytes.count)))
            case 3:
                let at = Int(rng.next() % UInt64(bytes.count + 1))
                mutated.insert(contentsOf: Array(fragments[Int(rng.next() % UInt64(fragments.count))].utf8), at: at)
            case 4, 5:
                mutated = replacingValue(in: bytes, rng: &rng) ?? bytes
            default:
                // A known key twice: which one wins is the reference decoder's business.
                let key = knownKeys[Int(rng.next() % UInt64(knownKeys.count))]
                if let at = bytes.firstIndex(of: UInt8(ascii: "{")) {
                    mutated.insert(contentsOf: Array("\"\(key)\":\"dup\",".utf8), at: at + 1)
                }
            }
            variants.append(Data(mutated))
        }
        return variants
    }

    private static let interestingBytes: [UInt8] = Array("\"\\{}[],:0-.e n t".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF]

    private static let fragments = [
        ",", "\"x\":1,", "null", "\\u00e9", "\\ud83d\\ude00", "\\ud83d", "1.5", "1e3", "\"12\"", "true",
        "\"extra\":{\"a\":[1,2,{\"b\":null}]},", " ", "\\\"", "\u{00e9}", "\"plugins\":[{\"name\":\"x\"}],",
    ]

    private static let knownKeys = [
        "number", "project", "owner", "status", "patchSets", "createdOn", "lastUpdated", "open", "value", "type",
        "approvals", "username", "comments", "files", "rowCount",
    ]

    private static let odd = [
        "\"12\"", "\" 7 \"", "\"+1\"", "\"-2\"", "\"abc\"", "\"\"", "1.0", "1e2", "-0", "01", "null", "true", "false",
        "99999999999999999999", "-99999999999999999999", "1500000000000", "[]", "{}", "[\"a\",1]", "{\"name\":5}",
        "\"2\\u0033\"", "\"\\u00e9\"",
    ]

    /// Replaces the value after one `"key":` with an odd value.
    private static func replacingValue(in bytes: [UInt8], rng: inout SplitMix64) -> [UInt8]? {
        var colons: [Int] = []
        var inString = false
        var escaped = false
        for (index, byte) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
            } else if byte == 0x22 {
                inString = true
            } else if byte == UInt8(ascii: ":") {
                colons.append(index)
            }
        }
        guard !colons.isEmpty else { return nil }
        let colon = colons[Int(rng.next() % UInt64(colons.count))]
        guard let end = valueEnd(bytes, from: colon + 1) else { return nil }
        let replacement = Array(odd[Int(rng.next() % UInt64(odd.count))].utf8)
        return Array(bytes[...colon]) + replacement + Array(bytes[end...])
    }

    /// The index just past the JSON value starting at `start`.
    private static func valueEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 {
                    inString = false
                    if depth == 0 { return index + 1 }
                }
            } else {
                switch byte {
                case 0x22: inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return index }
                    depth -= 1
                    if depth == 0 { return index + 1 }
                case UInt8(ascii: ","):
                    if depth == 0 { return index }
                default: break
                }
            }
            index += 1
        }
        return nil
    }
}
