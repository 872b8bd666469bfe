import Foundation
@testable import Config

/// Paths and scratch files for the Config tests.
enum TestFiles {
    /// The repository root, from this file's path (Tests/ConfigTests/TestFiles.swift).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let home = "/home/tester"

    /// A location as `~/.gerrymander` in the fake home.
    static let configLocation = ConfigLocation(file: "/home/tester/.gerrymander", displayFile: "~/.gerrymander", line: 0)

    /// A fresh empty directory, removed by the caller via `cleanUp`.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gerrymander-config-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func cleanUp(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    /// Parses settings text as if it were ~/.gerrymander, without checking that a keyfile exists.
    static func settings(_ text: String) throws(ConfigError) -> Settings {
        try Settings.parse(text, location: configLocation, home: home, checkKeyfile: false)
    }

    /// The error that parsing `text` throws, or nil.
    static func error(_ text: String, checkKeyfile: Bool = false) -> ConfigError? {
        do {
            _ = try Settings.parse(text, location: configLocation, home: home, checkKeyfile: checkKeyfile)
            return nil
        } catch {
            return error
        }
    }
}
