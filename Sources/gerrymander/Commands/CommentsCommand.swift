import ArgumentParser
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
        let trimmed = change.trimmingCharacters(in: .whitespaces)
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
        let processEnvironment = ProcessInfo.processInfo.environment
        let useColor = output.usesColor(isTTY: standardOutputIsTerminal(), environment: processEnvironment)
        let text: String
        if output.mode == .text {
            text = CommentsTextLayout(now: environment.now, color: useColor).render(threads)
        } else {
            text = render(threads.report, context: RenderContext(now: environment.now, mode: output.mode))
        }
        Pager.show(text, environment: processEnvironment)
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

/// The text layout of `comments`: per patch set, each comment with author, time and place,
/// paragraphs wrapped at 78 cells and kept apart.
struct CommentsTextLayout {
    var now: Date
    var color: Bool
    var width = 78

    func render(_ threads: CommentThreads) -> String {
        var lines: [String] = []
        var head = "Change \(threads.changeNumber)"
        if let url = threads.url { head += " " + sanitizeLine(url) }
        if let id = threads.changeId { head += " (" + sanitizeLine(id) + ")" }
        lines.append(paint(head, .heading))
        if let subject = threads.subject { lines.append("  " + sanitizeLine(subject)) }
        var facts: [String] = []
        if let project = threads.project { facts.append(sanitizeLine(project)) }
        facts.append(threads.unresolvedCount == 1 ? "1 unresolved comment" : "\(threads.unresolvedCount) unresolved comments")
        lines.append("  " + facts.joined(separator: " · "))
        for thread in threads.patchSets {
            lines.append("")
            lines += patchSetLines(thread)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func patchSetLines(_ thread: PatchSetThread) -> [String] {
        var head = "Patch set \(thread.number)"
        if let revision = thread.revision { head += " (" + sanitizeLine(String(revision.prefix(12))) + ")" }
        var uploaded: [String] = []
        if let uploader = thread.uploader { uploaded.append("by " + sanitizeLine(uploader.displayName)) }
        if let created = thread.createdOn { uploaded.append(ago(created)) }
        if !uploaded.isEmpty { head += " · uploaded " + uploaded.joined(separator: ", ") }
        if thread.isCurrent { head += " · current" }
        var lines = [paint(head, .heading)]
        if !thread.ci.results.isEmpty {
            let results = thread.ci.results.map { result in
                sanitizeLine(result.bot) + " " + paint(result.status.symbol, result.status.tone)
            }
            lines.append("  CI: " + results.joined(separator: "  "))
        }
        if thread.entries.isEmpty {
            lines.append("")
            lines.append("  " + paint("No comments", .muted))
        }
        for entry in thread.entries {
            lines.append("")
            lines += entryLines(entry)
        }
        if thread.hiddenBotEntries > 0 {
            lines.append("")
            let count = thread.hiddenBotEntries == 1 ? "1 bot comment" : "\(thread.hiddenBotEntries) bot comments"
            lines.append("  " + paint("(\(count) hidden; --all shows them)", .muted))
        }
        return lines
    }

    private func entryLines(_ entry: CommentEntry) -> [String] {
        let indent = entry.kind == .inline ? "    " : "  "
        var head: String
        switch entry.kind {
        case .message:
            head = paint(sanitizeLine(entry.authorName), .name)
            if let username = entry.author?.username, username != entry.authorName {
                head += " (" + sanitizeLine(username) + ")"
            }
            if let time = entry.timestamp { head += " · " + ago(time) }
            if let summary = entry.summary { head += ": " + sanitizeLine(summary) }
        case .inline:
            head = sanitizeLine(entry.location ?? "")
            if entry.unresolved == true { head += " " + paint("[unresolved]", .warning) }
        }
        var lines = [indent + head]
        let bodyIndent = indent + "  "
        for (index, paragraph) in entry.paragraphs.enumerated() {
            if index > 0 { lines.append("") }
            for line in sanitizeMultiline(paragraph).split(separator: "\n", omittingEmptySubsequences: false) {
                lines += wordWrap(String(line), width: width - bodyIndent.count).map { bodyIndent + $0 }
            }
        }
        return lines
    }

    private func ago(_ date: Date) -> String {
        let age = relativeAge(of: date, now: now)
        return age == "just now" ? age : age + " ago"
    }

    private func paint(_ text: String, _ tone: CellTone?) -> String {
        colorize(text, tone: tone, color: color)
    }

}
