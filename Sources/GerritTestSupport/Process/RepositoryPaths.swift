import Foundation

/// Where the repository and the shared design folder are, computed from a source file's path.
///
/// CI clones the repository with `shared/` beside it, so `<repo>/../shared` is right both here
/// and there.
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

    /// `<repo>/../shared`.
    public static func shared(file: StaticString = #filePath) -> URL {
        root(file: file).deletingLastPathComponent().appendingPathComponent("shared")
    }
}
