import Testing
import TUI

@Suite("Key names for the [keys] config section")
struct KeyTests {
    @Test("Config names parse to keys", arguments: [
        ("j", Key.char("j")), ("J", .char("J")), ("?", .char("?")), ("漢", .char("漢")),
        ("C-r", .ctrl("r")), ("C-R", .ctrl("r")), ("Enter", .enter), ("return", .enter),
        ("PgDn", .pageDown), ("PageUp", .pageUp), ("F5", .function(5)), ("f12", .function(12)),
        ("S-Tab", .backTab), ("Space", .char(" ")), ("Esc", .escape), ("Del", .delete),
        ("M-x", .alt("x")), ("A-x", .alt("x")), ("C-i", .tab), ("C-m", .enter), ("C-Space", .ctrl(" ")),
        ("Up", .up), ("home", .home), ("Backspace", .backspace),
    ])
    func parse(name: String, key: Key) throws {
        #expect(try Key(parsing: name) == key)
    }

    @Test("Keys name themselves canonically and round-trip")
    func names() throws {
        let keys: [Key] = [.char("j"), .char(" "), .ctrl("r"), .alt("x"), .enter, .pageDown, .pageUp,
                           .function(5), .backTab, .escape, .tab, .up, .delete, .insert, .ctrl(" ")]
        #expect(keys.map(\.name) == ["j", "Space", "C-r", "M-x", "Enter", "PgDn", "PgUp", "F5", "S-Tab",
                                      "Esc", "Tab", "Up", "Del", "Ins", "C-Space"])
        for key in keys {
            #expect(try Key(parsing: key.name) == key)
        }
    }

    @Test("Bad names are rejected with a reason a user can act on", arguments: [
        "", "F0", "F99", "C-", "S-j", "Ctrl+R", "Enterr", "\u{7}",
    ])
    func rejects(name: String) {
        #expect(throws: KeyNameError.self) { try Key(parsing: name) }
        #expect(Key(name: name) == nil)
    }

    @Test("The error message names the key")
    func message() {
        do {
            _ = try Key(parsing: "S-j")
            Issue.record("S-j should not parse")
        } catch {
            #expect("\(error)".contains("\"S-j\""))
            #expect("\(error)".contains("upper case"))
        }
    }

    @Test("Mouse and resize have names but cannot be bound")
    func unbindable() {
        let mouse = Key.mouse(MouseEvent(.press(button: 1), at: Position(x: 3, y: 4)))
        #expect(mouse.name == "Mouse-Press1@3,4")
        #expect(!mouse.isBindable)
        #expect(Key.resize(Size(width: 80, height: 24)).name == "Resize-80x24")
        #expect(Key.char("j").isBindable)
    }
}
