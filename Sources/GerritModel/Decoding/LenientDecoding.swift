import Foundation

/// A coding key made from any string, for the lenient helpers and dynamic containers.
struct AnyCodingKey: CodingKey, Hashable, Sendable {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

/// Converts a JSON number seen as `Double` into an `Int`, clamping values past `Int` range.
///
/// Gerrit never sends such numbers on purpose; clamping keeps a change with an absurd
/// `sizeInsertions` decodable instead of losing the whole row.
func clampedInt(_ value: Double) -> Int? {
    guard !value.isNaN else { return nil }
    if value >= Double(Int.max) { return Int.max }
    if value <= Double(Int.min) { return Int.min }
    return Int(value.rounded(.towardZero))
}

/// The date of an integer epoch timestamp: seconds, or milliseconds when past ±10^11; nil when
/// even as milliseconds it lies past ±10^11 seconds (the year 5138).
///
/// Shared by the `Codable` path and the fast decoder so both give the same `Date`.
@inline(__always)
func gerritDate(epoch whole: Int) -> Date? {
    gerritDate(seconds: Double(whole) / (whole > 100_000_000_000 || whole < -100_000_000_000 ? 1000 : 1))
}

/// A timestamp no Gerrit sends (past ±10^11 seconds once read as milliseconds) is dropped like
/// other nonsense in a field, not kept: written out again it would read back as milliseconds,
/// another date (a fuzzed row with `createdOn` 1.5e86 found it).
@inline(__always)
func gerritDate(seconds: Double) -> Date? {
    seconds.magnitude <= 1e11 ? Date(timeIntervalSince1970: seconds) : nil
}

/// Parses "123", "+1", "-2", " 7 " and numeric strings past `Int` range (clamped).
func parseLenientInt(_ text: String) -> Int? {
    if let value = Int(text) { return value }  // the common case, without Foundation trimming
    var trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
    if trimmed.first == "+" { trimmed = trimmed.dropFirst() }
    if let value = Int(trimmed) { return value }
    if let value = Double(trimmed), value.isFinite { return clampedInt(value) }
    return nil
}

extension KeyedDecodingContainer {
    // Each helper tries the type Gerrit usually sends first, through one `decodeIfPresent`
    // lookup, and only falls back to the slower alternatives when that throws: failed
    // decodes are costly, and these run for nearly every field of every row.

    /// Decodes an integer sent as a JSON number or a numeric string; `nil` when absent or null.
    ///
    /// Numbers past `Int` range are clamped (see `clampedInt`). A string that is not a number
    /// throws a type mismatch so the line error can say "expected a number for 'key'".
    /// - Parameter stringFirst: try a string first, for fields Gerrit always sends as strings
    ///   (approval values).
    func lenientInt(forKey key: Key, stringFirst: Bool = false) throws -> Int? {
        if stringFirst, let text = try? decodeIfPresent(String.self, forKey: key) {
            if let value = parseLenientInt(text) { return value }
            throw notA(Int.self, key, "expected a number")
        }
        do {
            return try decodeIfPresent(Int.self, forKey: key)
        } catch {
            if let value = try? decode(Double.self, forKey: key) { return clampedInt(value) }
            if let text = try? decode(String.self, forKey: key), let value = parseLenientInt(text) { return value }
            if let flag = try? decode(Bool.self, forKey: key) { return flag ? 1 : 0 }
            throw notA(Int.self, key, "expected a number")
        }
    }

    /// Decodes a boolean sent as `true`, `"true"`, `1` or `"1"` (and the false forms).
    func lenientBool(forKey key: Key) throws -> Bool? {
        do {
            return try decodeIfPresent(Bool.self, forKey: key)
        } catch {
            if let text = try? decode(String.self, forKey: key) {
                switch text.trimmingCharacters(in: .whitespaces).lowercased() {
                case "true", "1", "yes": return true
                case "false", "0", "no", "": return false
                default: break
                }
            }
            if let value = try? decode(Int.self, forKey: key) { return value != 0 }
            throw notA(Bool.self, key, "expected true or false")
        }
    }

    /// Decodes an epoch timestamp: seconds, or milliseconds when the value is above 10^11.
    func lenientDate(forKey key: Key) throws -> Date? {
        var seconds: Double
        do {
            // Integer parsing is cheaper than floating point, and Gerrit sends whole seconds.
            if let whole = try? decodeIfPresent(Int.self, forKey: key) {
                return gerritDate(epoch: whole)
            }
            guard let value = try decodeIfPresent(Double.self, forKey: key) else { return nil }
            seconds = value
        } catch {
            guard let text = try? decode(String.self, forKey: key),
                  let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
                throw notA(Double.self, key, "expected a timestamp")
            }
            seconds = value
        }
        if seconds > 1e11 || seconds < -1e11 { seconds /= 1000 }
        return gerritDate(seconds: seconds)
    }

    /// Decodes a string; a number or boolean in its place is turned into text rather than failing.
    func lenientString(forKey key: Key) throws -> String? {
        do {
            return try decodeIfPresent(String.self, forKey: key)
        } catch {
            if let value = try? decode(Int.self, forKey: key) { return String(value) }
            if let value = try? decode(Double.self, forKey: key) { return String(value) }
            if let value = try? decode(Bool.self, forKey: key) { return String(value) }
            throw notA(String.self, key, "expected text")
        }
    }

    private func notA(_ type: Any.Type, _ key: Key, _ description: String) -> DecodingError {
        DecodingError.typeMismatch(type, DecodingError.Context(codingPath: codingPath + [key], debugDescription: description))
    }

    /// Decodes a list, treating absent or null as empty.
    func list<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> [T] {
        try decodeIfPresent([T].self, forKey: key) ?? []
    }

    /// Decodes a nested value, treating null as absent.
    func optional<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try decodeIfPresent(T.self, forKey: key)
    }
}

extension KeyedEncodingContainer {
    /// Encodes a date as Gerrit does: whole epoch seconds (fractional seconds kept as a decimal).
    mutating func encodeTimestamp(_ date: Date?, forKey key: Key) throws {
        guard let date else { return }
        let seconds = date.timeIntervalSince1970
        if seconds.rounded(.towardZero) == seconds, let whole = clampedInt(seconds) {
            try encode(whole, forKey: key)
        } else {
            try encode(seconds, forKey: key)
        }
    }

    /// Encodes a list only when it has elements; Gerrit omits empty lists the same way.
    mutating func encodeList<T: Encodable>(_ list: [T], forKey key: Key) throws {
        if !list.isEmpty { try encode(list, forKey: key) }
    }
}
