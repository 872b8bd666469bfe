import FuzzSupport
import Config

// Any text as ~/.gerrymander: parsed, or refused with a file:line inside the text.
runFuzzer { data, count in
    let text = fuzzText(data, count)
    let location = ConfigLocation(file: "/fuzz/gerrymander.conf", displayFile: "gerrymander.conf", line: 0)
    do {
        let document = try IniDocument.parse(text, location: location)
        for section in document.sections { _ = try? document.allValues(in: section.name) }
    } catch let error as ConfigError {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).count
        if error.location.line < 1 || error.location.line > max(1, lines) {
            fatalError("error at line \(error.location.line) of a \(lines)-line file: \(error)")
        }
    } catch {
        fatalError("an error that is not a ConfigError: \(error)")
    }
    return 0
}
