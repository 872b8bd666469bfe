/// Where a configuration value came from: a file and a 1-based line number.
///
/// `file` is the path as read; `displayFile` is the same path as a user should see it
/// (the home directory shown as `~`), used in every message.
public struct ConfigLocation: Sendable, Hashable, CustomStringConvertible {
    /// The path of the file as it was opened.
    public var file: String
    /// The path for messages, with the home directory written as `~`.
    public var displayFile: String
    /// The 1-based line number; 0 when the message concerns the whole file.
    public var line: Int

    /// Creates a location; `displayFile` defaults to `file`.
    public init(file: String, displayFile: String? = nil, line: Int) {
        self.file = file
        self.displayFile = displayFile ?? file
        self.line = line
    }

    /// `~/.gerrymander:12`, or just the path when the line is unknown.
    public var description: String {
        line > 0 ? "\(displayFile):\(line)" : displayFile
    }

    /// The location of the same file at another line.
    func at(line: Int) -> ConfigLocation {
        ConfigLocation(file: file, displayFile: displayFile, line: line)
    }
}
