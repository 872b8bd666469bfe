/// The one table of what a user can do, in the order help, hints and the palette list it.
public struct CommandTable: Hashable, Sendable {
    /// The commands in help order.
    public var commands: [CommandSpec]

    public init(commands: [CommandSpec]) {
        self.commands = commands
    }

    /// The command with this id (every id is in the standard table).
    public func command(_ id: CommandID) -> CommandSpec? {
        commands.first { $0.id == id }
    }

    /// The ids `[keys]` may name.
    public var ids: Set<String> { Set(commands.map(\.id.rawValue)) }

    /// gerrymander's commands and their default keys (gertty's where it has one).
    public static let standard: CommandTable = {
        let all = Set(Pane.allCases)
        let lists: Set<Pane> = [.list, .watch]
        let change: Set<Pane> = [.list, .detail, .comments]
        let text: Set<Pane> = [.detail, .comments]
        return CommandTable(commands: [
            CommandSpec(.moveDown, group: .movement, hint: "move", help: "Move down one row (scroll down in text; older in the watch feed)",
                        argument: .count, keys: ["j", "Down"], hintIn: all),
            CommandSpec(.moveUp, group: .movement, hint: "move", help: "Move up one row (scroll up in text; newer in the watch feed)",
                        argument: .count, keys: ["k", "Up"], hintIn: all),
            CommandSpec(.pageDown, group: .movement, hint: "page", help: "Move down one page", keys: ["PgDn", "C-f"]),
            CommandSpec(.pageUp, group: .movement, hint: "page", help: "Move up one page", keys: ["PgUp", "C-b"]),
            CommandSpec(.first, group: .movement, hint: "top", help: "Go to the first row (the newest event in the watch feed)",
                        keys: ["g", "Home"]),
            CommandSpec(.last, group: .movement, hint: "bottom", help: "Go to the last row (the oldest event in the watch feed)",
                        keys: ["G", "End"]),
            CommandSpec(.nextThread, group: .movement, hint: "thread",
                        help: "Mark the next comment thread (R replies to it, u resolves it); in the diff, go to the next comment",
                        keys: ["]"], hintIn: [.diff]),
            CommandSpec(.previousThread, group: .movement, hint: "thread",
                        help: "Mark the previous comment thread; in the diff, go to the previous comment",
                        keys: ["["]),

            CommandSpec(.open, group: .panes, hint: "open", help: "Open the selected change (or its comments; on a file of the detail, the diff there)",
                        keys: ["Enter"], hintIn: lists.union([.detail])),
            CommandSpec(.back, group: .panes, hint: "back", help: "Go back one level: comments, detail, list; close an overlay; clear a filter",
                        keys: ["Esc", "Backspace"], hintIn: text.union([.diff])),
            CommandSpec(.nextPane, group: .panes, hint: "pane", help: "Focus the next pane", keys: ["Tab"]),
            CommandSpec(.previousPane, group: .panes, hint: "pane", help: "Focus the previous pane", keys: ["S-Tab"]),
            CommandSpec(.nextTab, group: .panes, hint: "tabs", help: "Show the next tab (in the diff: scroll long lines left)", keys: ["Right", "l"], hintIn: [.list]),
            CommandSpec(.previousTab, group: .panes, hint: "tabs", help: "Show the previous tab (in the diff: scroll back)", keys: ["Left", "h"], hintIn: [.list]),
            CommandSpec(.goToTab, group: .panes, hint: "tab", help: "Show the tab named NAME (or just type its name)",
                        argument: .text(placeholder: "NAME"), keys: []),
            CommandSpec(.showComments, group: .panes, hint: "comments", help: "Show the comment threads of the change",
                        keys: ["c"], hintIn: [.detail]),
            CommandSpec(.showWatch, group: .panes, hint: "watch", help: "Show the live event feed", keys: ["w"]),
            CommandSpec(.openChange, group: .panes, hint: "open #", help: "Open a change by number or Change-Id",
                        argument: .text(placeholder: "NUMBER"), keys: ["#"]),
            CommandSpec(.nextChange, group: .panes, hint: "next", help: "Show the next change of the list without going back to it",
                        keys: ["J"], hintIn: text),
            CommandSpec(.previousChange, group: .panes, hint: "next", help: "Show the previous change of the list",
                        keys: ["K"], hintIn: text),
            CommandSpec(.dependsOn, group: .panes, hint: "parent", help: "Open the change this one depends on", keys: ["<"]),
            CommandSpec(.neededBy, group: .panes, hint: "child", help: "Open the change that needs this one", keys: [">"]),

            CommandSpec(.showDiff, group: .code, hint: "diff",
                        help: "Show the change's code: every file of the patch set with its comments (FILE jumps to it)",
                        argument: .optionalText(placeholder: "FILE"), keys: ["d"], hintIn: [.detail, .comments]),
            CommandSpec(.diffBase, group: .code, hint: "base",
                        help: "Compare with an earlier patch set (diff-base 2), or the parent (diff-base 0); B steps through them",
                        argument: .optionalText(placeholder: "PS"), keys: ["B"], hintIn: [.diff]),
            CommandSpec(.nextFile, group: .code, hint: "file", help: "Go to the next file of the diff", keys: ["n"], hintIn: [.diff]),
            CommandSpec(.previousFile, group: .code, hint: "file", help: "Go to the previous file of the diff", keys: ["p"]),

            CommandSpec(.review, group: .review, hint: "review", help: "Review: a vote on each label you may vote on, and a message",
                        keys: ["r"], hintIn: change, confirmation: .always),
            CommandSpec(.codeReviewPlus1, group: .review, hint: "+1", help: "Code-Review +1",
                        keys: ["1"], confirmation: .unlessSmallVotesPostAtOnce),
            CommandSpec(.codeReviewPlus2, group: .review, hint: "+2", help: "Code-Review +2", keys: ["2"], confirmation: .always),
            CommandSpec(.codeReviewMinus1, group: .review, hint: "-1", help: "Code-Review -1",
                        keys: ["-"], confirmation: .unlessSmallVotesPostAtOnce),
            CommandSpec(.codeReviewMinus2, group: .review, hint: "-2", help: "Code-Review -2", keys: ["_"], confirmation: .always),
            CommandSpec(.approve, group: .review, hint: "approve", help: "Code-Review +2 and Workflow +1: approve for merging",
                        keys: ["A"], confirmation: .always),
            CommandSpec(.recheck, group: .review, hint: "recheck", help: "Post \"recheck\" ([tui] recheck), asking CI to run again",
                        keys: ["!"], confirmation: .unlessSmallVotesPostAtOnce),
            CommandSpec(.vote, group: .review, hint: "vote", help: "Vote on one label: vote Code-Review +1",
                        argument: .text(placeholder: "LABEL VALUE"), keys: [], confirmation: .unlessSmallVotesPostAtOnce),
            CommandSpec(.message, group: .review, hint: "message", help: "Write a message on the change (in $VISUAL/$EDITOR)",
                        keys: ["m"], hintIn: text),
            CommandSpec(.reply, group: .review, hint: "reply", help: "Reply to the comment thread under the cursor, at its file:line (in the diff: or comment on the line)",
                        keys: ["R"], hintIn: [.comments, .diff]),
            CommandSpec(.toggleResolved, group: .review, hint: "resolve", help: "Mark the thread under the cursor resolved or unresolved",
                        keys: ["u"], hintIn: [.comments, .diff]),
            CommandSpec(.abandon, group: .review, hint: "abandon", help: "Abandon the change", keys: ["C-a"], confirmation: .always),
            CommandSpec(.restore, group: .review, hint: "restore", help: "Restore an abandoned change", keys: ["C-e"], confirmation: .always),
            CommandSpec(.submit, group: .review, hint: "submit", help: "Submit (merge) the change", keys: ["C-u"], confirmation: .always),
            CommandSpec(.toggleReviewed, group: .review, hint: "reviewed",
                        help: "Mark the change reviewed: off my todo lists until a new patch set or comment", keys: ["v"]),
            CommandSpec(.toggleBots, group: .review, hint: "bots", help: "Show or hide comments and events from bots",
                        keys: ["b"], hintIn: text.union([.diff])),
            CommandSpec(.openInBrowser, group: .review, hint: "browser", help: "Open the change in a web browser",
                        keys: ["o"], hintIn: text),
            CommandSpec(.copyURL, group: .review, hint: "copy URL", help: "Copy the change's URL to the clipboard", keys: ["y"]),

            CommandSpec(.filter, group: .general, hint: "filter", help: "Filter the list by text", keys: ["/"], hintIn: [.list]),
            CommandSpec(.sort, group: .general, hint: "sort", help: "Sort the list another way (server, updated, oldest, project, number)",
                        keys: ["s"]),
            CommandSpec(.refresh, group: .general, hint: "refresh", help: "Refresh the lists from the server (and reconnect when offline)",
                        keys: ["C-r", "F5"], hintIn: [.list]),
            CommandSpec(.help, group: .general, hint: "help", help: "Show this help", keys: ["?", "F1"], hintIn: all),
            CommandSpec(.commandPalette, group: .general, hint: "commands", help: "Run a command by name", keys: [":"]),
            CommandSpec(.quit, group: .general, hint: "quit", help: "Quit gerrymander", keys: ["q"], hintIn: [.list, .watch]),
        ])
    }()
}
