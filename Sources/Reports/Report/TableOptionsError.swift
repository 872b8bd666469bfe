/// Why `--field` or `--sort` could not be applied to a table.
///
/// `description` is the message for the user; it lists the keys they could have used.
public enum TableOptionsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `--field` named a column the table does not have.
    case unknownField(String, known: [String])
    /// `--sort` named a column the table does not have (or cannot sort by).
    case unknownSortColumn(String, known: [String])
    /// `--field KEY:WIDTH` with a WIDTH that is not a number ≥ 0.
    case invalidFieldWidth(field: String)

    public var description: String {
        switch self {
        case .unknownField(let key, let known):
            return "Unknown field '\(key)' (known: \(known.joined(separator: ", ")))"
        case .unknownSortColumn(let key, let known):
            return "Unknown sort column '\(key)' (known: \(known.joined(separator: ", ")))"
        case .invalidFieldWidth(let field):
            return "Invalid field '\(field)': the width after ':' must be a whole number of 0 or more"
        }
    }
}
