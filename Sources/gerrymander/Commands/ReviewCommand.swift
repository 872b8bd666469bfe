import ArgumentParser
import Config
import Foundation
import GerritClient
import GerritModel
#if canImport(Glibc)
import GerritRemote
import Glibc
#endif

/// `gerrymander review CHANGE[,PATCHSET]`: vote, comment, abandon or restore from the shell.
struct ReviewCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Vote on a change, post a message, abandon, restore or submit it.",
        discussion: """
        Without a patch set the change's current one is reviewed. Messages reach the server \
        exactly as written (quotes, $, backticks, line breaks, any language).
        Examples:
          gerrymander review 1001 --label Code-Review=+1 -m "Looks good"
          gerrymander review 1001,3 --label Verified=-1 --message-file build.log
          gerrymander review 1001 --abandon -m "Superseded by 1042"
        """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The change number, optionally with a patch set: 1001 or 1001,3.", valueName: "CHANGE[,PATCHSET]"))
    var target: String
    @Option(name: [.customShort("l"), .customLong("label")],
            help: ArgumentHelp("A vote, e.g. Code-Review=+2 (repeatable, any label).", valueName: "NAME=VALUE"))
    var labels: [String] = []
    @Option(name: [.customShort("m"), .customLong("message")], help: "The review message.")
    var message: String?
    @Option(name: .customLong("message-file"), help: ArgumentHelp("Read the message from FILE ('-' for stdin).", valueName: "FILE"))
    var messageFile: String?
    @Flag(help: "Abandon the change (the message becomes the reason).") var abandon = false
    @Flag(help: "Restore an abandoned change.") var restore = false
    @Flag(help: "Submit (merge) the change, after any votes given.") var submit = false

    func run() async throws {
        let (change, patchSet) = try Self.parseTarget(target)
        let votes = try Self.parseVotes(labels)
        let text = try reviewMessage()
        if [abandon, restore, submit].filter({ $0 }).count > 1 {
            throw CLIError.usage("--abandon, --restore and --submit cannot be used together.")
        }
        let action: ReviewRequest.Action? = abandon ? .abandon : restore ? .restore : submit ? .submit : nil
        if votes.isEmpty && text == nil && action == nil {
            throw CLIError.usage("nothing to post: give --label, -m/--message-file, --abandon, --restore or --submit.")
        }
        // The same settings and client as every command (a review never uses the cache).
        let client = try ReportEnvironment.make(global).client
        // The SSH session must be closed before the process exits.
        defer { client.close() }
        do {
            var resolvedPatchSet = patchSet ?? 0
            if patchSet == nil { resolvedPatchSet = try await currentPatchSet(of: change, client: client) }
            let request = ReviewRequest(change: change, patchSet: resolvedPatchSet, votes: votes, message: text, action: action)
            try await client.review(request)
            if !global.quiet { print(Self.summary(of: request)) }
        } catch let error as CLIError {
            throw error
        } catch {
            // printError sanitizes server text where it is printed.
            throw CLIError.server("\(error)")
        }
    }

    private func currentPatchSet(of change: Int, client: GerritClient) async throws -> Int {
        let found = try await client.query(.change(change), options: QueryOptions(currentPatchSet: true, allApprovals: false), limit: 1)
        guard let match = found.first(where: { $0.number == change }) ?? found.first else {
            throw CLIError.server("\(client.serverName): change \(change) not found (or not visible to \(client.user)).")
        }
        guard let number = match.latestPatchSet?.number else {
            throw CLIError.server("\(client.serverName): change \(change) has no patch set in the server's answer; give it as \(change),N.")
        }
        return number
    }

    private func reviewMessage() throws -> String? {
        if message != nil && messageFile != nil {
            throw CLIError.usage("-m/--message and --message-file cannot be used together.")
        }
        if let message { return message }
        guard let messageFile else { return nil }
        let data: Data?
        if messageFile == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: messageFile)
        }
        guard let data else { throw CLIError.usage("--message-file: cannot read \(messageFile).") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError.usage("--message-file: \(messageFile) is not UTF-8 text.")
        }
        // A file usually ends with a newline that is not part of the message.
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// `1001` or `1001,3`.
    static func parseTarget(_ text: String) throws -> (Int, Int?) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let change = Int(parts[0]), change > 0 else {
            throw CLIError.usage("'\(text)' is not a change: give CHANGE or CHANGE,PATCHSET, e.g. 1001 or 1001,3.")
        }
        guard parts.count == 2 else { return (change, nil) }
        guard let patchSet = Int(parts[1]), patchSet > 0 else {
            throw CLIError.usage("'\(text)': the patch set must be a positive number, e.g. 1001,3.")
        }
        return (change, patchSet)
    }

    /// `Code-Review=+2`, `Verified=-1`, `My-Label=0`.
    static func parseVotes(_ labels: [String]) throws -> [String: Int] {
        var votes: [String: Int] = [:]
        for label in labels {
            guard let equals = label.firstIndex(of: "=") else {
                throw CLIError.usage("--label '\(label)': expected NAME=VALUE, e.g. Code-Review=+1.")
            }
            let name = String(label[..<equals])
            var raw = String(label[label.index(after: equals)...])
            if raw.hasPrefix("+") { raw.removeFirst() }
            guard !name.isEmpty, !name.contains(where: \.isWhitespace), let value = Int(raw) else {
                throw CLIError.usage("--label '\(label)': expected NAME=VALUE with a number, e.g. Code-Review=-1.")
            }
            votes[name] = value
        }
        return votes
    }

    /// One line saying what was posted.
    static func summary(of request: ReviewRequest) -> String {
        var parts = request.votes.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value > 0 ? "+" : "")\($0.value)" }
        if request.message != nil { parts.append("a message") }
        switch request.action {
        case .abandon?: parts.append("abandoned")
        case .restore?: parts.append("restored")
        case .submit?: parts.append("submitted")
        case nil: break
        }
        return "change \(request.target): " + parts.joined(separator: ", ")
    }
}
