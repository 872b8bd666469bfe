import Foundation
import FuzzSupport
import GerritModel

// One line of `gerrit query --format=JSON`: decoded, a change must survive encoding and decoding
// again unchanged (what the cache relies on), and a failure must name the line.
runFuzzer { data, count in
    let line = Data(fuzzBytes(data, count))
    let decoder = GerritLineDecoder(source: "fuzz")
    switch decoder.queryRow(line, lineNumber: 1) {
    case .success(.change(let change))?:
        if let encoded = try? JSONEncoder().encode(change),
           case .success(.change(let again))? = decoder.queryRow(encoded, lineNumber: 1),
           again != change {
            fatalError("a decoded change does not survive encode and decode: \(change)")
        }
    case .failure(let error)?:
        if !error.description.contains("fuzz:1") { fatalError("an error that does not name its line: \(error)") }
    default:
        break
    }
    return 0
}
