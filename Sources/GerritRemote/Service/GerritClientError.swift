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

    /// What the server said, in its own words: no command line, no `fatal:`, for messages such
    /// as "Code-Review +2 refused on 87329: change 87329 is closed".
    public var reason: String {
        switch self {
        case .serverError(_, let message):
            return message
        case .undecodable(let error):
            return error.description
        case .commandFailed(_, _, let status, let stderr):
            let lines = stderr.split(whereSeparator: \.isNewline).map { line -> String in
                var text = line.trimmingCharacters(in: .whitespaces)
                for prefix in ["fatal:", "error:"] where text.lowercased().hasPrefix(prefix) {
                    text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                }
                return text
            }.filter { !$0.isEmpty && !$0.hasPrefix("one or more reviews failed") }
            return lines.isEmpty ? "the server refused it (status \(status))" : lines.joined(separator: "; ")
        }
    }

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
