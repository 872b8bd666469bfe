import Foundation

/// Finds theme files by name in an ordered list of directories and resolves `inherits`.
///
/// The first directory holding `NAME.theme` wins, so the user's own directory goes first
/// (see ``standardDirectories(home:bundled:)``).
public struct ThemeLoader: Sendable, Hashable {
    /// A theme that can be loaded.
    public struct Entry: Sendable, Hashable {
        /// The name to load it by.
        public var name: String
        /// Its description.
        public var description: String
        /// The file it would be read from.
        public var path: String
    }

    /// Where to look, first match wins.
    public var directories: [String]
    /// The home directory, for showing paths with `~`.
    public var home: String

    /// Creates a loader.
    public init(directories: [String], home: String) {
        self.directories = directories
        self.home = home
    }

    /// `~/.config/gerrymander/themes` followed by the given installed or bundled directories.
    public static func standardDirectories(home: String, bundled: [String]) -> [String] {
        [DisplayPath.expand("~/.config/gerrymander/themes", home: home)] + bundled
    }

    /// Loads and resolves theme `name`.
    ///
    /// - Parameters:
    ///   - name: the theme's name (letters, digits, `-`, `_`).
    ///   - requestedAt: where the name was configured (`[tui] theme`), for a not-found message.
    /// - Throws: ``ConfigError`` when the theme is missing, a file is bad, or `inherits` loops.
    public func load(_ name: String, requestedAt: ConfigLocation? = nil) throws(ConfigError) -> Theme {
        var chain: [ThemeFile] = []
        var current = name
        var origin = requestedAt
        while true {
            if chain.contains(where: { $0.name == current }) {
                throw ConfigError(location: origin ?? ConfigLocation(file: "", line: 0),
                                  message: "theme \"\(current)\" inherits from itself")
            }
            let file = try loadFile(current, requestedAt: origin)
            chain.append(file)
            guard let parent = file.inherits else { break }
            current = parent
            origin = file.location
        }
        var styles: [ThemeRole: ThemeStyle] = [:]
        for file in chain.reversed() {
            styles.merge(file.styles) { _, new in new }
        }
        let first = chain[0]
        return Theme(name: name, description: first.description, styles: styles)
    }

    /// Reads one theme file without resolving its parent.
    ///
    /// - Throws: ``ConfigError`` when no directory has it, or it is unreadable or bad.
    public func loadFile(_ name: String, requestedAt: ConfigLocation? = nil) throws(ConfigError) -> ThemeFile {
        let fallback = requestedAt ?? ConfigLocation(file: "", line: 0)
        let allowed = name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard !name.isEmpty, allowed else {
            throw ConfigError(location: fallback, message: "\"\(name)\" is not a theme name (letters, digits, - and _)")
        }
        for directory in directories {
            let path = (directory as NSString).appendingPathComponent("\(name).theme")
            let location = ConfigLocation(file: path, displayFile: DisplayPath.abbreviate(path, home: home), line: 0)
            guard let text = try ConfigFile.read(location) else { continue }
            var file = try ThemeFile.parse(text, location: location, fallbackName: name)
            file.name = name
            return file
        }
        let looked = directories.map { DisplayPath.abbreviate($0, home: home) }.joined(separator: ", ")
        let available = availableThemes().map(\.name).joined(separator: ", ")
        throw ConfigError(location: fallback, message:
            "theme \"\(name)\" not found in \(looked.isEmpty ? "no directories" : looked)"
            + (available.isEmpty ? "" : "; available: \(available)"))
    }

    /// Every theme in the directories, by name; where two directories have one name, the first wins.
    ///
    /// Files that cannot be read are listed with an empty description (loading them reports why).
    public func availableThemes() -> [Entry] {
        var found: [String: Entry] = [:]
        for directory in directories {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for fileName in names where fileName.hasSuffix(".theme") {
                let name = String(fileName.dropLast(".theme".count))
                guard found[name] == nil else { continue }
                let path = (directory as NSString).appendingPathComponent(fileName)
                let location = ConfigLocation(file: path, line: 0)
                let description = ((try? ConfigFile.read(location)) ?? nil)
                    .flatMap { try? ThemeFile.parse($0, location: location, fallbackName: name).description } ?? ""
                found[name] = Entry(name: name, description: description, path: path)
            }
        }
        return found.values.sorted { $0.name < $1.name }
    }
}
