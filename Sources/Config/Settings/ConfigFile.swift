import Foundation

/// Reads a configuration or theme file as UTF-8 text, turning every failure into a
/// ``ConfigError`` that names the path.
public enum ConfigFile {
    /// The text of the file, or nil when nothing exists at `location.file`.
    ///
    /// - Throws: ``ConfigError`` when the path is a directory, cannot be read, or is not UTF-8
    ///   (with the line of the first bad byte).
    public static func read(_ location: ConfigLocation) throws(ConfigError) -> String? {
        let path = location.file
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            throw ConfigError(location: location, message: "is a directory, not a file")
        }
        guard FileManager.default.isReadableFile(atPath: path),
              let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(location: location, message: "cannot be read: permission denied")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(location: location.at(line: firstInvalidLine(data)),
                              message: "is not valid UTF-8 text")
        }
        return text
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        for chunk in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(data: Data(chunk), encoding: .utf8) == nil { return line }
            line += 1
        }
        return 0
    }
}
