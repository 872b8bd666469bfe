import Config
import Foundation
import GerritModel
import GerritRemote
import GerritSim
import GerritTestSupport
import Reports
import Store
import Testing
import TerminalText
import TUI

/// The TUI's comments pane and `gerrymander comments` show one review model: for every change
/// of the demo dataset and every change row of the real Gerrit samples, the pane (reached the
/// way the app reaches it: store state, selector, screen model, pane model) and the CLI's
/// report (the values `comments -m json` prints) list the same human comments, the same CI
/// verdict per patch set and the same unresolved count.
@Suite("Comments: the TUI pane and the CLI report agree")
struct CommentsAgreementTests {
    static let now = Date(timeIntervalSince1970: 1_764_000_000)

    /// One comment as both sides can state it: the text is the votes line and the paragraphs.
    struct Comment: Hashable, CustomStringConvertible {
        var patchSet: Int
        var kind: String
        var author: String
        var isBot: Bool
        var time: Date?
        var location: String
        var isUnresolved: Bool
        var text: String

        var description: String { "PS\(patchSet) \(kind) \(author) \(location): \(text.prefix(40))" }
    }

    /// What a patch set's header says.
    struct PatchSetFacts: Hashable {
        var number: Int
        var ci: String
        var hiddenBots: Int
        var unresolved: Int
    }

    struct View: Hashable {
        var unresolved: Int
        var patchSets: [PatchSetFacts]
        var comments: [Comment]
    }

    // MARK: The two paths

    /// What `comments` reports, read from its report the way JSON, XML and CSV print it.
    static func cli(_ change: Change, settings: Settings, all: Bool) throws -> View {
        let threads = CommentThreads(change: change, options: CommentThreads.Options(settings: settings, includeBots: all))
        let parts = threads.report.parts
        guard parts.count == 3, case .list(let head) = parts[0], case .table(let patchSets) = parts[1],
              case .table(let comments) = parts[2] else {
            throw TestSupportError("the comments report changed shape")
        }
        func int(_ cell: ReportCell) -> Int { if case .int(let value) = cell.value { value } else { -1 } }
        func text(_ cell: ReportCell) -> String { if case .text(let value) = cell.value { value } else { "" } }
        func date(_ cell: ReportCell) -> Date? { if case .date(let value) = cell.value { value } else { nil } }
        let unresolved = head.entries.first { $0.key == "unresolved" }.map { int($0.cell) } ?? -1
        return View(
            unresolved: unresolved,
            patchSets: patchSets.rows.map { row in
                PatchSetFacts(number: int(row["patchSet"]), ci: sanitizeLine(text(row["ci"])),
                              hiddenBots: int(row["hiddenBotComments"]), unresolved: int(row["unresolved"]))
            },
            comments: comments.rows.map { row in
                Comment(patchSet: int(row["patchSet"]), kind: text(row["kind"]), author: sanitizeLine(text(row["author"])),
                        isBot: text(row["bot"]) == "yes", time: date(row["timestamp"]),
                        location: sanitizeLine(text(row["location"])), isUnresolved: text(row["unresolved"]) == "yes",
                        text: sanitizeMultiline(text(row["text"])))
            })
    }

    /// What the comments pane shows, reached as the app reaches it: bots hidden, then shown (`b`).
    static func tui(_ change: Change, settings: Settings) throws -> (hidden: View, shown: View) {
        let tab = TabSpec(id: "all", title: "All", query: .raw("status:open OR status:closed"))
        var state = AppState(serverName: "demo", user: "demo", tabs: [tab],
                             classifierSettings: ClassifierSettings(settings: settings, me: "demo"), now: now)
        _ = reduce(&state, .queryFinished(tab.queryID, [change], at: now))
        _ = reduce(&state, .commandInvoked(.open))
        _ = reduce(&state, .changeDetailLoaded(change, at: now))
        _ = reduce(&state, .paneClicked(.comments))
        let hidden = try view(TriageModel(state: state), of: change)
        _ = reduce(&state, .commandInvoked(.toggleBots))
        return (hidden, try view(TriageModel(state: state), of: change))
    }

    /// The pane of a screen model, stated as the report states it.
    static func view(_ model: TriageModel, of change: Change) throws -> View {
        guard model.detail?.number == change.number, let threads = model.comments else {
            throw TestSupportError("change \(change.number) did not reach the comments pane")
        }
        let pane = CommentsPane(threads)
        // The pane lists newest first; the report oldest first.
        let patchSets = pane.patchSets.reversed()
        return View(
            unresolved: pane.unresolvedCount,
            patchSets: patchSets.map { patchSet in
                PatchSetFacts(number: patchSet.number, ci: patchSet.ci.map { "\($0.bot) \($0.status.symbol)" }.joined(separator: " "),
                              hiddenBots: patchSet.hiddenBots, unresolved: patchSet.unresolved)
            },
            comments: patchSets.flatMap { patchSet in
                patchSet.comments.map { comment in
                    let body = comment.lines.joined(separator: "\n")
                    let text = [comment.votes, body].filter { !$0.isEmpty }.joined(separator: "\n\n")
                    return Comment(patchSet: patchSet.number, kind: comment.kind.rawValue, author: comment.author,
                                   isBot: comment.isBot, time: comment.time, location: comment.location ?? "",
                                   isUnresolved: comment.isUnresolved, text: text)
                }
            })
    }

    /// Both paths, bots hidden (the default) and shown (`--all`, `b`).
    static func expectAgreement(_ change: Change, settings: Settings, source: String) throws {
        let tui = try tui(change, settings: settings)
        for (all, pane) in [(false, tui.hidden), (true, tui.shown)] {
            let cli = try cli(change, settings: settings, all: all)
            let label = "\(source) change \(change.number)\(all ? " with bots" : "")"
            #expect(pane.unresolved == cli.unresolved, "\(label): unresolved count")
            #expect(pane.patchSets == cli.patchSets, "\(label): CI verdicts and counts per patch set")
            #expect(pane.comments == cli.comments, "\(label): comments")
        }
        #expect(!tui.hidden.comments.contains { $0.isBot }, "\(source) change \(change.number): a bot's comment among the humans'")
    }

    // MARK: The data

    /// The demo dataset's settings: its bots, as `--demo` configures them.
    static func demoSettings(_ dataset: SimDataset) -> Settings {
        var settings = Settings.defaults(home: "/nonexistent")
        settings.organization.bots = dataset.botIndexes.map { dataset.accounts[$0].username }
        return settings
    }

    @Test("Every change of the demo dataset, bots hidden and shown")
    func demo() async throws {
        let server = GerritSimServer(now: Self.now)
        let settings = Self.demoSettings(await server.dataset)
        let changes = try await SimulatedService(server: server).changes(
            matching: .raw("status:open OR status:closed"),
            options: QueryOptions(currentPatchSet: true, patchSets: true, allApprovals: true, comments: true))
        #expect(changes.count == 320)
        // The dataset has what the rules are about: uploads, bots, inline comments, CI verdicts.
        #expect(changes.contains { $0.comments.contains { $0.message.hasPrefix("Uploaded patch set") } })
        #expect(changes.contains { $0.patchSets.contains { !$0.comments.isEmpty } })
        for change in changes {
            try Self.expectAgreement(change, settings: settings, source: "demo")
            // Long and CPU-bound: let the suite's other async tests have the two pool threads too.
            await Task.yield()
        }
    }

    @Test("Every change row of the real Gerrit samples")
    func realSamples() throws {
        var settings = Settings.defaults(home: "/nonexistent")
        settings.organization.bots = ["jenkins", "zuul", "Qt Sanity Bot"]
        var seen = 0
        for file in try RealGerritSamples.allFiles() where file.hasPrefix("query-") {
            let decoder = GerritLineDecoder(source: file)
            for case .success(.change(let change)) in decoder.queryRows(in: try RealGerritSamples.data(file)) {
                seen += 1
                try Self.expectAgreement(change, settings: settings, source: file)
            }
        }
        #expect(seen >= 8)
    }
}
