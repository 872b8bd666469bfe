import Foundation

/// Runs one of the package's built executables the way a user would, and keeps what it printed.
public struct BinaryRunner: Sendable {
    /// What a finished run printed and how it ended.
    public struct Result: Sendable {
        public var stdout: String
        public var stderr: String
        public var status: Int32
    }

    /// The executable's path, e.g. `<repo>/.build/debug/gerrymander`.
    public let executable: URL

    /// Finds `name` in the build folder that holds the running test bundle.
    ///
    /// - Throws: when the executable was not built (run `swift build` first).
    public init(product name: String, file: StaticString = #filePath) throws {
        let candidates = BinaryRunner.buildFolders(file: file).map { $0.appendingPathComponent(name) }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw TestSupportError("\(name) is not built; looked in: \(candidates.map(\.path).joined(separator: ", "))")
        }
        executable = found
    }

    /// Runs the executable at `executable` (an installed copy, say).
    public init(executable: URL) {
        self.executable = executable
    }

    /// The folders where SwiftPM puts executables next to the running test bundle.
    static func buildFolders(file: StaticString) -> [URL] {
        var folders: [URL] = []
        // The test bundle lives in the same folder as the executables.
        let bundle = Bundle.main.bundleURL
        folders.append(bundle.hasDirectoryPath ? bundle : bundle.deletingLastPathComponent())
        folders.append(URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent())
        let root = RepositoryPaths.root(file: file)
        folders.append(root.appendingPathComponent(".build/debug"))
        return folders
    }

    /// Runs the executable with `arguments`, optional standard input and extra environment.
    public func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    currentDirectory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["PAGER"] = "cat"
        env["GERRYMANDER_PAGER"] = "cat"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a chatty process cannot fill a pipe and stall.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      status: process.terminationStatus)
    }
}

/// A failure in test plumbing (a missing tool or binary), with a message that says what to do.
public struct TestSupportError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
