import FuzzSupport
import Config

// Any text as a whole config: every section and value read into Settings, or one clear error.
runFuzzer { data, count in
    let text = fuzzText(data, count)
    let location = ConfigLocation(file: "/fuzz/gerrymander.conf", displayFile: "gerrymander.conf", line: 0)
    if let settings = try? Settings.parse(text, location: location, home: "/home/fuzz", checkKeyfile: false) {
        _ = settings.validateAliases(builtinCommands: ["changes", "todo-mine", "comments", "watch"])
        for alias in settings.aliases { _ = settings.commandDefaults(for: alias.name) }
    }
    return 0
}
