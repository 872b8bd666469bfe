import Foundation
import GerritModel

/// What went wrong talking to Gerrit once connected; each message names the server.
public enum GerritClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Gerrit answered with an error row (`{"type":"error","message":...}`).
    case serverError(server: String, message: String)
    /// A line of output could not be decoded (the error names the line).
    case undecodable(GerritDecodeError)
    /// The remote command exited with a non-zero status.
    case commandFailed(server: String, command: String, status: Int32, stderr: String)

    public var description: String {
        switch self {
        case .serverError(let server, let message):
            return "\(server): \(message)"
        case .undecodable(let error):
            return error.description
        case .commandFailed(let server, let command, let status, let stderr):
            let detail = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return "\(server): `\(command)` failed with status \(status)" + (detail.isEmpty ? "" : ": \(detail)")
        }
    }
}
