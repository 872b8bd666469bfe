/// The words the `:` palette understands, mapped to the same actions the keys send.
public enum PaletteCommand {
    /// Command names with a one-line help, for the palette's completion list.
    public static let commands: [(name: String, help: String)] = [
        ("refresh", "Fetch every tab again"),
        ("quit", "Leave gerrymander"),
        ("help", "Show the keys"),
        ("bots", "Show or hide bots"),
        ("sort", "Next sort order"),
        ("filter TEXT", "Filter the current tab"),
        ("tab NAME", "Go to a tab (or just type its name)"),
        ("open", "Open the selected change"),
        ("browse", "Open the selected change in the browser"),
        ("copy", "Copy the selected change's URL"),
        ("vote LABEL VALUE", "Vote, e.g. vote Code-Review +2"),
    ]

    /// The action for `text`, or nil when it names nothing.
    public static func action(for text: String, tabs: [TabSpec]) -> Action? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let verb = words.first?.lowercased() else { return nil }
        let rest = words.dropFirst().joined(separator: " ")
        switch verb {
        case "refresh", "r": return .refresh
        case "quit", "q": return .quit
        case "help", "?": return .showHelp
        case "bots", "b": return .toggleBots
        case "sort", "s": return .cycleSort
        case "filter", "f": return .setFilter(rest)
        case "open": return .open
        case "browse", "web": return .openInBrowser
        case "copy": return .copyURL
        case "vote":
            guard words.count == 3, let value = Int(words[2].replacingOccurrences(of: "+", with: "")) else { return nil }
            return .vote(label: words[1], value: value)
        case "tab":
            return tabAction(rest, tabs: tabs)
        default:
            return tabAction(text, tabs: tabs)
        }
    }

    static func tabAction(_ name: String, tabs: [TabSpec]) -> Action? {
        if let number = Int(name), tabs.indices.contains(number - 1) { return .switchTab(to: number - 1) }
        let lowered = name.lowercased()
        if let index = tabs.firstIndex(where: { $0.id.lowercased() == lowered || $0.title.lowercased() == lowered }) {
            return .switchTab(to: index)
        }
        return nil
    }
}
