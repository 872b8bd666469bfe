import Store

/// One entry of the command table: what a key can do, how it is described, and where.
///
/// The table (``CommandTable``) is the single source for the keymap, the `[keys]` config
/// section, the `?` help overlay, the key-hint bar and the `:` command palette.
public struct Command: Hashable, Sendable {
    /// Where a command is listed in the help overlay.
    public enum Group: String, CaseIterable, Hashable, Sendable {
        case movement = "Moving"
        case panes = "Panes and tabs"
        case change = "The change"
        case general = "General"
    }

    /// The id keys and `[keys]` lines name.
    public var id: CommandID
    /// The help overlay section.
    public var group: Group
    /// A short label for the key-hint bar ("move", "open").
    public var hint: String
    /// One line for the help overlay and the command palette.
    public var help: String
    /// The keys bound when the config does not rebind the command.
    public var defaultKeys: [Key]
    /// The panes whose key-hint bar shows this command (empty: never in the bar).
    public var hintPanes: Set<Pane>

    public init(_ id: CommandID, group: Group, hint: String, help: String, keys: [Key], hintIn hintPanes: Set<Pane> = []) {
        self.id = id
        self.group = group
        self.hint = hint
        self.help = help
        self.defaultKeys = keys
        self.hintPanes = hintPanes
    }
}
