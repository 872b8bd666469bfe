import Foundation
import GerritTestSupport

/// Runs the built binary against the demo server at a fixed "now", so output is reproducible.
final class DemoRun {
    /// 2025-11-24T16:00:00Z.
    static let now = "1764000000"
    let binary: BinaryRunner
    /// An empty home folder for every run (unless a test passes its own `HOME`): the developer's
    /// own ~/.gerrymander must never change what a test sees.
    let home: URL

    init() throws {
        binary = try BinaryRunner(product: "gerrymander")
        home = FileManager.default.temporaryDirectory.appendingPathComponent("gm-cli-home-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// The home folder goes with the run: thousands of them piled up in /tmp over a day of tests.
    deinit {
        try? FileManager.default.removeItem(at: home)
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> BinaryRunner.Result {
        let base = ["GERRYMANDER_NOW": DemoRun.now, "HOME": home.path]
        return try binary.run(arguments, environment: base.merging(environment) { $1 })
    }

    /// The rows of a `-m json` table, each as its `display` object.
    static func jsonRows(_ output: String) throws -> [[String: Any]] {
        let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]]
        let table = parsed?.first?["table"] as? [String: Any]
        let rows = table?["content"] as? [[String: Any]] ?? []
        return rows.map { $0["display"] as? [String: Any] ?? [:] }
    }

    /// A temporary config file holding `text`; removed by the caller.
    static func configFile(_ text: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gm-test-\(UUID().uuidString).conf")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
