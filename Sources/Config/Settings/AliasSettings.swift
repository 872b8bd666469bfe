/// `[alias-NAME]`: a command declared in `[commands] aliases` that reuses another command.
public struct AliasSettings: Sendable, Hashable {
    /// The new command's name.
    public var name: String
    /// The command it is based on (a built-in or an earlier alias).
    public var baseCommand: String
    /// The help line; defaults to "Alias for BASE" (the original crashed without one).
    public var help: String
    /// Where the alias was defined (its `basecmd` line), for messages.
    public var location: ConfigLocation?

    /// Creates an alias.
    public init(name: String, baseCommand: String, help: String? = nil, location: ConfigLocation? = nil) {
        self.name = name
        self.baseCommand = baseCommand
        self.help = help ?? "Alias for \(baseCommand)"
        self.location = location
    }
}
