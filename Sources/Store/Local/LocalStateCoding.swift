import Foundation

/// The file format of `LocalState`: JSON with a version, dates as seconds since 1970.
public enum LocalStateCoding {
    /// The format this build writes; a newer file is refused rather than misread.
    public static let version = 1

    private struct File: Codable {
        var version: Int
        var state: LocalState
    }

    public static func encode(_ state: LocalState) throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(File(version: version, state: state))
    }

    /// - Throws: `DecodingError` for a damaged file, `LocalStateError` for a newer format.
    public static func decode(_ data: Data) throws -> LocalState {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let file = try decoder.decode(File.self, from: data)
        guard file.version <= version else { throw LocalStateError(message: "written by a newer gerrymander (format \(file.version))") }
        return file.state
    }
}

/// A local state file this build cannot use.
public struct LocalStateError: Error, CustomStringConvertible, LocalizedError {
    public var message: String
    public var description: String { message }
    public var errorDescription: String? { message }
}
