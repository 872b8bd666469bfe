import Foundation

extension IniDocument {
    /// Parses INI text.
    ///
    /// - Parameters:
    ///   - text: the whole file.
    ///   - location: the file (its `line` is ignored); every key gets its own line.
    /// - Throws: ``ConfigError`` for a key before any section, a line that is neither a
    ///   header, a comment nor `key = value`, or an empty key.
    public static func parse(_ text: String, location: ConfigLocation) throws(ConfigError) -> IniDocument {
        var builder = Builder()
        var lineNumber = 0
        // Split at the line feed byte (a grapheme break always follows one, so no Character is
        // cut; splitting by Character cost ~10,000 instructions a line); the "\r" of a CR LF
        // line is dropped below.
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            try builder.consume(line, at: location.at(line: lineNumber))
        }
        return builder.finish()
    }

    /// Holds the parser's state between lines.
    private struct Builder {
        var sections: [IniSection] = []
        var defaults: IniSection?
        /// Index into `sections`, or -1 for `[DEFAULT]`; nil before the first header.
        var current: Int?
        /// The entry being built (its continuation lines may still come).
        var pending: (key: String, lines: [String], location: ConfigLocation, indent: Int)?

        mutating func consume(_ line: Substring, at location: ConfigLocation) throws(ConfigError) {
            let stripped = line.trimmingWhitespace()
            if stripped.hasPrefix("#") || stripped.hasPrefix(";") { return }
            if stripped.isEmpty {
                // configparser keeps blank lines inside a multi-line value; trailing ones are trimmed.
                pending?.lines.append("")
                return
            }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            if var open = pending, indent > open.indent {
                open.lines.append(stripped)
                pending = open
                return
            }
            flush()
            if stripped.hasPrefix("["), stripped.hasSuffix("]"), stripped.count > 2 {
                openSection(String(stripped.dropFirst().dropLast()), at: location)
                return
            }
            guard current != nil else {
                throw ConfigError(location: location, message:
                    "\"\(stripped)\" comes before any [section] header")
            }
            guard let delimiter = stripped.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw ConfigError(location: location, section: currentName, message:
                    "\"\(stripped)\" is not a [section] header, a comment or key = value")
            }
            let key = stripped[..<delimiter].trimmingWhitespace().lowercased()
            let value = stripped[stripped.index(after: delimiter)...].trimmingWhitespace()
            guard !key.isEmpty else {
                throw ConfigError(location: location, section: currentName, message:
                    "\"\(stripped)\" has no key before the \(stripped[delimiter])")
            }
            pending = (key, [value], location, indent)
        }

        var currentName: String? {
            guard let current else { return nil }
            return current < 0 ? IniDocument.defaultSectionName : sections[current].name
        }

        mutating func openSection(_ name: String, at location: ConfigLocation) {
            if name == IniDocument.defaultSectionName {
                if defaults == nil { defaults = IniSection(name: name, location: location, entries: []) }
                current = -1
            } else if let existing = sections.firstIndex(where: { $0.name == name }) {
                current = existing
            } else {
                sections.append(IniSection(name: name, location: location, entries: []))
                current = sections.count - 1
            }
        }

        mutating func flush() {
            guard let open = pending, let current else { return }
            pending = nil
            var lines = open.lines
            while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
            let entry = IniSection.Entry(key: open.key, rawValue: lines.joined(separator: "\n"), location: open.location)
            if current < 0 {
                defaults?.entries.append(entry)
            } else {
                sections[current].entries.append(entry)
            }
        }

        mutating func finish() -> IniDocument {
            flush()
            return IniDocument(sections: sections, defaults: defaults)
        }
    }
}
