import Config
import GerritTestSupport
import Testing
import TUI

@Suite("Themes become TUI styles")
struct PaletteTests {
    @Test("Colours and attributes map one to one")
    func mapping() {
        let theme = Theme(name: "t", styles: [
            .selection: ThemeStyle(fg: .named(.black), bg: .bright(.cyan), attributes: [.bold, .underline]),
            .text: ThemeStyle(fg: .indexed(208), bg: .rgb(red: 1, green: 2, blue: 3)),
        ])
        let palette = Palette(theme: theme)
        #expect(palette[.selection] == Style(foreground: .black, background: .brightCyan, attributes: [.bold, .underline]))
        #expect(palette[.text] == Style(foreground: .indexed(208), background: .rgb(1, 2, 3)))
        // Roles the theme leaves out fall back to text, as Config's Theme says.
        #expect(palette[.heading] == palette[.text])
    }

    @Test("The shipped default theme sets distinct vote colours")
    func shipped() {
        let palette = SampleData.palette
        #expect(palette[.votePositive] != palette[.voteNegative])
        #expect(palette[.selection] != palette[.text])
    }

    @Test("Every shipped theme loads, sets every role, and keeps the selection visible",
          arguments: ["default", "light", "solarized", "mono"])
    func everyTheme(name: String) throws {
        let themes = RepositoryPaths.root().appendingPathComponent("themes").path
        let theme = try ThemeLoader(directories: [themes], home: "/nonexistent").load(name)
        #expect(theme.missingRoles.isEmpty)
        let palette = Palette(theme: theme)
        #expect(palette[.selection] != palette[.text])
        #expect(palette[.tabActive] != palette[.tab])
        let screen = RootView.render(SampleData.model(), palette: palette, keymap: Keymap(), size: Size(width: 80, height: 24))
        #expect(screen.plainText()[3].contains("87329"))
    }

    @Test("The mono theme draws the list with attributes only")
    func mono() throws {
        let themes = RepositoryPaths.root().appendingPathComponent("themes").path
        let palette = Palette(theme: try ThemeLoader(directories: [themes], home: "/nonexistent").load("mono"))
        assertSnapshot(of: RootView.render(SampleData.model(), palette: palette, keymap: Keymap(), size: Size(width: 80, height: 24)),
                       named: "list-mono-80x24")
    }
}
