import Foundation

/// The real Gerrit query and event output kept in `Tests/Fixtures/gerrit-real` (its SOURCES.md
/// says where each file comes from).
public enum RealGerritSamples {
    /// The folder of samples.
    public static var directory: URL {
        RepositoryPaths.fixtures().appendingPathComponent("gerrit-real", isDirectory: true)
    }

    /// Every `.jsonl` sample file name, sorted.
    ///
    /// - Throws: `TestSupportError` when the folder is missing or holds no samples.
    public static func allFiles() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let files = names.filter { $0.hasSuffix(".jsonl") }.sorted()
        guard !files.isEmpty else { throw TestSupportError("no samples in \(directory.path)") }
        return files
    }

    /// The bytes of one sample file.
    ///
    /// - Throws: `TestSupportError` when it is missing.
    public static func data(_ name: String) throws -> Data {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TestSupportError("sample missing: \(url.path)")
        }
        return data
    }
}
