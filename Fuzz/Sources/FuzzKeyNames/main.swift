import FuzzSupport
import TUI

// Any text as a key name in [keys]: a key whose canonical name reads back as the same key,
// or an error.
runFuzzer { data, count in
    let text = fuzzText(data, count)
    if let key = try? Key(parsing: text) {
        guard let again = try? Key(parsing: key.name), again == key else {
            fatalError("\(text.debugDescription) parses to \(key), whose name \(key.name.debugDescription) does not read back")
        }
    }
    return 0
}
