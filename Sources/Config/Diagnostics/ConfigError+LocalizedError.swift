import Foundation

/// So `error.localizedDescription` (and anything that prints errors generically) shows the
/// `file:line: [section] key: message` text rather than a type name.
extension ConfigError: LocalizedError {
    public var errorDescription: String? { description }
}
