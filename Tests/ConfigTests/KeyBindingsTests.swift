import Testing
@testable import Config

@Suite struct KeyBindingsTests {
    let commands: Set<String> = ["quit", "move-down", "move-up", "toggle-bots"]
    let keyNames: Set<String> = ["enter", "esc", "down", "up", "ctrl-c", "space"]

    @Test func bindingsSplitAtCommasAndBlanks() throws {
        let settings = try TestFiles.settings("[keys]\nQuit = q, ctrl-c\nmove-down = j down\n")
        #expect(settings.keys.keys(for: "quit") == ["q", "ctrl-c"])
        #expect(settings.keys.keys(for: "move-down") == ["j", "down"])
        #expect(settings.keys.keys(for: "move-up") == nil)
        #expect(settings.keys.validate(commands: commands, keyNames: keyNames).isEmpty)
    }

    @Test func unknownKeyNameIsAnErrorAtItsLine() throws {
        let settings = try TestFiles.settings("[keys]\n\nquit = q, ctlr-c\n")
        let errors = settings.keys.validate(commands: commands, keyNames: keyNames)
        #expect(errors.map(\.description) == [
            "~/.gerrymander:3: [keys] quit: unknown key name \"ctlr-c\" (did you mean \"ctrl-c\"?)",
        ])
    }

    @Test func unknownCommandIsAnErrorAtItsLine() throws {
        let settings = try TestFiles.settings("[keys]\nqiut = q\nfrobnicate = x\nmove-up =\n")
        let errors = settings.keys.validate(commands: commands, keyNames: keyNames)
        #expect(errors.map(\.description) == [
            "~/.gerrymander:2: [keys] qiut: unknown command \"qiut\" (did you mean \"quit\"?)",
            "~/.gerrymander:3: [keys] frobnicate: unknown command \"frobnicate\"",
            "~/.gerrymander:4: [keys] move-up: no key given",
        ])
    }

    @Test func singleCharactersCanBeRefused() throws {
        let settings = try TestFiles.settings("[keys]\nquit = q\n")
        #expect(settings.keys.validate(commands: commands, keyNames: keyNames, singleCharacters: false).count == 1)
    }

    @Test func laterBindingOfTheSameCommandWins() throws {
        let settings = try TestFiles.settings("[keys]\nquit = q\nquit = x\n")
        #expect(settings.keys.keys(for: "quit") == ["x"])
        #expect(settings.keys.bindings.count == 2)
    }
}
