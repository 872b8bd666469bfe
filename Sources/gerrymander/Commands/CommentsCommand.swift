import ArgumentParser
import Config
import Foundation
import GerritClient
import GerritModel
import GerritRemote
import Output
import Reports
import TerminalText

/// `gerrymander comments CHANGE`: a change's review comments per patch set, bots hidden.
struct CommentsCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "comments",
        abstract: "Display comments on a change.",
        discussion: """
        Shows the review messages and inline comments of each patch set in time order, with \
        who wrote them and when, file:line and whether a comment is unresolved, and what the CI \
        systems said. Comments by bots ([organization] bots) are hidden unless --all.
        Example: gerrymander --demo comments 1035 --current
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var cache: CacheOptions
    @Flag(inversion: .prefixedNo, help: "Keep comments by bots (--no-all hides them again).") var all = false
    @Flag(inversion: .prefixedNo, help: "Only display comments against the current patch set.") var current = false
    @Option(help: ArgumentHelp("Only display comments against patch set number N.", valueName: "N")) var patch: Int?
    @Argument(help: "The change: its number or its Change-Id.") var change: String

    func run() async throws {
        if current && patch != nil { throw CLIError.usage("--current and --patch cannot be used together (--no-current turns off a config default).") }
        if let patch, patch < 1 { throw CLIError.usage("--patch takes a patch set number (1 or more), not \(patch).") }
        let trimmed = change.trimmingWhitespace()
        guard Self.isChangeReference(trimmed) else {
            throw CLIError.usage("CHANGE must be a change number or Change-Id (I followed by hex digits), not '\(trimmed)'.")
        }
        let environment = try ReportEnvironment.make(global, cache: cache)
        defer { environment.client.close() }
        let options = QueryOptions(currentPatchSet: true, patchSets: true, allApprovals: true, files: false, comments: true)
        let found = try await environment.changes(matching: .and([.change(trimmed), .limit(1)]), options: options)
        guard let target = found.first else {
            throw CLIError.server("\(environment.client.serverName): no change matches '\(trimmed)'.")
        }
        let selection: CommentThreads.Selection = current ? .current : patch.map { .number($0) } ?? .all
        let threads = CommentThreads(change: target, options: CommentThreads.Options(
            settings: environment.settings, selection: selection, includeBots: all))
        if let patch, threads.patchSets.isEmpty {
            let have = threads.availablePatchSets.map(String.init).joined(separator: ", ")
            throw CLIError.usage("change \(threads.changeNumber) has no patch set \(patch); it has \(have).")
        }
        let terminal = TerminalOutput()
        let useColor = terminal.usesColor(output)
        let text: String
        if output.mode == .text {
            text = CommentsTextLayout(now: environment.now, color: useColor).render(threads)
        } else {
            text = render(threads.report, context: RenderContext(now: environment.now, mode: output.mode))
        }
        terminal.show(text)
        SkippedTeardown.keep(found, threads, text)
    }
}

extension CommentsCommand {
    /// A change number (`1234`) or a Change-Id (`I` and 7 to 40 hex digits, as Gerrit accepts
    /// it abbreviated).
    static func isChangeReference(_ text: String) -> Bool {
        if !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) { return Int(text).map { $0 > 0 } ?? false }
        guard text.first == "I" else { return false }
        let digits = text.dropFirst()
        return (7...40).contains(digits.count) && digits.allSatisfy(\.isHexDigit)
    }
}

// The same options for `FastArguments` (see FastCommandLine); keep them beside the declarations.
extension CommentsCommand: FastParsable {
    static var fastOptions: [FastArguments.Option] {
        GlobalOptions.fastOptions + OutputOptions.fastOptions + CacheOptions.fastOptions
            + [.invertible("all"), .invertible("current"), .value("--patch")]
    }

    static func fast(_ arguments: FastArguments) throws -> CommentsCommand {
        guard arguments.positionals.count == 1 else { throw FastArguments.Unsupported() }
        var command = CommentsCommand()
        command.global = try .fast(arguments)
        command.output = try .fast(arguments)
        command.cache = try .fast(arguments)
        command.all = arguments.flag("all")
        command.current = arguments.flag("current")
        command.patch = try arguments.int("patch")
        command.change = arguments.positionals[0]
        try command.validate()
        return command
    }
}
