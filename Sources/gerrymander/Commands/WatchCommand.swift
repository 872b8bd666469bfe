import ArgumentParser
import Foundation
import GerritClient
import GerritModel
import Output
import Reports
import TerminalText

/// `gerrymander watch`: the live event stream, one readable entry per event.
struct WatchCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch incoming changes.",
        discussion: """
        Prints Gerrit's stream-events as they come: when, what happened, the change, who did \
        it and what changed (votes, new patch sets, merges…). Bots' comments are hidden unless \
        --all; what bots do to a change (merges, uploads) is always shown. A ref update that \
        repeats a new patch set or a merge is folded into it. \
        -m json prints one JSON object per line; csv one row per event; xml one <event> each.
        Example: gerrymander --demo watch -g nova
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var projects: ProjectOptions
    @Flag(inversion: .prefixedNo, help: "Keep comments by bots (--no-all hides them again).") var all = false
    @Option(name: .customLong("max-events"), help: .hidden) var maxEvents: Int?

    func run() async throws {
        let processEnvironment = ProcessInfo.processInfo.environment
        // A fixed GERRYMANDER_NOW (tests) means simulated time does not follow the wall clock.
        let fixedNow = processEnvironment[DemoEnvironment.nowVariable].map { !$0.isEmpty } ?? false
        // The demo's events arrive in real time, as on a live server (tests read them at once).
        let environment = try ReportEnvironment.make(global, realTimeEvents: !fixedNow)
        defer { environment.client.close() }
        let filter = EventFilter(projects: try projects.projects(settings: environment.settings), includeBots: all)
        let useColor = output.usesColor(isTTY: standardOutputIsTerminal(), environment: processEnvironment)
        var printer = WatchPrinter(mode: output.mode, color: useColor, now: environment.now)
        var folder = RefUpdateFolder()
        let bots = environment.bots
        write(printer.start())
        if isatty(STDERR_FILENO) != 0 && !global.quiet {
            // A quiet feed must not look like a hang.
            printError("watching \(environment.client.serverName) — Ctrl-C stops")
        }
        var shown = 0
        if let maxEvents, maxEvents <= 0 {
            write(printer.finish())
            return
        }
        for await update in environment.client.events() {
            switch update {
            case .event(let event):
                let summary = EventSummary(event: event, receivedAt: fixedNow ? environment.now : Date(), bots: bots)
                guard !folder.folds(summary), filter.accepts(summary) else { continue }
                write(printer.line(for: summary))
                shown += 1
                if let maxEvents, shown >= maxEvents {
                    write(printer.finish())
                    return
                }
            case .undecodable(let message):
                printError("gerrymander: skipped an event: \(message)")
            case .state(.offline(let reason)):
                write(printer.finish())
                throw CLIError.server("\(environment.client.serverName): event stream ended: \(reason)")
            case .state, .backfill:
                break
            }
        }
        write(printer.finish())
    }

    private func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
