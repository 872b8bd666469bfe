import Foundation
import GerritTestSupport

/// Runs the built binary against the demo server at a fixed "now", so output is reproducible.
struct DemoRun {
    /// 2025-11-24T16:00:00Z.
    static let now = "1764000000"
    let binary: BinaryRunner

    init() throws { binary = try BinaryRunner(product: "gerrymander") }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> BinaryRunner.Result {
        try binary.run(arguments, environment: ["GERRYMANDER_NOW": DemoRun.now].merging(environment) { $1 })
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
