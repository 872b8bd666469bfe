import Store

/// The one table of TUI commands, in the order help and hints list them.
public struct CommandTable: Hashable, Sendable {
    /// The commands in help order.
    public var commands: [Command]

    public init(commands: [Command]) {
        self.commands = commands
    }

    /// The command with this id (every id is in the standard table).
    public func command(_ id: CommandID) -> Command? {
        commands.first { $0.id == id }
    }

    /// The ids `[keys]` may name.
    public var ids: Set<String> { Set(commands.map(\.id.rawValue)) }

    /// gerrymander's commands and their default keys.
    public static let standard: CommandTable = {
        let all = Set(Pane.allCases)
        let lists: Set<Pane> = [.list, .watch]
        return CommandTable(commands: [
            Command(.moveDown, group: .movement, hint: "move", help: "Move down one row (scroll down in text)",
                    keys: [.char("j"), .down], hintIn: all),
            Command(.moveUp, group: .movement, hint: "move", help: "Move up one row (scroll up in text)",
                    keys: [.char("k"), .up], hintIn: all),
            Command(.pageDown, group: .movement, hint: "page", help: "Move down one page",
                    keys: [.pageDown, .ctrl("f")]),
            Command(.pageUp, group: .movement, hint: "page", help: "Move up one page",
                    keys: [.pageUp, .ctrl("b")]),
            Command(.first, group: .movement, hint: "top", help: "Go to the first row",
                    keys: [.char("g"), .home]),
            Command(.last, group: .movement, hint: "bottom", help: "Go to the last row",
                    keys: [.char("G"), .end]),
            Command(.open, group: .panes, hint: "open", help: "Open the selected change",
                    keys: [.enter], hintIn: lists),
            Command(.back, group: .panes, hint: "back", help: "Go back to the list (or close an overlay)",
                    keys: [.escape, .backspace], hintIn: [.detail, .comments]),
            Command(.nextPane, group: .panes, hint: "pane", help: "Focus the next pane",
                    keys: [.tab], hintIn: all),
            Command(.previousPane, group: .panes, hint: "pane", help: "Focus the previous pane",
                    keys: [.backTab]),
            Command(.nextTab, group: .panes, hint: "tabs", help: "Show the next todo list tab",
                    keys: [.right, .char("l")], hintIn: [.list]),
            Command(.previousTab, group: .panes, hint: "tabs", help: "Show the previous todo list tab",
                    keys: [.left, .char("h")], hintIn: [.list]),
            Command(.showComments, group: .panes, hint: "comments", help: "Show the comment threads of the change",
                    keys: [.char("c")], hintIn: [.detail]),
            Command(.showWatch, group: .panes, hint: "watch", help: "Show the live event feed",
                    keys: [.char("w")]),
            Command(.toggleBots, group: .change, hint: "bots", help: "Show or hide comments from bots",
                    keys: [.char("b")], hintIn: [.detail, .comments]),
            Command(.vote, group: .change, hint: "vote", help: "Vote on the change: type the label and value (Code-Review +1)",
                    keys: [.char("v")], hintIn: [.detail]),
            Command(.openInBrowser, group: .change, hint: "browser", help: "Open the change in a web browser",
                    keys: [.char("o")], hintIn: [.detail, .comments]),
            Command(.copyURL, group: .change, hint: "copy URL", help: "Copy the change's URL to the clipboard",
                    keys: [.char("y")]),
            Command(.filter, group: .general, hint: "filter", help: "Filter the list by text",
                    keys: [.char("/")], hintIn: [.list]),
            Command(.sort, group: .general, hint: "sort", help: "Sort the list another way (server, updated, oldest, project, number)",
                    keys: [.char("s")]),
            Command(.refresh, group: .general, hint: "refresh", help: "Refresh the lists from the server",
                    keys: [.char("r")], hintIn: [.list]),
            Command(.help, group: .general, hint: "help", help: "Show this help",
                    keys: [.char("?"), .function(1)], hintIn: all),
            Command(.commandPalette, group: .general, hint: "commands", help: "Run a command by name",
                    keys: [.char(":")]),
            Command(.quit, group: .general, hint: "quit", help: "Quit gerrymander",
                    keys: [.char("q")], hintIn: all),
        ])
    }()
}
