import Foundation

/// A `gerrit review` to post: votes, a message, inline comments, abandon or restore, on one patch set.
public struct ReviewRequest: Sendable, Hashable, Codable {
    public enum Action: String, Sendable, Hashable, Codable { case abandon, restore, submit }

    public var change: Int
    public var patchSet: Int
    /// Votes by label name, e.g. `["Code-Review": 2]`.
    public var votes: [String: Int]
    public var message: String?
    public var action: Action?
    /// Inline comments, posted with `--json` (the only SSH path for them).
    public var comments: [ReviewComment]
    /// Send on the command line even when `--json` would be chosen (servers without it).
    public var commandLineOnly = false

    public init(change: Int, patchSet: Int, votes: [String: Int] = [:], message: String? = nil, action: Action? = nil,
                comments: [ReviewComment] = []) {
        self.change = change
        self.patchSet = patchSet
        self.votes = votes
        self.message = message
        self.action = action
        self.comments = comments
    }

    /// `CHANGE,PATCHSET`, the target Gerrit reads unambiguously.
    public var target: String { "\(change),\(patchSet)" }

    /// The argv for `gerrit review` without `--json`; the transport quotes each word for the remote splitter.
    ///
    /// Inline comments are not part of it; `commands(idleTimeout:)` is what `GerritClient` runs.
    public var arguments: [String] {
        var args = ["gerrit", "review"]
        for (label, value) in votes.sorted(by: { $0.key < $1.key }) {
            args += ["--label", "\(label)=\(value > 0 ? "+" : "")\(value)"]
        }
        // Gerrit drops empty words, so an empty message would make `--message` eat the target.
        if let message, !message.isEmpty { args += ["--message", message] }
        switch action {
        case .abandon: args.append("--abandon")
        case .restore: args.append("--restore")
        case .submit: args.append("--submit")
        case nil: break
        }
        args.append(target)
        return args
    }

    /// Whether the review goes as JSON on stdin: inline comments, or a message Gerrit's command
    /// line splitter may mangle (line breaks split it into targets; non-ASCII depends on the server's locale).
    public var needsJSON: Bool {
        if !comments.isEmpty { return true }
        guard let message else { return false }
        return message.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || !$0.isASCII }
    }

    /// The `ReviewInput` JSON sent with `--json`: message, labels, comments by file.
    public var jsonBody: Data {
        var body: [String: Any] = [:]
        if let message { body["message"] = message }
        if !votes.isEmpty { body["labels"] = votes }
        if !comments.isEmpty {
            var byFile: [String: [[String: Any]]] = [:]
            for comment in comments {
                var entry: [String: Any] = ["message": comment.message]
                if let line = comment.line { entry["line"] = line }
                if let unresolved = comment.unresolved { entry["unresolved"] = unresolved }
                byFile[comment.file, default: []].append(entry)
            }
            body["comments"] = byFile
        }
        // Only strings, numbers, bools, arrays and dictionaries: serialization cannot fail.
        return (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data("{}".utf8)
    }

    /// The commands that post this review, in order.
    ///
    /// Without JSON it is one command. With JSON, `--json` cannot be combined with abandon,
    /// restore or submit, so a restore runs first (votes need an open change), and an abandon
    /// or a submit runs last.
    public func commands(idleTimeout: Double? = RemoteCommand.defaultIdleTimeout) -> [RemoteCommand] {
        guard needsJSON, !commandLineOnly else { return [RemoteCommand(arguments, idleTimeout: idleTimeout)] }
        let review = RemoteCommand(["gerrit", "review", "--json", target], stdin: jsonBody, idleTimeout: idleTimeout)
        switch action {
        case .restore?:
            return [RemoteCommand(["gerrit", "review", "--restore", target], idleTimeout: idleTimeout), review]
        case .abandon?:
            return [review, RemoteCommand(["gerrit", "review", "--abandon", target], idleTimeout: idleTimeout)]
        case .submit?:
            return [review, RemoteCommand(["gerrit", "review", "--submit", target], idleTimeout: idleTimeout)]
        case nil:
            return [review]
        }
    }

    /// The review as a server older than Gerrit 2.9 can take it: it has no `--json`, so inline
    /// comments become lines of the message quoting their `file:line`, and the message is one
    /// line (its command-line splitter would read line breaks as targets).
    public func flattenedForOldServers() -> ReviewRequest {
        guard needsJSON else { return self }
        var parts: [String] = []
        if let message, !message.isEmpty { parts.append(message) }
        for comment in comments {
            let place = comment.file + (comment.line.map { ":\($0)" } ?? "")
            parts.append("[\(place)] \(comment.message)")
        }
        var flat = self
        flat.comments = []
        flat.commandLineOnly = true
        let joined = parts.joined(separator: "\n")
        flat.message = joined.isEmpty ? nil : joined.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " / ")
        return flat
    }

    /// The lines of `gerrit review`'s stderr worth showing: `error:` and `fatal:` lines, minus
    /// the "one or more reviews failed" summary; all of it when nothing matches.
    public static func userMessages(fromStderr stderr: String) -> String {
        let lines = stderr.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let useful = lines.filter { ($0.hasPrefix("error:") || $0.hasPrefix("fatal:")) && !$0.contains("one or more reviews failed") }
        return useful.isEmpty ? stderr.trimmingCharacters(in: .whitespacesAndNewlines) : useful.joined(separator: "\n")
    }
}

/// One inline comment of a review.
public struct ReviewComment: Sendable, Hashable, Codable {
    /// The file path in the patch set (`/COMMIT_MSG` for the commit message).
    public var file: String
    /// The line the comment is on; `nil` for a comment on the whole file.
    public var line: Int?
    public var message: String
    /// Whether the comment needs an answer; `nil` leaves it to the server.
    public var unresolved: Bool?

    public init(file: String, line: Int? = nil, message: String, unresolved: Bool? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.unresolved = unresolved
    }
}
