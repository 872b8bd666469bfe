import Output
import Testing

@Suite struct ColorModeTests {
    @Test func autoColoursOnlyATerminalWithoutNoColor() {
        #expect(ColorMode.auto.resolve(isTTY: true, environment: ["TERM": "xterm-256color"]))
        #expect(!ColorMode.auto.resolve(isTTY: false, environment: [:]))
        #expect(!ColorMode.auto.resolve(isTTY: true, environment: ["NO_COLOR": "1"]))
        #expect(ColorMode.auto.resolve(isTTY: true, environment: ["NO_COLOR": ""]), "empty NO_COLOR counts as unset")
        #expect(!ColorMode.auto.resolve(isTTY: true, environment: ["TERM": "dumb"]))
    }

    @Test func alwaysAndNeverIgnoreTheTerminal() {
        #expect(ColorMode.always.resolve(isTTY: false, environment: ["NO_COLOR": "1"]))
        #expect(!ColorMode.never.resolve(isTTY: true, environment: [:]))
    }
}
