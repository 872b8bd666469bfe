import FuzzSupport
import Config

// Any text as a theme file: parsed, or refused with its file:line.
runFuzzer { data, count in
    let location = ConfigLocation(file: "/fuzz/x.theme", displayFile: "x.theme", line: 0)
    _ = try? ThemeFile.parse(fuzzText(data, count), location: location, fallbackName: "x")
    return 0
}
