import Foundation
import Testing

/// Makes a directory unwritable even for root, who ignores permission bits.
///
/// Mode 0500 stops an ordinary user; as root (CI runs as root) the directory is also marked
/// immutable with `chattr +i`, which root cannot write through either.
enum ReadOnlyDirectory {
    static func lock(_ directory: URL) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: directory.path)
        if geteuid() == 0 {
            try chattr("+i", directory)
        }
        // Prove it: the test is worthless if writing still works.
        let probe = directory.appendingPathComponent("probe")
        #expect(!FileManager.default.createFile(atPath: probe.path, contents: Data()), "directory is still writable")
    }

    static func unlock(_ directory: URL) {
        if geteuid() == 0 { try? chattr("-i", directory) }
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
    }

    private static func chattr(_ flag: String, _ directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, directory.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ChattrFailed(status: process.terminationStatus, flag: flag, path: directory.path)
        }
    }

    struct ChattrFailed: Error, CustomStringConvertible {
        let status: Int32
        let flag: String
        let path: String
        var description: String { "chattr \(flag) \(path) exited \(status)" }
    }
}
