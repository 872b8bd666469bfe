import Foundation

extension Settings {
    /// Loads `~/.gerrymander` (or the `-c` file).
    ///
    /// A missing file gives the defaults. `~` in `path` and in path values is expanded with
    /// `home`, which is also how paths are shown in messages.
    /// - Parameters:
    ///   - path: the config file; may start with `~`.
    ///   - home: the user's home directory.
    ///   - checkKeyfile: whether a `keyfile` that does not exist is an error (default true).
    /// - Throws: ``ConfigError`` for an unreadable file, a syntax error, or a bad value.
    public static func load(path: String, home: String, checkKeyfile: Bool = true) throws(ConfigError) -> Settings {
        let expanded = DisplayPath.expand(path, home: home)
        let location = ConfigLocation(file: expanded, displayFile: DisplayPath.abbreviate(expanded, home: home), line: 0)
        guard let text = try ConfigFile.read(location) else {
            var settings = Settings.defaults(home: home)
            settings.source = location
            return settings
        }
        return try parse(text, location: location, home: home, checkKeyfile: checkKeyfile)
    }

    /// Builds settings from config text (no file needed except to check `keyfile`).
    ///
    /// - Throws: ``ConfigError`` for a syntax error or a bad value.
    public static func parse(_ text: String, location: ConfigLocation, home: String,
                             checkKeyfile: Bool = true) throws(ConfigError) -> Settings {
        let document = try IniDocument.parse(text, location: location)
        var reader = SettingsReader(document: document, home: home, checkKeyfile: checkKeyfile)
        var settings = try reader.read()
        settings.source = location
        return settings
    }
}

/// Walks the sections of a document into ``Settings``, noting keys it does not know.
struct SettingsReader {
    let document: IniDocument
    let home: String
    let checkKeyfile: Bool
    var warnings: [ConfigWarning] = []

    init(document: IniDocument, home: String, checkKeyfile: Bool) {
        self.document = document
        self.home = home
        self.checkKeyfile = checkKeyfile
    }

    mutating func read() throws(ConfigError) -> Settings {
        var settings = Settings.defaults(home: home)
        settings.document = document
        settings.server = try readServer()
        settings.cache = try readCache()
        settings.organization = try readOrganization()
        settings.tui = try readTUI()
        settings.keys = KeyBindings(bindings: try document.allValues(in: "keys").map(KeyBindings.Binding.init))
        settings.aliases = try readAliases()
        let declared = Set(settings.aliases.map(\.name))

        for section in document.sections {
            let name = section.name
            if let group = name.dropPrefix("group-") {
                settings.groups.append(try readGroup(group, section: section))
            } else if let command = name.dropPrefix("command-") {
                settings.commandDefaults.append(CommandDefaults(command: command, values: try document.allValues(in: name)))
            } else if let alias = name.dropPrefix("alias-") {
                if !declared.contains(alias) {
                    warnings.append(ConfigWarning(location: section.location, section: name,
                                                  message: "alias \"\(alias)\" is not listed in [commands] aliases (ignored)"))
                }
                warnUnknownKeys(in: name, known: ["basecmd", "help"])
            } else if !Self.fixedSections.contains(name) {
                warnings.append(ConfigWarning(location: section.location, section: name, message: "unknown section (ignored)"))
            }
        }
        warnUnknownKeys(in: "commands", known: ["aliases"])
        settings.warnings = warnings
        return settings
    }

    static let fixedSections: Set<String> = ["server", "cache", "organization", "commands", "tui", "keys"]

    mutating func readServer() throws(ConfigError) -> ServerSettings {
        let section = "server"
        var server = ServerSettings()
        if let value = try value("hostname", section) { server.hostname = value.value }
        if let value = try value("port", section) {
            guard let port = Int(value.value.trimmingWhitespace()) else {
                throw value.error("\"\(value.value)\" is not a number")
            }
            guard (1...65535).contains(port) else { throw value.error("\(port) is not a valid port (1-65535)") }
            server.port = port
        }
        if let value = try value("username", section), !value.value.isEmpty { server.username = value.value }
        if let value = try value("keyfile", section), !value.value.isEmpty {
            let path = value.path(home: home)
            if checkKeyfile {
                var isDirectory: ObjCBool = false
                if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                    throw value.error("key file \"\(DisplayPath.abbreviate(path, home: home))\" does not exist")
                }
                if isDirectory.boolValue {
                    throw value.error("key file \"\(DisplayPath.abbreviate(path, home: home))\" is a directory")
                }
            }
            server.keyfile = path
        }
        if let value = try value("remote", section), !value.value.isEmpty { server.remote = value.value }
        if let value = try value("transport", section) { server.transport = try choice(value) }
        if let value = try value("hostkey", section) { server.hostKey = try choice(value) }
        if let value = try value("connect-timeout", section) { server.connectTimeout = try value.int(in: 1...3600) }
        warnUnknownKeys(in: section, known: ["hostname", "port", "username", "keyfile", "remote", "transport",
                                             "hostkey", "connect-timeout"])
        return server
    }

    mutating func readCache() throws(ConfigError) -> CacheSettings {
        let section = "cache"
        var cache = CacheSettings.defaults(home: home)
        if let value = try value("directory", section), !value.value.isEmpty { cache.directory = value.path(home: home) }
        if let value = try value("shortlifetime", section) { cache.shortLifetime = try value.int(in: 0...Int.max) }
        if let value = try value("longlifetime", section) { cache.longLifetime = try value.int(in: 0...Int.max) }
        warnUnknownKeys(in: section, known: ["directory", "shortlifetime", "longlifetime"])
        return cache
    }

    mutating func readOrganization() throws(ConfigError) -> OrganizationSettings {
        let section = "organization"
        var organization = OrganizationSettings()
        if let value = try value("teams", section) { organization.teams = value.list }
        if let value = try value("groups", section) { organization.groups = value.list }
        if let value = try value("bots", section) { organization.bots = value.list }
        warnUnknownKeys(in: section, known: ["teams", "groups", "bots"])
        return organization
    }

    mutating func readGroup(_ name: String, section: IniSection) throws(ConfigError) -> GroupSettings {
        var group = GroupSettings(name: name)
        for value in try document.values(in: section.name) {
            if value.key == "projects" {
                group.projects = value.list
            } else if let team = value.key.dropPrefix("team-"), !team.isEmpty {
                group.teams[team] = value.list
            } else {
                warnings.append(value.warning("unknown key (ignored); expected projects or team-NAME"))
            }
        }
        return group
    }

    mutating func readAliases() throws(ConfigError) -> [AliasSettings] {
        guard let declaration = try value("aliases", "commands") else { return [] }
        var aliases: [AliasSettings] = []
        for name in declaration.list {
            let sectionName = "alias-\(name)"
            guard let section = document.section(sectionName) else {
                throw declaration.error("alias \"\(name)\" has no [\(sectionName)] section")
            }
            guard let base = try document.value("basecmd", in: sectionName), !base.value.isEmpty else {
                throw ConfigError(location: section.location, section: sectionName, key: "basecmd",
                                  message: "missing: name the command this alias is based on")
            }
            let help = try document.value("help", in: sectionName)?.value
            aliases.append(AliasSettings(name: name, baseCommand: base.value,
                                         help: help?.isEmpty == false ? help : nil, location: base.location))
        }
        return aliases
    }

    mutating func readTUI() throws(ConfigError) -> TUISettings {
        let section = "tui"
        var tui = TUISettings()
        if let value = try value("theme", section), !value.value.isEmpty { tui.theme = value.value }
        if let value = try value("layout", section) { tui.layout = try choice(value) }
        if let value = try value("bell", section) { tui.bell = try value.bool() }
        if let value = try value("refresh", section) { tui.refresh = try value.int(in: 0...86400) }
        if let value = try value("mouse", section) { tui.mouse = try value.bool() }
        if let value = try value("show-bots", section) { tui.showBots = try value.bool() }
        if let value = try value("tabs", section) {
            guard !value.list.isEmpty else { throw value.error("needs at least one tab") }
            tui.tabs = value.list
        }
        if let value = try value("confirm-votes", section) { tui.confirmVotes = try choice(value) }
        if let value = try value("recheck", section) {
            let text = value.value.trimmingWhitespace()
            guard !text.isEmpty else { throw value.error("needs the message to post, e.g. recheck") }
            tui.recheck = text
        }
        if let value = try value("side-by-side-width", section) { tui.sideBySideWidth = try value.int(in: 0...10_000) }
        warnUnknownKeys(in: section, known: ["theme", "layout", "bell", "refresh", "mouse", "show-bots", "tabs",
                                             "confirm-votes", "recheck", "side-by-side-width"])
        return tui
    }

    /// A value from the section itself or `[DEFAULT]`.
    func value(_ key: String, _ section: String) throws(ConfigError) -> ConfigValue? {
        try document.value(key, in: section)
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ value: ConfigValue) throws(ConfigError) -> Choice
    where Choice.RawValue == String {
        let text = value.value.trimmingWhitespace().lowercased()
        if let choice = Choice(rawValue: text) { return choice }
        let options = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        throw value.error("\"\(value.value)\" is not one of: \(options)")
    }

    mutating func warnUnknownKeys(in section: String, known: Set<String>) {
        guard let found = document.section(section) else { return }
        for entry in found.entries where !known.contains(entry.key) {
            warnings.append(ConfigWarning(location: entry.location, section: section, key: entry.key,
                                          message: "unknown key (ignored)"))
        }
    }
}

extension String {
    /// The rest of the string after `prefix`, or nil when it does not start with it.
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
