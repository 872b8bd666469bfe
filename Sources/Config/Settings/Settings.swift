/// Everything in `~/.gerrymander`, typed, with the defaults of the original tool.
///
/// Build one with ``Settings/load(path:home:)`` from a file, or with the memberwise
/// initializer (for `--demo` and tests).
public struct Settings: Sendable, Hashable {
    /// `[server]`.
    public var server: ServerSettings
    /// `[cache]`.
    public var cache: CacheSettings
    /// `[organization]`.
    public var organization: OrganizationSettings
    /// `[group-NAME]` sections, in file order.
    public var groups: [GroupSettings]
    /// Aliases from `[commands] aliases`, in declaration order.
    public var aliases: [AliasSettings]
    /// `[command-NAME]` sections, in file order.
    public var commandDefaults: [CommandDefaults]
    /// `[tui]`.
    public var tui: TUISettings
    /// `[keys]`.
    public var keys: KeyBindings
    /// Unknown sections and keys, kept but not understood.
    public var warnings: [ConfigWarning]
    /// The parsed file, for anything a caller wants to read itself (nil when built in code
    /// or when the file did not exist).
    public var document: IniDocument?
    /// The file the settings came from, if any.
    public var source: ConfigLocation?

    /// Creates settings; every part defaults to what an empty config file gives.
    public init(server: ServerSettings = ServerSettings(), cache: CacheSettings,
                organization: OrganizationSettings = OrganizationSettings(), groups: [GroupSettings] = [],
                aliases: [AliasSettings] = [], commandDefaults: [CommandDefaults] = [],
                tui: TUISettings = TUISettings(), keys: KeyBindings = KeyBindings(),
                warnings: [ConfigWarning] = [], document: IniDocument? = nil, source: ConfigLocation? = nil) {
        self.server = server
        self.cache = cache
        self.organization = organization
        self.groups = groups
        self.aliases = aliases
        self.commandDefaults = commandDefaults
        self.tui = tui
        self.keys = keys
        self.warnings = warnings
        self.document = document
        self.source = source
    }

    /// The settings of a missing or empty config file.
    public static func defaults(home: String) -> Settings {
        Settings(cache: .defaults(home: home))
    }
}
