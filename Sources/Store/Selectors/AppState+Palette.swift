import Config

extension AppState {
    /// Short words the palette also takes, for habit: `:q`, `:bots`, `:browse`.
    static let paletteAliases: [String: CommandID] = [
        "q": .quit, "?": .help, "bots": .toggleBots, "browse": .openInBrowser, "web": .openInBrowser,
        "copy": .copyURL, "r": .refresh, "s": .sort, "b": .toggleBots, "f": .filter,
    ]

    /// The palette's list for what is typed: commands and tabs whose name starts with the first
    /// word, then those that contain it, then those whose letters it spells in order (`:appr`
    /// finds approve and the approvable tab; `:oc` finds open-change).
    public var paletteCompletions: [PaletteCompletion] {
        guard case .palette(let input, _) = overlay else { return [] }
        let words = input.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let verb = words.first?.lowercased() ?? ""
        let table = CommandTable.standard
        var entries: [(key: String, completion: PaletteCompletion)] = table.commands.map { spec in
            let takesArgument = spec.argument != .none
            return (spec.id.rawValue, PaletteCompletion(title: spec.usage, help: spec.help,
                                                        completion: spec.id.rawValue + (takesArgument ? " " : "")))
        }
        for tab in tabs {
            entries.append((tab.id.lowercased(), PaletteCompletion(title: "tab \(tab.id)", help: "Show the \(tab.spec.title) tab",
                                                                   completion: "tab \(tab.id)")))
        }
        if words.count > 1 {
            // A command and its argument: the command's own line, if it is one.
            if verb == "tab" { return entries.filter { $0.completion.title.hasPrefix("tab \(words[1].lowercased())") }.map(\.completion) }
            return entries.filter { $0.key == verb }.map(\.completion)
        }
        guard !verb.isEmpty else { return entries.map(\.completion) }
        let prefix = entries.filter { $0.key.hasPrefix(verb) }
        let contains = entries.filter { !$0.key.hasPrefix(verb) && $0.key.contains(verb) }
        // Letters in order, best first when they hit the starts of words (`oc`: open-change).
        let spelled = entries.compactMap { entry -> (entry: (key: String, completion: PaletteCompletion), score: Int)? in
            guard !entry.key.contains(verb), let score = Self.spellScore(verb, in: entry.key) else { return nil }
            return (entry, score)
        }
        let ranked = spelled.enumerated().sorted { lhs, rhs in
            lhs.element.score != rhs.element.score ? lhs.element.score > rhs.element.score : lhs.offset < rhs.offset
        }.map(\.element.entry)
        return (prefix + contains + ranked).map(\.completion)
    }

    /// Whether the letters of `word` appear in `name` in order, scored by how many land on the
    /// start of a word (the name's start, or just after a `-` or space); nil when they do not.
    static func spellScore(_ word: String, in name: String) -> Int? {
        let letters = Array(name)
        var index = 0
        var score = 0
        for letter in word {
            // Prefer the next word start holding the letter; else its next place anywhere.
            let starts = letters.indices.dropFirst(index).filter { ($0 == 0 || letters[$0 - 1] == "-" || letters[$0 - 1] == " ") }
            if let start = starts.first(where: { letters[$0] == letter }) {
                score += 1
                index = start + 1
            } else if let found = letters.indices.dropFirst(index).first(where: { letters[$0] == letter }) {
                index = found + 1
            } else {
                return nil
            }
        }
        return score
    }

    /// Runs what the palette holds: a command and its argument, a tab name, or the highlighted
    /// completion; anything else gets the closest commands.
    mutating func runPaletteInput(_ input: String, selection: Int) -> [Effect] {
        let text = input.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let verb = words[0].lowercased()
        let rest = words.dropFirst().joined(separator: " ")
        let argument = rest.isEmpty ? nil : rest
        // `:open 87329` opens a change, as `open-change` does; plain `:open` opens the selection.
        if verb == "open", argument != nil { return invoke(.openChange, argument: argument) }
        if verb == "filter", let argument {
            focus = .list
            setCurrentFilter(argument)
            return []
        }
        if let id = CommandID(rawValue: verb) ?? Self.paletteAliases[verb] { return invoke(id, argument: argument) }
        if let index = tabIndex(named: text) {
            showTab(index)
            return []
        }
        overlay = .palette(input: input, selection: selection)
        let completions = paletteCompletions
        overlay = .none
        if completions.indices.contains(selection), !completions[selection].completion.hasSuffix(" ") {
            return runPaletteInput(completions[selection].completion, selection: 0)
        }
        let scored: [(name: String, distance: Int)] = CommandTable.standard.commands.map { spec in
            (spec.id.rawValue, EditDistance.between(verb, spec.id.rawValue))
        }
        let ranked = scored.sorted { lhs, rhs in
            lhs.distance != rhs.distance ? lhs.distance < rhs.distance : lhs.name < rhs.name
        }
        let closest = ranked.prefix(3).map(\.name)
        addMessage("Unknown command \"\(text)\"; closest: \(closest.joined(separator: ", ")) (? lists every key)", kind: .error)
        return []
    }
}
