/// One entry of the command table: what a command is called, what it takes, which keys run it
/// by default, and whether it asks before it acts.
///
/// The table (``CommandTable``) is the single list of what a user can do: the keymap and the
/// `[keys]` section, the `?` help, the key-hint bar, the `:` palette and the man page are all
/// generated from it, and the reducer handles every entry through `commandInvoked`.
public struct CommandSpec: Hashable, Sendable {
    /// Where a command is listed in the help overlay and the man page.
    public enum Group: String, CaseIterable, Hashable, Sendable {
        case movement = "Moving"
        case panes = "Panes, tabs and changes"
        case code = "Reading the code"
        case review = "Reviewing the change"
        case general = "General"
    }

    /// What a command takes after its name in the palette (`:open 87329`).
    public enum Argument: Hashable, Sendable {
        case none
        /// A repeat count (`:move-down 5`); 1 when left out.
        case count
        /// Free text, described by `placeholder` (`NUMBER`, `LABEL VALUE`).
        case text(placeholder: String)
        /// Text the command can do without (`show-diff [FILE]`): its key runs it at once.
        case optionalText(placeholder: String)
    }

    /// When a command asks "y/n" before it posts.
    public enum Confirmation: Hashable, Sendable {
        /// Never: it changes nothing on the server.
        case never
        /// Always: +2, Workflow, submit, abandon.
        case always
        /// Unless `[tui] confirm-votes = strong` lets small votes (±1) post at once.
        case unlessSmallVotesPostAtOnce
    }

    public var id: CommandID
    public var group: Group
    /// A short label for the key-hint bar ("move", "review").
    public var hint: String
    /// One line for the help overlay, the palette and the man page.
    public var help: String
    public var argument: Argument
    /// Key names (as `[keys]` writes them) bound when the config does not rebind the command.
    public var defaultKeys: [String]
    /// The panes whose key-hint bar shows this command (empty: never in the bar).
    public var hintPanes: Set<Pane>
    public var confirmation: Confirmation

    public init(_ id: CommandID, group: Group, hint: String, help: String, argument: Argument = .none,
                keys: [String], hintIn hintPanes: Set<Pane> = [], confirmation: Confirmation = .never) {
        self.id = id
        self.group = group
        self.hint = hint
        self.help = help
        self.argument = argument
        self.defaultKeys = keys
        self.hintPanes = hintPanes
        self.confirmation = confirmation
    }

    /// How the palette shows it: `open-change NUMBER`.
    public var usage: String {
        switch argument {
        case .none: return id.rawValue
        case .count: return id.rawValue + " [N]"
        case .text(let placeholder): return id.rawValue + " " + placeholder
        case .optionalText(let placeholder): return id.rawValue + " [" + placeholder + "]"
        }
    }
}
