import Foundation

/// Decodes Gerrit's JSON-lines output (`gerrit query --format=JSON`, `gerrit stream-events`).
///
/// Every consumer goes through this type so that all of them are equally lenient:
/// - a UTF-8 BOM, a trailing CR and surrounding whitespace are ignored;
/// - an XSSI prefix `)]}'` is stripped (on its own line it leaves an empty line);
/// - empty lines are skipped: the line functions return `nil`, never an error;
/// - when strict JSON fails, one retry drops trailing commas before `]`/`}` (Gson accepts them);
/// - anything else becomes a `GerritDecodeError` naming the source and line, never a crash.
///
/// Change rows of query output go through a fast decoder built for Gerrit's schema
/// (`FastChangeDecoder`), which hands any line it is not sure about to `JSONDecoder`, so the
/// values and errors are those of the `Codable` conformances either way.
public struct GerritLineDecoder: Sendable {
    /// How lines are decoded.
    public enum Engine: Sendable, Hashable {
        /// The fast decoder for change rows, `JSONDecoder` for everything else (the default).
        case fast
        /// `JSONDecoder` only: the reference the fast decoder is tested and measured against.
        case jsonDecoder
    }

    /// Name used in errors, e.g. a file path or "ssh host:29418 query".
    public var source: String
    /// How lines are decoded.
    public var engine: Engine
    // One decoder for all lines: it is never reconfigured after init, so sharing is safe.
    private let jsonDecoder = JSONDecoder()
    /// What the fast decoder made from earlier lines (accounts, paths), reused on later ones.
    private let cache = DecodedValueCache()

    public init(source: String, engine: Engine = .fast) {
        self.source = source
        self.engine = engine
    }

    // MARK: - One line

    /// Decodes one line as any `Decodable`; `nil` when the line is blank.
    public func decode<T: Decodable>(_ type: T.Type, line: Data, lineNumber: Int) -> Result<T, GerritDecodeError>? {
        decodeCleaned(type, line: line, lineNumber: lineNumber).map { $0.map(\.value) }
    }

    /// Decodes one query output line; `nil` when the line is blank.
    public func queryRow(_ line: Data, lineNumber: Int) -> Result<QueryRow, GerritDecodeError>? {
        if engine == .fast, let change = line.withUnsafeBytes({ fastChange($0) }) {
            return .success(.change(change))
        }
        return decode(QueryRow.self, line: line, lineNumber: lineNumber)
    }

    /// Decodes one query output line given as text; `nil` when the line is blank.
    public func queryRow<S: StringProtocol>(_ line: S, lineNumber: Int) -> Result<QueryRow, GerritDecodeError>? {
        if engine == .fast,
           let decoded = line.utf8.withContiguousStorageIfAvailable({ fastChange(UnsafeRawBufferPointer($0)) }),
           let change = decoded {
            return .success(.change(change))
        }
        return decode(QueryRow.self, line: Data(line.utf8), lineNumber: lineNumber)
    }

    /// What the fast decoder alone makes of `bytes` (nil: the line goes to `JSONDecoder`), so
    /// tests can tell that the fast path really carries the lines they compare.
    public static func fastChangeForTesting(_ bytes: UnsafeRawBufferPointer) -> Change? {
        GerritLineDecoder(source: "test").fastChange(bytes)
    }

    /// The change row in `bytes` by the fast decoder, or nil when the line needs `JSONDecoder`
    /// (a control row, a blank line, or anything the fast path does not take).
    func fastChange(_ bytes: UnsafeRawBufferPointer) -> Change? {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        let range = Self.cleanRange(base, count: bytes.count)
        guard !range.isEmpty else { return nil }
        return cache.withStorage { storage in
            withUnsafeMutablePointer(to: &storage) { pointer in
                var decoder = FastChangeDecoder(base + range.lowerBound, count: range.count, cache: pointer)
                return try? decoder.queryRowChange()
            }
        }
    }

    /// Decodes one stream-events line; `nil` when the line is blank.
    ///
    /// For `.unknown` events the `raw` text is the line itself (after BOM/CR/XSSI cleanup).
    public func event(_ line: Data, lineNumber: Int) -> Result<StreamEvent, GerritDecodeError>? {
        decodeCleaned(StreamEvent.self, line: line, lineNumber: lineNumber).map { result in
            result.map { decoded in
                if case .unknown(let type, _) = decoded.value {
                    return .unknown(type: type, raw: String(decoding: decoded.json, as: UTF8.self))
                }
                return decoded.value
            }
        }
    }

    /// Decodes one stream-events line given as text; `nil` when the line is blank.
    public func event<S: StringProtocol>(_ line: S, lineNumber: Int) -> Result<StreamEvent, GerritDecodeError>? {
        event(Data(line.utf8), lineNumber: lineNumber)
    }

    /// Decodes a patch set object on one line (used for patch-set fragments and tests).
    public func patchSet<S: StringProtocol>(_ line: S, lineNumber: Int) -> Result<PatchSet, GerritDecodeError>? {
        decode(PatchSet.self, line: Data(line.utf8), lineNumber: lineNumber)
    }

    // MARK: - Whole buffers

    /// Decodes every line of `data` as query rows; blank lines are skipped, line numbers count from 1.
    public func queryRows(in data: Data) -> [Result<QueryRow, GerritDecodeError>] {
        Self.lines(in: data).compactMap { queryRow($0.bytes, lineNumber: $0.number) }
    }

    /// Decodes a whole query page into a `QueryResult`.
    public func queryResult(in data: Data) -> QueryResult {
        QueryResult(rows: queryRows(in: data))
    }

    /// Decodes every line of `data` as stream events; blank lines are skipped.
    public func events(in data: Data) -> [Result<StreamEvent, GerritDecodeError>] {
        Self.lines(in: data).compactMap { event($0.bytes, lineNumber: $0.number) }
    }

    /// Splits `data` at `\n` without copying: each line is a slice sharing `data`'s storage.
    ///
    /// A final line without `\n` is returned too (it may be a truncated line; decoding says so).
    public static func lines(in data: Data) -> [(number: Int, bytes: Data)] {
        var ranges: [Range<Int>] = []
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            var start = 0
            while start < count {
                if let hit = memchr(base + start, 0x0A, count - start) {
                    let end = base.distance(to: UnsafeRawPointer(hit))
                    ranges.append(start..<end)
                    start = end + 1
                } else {
                    ranges.append(start..<count)
                    start = count
                }
            }
        }
        let offset = data.startIndex
        return ranges.enumerated().map { index, range in
            (index + 1, data[(offset + range.lowerBound)..<(offset + range.upperBound)])
        }
    }

    // MARK: - Internals

    private struct Decoded<T> {
        var value: T
        var json: Data
    }

    private func decodeCleaned<T: Decodable>(_ type: T.Type, line: Data, lineNumber: Int) -> Result<Decoded<T>, GerritDecodeError>? {
        let json = Self.clean(line)
        guard !json.isEmpty else { return nil }
        let decoder = jsonDecoder
        do {
            return .success(Decoded(value: try decoder.decode(T.self, from: json), json: json))
        } catch let firstError {
            if Self.isSyntaxError(firstError), let repaired = Self.removingTrailingCommas(json),
               let value = try? decoder.decode(T.self, from: repaired) {
                return .success(Decoded(value: value, json: json))
            }
            return .failure(GerritDecodeError(source: source, line: lineNumber,
                                              reason: Self.reason(for: firstError, json: json)))
        }
    }

    /// Strips BOM, XSSI prefix and surrounding whitespace (incl. CR) by narrowing the slice.
    static func clean(_ line: Data) -> Data {
        var lower = line.startIndex
        var upper = line.endIndex
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        if upper - lower >= 3, line[lower] == 0xEF, line[lower + 1] == 0xBB, line[lower + 2] == 0xBF {
            lower += 3
        }
        while lower < upper, isSpace(line[lower]) { lower += 1 }
        let xssi: [UInt8] = Array(")]}'".utf8)
        if upper - lower >= xssi.count, line[lower..<(lower + xssi.count)].elementsEqual(xssi) {
            lower += xssi.count
        }
        while lower < upper, isSpace(line[lower]) { lower += 1 }
        while upper > lower, isSpace(line[upper - 1]) { upper -= 1 }
        return line[lower..<upper]
    }

    private static func isSyntaxError(_ error: any Error) -> Bool {
        if case DecodingError.dataCorrupted(let context) = error, context.codingPath.isEmpty { return true }
        return false
    }

    /// Removes commas that are followed (after whitespace) by `]` or `}`, outside strings.
    /// Returns `nil` when there was nothing to remove, so a retry would be pointless.
    static func removingTrailingCommas(_ json: Data) -> Data? {
        var output = [UInt8]()
        output.reserveCapacity(json.count)
        var inString = false
        var escaped = false
        var removed = false
        let bytes = Array(json)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                output.append(byte)
            } else if byte == 0x22 {
                inString = true
                output.append(byte)
            } else if byte == 0x2C {
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D || bytes[next] == 0x0A {
                    next += 1
                }
                if next < bytes.count, bytes[next] == 0x5D || bytes[next] == 0x7D {
                    removed = true
                } else {
                    output.append(byte)
                }
            } else {
                output.append(byte)
            }
            index += 1
        }
        return removed ? Data(output) : nil
    }

    /// `clean(_:)` on raw bytes: the range left after BOM, XSSI prefix and surrounding whitespace.
    static func cleanRange(_ base: UnsafePointer<UInt8>, count: Int) -> Range<Int> {
        var lower = 0
        var upper = count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        if upper - lower >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF {
            lower += 3
        }
        while lower < upper, isSpace(base[lower]) { lower += 1 }
        if upper - lower >= 4, base[lower] == UInt8(ascii: ")"), base[lower + 1] == UInt8(ascii: "]"),
           base[lower + 2] == UInt8(ascii: "}"), base[lower + 3] == UInt8(ascii: "'") {
            lower += 4
        }
        while lower < upper, isSpace(base[lower]) { lower += 1 }
        while upper > lower, isSpace(base[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// True when the JSON text ends while an object, array or string is still open.
    static func isTruncated(_ json: Data) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in json {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
            } else {
                switch byte {
                case 0x22: inString = true
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D: depth -= 1
                default: break
                }
            }
        }
        return inString || depth > 0
    }

    /// Turns a decoding failure into a short reason a user can act on.
    static func reason(for error: any Error, json: Data) -> String {
        guard let first = json.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else {
            return "not JSON: \(snippet(json))"
        }
        guard let decodingError = error as? DecodingError else {
            return "invalid JSON: \(error.localizedDescription)"
        }
        switch decodingError {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                if isTruncated(json) { return "truncated JSON (the line ends before the object is complete)" }
                return "invalid JSON: \(snippet(json))"
            }
            return "bad value for '\(path(context.codingPath))': \(context.debugDescription)"
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return "expected a JSON object, found \(snippet(json))"
        case .typeMismatch(let type, let context):
            return "expected \(noun(for: type)) for '\(path(context.codingPath))'"
        case .valueNotFound(let type, let context):
            return "expected \(noun(for: type)) for '\(path(context.codingPath))', found null"
        case .keyNotFound(let key, let context):
            return "missing field '\(path(context.codingPath + [key]))'"
        @unknown default:
            return "invalid JSON: \(snippet(json))"
        }
    }

    private static func noun(for type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Double.Type, is Int64.Type: return "a number"
        case is String.Type: return "text"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "a list"
        case is [String: Any].Type: return "an object"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    /// The start of a bad line, for error messages; control characters are replaced.
    private static func snippet(_ json: Data) -> String {
        let text = String(decoding: json.prefix(80), as: UTF8.self)
        let visible = String(text.unicodeScalars.map { scalar -> Character in
            scalar.properties.generalCategory == .control ? "?" : Character(scalar)
        })
        return json.count > 80 ? visible + "…" : visible
    }
}
