import Foundation
import Testing
@testable import Config

/// The files shipped in the repository: every theme and the example config.
@Suite struct ShippedFilesTests {
    static let themesDirectory = TestFiles.repoRoot.appendingPathComponent("themes")

    @Test func everyShippedThemeLoadsAndSetsEveryRole() throws {
        let loader = ThemeLoader(directories: [Self.themesDirectory.path], home: "/nonexistent")
        let names = loader.availableThemes().map(\.name)
        #expect(Set(names).isSuperset(of: ["default", "light", "solarized", "mono"]))
        for name in names {
            let theme = try loader.load(name)
            #expect(theme.missingRoles.isEmpty, "\(name) leaves out \(theme.missingRoles.map(\.rawValue))")
            #expect(!theme.description.isEmpty, "\(name) has no description")
            // Selection must stand out from text in every theme.
            #expect(theme[.selection] != theme[.text], "\(name): selection looks like text")
        }
    }

    @Test func monoThemeUsesNoColour() throws {
        let theme = try ThemeLoader(directories: [Self.themesDirectory.path], home: "/nonexistent").load("mono")
        for role in ThemeRole.allCases {
            #expect(theme[role].fg == .default && theme[role].bg == .default, "mono sets a colour for \(role.rawValue)")
        }
    }

    @Test func exampleConfigParsesWithoutErrorsOrWarnings() throws {
        let path = TestFiles.repoRoot.appendingPathComponent("gerrymander.conf.example").path
        let settings = try Settings.load(path: path, home: "/home/berrange", checkKeyfile: false)
        #expect(settings.warnings.map(\.description) == [])
        #expect(settings.server.keyfile == "/home/berrange/.ssh/id_rsa")
        #expect(settings.organization.bots.contains("citrix_xenserver_ci"))
        #expect(settings.projects(forGroup: "nova") == ["openstack/nova", "openstack/python-novaclient", "openstack/nova-specs"])
        #expect(settings.aliases.map(\.name) == ["changes-nova-specs", "nova-todo"])
        #expect(settings.commandDefaults(for: "changes-nova-specs")["status"]?.value == "open")
        #expect(settings.tui.tabs.last == "nova-todo")
        #expect(settings.keys.keys(for: "quit") == ["q", "ctrl-c"])
        // Every section the schema knows appears in the example.
        let sections = Set(settings.document?.sectionNames ?? [])
        #expect(sections.isSuperset(of: ["server", "cache", "organization", "commands", "tui", "keys"]))
        // Every key the schema reads appears in the example.
        let server = Set(settings.document?.section("server")?.keys ?? [])
        #expect(server.isSuperset(of: ["hostname", "port", "username", "keyfile", "transport", "hostkey", "connect-timeout"]))
        let tui = Set(settings.document?.section("tui")?.keys ?? [])
        #expect(tui == ["theme", "layout", "bell", "refresh", "mouse", "show-bots", "tabs", "confirm-votes", "recheck",
                        "side-by-side-width"])
        #expect(settings.tui.sideBySideWidth == 160)
    }

    @Test func exampleConfigThemeExists() throws {
        let path = TestFiles.repoRoot.appendingPathComponent("gerrymander.conf.example").path
        let settings = try Settings.load(path: path, home: "/home/berrange", checkKeyfile: false)
        let loader = ThemeLoader(directories: [Self.themesDirectory.path], home: "/home/berrange")
        #expect(try loader.load(settings.tui.theme).name == "default")
    }
}

/// A plain clone must build and pass on its own: nothing the build, the tests or CI read may
/// live outside the repository (the design folder that sat beside it once did).
@Suite struct RepositoryStandsAloneTests {
    @Test func nothingRefersToAFolderBesideTheRepository() throws {
        let root = TestFiles.repoRoot
        var offenders: [String] = []
        var files = ["Makefile", "Package.swift"]
        for folder in ["Sources", "Tests", ".ci"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let path as String in walker { files.append(folder + "/" + path) }
        }
        for file in files {
            let url = root.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("../" + "shared") || line.contains("shared/" + "fixtures") {
                offenders.append("\(file):\(index + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders.isEmpty, "files that read outside the repository:\n\(offenders.joined(separator: "\n"))")
    }
}
