import GerritSim

/// The `[organization]` and `[group-*]` sections for the simulator's accounts and projects,
/// in the INI syntax both gerrymander 1.5 and this one read.
///
/// One group per project family (`nova` = nova + nova-specs), each with its project cores as
/// team `core`, as `--demo` does; the bots are the simulator's CI accounts.
public enum BenchmarkSettings {
    /// The groups of a typical reviewer's config: their open changes in the 20,000-change dataset
    /// (about 2,500) are what the issue's "lists of a typical config" hold.
    public static let typicalGroups = ["glance", "cinder", "keystone"]

    /// The sections; with `groups`, only those groups are declared (and so listed by the TUI).
    public static func organizationSections(for dataset: SimDataset, groups: [String]? = nil) -> String {
        var families: [String] = []
        var projects: [String: [String]] = [:]
        var cores: [String: [String]] = [:]
        for project in dataset.projects {
            let family = String(project.name.split(separator: "/").last ?? Substring(project.name))
                .replacingOccurrences(of: "-specs", with: "")
            if projects[family] == nil { families.append(family) }
            projects[family, default: []].append(project.name)
            for index in project.cores where dataset.accounts.indices.contains(index) {
                let username = dataset.accounts[index].username
                if !(cores[family] ?? []).contains(username) { cores[family, default: []].append(username) }
            }
        }
        if let groups { families = families.filter(groups.contains) }
        let bots = dataset.botIndexes.map { dataset.accounts[$0].username }
        var text = """
            [organization]
            teams = core
            groups = \(families.joined(separator: ", "))
            bots = \(bots.joined(separator: ", "))

            """
        for family in families {
            text += """

                [group-\(family)]
                projects = \(projects[family, default: []].joined(separator: ", "))
                team-core = \((cores[family] ?? []).joined(separator: ", "))

                """
        }
        return text
    }
}
