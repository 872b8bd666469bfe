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

/// Parses "123", "+1", "-2", " 7 " and numeric strings past `Int` range (clamped).
func parseLenientInt(_ text: String) -> Int? {
    var trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
    if trimmed.first == "+" { trimmed = trimmed.dropFirst() }
    if let value = Int(trimmed) { return value }
    if let value = Double(trimmed), value.isFinite { return clampedInt(value) }
    return nil
}

extension KeyedDecodingContainer {
    /// Decodes an integer sent as a JSON number or a numeric string; `nil` when absent or null.
    ///
    /// Numbers past `Int` range are clamped (see `clampedInt`). A string that is not a number
    /// throws a type mismatch so the line error can say "expected a number for 'key'".
    func lenientInt(forKey key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Int.self, forKey: key) { return value }
        if let value = try? decode(Double.self, forKey: key) { return clampedInt(value) }
        if let text = try? decode(String.self, forKey: key), let value = parseLenientInt(text) {
            return value
        }
        if let flag = try? decode(Bool.self, forKey: key) { return flag ? 1 : 0 }
        throw DecodingError.typeMismatch(Int.self, DecodingError.Context(
            codingPath: codingPath + [key], debugDescription: "expected a number"))
    }

    /// Decodes a boolean sent as `true`, `"true"`, `1` or `"1"` (and the false forms).
    func lenientBool(forKey key: Key) throws -> Bool? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Bool.self, forKey: key) { return value }
        if let text = try? decode(String.self, forKey: key) {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "1", "yes": return true
            case "false", "0", "no", "": return false
            default: break
            }
        }
        if let value = try? decode(Int.self, forKey: key) { return value != 0 }
        throw DecodingError.typeMismatch(Bool.self, DecodingError.Context(
            codingPath: codingPath + [key], debugDescription: "expected true or false"))
    }

    /// Decodes an epoch timestamp: seconds, or milliseconds when the value is above 10^11.
    func lenientDate(forKey key: Key) throws -> Date? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        var seconds: Double
        if let value = try? decode(Double.self, forKey: key) {
            seconds = value
        } else if let text = try? decode(String.self, forKey: key),
                  let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite {
            seconds = value
        } else {
            throw DecodingError.typeMismatch(Double.self, DecodingError.Context(
                codingPath: codingPath + [key], debugDescription: "expected a timestamp"))
        }
        if seconds > 1e11 || seconds < -1e11 { seconds /= 1000 }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Decodes a string; a number or boolean in its place is turned into text rather than failing.
    func lenientString(forKey key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(String.self, forKey: key) { return value }
        if let value = try? decode(Int.self, forKey: key) { return String(value) }
        if let value = try? decode(Double.self, forKey: key) { return String(value) }
        if let value = try? decode(Bool.self, forKey: key) { return String(value) }
        throw DecodingError.typeMismatch(String.self, DecodingError.Context(
            codingPath: codingPath + [key], debugDescription: "expected text"))
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
