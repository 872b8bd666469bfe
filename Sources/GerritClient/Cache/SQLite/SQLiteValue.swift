import Foundation

/// A value bound to a statement's parameter.
enum SQLiteValue {
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
    case null
}

extension SQLiteValue {
    static func integer(_ value: Int) -> SQLiteValue { .integer(Int64(value)) }

    /// `nil` binds NULL.
    static func real(_ value: Double?) -> SQLiteValue { value.map { .real($0) } ?? .null }
}
