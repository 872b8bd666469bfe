import Config
import Foundation
import GerritSim

/// What `--demo` needs besides the simulator: its clock and a config that fits its data.
enum DemoEnvironment {
    /// The demo user every `--demo` command runs as.
    static let user = "demo"
    /// Hidden: fixes "now" (epoch seconds) for ages and expiry, demo or not, so tests and goldens are reproducible.
    static let nowVariable = "GERRYMANDER_NOW"

    /// Hidden: live events per minute of the demo's feed (default 6); 0 quiets it, for the
    /// idle-CPU benchmark (Benchmarks/idle-cpu.sh).
    static let eventRateVariable = "GERRYMANDER_DEMO_EVENT_RATE"

    /// The demo feed's events per minute: `GERRYMANDER_DEMO_EVENT_RATE` when set to a number.
    static func eventRate() -> Double? {
        ProcessEnvironment.nonEmpty(eventRateVariable).flatMap { Double($0.trimmingWhitespace()) }
    }

    /// The dataset's "now": `GERRYMANDER_NOW` when set to a number, else the wall clock.
    static func now() -> Date {
        if let text = ProcessEnvironment.nonEmpty(nowVariable), let seconds = Double(text.trimmingWhitespace()) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }

    /// A config generated from the simulator's accounts and projects: user "demo", its bots, one
    /// group per project family (`nova` = nova + nova-specs) with the project cores as team
    /// `core`, and a sample alias `changes-nova-specs`.
    static func settings(home: String, now: Date) -> Settings {
        // Accounts and projects come before any change, so a change-less dataset has the same ones.
        let dataset = SimDataset.generate(changeCount: 0, now: now)
        var settings = Settings.defaults(home: home)
        settings.server = ServerSettings(hostname: "demo", username: user)
        settings.organization.bots = dataset.botIndexes.map { dataset.accounts[$0].username }
        settings.organization.teams = ["core"]
        var families: [String] = []
        var groups: [String: GroupSettings] = [:]
        for project in dataset.projects {
            let family = familyName(of: project.name)
            if groups[family] == nil {
                families.append(family)
                groups[family] = GroupSettings(name: family)
            }
            groups[family]?.projects.append(project.name)
            var core = groups[family]?.teams["core"] ?? []
            for index in project.cores where dataset.accounts.indices.contains(index) {
                let username = dataset.accounts[index].username
                if !core.contains(username) { core.append(username) }
            }
            groups[family]?.teams["core"] = core
        }
        settings.organization.groups = families
        settings.groups = families.compactMap { groups[$0] }
        let here = ConfigLocation(file: "", displayFile: "--demo config", line: 0)
        settings.aliases = [AliasSettings(name: "changes-nova-specs", baseCommand: "changes",
                                          help: "Open nova-specs changes (a sample alias of --demo)", location: here)]
        settings.commandDefaults = [CommandDefaults(command: "changes-nova-specs", values: [
            ConfigValue(section: "command-changes-nova-specs", key: "project", value: "openstack/nova-specs", location: here),
            ConfigValue(section: "command-changes-nova-specs", key: "status", value: "open", location: here),
        ])]
        settings.source = here
        return settings
    }

    /// Adapts a real config file to the demo: only `[server]` is replaced (by the simulator, as
    /// user "demo"); the simulator's bots join the file's, and groups come from the file, or
    /// from the demo when it has none. `[tui]`, `[keys]`, aliases and defaults stay the file's.
    static func overlay(_ file: Settings, home: String, now: Date) -> Settings {
        let demo = settings(home: home, now: now)
        var settings = file
        settings.server = demo.server
        for bot in demo.organization.bots where !settings.organization.bots.contains(bot) {
            settings.organization.bots.append(bot)
        }
        if settings.groups.isEmpty {
            settings.groups = demo.groups
            settings.organization.groups = demo.organization.groups
        }
        return settings
    }

    /// `openstack/nova-specs` → `nova`.
    static func familyName(of project: String) -> String {
        var name = project.split(separator: "/").last.map(String.init) ?? project
        for suffix in ["-specs", "client"] where name.hasSuffix(suffix) && name.count > suffix.count {
            name = String(name.dropLast(suffix.count))
        }
        if name.hasPrefix("python-") { name = String(name.dropFirst("python-".count)) }
        return name
    }
}
