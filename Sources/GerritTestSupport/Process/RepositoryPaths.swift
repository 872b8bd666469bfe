import Foundation

/// Where the repository and its test data are, computed from a source file's path.
///
/// The repository stands alone: everything a test reads lives under `Tests/`, so a plain clone
/// with nothing beside it passes.
public enum RepositoryPaths {
    /// The repository root: the nearest folder above `file` that holds Package.swift.
    public static func root(file: StaticString = #filePath) -> URL {
        var url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// `Tests/Fixtures`: real Gerrit samples and the original's example config.
    public static func fixtures(file: StaticString = #filePath) -> URL {
        root(file: file).appendingPathComponent("Tests/Fixtures", isDirectory: true)
    }
}
