import Config
import Store
import Testing
import TUI

@Suite("Keymap: keys to commands, [keys] overrides, help from the one table")
struct KeymapTests {
    func bindings(_ text: String) throws -> KeyBindings {
        try Settings.parse("[keys]\n" + text, location: ConfigLocation(file: "/home/u/.gerrymander", line: 0),
                           home: "/home/u", checkKeyfile: false).keys
    }

    @Test("Default keys: arrows and vim keys, paging, g/G, Tab, Enter, Esc, C-r, r, o, y, ?, :, q")
    func defaults() {
        let keymap = Keymap()
        let expected: [(Key, CommandID)] = [
            (.char("j"), .moveDown), (.down, .moveDown), (.char("k"), .moveUp), (.up, .moveUp),
            (.pageDown, .pageDown), (.pageUp, .pageUp), (.char("g"), .first), (.char("G"), .last),
            (.tab, .nextPane), (.backTab, .previousPane), (.enter, .open), (.escape, .back), (.backspace, .back),
            (.ctrl("r"), .refresh), (.char("r"), .review), (.char("o"), .openInBrowser), (.char("y"), .copyURL), (.char("b"), .toggleBots),
            (.char("?"), .help), (.char(":"), .commandPalette), (.char("/"), .filter), (.char("q"), .quit),
            (.right, .nextTab), (.left, .previousTab),
        ]
        for (key, command) in expected {
            #expect(keymap.command(for: key) == command, "\(key.name)")
        }
        #expect(keymap.command(for: .char("x")) == nil)
    }

    @Test("[keys] replaces a command's keys and takes the key from any other command")
    func overrides() throws {
        let keymap = try Keymap(bindings: bindings("quit = Q, ctrl-c\nmove-down = n, down\ntoggle-bots = j\n"))
        #expect(keymap.command(for: .char("q")) == nil)
        #expect(keymap.command(for: .char("Q")) == .quit)
        #expect(keymap.command(for: .ctrl("c")) == .quit)
        #expect(keymap.command(for: .char("n")) == .moveDown)
        #expect(keymap.command(for: .char("j")) == .toggleBots)
        #expect(keymap.keys(for: .moveDown) == [.char("n"), .down])
        #expect(keymap.keys(for: .toggleBots) == [.char("j")])
    }

    @Test("Config spellings of keys: ctrl-x, C-x, pgdn, esc, space, f5, shift-tab")
    func configNames() throws {
        #expect(try ConfigKeyName.parse("ctrl-r") == .ctrl("r"))
        #expect(try ConfigKeyName.parse("C-r") == .ctrl("r"))
        #expect(try ConfigKeyName.parse("pgdn") == .pageDown)
        #expect(try ConfigKeyName.parse("esc") == .escape)
        #expect(try ConfigKeyName.parse("space") == .char(" "))
        #expect(try ConfigKeyName.parse("f5") == .function(5))
        #expect(try ConfigKeyName.parse("shift-tab") == .backTab)
        #expect(try ConfigKeyName.parse("alt-x") == .alt("x"))
    }

    @Test("An unknown key name is a config error at its file:line")
    func unknownKey() throws {
        let keys = try bindings("quit = q\nmove-down = jj\n")
        #expect(throws: ConfigError.self) { try Keymap(bindings: keys) }
        do {
            _ = try Keymap(bindings: keys)
        } catch {
            #expect(error.line == 3)
            #expect(error.description.contains("jj"))
        }
    }

    @Test("An unknown command is a config error that lists the commands")
    func unknownCommand() throws {
        let errors = Keymap.validate(try bindings("quiet = q\n"))
        #expect(errors.count == 1)
        #expect(errors.first?.description.contains("unknown command \"quiet\"") == true)
        #expect(errors.first?.description.contains("quit") == true)
    }

    @Test("The help overlay lists every command of the table with its current keys")
    func helpFromTable() throws {
        let keymap = try Keymap(bindings: bindings("toggle-bots = B\n"))
        let help = HelpOverlay.textLines(keymap: keymap)
        for command in CommandTable.standard.commands {
            #expect(help.contains { $0.contains(command.id.rawValue) && $0.contains(command.help) }, "\(command.id)")
        }
        let bots = help.first { $0.contains("toggle-bots") } ?? ""
        #expect(bots.hasPrefix("  B "))
    }

    @Test("The key-hint bar comes from the same table and follows overrides")
    func hintsFromTable() throws {
        let keymap = try Keymap(bindings: bindings("quit = x\n"))
        let hints = KeyHintBar.hints(for: .list, keymap: keymap)
        #expect(hints.first?.keys == "j/k" && hints.first?.hint == "move")
        #expect(hints.contains { $0.keys == "x" && $0.hint == "quit" })
        #expect(!KeyHintBar.hints(for: .detail, keymap: keymap).contains { $0.hint == "refresh" })
    }
}
