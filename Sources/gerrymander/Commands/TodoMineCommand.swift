import ArgumentParser
import Foundation
import GerritModel
import Output
import Reports

/// `gerrymander todo-mine`: open changes I review whose current patch set still lacks my vote.
struct TodoMineCommand: AsyncParsableCommand, GlobalOptionsCarrier {
    static let configuration = CommandConfiguration(
        commandName: "todo-mine",
        abstract: "Open changes you review that have a new patch set waiting for your vote.",
        discussion: "Example: gerrymander --demo todo-mine -p openstack/nova"
    )

    @OptionGroup var global: GlobalOptions
    @Option(name: [.customShort("p"), .customLong("project")], help: "Only changes in PROJECT (repeatable).") var project: [String] = []
    @Option(help: "Only changes on BRANCH (repeatable).") var branch: [String] = []
    @Option(name: [.customShort("l"), .customLong("limit")], help: "Show at most N changes.") var limit: Int?
    @Option(name: [.customShort("m"), .customLong("mode")], help: "Output mode: text, json, xml or csv.") var mode: String = "text"

    func run() async throws {
        guard let outputMode = ["text": OutputMode.text, "json": .json, "xml": .xml, "csv": .csv][mode] else {
            throw CLIError.usage("--mode: '\(mode)' is not one of text, json, xml, csv.")
        }
        guard global.demo else {
            throw CLIError.usage("talking to a real server lands with the transport issue; use --demo for now.")
        }
        var parts: [GerritQuery] = [.status("open"), .reviewer("demo")]
        if !project.isEmpty { parts.append(.or(project.map(GerritQuery.project))) }
        if !branch.isEmpty { parts.append(.or(branch.map(GerritQuery.branch))) }
        let now = Date()
        let changes = try await DemoQuery.run(.and(parts), flags: ["--patch-sets", "--all-approvals", "--files"], now: now)
        let classifier = TodoClassifier(me: "demo", bots: ["zuul", "jenkins", "citrix_xenserver_ci", "vmware-nsx-ci", "hyper-v-ci"])
        var todo = changes.filter(classifier.isMine).sorted { ($0.createdOn ?? .distantPast) < ($1.createdOn ?? .distantPast) }
        if let limit { todo = Array(todo.prefix(limit)) }
        let report = Report.table(ChangesTable.make(todo, title: "Changes To Do List"))
        let text = render(report, context: RenderContext(now: now, color: false, mode: outputMode))
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
