import Config
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
}
