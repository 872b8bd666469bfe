import Config
import GerritModel
import Reports

extension TabSpec {
    /// The tabs the settings ask for: `[tui] tabs` in order, then every alias not already listed.
    ///
    /// A name is a todo list ("mine"), a todo command ("todo-mine") or an alias. An alias of a
    /// todo command is that list narrowed by its `[command-ALIAS]` project and branch; any other
    /// alias lists the open changes of its projects and branches. Unknown names are skipped.
    public static func tabs(from settings: Settings, me: String) -> [TabSpec] {
        let scope = scopeTerms(projects: settings.allGroupProjects, branches: [])
        var specs: [TabSpec] = []
        var seen: Set<String> = []
        let names = settings.tui.tabs + settings.aliases.map(\.name)
        for name in names where !seen.contains(name) {
            seen.insert(name)
            if let spec = tab(named: name, settings: settings, me: me, scope: scope) {
                specs.append(spec)
            }
        }
        return specs
    }

    static func tab(named name: String, settings: Settings, me: String, scope: [GerritQuery]) -> TabSpec? {
        if let category = todoCategory(name) {
            return .todo(category, me: me, scope: scope)
        }
        if name == myChangesID { return .myChanges(me: me, scope: scope) }
        // The attention tab joins once the server's version says it keeps an attention set.
        if name == attentionID { return nil }
        guard settings.alias(name) != nil, let base = settings.resolvedCommand(name) else { return nil }
        let defaults = settings.commandDefaults(for: name)
        let projects = defaults["project"]?.list ?? []
        let branches = defaults["branch"]?.list ?? []
        let aliasScope = projects.isEmpty && branches.isEmpty ? scope : scopeTerms(projects: projects, branches: branches)
        if let category = todoCategory(base) {
            var spec = TabSpec.todo(category, me: me, scope: aliasScope)
            spec.id = name
            spec.title = name
            return spec
        }
        return TabSpec(id: name, title: name, query: .and([.status("open")] + aliasScope))
    }

    static func todoCategory(_ name: String) -> TodoCategory? {
        let bare = name.hasPrefix("todo-") ? String(name.dropFirst("todo-".count)) : name
        return TodoCategory(rawValue: bare)
    }

    static func scopeTerms(projects: [String], branches: [String]) -> [GerritQuery] {
        var terms: [GerritQuery] = []
        if !projects.isEmpty { terms.append(.or(projects.map(GerritQuery.project))) }
        if !branches.isEmpty { terms.append(.or(branches.map(GerritQuery.branch))) }
        return terms
    }
}
