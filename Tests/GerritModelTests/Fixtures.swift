import Foundation
import Testing

/// Locates the real Gerrit samples in `<repo>/../shared/fixtures/gerrit-real`.
enum Fixtures {
    static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // GerritModelTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repo root
            .deletingLastPathComponent()  // parent of the repo
            .appendingPathComponent("shared/fixtures/gerrit-real")
    }

    /// Every `.jsonl` fixture file name, sorted. Fails the test when the folder is missing.
    static func allFiles() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let files = names.filter { $0.hasSuffix(".jsonl") }.sorted()
        #expect(!files.isEmpty, "no fixtures found in \(directory.path)")
        return files
    }

    static func data(_ name: String) throws -> Data {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw FixtureMissing(path: url.path)
        }
        return data
    }

    struct FixtureMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "fixture missing: \(path)" }
    }
}
