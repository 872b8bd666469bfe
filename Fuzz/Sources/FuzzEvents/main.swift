import Foundation
import FuzzSupport
import GerritModel

// One line of `gerrit stream-events`: any bytes decode to an event or fail with the line named.
runFuzzer { data, count in
    let line = Data(fuzzBytes(data, count))
    switch GerritLineDecoder(source: "fuzz").event(line, lineNumber: 7) {
    case .success(let event)?:
        _ = (event.type, event.change?.number, event.actor, event.createdOn)
    case .failure(let error)?:
        if !error.description.contains("fuzz:7") { fatalError("an error that does not name its line: \(error)") }
    case nil:
        break
    }
    return 0
}
