import ArgumentParser
import Foundation
import GerritClient
import GerritModel
import GerritRemote
import Output
import Reports

/// `gerrymander diff CHANGE[,PS] [FILE…] [--base PS]`: the code of a patch set with the inline
/// comments under their lines.
struct DiffCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Display a patch set's diff with its inline comments.",
        discussion: """
        Fetches the patch set with git from the server (into a private repository under the \
        cache folder, reused next time) and prints its unified diff against its parent, or \
        against an earlier patch set with --base, each inline comment under its line. \
        Comments by bots ([organization] bots) are hidden unless --all. FILE arguments keep \
        only those files (a path or the end of one).
        Example: gerrymander --demo diff 1318,3 --base 1
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var cache: CacheOptions
    @Flag(inversion: .prefixedNo, help: "Keep comments by bots (--no-all hides them again).") var all = false
    @Option(help: ArgumentHelp("Compare with patch set N instead of the parent (0 is the parent).", valueName: "N"))
    var base: Int?
    @Argument(help: "The change and optionally its patch set: 1234 or 1234,3 (default: the newest).") var change: String
    @Argument(help: "Only these files.") var files: [String] = []

    func run() async throws {
        guard output.mode == .text else {
            throw CLIError.usage("diff prints a unified diff (text) only; -m \(output.mode.rawValue) is for the reports.")
        }
        let (reference, patchNumber) = try Self.parseTarget(change)
        if let base, base < 0 { throw CLIError.usage("--base takes a patch set number (0 for the parent), not \(base).") }
        let environment = try ReportEnvironment.make(global, cache: cache)
        defer { environment.client.close() }
        let options = QueryOptions(currentPatchSet: true, patchSets: true, allApprovals: false, files: true, comments: true)
        let found = try await environment.changes(matching: .and([.change(reference), .limit(1)]), options: options)
        guard let target = found.first else {
            throw CLIError.server("\(environment.client.serverName): no change matches '\(reference)'.")
        }
        let numbers = target.patchSets.map(\.number)
        let patchSet = patchNumber ?? target.latestPatchSet?.number ?? 1
        if !numbers.isEmpty, !numbers.contains(patchSet) {
            throw CLIError.usage("change \(target.number) has no patch set \(patchSet); it has \(numbers.map(String.init).joined(separator: ", ")).")
        }
        let diffBase: DiffBase = (base ?? 0) == 0 ? .parent : .patchSet(base ?? 0)
        if let number = diffBase.patchSetNumber, number >= patchSet {
            throw CLIError.usage("--base must be a patch set before \(patchSet), not \(number).")
        }
        let source = DiffSources.make(settings: environment.settings, client: environment.client,
                                       acceptNewHostKey: global.acceptNewHostKey)
        let isTerminal = standardOutputIsTerminal()
        let progress: @Sendable (String) -> Void = { text in
            if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8)) }
        }
        let patchDiff: PatchDiff
        do {
            patchDiff = try await source.diff(DiffRequest(change: target, patchSet: patchSet, base: diffBase), progress: progress)
        } catch let error as DiffSourceError {
            progress("")
            throw CLIError.server(error.description)
        }
        progress("")
        var shown = patchDiff
        if !files.isEmpty {
            shown.files = patchDiff.files.filter { file in files.contains { file.path == $0 || file.path.hasSuffix("/" + $0) } }
            if shown.files.isEmpty {
                throw CLIError.usage("none of \(files.joined(separator: ", ")) is in the diff of \(target.number),\(patchSet).")
            }
        }
        let (notes, hidden) = DiffNote.notes(of: target, patchSet: patchSet, base: diffBase,
                                             bots: BotMatcher(settings: environment.settings), includeBots: all)
        let document = DiffDocument(diff: shown, notes: notes, hiddenBots: hidden, layout: .unified)
        let terminal = TerminalOutput(isTerminal: isTerminal)
        terminal.show(DiffTextLayout(color: terminal.usesColor(output)).render(document, subject: target.subject))
    }

    /// `1234`, `1234,3` or a Change-Id (with `,PS` too).
    static func parseTarget(_ text: String) throws -> (String, Int?) {
        let parts = text.trimmingWhitespace().split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), CommentsCommand.isChangeReference(String(parts[0])) else {
            throw CLIError.usage("CHANGE must be a change number or Change-Id, optionally with ,PATCHSET (1234,3), not '\(text)'.")
        }
        guard parts.count == 2 else { return (String(parts[0]), nil) }
        guard let number = Int(parts[1]), number >= 1 else {
            throw CLIError.usage("the patch set after the comma must be a number (1234,3), not '\(parts[1])'.")
        }
        return (String(parts[0]), number)
    }
}
