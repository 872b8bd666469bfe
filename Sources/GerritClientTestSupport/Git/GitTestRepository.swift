import Foundation

/// A bare git repository laid out as Gerrit keeps one: a base commit on `master` and two
/// patch sets of one change under `refs/changes/NN/NUMBER/PS`, both children of the base.
///
/// Patch set 1 edits `app.py` and adds `notes.txt`; patch set 2 reworks the edit of `app.py`,
/// renames `old.txt` to `new.txt` with one line changed, and changes the binary `logo.bin`.
public struct GitTestRepository: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The folder `TestSSHD(gitRoot:)` serves.
    public let root: String
    public let project: String
    public let change: Int
    public let base: String
    public let patchSet1: String
    public let patchSet2: String

    /// The text of `app.py` in the base, patch set 1 and patch set 2.
    public static let appBase = (1...12).map { "line \($0)" }
    public static var appPatchSet1: [String] {
        var lines = appBase
        lines[4] = "line 5 changed in PS1"
        lines.insert("added after 8 in PS1", at: 8)
        return lines
    }
    public static var appPatchSet2: [String] {
        var lines = appBase
        lines[4] = "line 5 changed in PS2"
        lines.insert(contentsOf: ["added after 8 in PS2", "\tand a tabbed line"], at: 8)
        return lines
    }

    /// Builds it under `root/project` (the project may have slashes), the two patch sets
    /// numbered `numbers` (1 and 2 unless a test needs them to match a simulated change).
    public init(root: String, project: String = "demo/project", change: Int = 12345, numbers: (Int, Int) = (1, 2)) throws {
        self.root = root
        self.project = project
        self.change = change
        let work = root + "/.work-" + UUID().uuidString.prefix(6)
        let bare = root + "/" + project
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        try Self.git(["init", "--quiet", "--bare", bare], in: root)
        try Self.git(["init", "--quiet"], in: work)
        func write(_ files: [String: String]) throws {
            for (name, text) in files {
                try text.write(toFile: work + "/" + name, atomically: true, encoding: .utf8)
            }
        }
        func commit(_ message: String) throws -> String {
            try Self.git(["add", "-A"], in: work)
            try Self.git(["commit", "--quiet", "-m", message], in: work)
            return try Self.git(["rev-parse", "HEAD"], in: work).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let text = { (lines: [String]) in lines.joined(separator: "\n") + "\n" }
        try write(["app.py": text(Self.appBase), "old.txt": text((1...8).map { "old \($0)" })])
        try Data([0, 1, 2, 3, 255]).write(to: URL(fileURLWithPath: work + "/logo.bin"))
        base = try commit("Base")
        try write(["app.py": text(Self.appPatchSet1), "notes.txt": "note one\nnote two\n"])
        patchSet1 = try commit("Change, patch set 1")
        try Self.git(["reset", "--quiet", "--hard", base], in: work)
        try FileManager.default.moveItem(atPath: work + "/old.txt", toPath: work + "/new.txt")
        var renamed = (1...8).map { "old \($0)" }
        renamed[7] = "old 8, now new"
        try write(["app.py": text(Self.appPatchSet2), "notes.txt": "note one\nnote two\n", "new.txt": text(renamed)])
        try Data([0, 1, 2, 3, 254, 9]).write(to: URL(fileURLWithPath: work + "/logo.bin"))
        patchSet2 = try commit("Change, patch set 2")
        let last2 = String(format: "%02d", change % 100)
        try Self.git(["push", "--quiet", bare, "\(base):refs/heads/master",
                      "\(patchSet1):refs/changes/\(last2)/\(change)/\(numbers.0)",
                      "\(patchSet2):refs/changes/\(last2)/\(change)/\(numbers.1)"], in: work)
    }

    /// Runs git in `folder` with a fixed identity; returns stdout.
    @discardableResult
    static func git(_ arguments: [String], in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in ["GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "Test",
                             "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z",
                             "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z", "GIT_CONFIG_NOSYSTEM": "1", "HOME": folder] {
            environment[key] = value
        }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "git \(arguments.joined(separator: " ")) failed: \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
