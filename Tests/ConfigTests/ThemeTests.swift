import Foundation
import Testing
@testable import Config

@Suite struct ThemeTests {
    let location = ConfigLocation(file: "/t/x.theme", line: 0)

    func parse(_ text: String) throws(ConfigError) -> ThemeFile {
        try ThemeFile.parse(text, location: location, fallbackName: "x")
    }

    func writeTheme(_ text: String, named name: String, in directory: URL) throws {
        try text.write(to: directory.appendingPathComponent("\(name).theme"), atomically: true, encoding: .utf8)
    }

    @Test func coloursParseInEveryForm() {
        #expect(ThemeColor(parsing: "default") == .default)
        #expect(ThemeColor(parsing: "Red") == .named(.red))
        #expect(ThemeColor(parsing: "bright-cyan") == .bright(.cyan))
        #expect(ThemeColor(parsing: "208") == .indexed(208))
        #expect(ThemeColor(parsing: "#fF8000") == .rgb(red: 255, green: 128, blue: 0))
        #expect(ThemeColor(parsing: "256") == nil)
        #expect(ThemeColor(parsing: "purple") == nil)
        #expect(ThemeColor(parsing: "#12345") == nil)
        #expect(ThemeColor.bright(.red).paletteIndex == 9)
        #expect(ThemeColor.rgb(red: 255, green: 0, blue: 0).paletteIndex == 196)
        #expect(ThemeColor.rgb(red: 0x0a, green: 0x0b, blue: 0x0c).description == "#0a0b0c")
    }

    @Test func stylesParseColoursAndAttributes() throws {
        let style = try ThemeStyle.parse("fg=red bg=default bold underline").get()
        #expect(style == ThemeStyle(fg: .named(.red), bg: .default, attributes: [.bold, .underline]))
        #expect(style.description == "fg=red bg=default bold underline")
        #expect(try ThemeStyle.parse("plain").get() == .plain)
        #expect(try ThemeStyle.parse("reverse dim italic").get().attributes == [.reverse, .dim, .italic])
    }

    @Test func themeFileReadsNameDescriptionInheritsAndRoles() throws {
        let file = try parse("""
        [theme]
        name = mine
        description = Mine
        inherits = default
        [roles]
        selection = fg=black bg=cyan bold
        vote-positive: fg=2
        """)
        #expect(file.name == "mine")
        #expect(file.description == "Mine")
        #expect(file.inherits == "default")
        #expect(file.styles[.selection] == ThemeStyle(fg: .named(.black), bg: .named(.cyan), attributes: .bold))
        #expect(file.styles[.votePositive]?.fg == .indexed(2))
    }

    @Test func unknownRoleIsAnErrorAtItsLine() {
        #expect(throws: ConfigError(location: location.at(line: 3), section: "roles", key: "selecton",
                                    message: "unknown role (did you mean \"selection\"?)")) {
            try parse("[roles]\ntext = plain\nselecton = bold\n")
        }
    }

    @Test func badColourIsAnErrorAtItsLine() {
        do {
            _ = try parse("[roles]\n\ntext = fg=purple\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("/t/x.theme:3: [roles] text: \"purple\" is not a colour"))
        }
        do {
            _ = try parse("[roles]\ntext = blink\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.hasPrefix("\"blink\" is not understood"))
        }
    }

    @Test func unknownThemeSectionIsAnError() {
        #expect(throws: ConfigError.self) { try parse("[colours]\ntext = plain\n") }
    }

    @Test func userDirectoryWinsAndInheritsLayersStyles() throws {
        let root = try TestFiles.scratchDirectory()
        defer { TestFiles.cleanUp(root) }
        let user = root.appendingPathComponent("user"), bundled = root.appendingPathComponent("bundled")
        for directory in [user, bundled] {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        try writeTheme("[theme]\ndescription = Base\n[roles]\ntext = fg=white\nerror = fg=red bold\n", named: "base", in: bundled)
        try writeTheme("[theme]\ndescription = Shadowed\n[roles]\ntext = fg=green\n", named: "mine", in: bundled)
        try writeTheme("[theme]\ndescription = Mine\ninherits = base\n[roles]\nerror = fg=magenta\n", named: "mine", in: user)
        let loader = ThemeLoader(directories: [user.path, bundled.path], home: root.path)
        let theme = try loader.load("mine")
        #expect(theme.name == "mine")
        #expect(theme.description == "Mine")
        #expect(theme[.error] == ThemeStyle(fg: .named(.magenta)))
        #expect(theme[.text] == ThemeStyle(fg: .named(.white)))
        // Roles nobody set fall back to text.
        #expect(theme[.bot] == ThemeStyle(fg: .named(.white)))
        #expect(loader.availableThemes().map(\.name) == ["base", "mine"])
        #expect(loader.availableThemes().last?.description == "Mine")
    }

    @Test func missingThemeSaysWhereItLooked() throws {
        let root = try TestFiles.scratchDirectory()
        defer { TestFiles.cleanUp(root) }
        try writeTheme("[roles]\ntext = plain\n", named: "only", in: root)
        let loader = ThemeLoader(directories: [root.path], home: root.path)
        let requested = ConfigLocation(file: "/h/.gerrymander", displayFile: "~/.gerrymander", line: 9)
        do {
            _ = try loader.load("nope", requestedAt: requested)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "~/.gerrymander:9: theme \"nope\" not found in ~; available: only")
        }
        #expect(throws: ConfigError.self) { try loader.load("../etc/passwd") }
    }

    @Test func inheritanceLoopIsAnError() throws {
        let root = try TestFiles.scratchDirectory()
        defer { TestFiles.cleanUp(root) }
        try writeTheme("[theme]\ninherits = b\n", named: "a", in: root)
        try writeTheme("[theme]\ninherits = a\n", named: "b", in: root)
        let loader = ThemeLoader(directories: [root.path], home: "/nonexistent")
        #expect(throws: ConfigError.self) { try loader.load("a") }
    }

    @Test func standardDirectoriesPutTheUserFirst() {
        #expect(ThemeLoader.standardDirectories(home: "/home/u", bundled: ["/usr/share/gerrymander/themes"])
                == ["/home/u/.config/gerrymander/themes", "/usr/share/gerrymander/themes"])
    }

    @Test func builtInThemeSetsEveryRole() {
        #expect(Theme.builtIn.missingRoles.isEmpty)
        #expect(Theme.builtIn[.selection].attributes.contains(.reverse))
    }
}
