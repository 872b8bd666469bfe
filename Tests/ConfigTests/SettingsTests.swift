import Foundation
import Testing
@testable import Config

@Suite struct SettingsTests {
    /// The complete example of spec §4, with the keyfile line pointing into the fake home.
    static let specExample = """
    [server]
    hostname = review.openstack.org
    port = 29418
    username = berrange
    keyfile = /home/berrange/.ssh/id_rsa
    # remote = gerrit          # alternative: take host/user/port from this git remote

    [cache]
    directory = ~/.gerrymander.d/cache
    shortlifetime = 300
    longlifetime = 86400

    [organization]
    teams = core
    groups = nova, neutron
    bots = jenkins, turbo-hipster, hyper-v-ci, citrix_xenserver_ci

    [group-nova]
    projects = openstack/nova, openstack/python-novaclient, openstack/nova-specs
    team-core = danms, russellb, berrange, johngarbutt

    [group-neutron]
    projects = openstack/neutron, openstack/python-neutronclient
    team-core = arosen, amotoki, markmcclain

    [commands]
    aliases = changes-nova-specs, nova-todo

    [alias-changes-nova-specs]
    basecmd = changes
    help = Open nova-specs changes

    [alias-nova-todo]
    basecmd = todo-mine
    help = My nova todo list

    [command-changes]
    status = open
    branch = master
    field = url, branch, owner, subject:50, lastUpdated, createdOn, approvals
    sort = createdOn

    [command-changes-nova-specs]
    project = openstack/nova-specs
    status = open
    field = url, owner, subject:60, lastUpdated, reviews
    sort = lastUpdated

    [command-nova-todo]
    group = nova
    color = true

    [command-patchreviewstats]
    group = nova
    days = 60

    [command-openreviewstats]
    group = nova
    branch = master
    days = 14
    """

    @Test func specExampleParsesToTheDocumentedValues() throws {
        let settings = try TestFiles.settings(Self.specExample)
        #expect(settings.server == ServerSettings(hostname: "review.openstack.org", port: 29418, username: "berrange",
                                                  keyfile: "/home/berrange/.ssh/id_rsa"))
        #expect(settings.cache == CacheSettings(directory: "/home/tester/.gerrymander.d/cache",
                                                shortLifetime: 300, longLifetime: 86400))
        #expect(settings.organization == OrganizationSettings(
            teams: ["core"], groups: ["nova", "neutron"],
            bots: ["jenkins", "turbo-hipster", "hyper-v-ci", "citrix_xenserver_ci"]))
        #expect(settings.groups.map(\.name) == ["nova", "neutron"])
        #expect(settings.projects(forGroup: "nova") == ["openstack/nova", "openstack/python-novaclient", "openstack/nova-specs"])
        #expect(settings.group("neutron")?.teams == ["core": ["arosen", "amotoki", "markmcclain"]])
        #expect(settings.aliases == [
            AliasSettings(name: "changes-nova-specs", baseCommand: "changes", help: "Open nova-specs changes",
                          location: TestFiles.configLocation.at(line: 30)),
            AliasSettings(name: "nova-todo", baseCommand: "todo-mine", help: "My nova todo list",
                          location: TestFiles.configLocation.at(line: 34)),
        ])
        #expect(settings.commandDefaults.map(\.command)
                == ["changes", "changes-nova-specs", "nova-todo", "patchreviewstats", "openreviewstats"])
        #expect(settings.commandDefaultsSection("patchreviewstats")?.value("days")?.value == "60")
        #expect(settings.commandDefaultsSection("changes")?.value("field")?.list.count == 7)
        #expect(settings.warnings.isEmpty)
        #expect(settings.tui == TUISettings())
    }

    @Test func emptyFileGivesTheDefaults() throws {
        let settings = try TestFiles.settings("")
        #expect(settings.server.hostname == "review")
        #expect(settings.server.port == 29418)
        #expect(settings.server.username == nil)
        #expect(settings.server.transport == .libssh2)
        #expect(settings.server.hostKey == .strict)
        #expect(settings.server.connectTimeout == 10)
        #expect(settings.cache.directory == "/home/tester/.gerrymander.d/cache")
        #expect(settings.cache.shortLifetime == 300)
        #expect(settings.cache.longLifetime == 86400)
        #expect(settings.tui.theme == "default")
        #expect(settings.tui.tabs == TUISettings.defaultTabs)
    }

    @Test func badPortNamesFileLineSectionAndKey() {
        let error = TestFiles.error("[server]\nhostname = h\nport = 29x18\n")
        #expect(error?.description == "~/.gerrymander:3: [server] port: \"29x18\" is not a number")
        #expect(error?.file == "/home/tester/.gerrymander")
        #expect(error?.line == 3)
        #expect(error?.section == "server")
        #expect(error?.key == "port")
        #expect(error?.message == "\"29x18\" is not a number")
    }

    @Test func portOutOfRangeIsAnError() {
        #expect(TestFiles.error("[server]\nport = 70000\n")?.description
                == "~/.gerrymander:2: [server] port: 70000 is not a valid port (1-65535)")
    }

    @Test func booleansAcceptTheUsualWordsInAnyCase() throws {
        for (word, expected) in [("1", true), ("YES", true), ("True", true), ("on", true),
                                 ("0", false), ("no", false), ("FALSE", false), ("Off", false)] {
            #expect(try TestFiles.settings("[tui]\nbell = \(word)\n").tui.bell == expected)
        }
    }

    @Test func badBooleanIsAnError() {
        #expect(TestFiles.error("[tui]\n\nbell = maybe\n")?.description
                == "~/.gerrymander:3: [tui] bell: \"maybe\" is not a boolean (use yes/no, true/false, on/off or 1/0)")
    }

    @Test func badChoiceListsTheChoices() {
        #expect(TestFiles.error("[server]\ntransport = telnet\n")?.description
                == "~/.gerrymander:2: [server] transport: \"telnet\" is not one of: libssh2, openssh")
        #expect(TestFiles.error("[tui]\nlayout = tall\n")?.message == "\"tall\" is not one of: auto, wide, narrow")
    }

    @Test func ourServerAdditionsAreRead() throws {
        let settings = try TestFiles.settings("[server]\ntransport = OpenSSH\nhostkey = accept-new\nconnect-timeout = 30\n")
        #expect(settings.server.transport == .openssh)
        #expect(settings.server.hostKey == .acceptNew)
        #expect(settings.server.connectTimeout == 30)
    }

    @Test func tuiSectionIsRead() throws {
        let settings = try TestFiles.settings("""
        [tui]
        theme = solarized
        layout = narrow
        bell = on
        refresh = 0
        mouse = no
        show-bots = yes
        tabs = mine, , nova-todo,
        """)
        #expect(settings.tui == TUISettings(theme: "solarized", layout: .narrow, bell: true, refresh: 0,
                                            mouse: false, showBots: true, tabs: ["mine", "nova-todo"]))
    }

    @Test func pathsExpandTilde_bug9_10() throws {
        let settings = try TestFiles.settings("[cache]\ndirectory = ~/cache\n[server]\nkeyfile = ~/.ssh/id\n")
        #expect(settings.cache.directory == "/home/tester/cache")
        #expect(settings.server.keyfile == "/home/tester/.ssh/id")
    }

    /// §9.10: a missing keyfile was silently dropped.
    @Test func missingKeyfileIsAnErrorThatNamesIt_bug9_10() throws {
        let home = try TestFiles.scratchDirectory()
        defer { TestFiles.cleanUp(home) }
        let config = home.appendingPathComponent(".gerrymander")
        try "[server]\nusername = me\nkeyfile = ~/.ssh/nope\n".write(to: config, atomically: true, encoding: .utf8)
        do {
            _ = try Settings.load(path: "~/.gerrymander", home: home.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "~/.gerrymander:3: [server] keyfile: key file \"~/.ssh/nope\" does not exist")
        }
        // Once the key exists, the same file loads.
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".ssh"), withIntermediateDirectories: true)
        try "key".write(to: home.appendingPathComponent(".ssh/nope"), atomically: true, encoding: .utf8)
        let settings = try Settings.load(path: "~/.gerrymander", home: home.path)
        #expect(settings.server.keyfile == home.path + "/.ssh/nope")
    }

    @Test func missingFileGivesDefaults() throws {
        let home = try TestFiles.scratchDirectory()
        defer { TestFiles.cleanUp(home) }
        let settings = try Settings.load(path: "~/.gerrymander", home: home.path)
        #expect(settings.server.hostname == "review")
        #expect(settings.source?.displayFile == "~/.gerrymander")
        #expect(settings.document == nil)
    }

    @Test func directoryInsteadOfFileIsAnError() throws {
        let home = try TestFiles.scratchDirectory()
        defer { TestFiles.cleanUp(home) }
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".gerrymander"), withIntermediateDirectories: true)
        #expect(throws: ConfigError(location: ConfigLocation(file: home.path + "/.gerrymander", displayFile: "~/.gerrymander", line: 0),
                                    message: "is a directory, not a file")) {
            try Settings.load(path: "~/.gerrymander", home: home.path)
        }
    }

    @Test func invalidUTF8IsAnErrorAtItsLine() throws {
        let home = try TestFiles.scratchDirectory()
        defer { TestFiles.cleanUp(home) }
        var data = Data("[server]\nhostname = ".utf8)
        data.append(contentsOf: [0xFF, 0xFE, 0x0A])
        try data.write(to: home.appendingPathComponent("conf"))
        do {
            _ = try Settings.load(path: home.path + "/conf", home: home.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "~/conf:2: is not valid UTF-8 text")
        }
    }

    @Test func unreadableFileIsAnErrorNamingThePath() throws {
        let home = try TestFiles.scratchDirectory()
        defer { TestFiles.cleanUp(home) }
        let file = home.appendingPathComponent("locked")
        try "[server]\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path) }
        // root reads anything, so there the same file must simply load.
        if FileManager.default.isReadableFile(atPath: file.path) {
            #expect(try Settings.load(path: file.path, home: home.path).server.hostname == "review")
            return
        }
        do {
            _ = try Settings.load(path: file.path, home: home.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "~/locked: cannot be read: permission denied")
        }
    }

    @Test func unknownSectionsAndKeysAreWarningsWithLines() throws {
        let settings = try TestFiles.settings("""
        [server]
        hostname = h
        colour = red
        [servre]
        a = 1
        [group-nova]
        projects = a
        lead = x
        [alias-orphan]
        basecmd = changes
        """)
        #expect(settings.warnings.map(\.description) == [
            "~/.gerrymander:3: [server] colour: unknown key (ignored)",
            "~/.gerrymander:4: [servre] unknown section (ignored)",
            "~/.gerrymander:8: [group-nova] lead: unknown key (ignored); expected projects or team-NAME",
            "~/.gerrymander:9: [alias-orphan] alias \"orphan\" is not listed in [commands] aliases (ignored)",
        ])
        #expect(settings.server.hostname == "h")
    }

    @Test func aliasWithoutSectionOrBasecmdIsAnError() {
        #expect(TestFiles.error("[commands]\naliases = x\n")?.description
                == "~/.gerrymander:2: [commands] aliases: alias \"x\" has no [alias-x] section")
        #expect(TestFiles.error("[commands]\naliases = x\n[alias-x]\nhelp = h\n")?.description
                == "~/.gerrymander:3: [alias-x] basecmd: missing: name the command this alias is based on")
    }

    @Test func aliasHelpDefaultsToItsBase() throws {
        let settings = try TestFiles.settings("[commands]\naliases = x\n[alias-x]\nbasecmd = changes\n")
        #expect(settings.alias("x")?.help == "Alias for changes")
    }

    @Test func aliasInheritsBaseCommandDefaultsAndOverridesThem() throws {
        let settings = try TestFiles.settings(Self.specExample + """

        [commands]
        aliases = changes-nova-specs, nova-todo, specs-short
        [alias-specs-short]
        basecmd = changes-nova-specs
        help = Short
        [command-specs-short]
        limit = 5
        """)
        let specs = settings.commandDefaults(for: "changes-nova-specs")
        #expect(specs["project"]?.value == "openstack/nova-specs")
        #expect(specs["branch"]?.value == "master")            // from [command-changes]
        #expect(specs["sort"]?.value == "lastUpdated")          // the alias's own wins
        #expect(specs["sort"]?.location.line == 47)
        let short = settings.commandDefaults(for: "specs-short")
        #expect(short["limit"]?.value == "5")
        #expect(short["project"]?.value == "openstack/nova-specs")
        #expect(short["branch"]?.value == "master")
        #expect(settings.resolvedCommand("specs-short") == "changes")
        #expect(settings.commandDefaults(for: "watch").isEmpty)
    }

    @Test func aliasLoopsDoNotHang() throws {
        let settings = try TestFiles.settings("""
        [commands]
        aliases = a, b
        [alias-a]
        basecmd = b
        [alias-b]
        basecmd = a
        [command-a]
        x = 1
        """)
        #expect(settings.resolvedCommand("a") == nil)
        #expect(settings.commandDefaults(for: "a")["x"]?.value == "1")
    }

    @Test func validateAliasesReportsUnknownBaseAndClashes() throws {
        let settings = try TestFiles.settings("""
        [commands]
        aliases = mine2, changes, later
        [alias-mine2]
        basecmd = todo-mnie
        [alias-changes]
        basecmd = todo-mine
        [alias-later]
        basecmd = mine2
        """)
        let errors = settings.validateAliases(builtinCommands: ["changes", "todo-mine", "watch"])
        #expect(errors.map(\.description) == [
            "~/.gerrymander:4: [alias-mine2] basecmd: unknown base command \"todo-mnie\" (did you mean \"todo-mine\"?)",
            "~/.gerrymander:6: [alias-changes] \"changes\" is already a built-in command",
        ])
    }

    @Test func botsTeamsAndGroupQueries() throws {
        let settings = try TestFiles.settings(Self.specExample)
        #expect(settings.organization.bots.contains("jenkins"))
        #expect(settings.organization.bots.contains("hyper-v-ci"))
        #expect(!settings.organization.bots.contains("berrange"))
        #expect(settings.team(for: "berrange") == "core")
        #expect(settings.team(for: "nobody") == nil)
        #expect(settings.members(ofTeam: "core", inGroup: "neutron") == ["arosen", "amotoki", "markmcclain"])
        #expect(settings.allGroupProjects == [
            "openstack/nova", "openstack/python-novaclient", "openstack/nova-specs",
            "openstack/neutron", "openstack/python-neutronclient",
        ])
        #expect(settings.projects(forGroup: "unknown") == [])
    }

    @Test func memberwiseInitBuildsDemoSettings() {
        let settings = Settings(
            server: ServerSettings(hostname: "demo", username: "jaypipes"),
            cache: CacheSettings(directory: "/tmp/demo-cache"),
            organization: OrganizationSettings(groups: ["nova"], bots: ["Zuul"]),
            groups: [GroupSettings(name: "nova", projects: ["nova"], teams: ["core": ["jaypipes"]])])
        #expect(settings.organization.bots == ["Zuul"])
        #expect(settings.allGroupProjects == ["nova"])
        #expect(settings.team(for: "jaypipes") == "core")
    }

    @Test func listsTrimAndDropEmpties() throws {
        let settings = try TestFiles.settings("[organization]\nbots = , jenkins ,,zuul,  \n")
        #expect(settings.organization.bots == ["jenkins", "zuul"])
    }

    @Test func homeIsShownAsTilde() {
        #expect(DisplayPath.abbreviate("/home/tester/.gerrymander", home: "/home/tester/") == "~/.gerrymander")
        #expect(DisplayPath.abbreviate("/home/testers/x", home: "/home/tester") == "/home/testers/x")
        #expect(DisplayPath.expand("~", home: "/home/tester") == "/home/tester")
        #expect(DisplayPath.expand("~other/x", home: "/home/tester") == "~other/x")
    }

    @Test func defaultSectionFeedsInterpolationWithoutWarnings() throws {
        let settings = try TestFiles.settings("""
        [DEFAULT]
        org = openstack
        [group-nova]
        projects = %(org)s/nova, %(org)s/nova-specs
        [server]
        username = %(org)s-bot
        """)
        #expect(settings.projects(forGroup: "nova") == ["openstack/nova", "openstack/nova-specs"])
        #expect(settings.server.username == "openstack-bot")
        #expect(settings.warnings.isEmpty)
    }

    @Test func configValueGivesTheLocationOfAnyKey() throws {
        let settings = try TestFiles.settings("[tui]\n\ntheme = nope\n")
        #expect(settings.configValue("THEME", in: "tui")?.location.description == "~/.gerrymander:3")
        #expect(settings.configValue("bell", in: "tui") == nil)
    }

    @Test func percentKeyIsWrittenDoubled() throws {
        let settings = try TestFiles.settings("[keys]\nsearch = %%\n")
        #expect(settings.keys.keys(for: "search") == ["%"])
        #expect(TestFiles.error("[keys]\nsearch = %\n")?.line == 2)
    }
}
