import ArgumentParser
import Config
import Foundation
import GerritClient
import GerritModel
import GerritSim
import Output
import Reports

// Shared by the stats, comments and watch commands until the shared ReportOptions and
// ClientProvider (branch `todo`) land; then these give way to them.

/// `-m`, `--color`, `-l`, `--sort`, `--field`, `--no-cache`, `--refresh`: how a report is shown.
struct ReportOutputOptions: ParsableArguments {
    @Option(name: [.customShort("m"), .customLong("mode")], help: "Output mode: text, json, xml or csv.")
    var mode: String = "text"

    @Flag(name: .customLong("color"), inversion: .prefixedNo,
          help: "Colour text output (default: only on a terminal, unless NO_COLOR is set).")
    var color: Bool?

    @Option(name: [.customShort("l"), .customLong("limit")], help: "Show at most N rows in each table.")
    var limit: Int?

    @Option(help: ArgumentHelp("Sort rows by column KEY; KEY:rev sorts descending.", valueName: "KEY[:rev]"))
    var sort: String?

    @Option(help: ArgumentHelp("Show column KEY (repeatable, in this order), cut at WIDTH cells.", valueName: "KEY[:WIDTH]"))
    var field: [String] = []

    @Flag(name: .customLong("no-cache"), help: "Do not use the query cache.")
    var noCache = false

    @Flag(help: "Refresh the query cache.")
    var refresh = false

    /// The `-m` choice, or a usage error naming the modes.
    func outputMode() throws -> OutputMode {
        guard let mode = OutputMode(rawValue: mode) else {
            throw CLIError.usage("--mode: '\(mode)' is not one of text, json, xml, csv.")
        }
        return mode
    }

    /// Whether text output is coloured: `--color`/`--no-color`, else only on a terminal.
    var useColor: Bool {
        let choice: ColorMode = color.map { $0 ? .always : .never } ?? .auto
        return choice.resolve(isTTY: standardOutputIsTerminal(), environment: ProcessInfo.processInfo.environment)
    }

    /// `--field`, `--sort` and `--limit` as table options; `defaultLimit` applies without `-l`.
    func tableOptions(defaultLimit: Int? = nil) throws -> TableOptions {
        do {
            let fields = try field.map { try FieldSpec(parsing: $0) }
            return TableOptions(fields: fields, sort: sort.map(SortSpec.init(parsing:)), limit: limit ?? defaultLimit)
        } catch let error as TableOptionsError {
            throw CLIError.usage(error.description)
        }
    }

    /// Shapes `report` with the table options and renders it in the chosen mode to stdout.
    func print(_ report: Report, now: Date, defaultLimit: Int? = nil) throws {
        let shaped: Report
        do {
            shaped = try report.applying(tableOptions(defaultLimit: defaultLimit))
        } catch let error as TableOptionsError {
            throw CLIError.usage(error.description)
        }
        let text = render(shaped, context: RenderContext(now: now, color: useColor, mode: try outputMode()))
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// `-p`, `-g`, `--all-groups`: which projects a command looks at.
struct ProjectSelectionOptions: ParsableArguments {
    @Option(name: [.customShort("p"), .customLong("project")], help: "Gather information for PROJECT (repeatable).")
    var project: [String] = []

    @Option(name: [.customShort("g"), .customLong("group")], help: "Gather information for the projects of GROUP (repeatable).")
    var group: [String] = []

    @Flag(name: .customLong("all-groups"), help: "Gather information for every group in [organization] groups.")
    var allGroups = false

    /// The chosen projects and the groups they came from.
    ///
    /// - Parameter required: Whether one of the three options must be given.
    /// - Throws: a usage error when more than one kind is given, when one is required and none is,
    ///   or when a group is unknown.
    func resolve(settings: Settings, required: Bool) throws -> (projects: [String], groups: [String]) {
        let kinds = [!project.isEmpty, !group.isEmpty, allGroups].filter { $0 }.count
        if kinds > 1 { throw CLIError.usage("--project, --group and --all-groups are mutually exclusive.") }
        if kinds == 0 {
            if required { throw CLIError.usage("one of --project, --group or --all-groups is required.") }
            return ([], [])
        }
        if !project.isEmpty { return (project, []) }
        let groups = allGroups ? settings.organization.groups : group
        var projects: [String] = []
        for name in groups {
            guard let found = settings.group(name) else {
                let known = settings.groups.map(\.name)
                throw CLIError.usage("unknown group '\(name)'" + (known.isEmpty ? "; the config defines none."
                                                                      : " (known: \(known.joined(separator: ", "))."))
            }
            projects += found.projects.filter { !projects.contains($0) }
        }
        if projects.isEmpty { throw CLIError.usage("the chosen groups list no projects.") }
        return (projects, groups)
    }
}

/// Settings, client and clock for one command run.
struct CommandEnvironment {
    var settings: Settings
    var client: GerritClient
    /// "Now" for ages and windows: `GERRYMANDER_NOW` (epoch seconds, for tests), else the clock.
    var now: Date
    /// The simulated server behind `--demo`, nil otherwise.
    var demoServer: GerritSimServer?

    /// "Now" from `GERRYMANDER_NOW` when set, else the wall clock.
    static func currentTime(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        guard let text = environment["GERRYMANDER_NOW"], !text.isEmpty else { return Date() }
        guard let seconds = Double(text) else {
            throw CLIError.usage("GERRYMANDER_NOW must be seconds since 1970, not '\(text)'.")
        }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Builds the environment; `realTimeEvents` paces the demo's event stream by the wall clock.
    static func make(global: GlobalOptions, realTimeEvents: Bool = false) async throws -> CommandEnvironment {
        let now = try currentTime()
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        var settings: Settings
        if global.demo && global.config == nil {
            settings = Settings.defaults(home: home)
        } else {
            let path = global.config.map { DisplayPath.expand($0, home: home) } ?? home + "/.gerrymander"
            do {
                settings = try Settings.load(path: path, home: home)
            } catch {
                throw CLIError.usage(error.description)
            }
        }
        guard global.demo else {
            throw CLIError.usage("talking to a real server lands with the transport issue; use --demo for now.")
        }
        let server = GerritSimServer(now: now)
        Self.addDemoOrganization(to: &settings, dataset: await server.dataset)
        let clock: any SimEventClock = realTimeEvents
            ? RealTimeEventClock(simulatedStart: now, wallStart: Date())
            : ImmediateEventClock()
        let client = GerritClient(transport: SimulatedTransport(server: server, user: "demo", clock: clock),
                                  serverName: "demo", user: "demo")
        return CommandEnvironment(settings: settings, client: client, now: now, demoServer: server)
    }

    /// The demo's bots, groups (nova, neutron) and core team, unless the config names its own.
    static func addDemoOrganization(to settings: inout Settings, dataset: SimDataset) {
        if settings.organization.bots.isEmpty {
            settings.organization.bots = dataset.accounts.filter(\.isBot).map(\.username)
        }
        guard settings.groups.isEmpty else { return }
        func group(_ name: String, _ projectNames: [String]) -> GroupSettings {
            let projects = dataset.projects.filter { projectNames.contains($0.name) }
            var cores: [String] = []
            for index in projects.flatMap(\.cores) where dataset.accounts.indices.contains(index) {
                let user = dataset.accounts[index].username
                if !cores.contains(user) { cores.append(user) }
            }
            return GroupSettings(name: name, projects: projects.map(\.name), teams: ["core": cores])
        }
        settings.groups = [
            group("nova", ["openstack/nova", "openstack/nova-specs"]),
            group("neutron", ["openstack/neutron", "openstack/neutron-specs"]),
        ]
        settings.organization.groups = ["nova", "neutron"]
        settings.organization.teams = ["core"]
    }

    /// The bots of the settings as a matcher.
    var bots: BotMatcher { BotMatcher(settings: settings) }

    /// Runs `query`, turning client failures into status-1 errors that name the server.
    func query(_ query: GerritQuery, options: QueryOptions) async throws -> [Change] {
        do {
            return try await client.query(query, options: options)
        } catch let error as GerritClientError {
            throw CLIError.server(error.description)
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.server("\(client.serverName): \(error)")
        }
    }

    /// Every change of each project (one query per project, as the original did for its cache).
    func changes(inProjects projects: [String], extra: [GerritQuery] = [], options: QueryOptions) async throws -> [Change] {
        var all: [Change] = []
        for project in projects {
            all += try await query(.and([.project(project)] + extra), options: options)
        }
        return all
    }
}
