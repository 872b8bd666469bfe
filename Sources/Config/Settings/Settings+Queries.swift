extension Settings {
    /// The group called `name`, if it has a `[group-NAME]` section.
    public func group(_ name: String) -> GroupSettings? {
        groups.first { $0.name == name }
    }

    /// The projects of a group; empty when the group is unknown.
    public func projects(forGroup name: String) -> [String] {
        group(name)?.projects ?? []
    }

    /// The projects of every group in `[organization] groups` (`--all-groups`), without repeats.
    public var allGroupProjects: [String] {
        var seen = Set<String>()
        return organization.groups.flatMap(projects(forGroup:)).filter { seen.insert($0).inserted }
    }

    /// The teams a user is in, across all groups, sorted, without repeats.
    public func teams(for username: String) -> [String] {
        let names = groups.flatMap { group in
            group.teams.filter { $0.value.contains(username) }.map(\.key)
        }
        return Array(Set(names)).sorted()
    }

    /// The first team (alphabetically) a user is in, if any.
    public func team(for username: String) -> String? {
        teams(for: username).first
    }

    /// The members of `team` in `group` (or in every group when `group` is nil), without repeats.
    public func members(ofTeam team: String, inGroup group: String? = nil) -> [String] {
        var seen = Set<String>()
        return groups.filter { group == nil || $0.name == group }
            .flatMap { $0.teams[team] ?? [] }
            .filter { seen.insert($0).inserted }
    }

    /// The alias called `name`, if declared.
    public func alias(_ name: String) -> AliasSettings? {
        aliases.first { $0.name == name }
    }

    /// The built-in command an alias finally runs (following aliases of aliases); `name` itself
    /// when it is not an alias. Nil when aliases loop.
    public func resolvedCommand(_ name: String) -> String? {
        var current = name
        var visited: Set<String> = []
        while let alias = alias(current) {
            guard visited.insert(current).inserted else { return nil }
            current = alias.baseCommand
        }
        return current
    }

    /// The option defaults for a command, alias defaults layered over its base command's.
    ///
    /// An alias inherits `[command-BASE]` (and so on down a chain of aliases); its own
    /// `[command-ALIAS]` keys replace inherited ones. (The original did not inherit: bug §9.9.)
    /// - Returns: option name → value with its location.
    public func commandDefaults(for command: String) -> [String: ConfigValue] {
        var chain: [String] = []
        var current = command
        while !chain.contains(current) {
            chain.append(current)
            guard let alias = alias(current) else { break }
            current = alias.baseCommand
        }
        var result: [String: ConfigValue] = [:]
        for name in chain.reversed() {
            for (key, value) in commandDefaultsSection(name)?.dictionary ?? [:] { result[key] = value }
        }
        return result
    }

    /// The `[command-NAME]` section itself, without inheritance.
    public func commandDefaultsSection(_ command: String) -> CommandDefaults? {
        commandDefaults.first { $0.command == command }
    }

    /// Checks aliases against the commands the CLI knows.
    ///
    /// A base command may be a built-in or an alias declared earlier, as in the original.
    /// - Returns: one error per alias whose name clashes with a built-in or whose base is unknown.
    public func validateAliases(builtinCommands: Set<String>) -> [ConfigError] {
        var known = builtinCommands
        var errors: [ConfigError] = []
        for alias in aliases {
            let location = alias.location ?? source ?? ConfigLocation(file: "", line: 0)
            if builtinCommands.contains(alias.name) {
                errors.append(ConfigError(location: location, section: "alias-\(alias.name)",
                                          message: "\"\(alias.name)\" is already a built-in command"))
            } else if !known.contains(alias.baseCommand) {
                errors.append(ConfigError(location: location, section: "alias-\(alias.name)", key: "basecmd",
                                          message: "unknown base command \"\(alias.baseCommand)\"\(KeyBindings.suggestion(alias.baseCommand, in: known))"))
            }
            known.insert(alias.name)
        }
        return errors
    }
}

extension Settings {
    /// Any value of the loaded file with its location, e.g. `[tui] theme` to place a
    /// "theme not found" message; nil when unset, built in code, or not interpolatable.
    public func configValue(_ key: String, in section: String) -> ConfigValue? {
        guard let document else { return nil }
        return (try? document.value(key, in: section)) ?? nil
    }
}
