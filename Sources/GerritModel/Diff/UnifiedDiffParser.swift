/// Reads `git diff` output (unified, with git's extended headers) into `FileDiff` values.
///
/// Tolerant like the rest of the model: it never throws; lines it does not know are skipped,
/// a hunk that ends early keeps what it had, and a plain `--- / +++` diff without `diff --git`
/// works too. Understands new, deleted, renamed and copied files, binary files (both git's
/// "Binary files … differ" and a `GIT binary patch`), "\ No newline at end of file", and
/// C-quoted paths (`"a/tab\there"`). After parsing, paired removed/added lines get their
/// intra-line change (`DiffLine.changed`).
public enum UnifiedDiffParser {
    /// The files of `text`, in order.
    public static func parse(_ text: String) -> [FileDiff] {
        var files: [FileDiff] = []
        var current: FileDiff?
        var hunk: DiffHunk?
        var oldLine = 0
        var newLine = 0
        // Lines the current hunk still expects on each side; a hunk ends when both reach 0.
        var oldLeft = 0
        var newLeft = 0

        func closeHunk() {
            if let done = hunk { current?.hunks.append(done) }
            hunk = nil
        }
        func closeFile() {
            closeHunk()
            if var done = current {
                IntralineDiff.markPairs(in: &done)
                files.append(done)
            }
            current = nil
        }

        // Split by scalars, not Characters: "\r\n" is one Character, so a file with CRLF line
        // endings would not split at all. The newline that ends the text ends its last line.
        var rawLines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if text.unicodeScalars.last == "\n" { rawLines.removeLast() }
        for raw in rawLines {
            let line = Substring(raw.last == "\r" ? raw.dropLast() : raw)
            if hunk != nil, oldLeft > 0 || newLeft > 0 {
                // The marker is the first scalar: a line whose code starts with a combining mark
                // makes one Character of the two.
                let marker = line.unicodeScalars.first
                let body = String(Substring(line.unicodeScalars.dropFirst()))
                switch marker {
                // An empty line is a context line whose space an editor or a mail trimmed.
                case " " where oldLeft > 0 && newLeft > 0, nil where oldLeft > 0 && newLeft > 0:
                    hunk?.lines.append(DiffLine(kind: .context, text: body, oldNumber: oldLine, newNumber: newLine))
                    oldLine += 1; newLine += 1; oldLeft -= 1; newLeft -= 1
                    continue
                case "-" where oldLeft > 0:
                    hunk?.lines.append(DiffLine(kind: .removed, text: body, oldNumber: oldLine))
                    oldLine += 1; oldLeft -= 1
                    continue
                case "+" where newLeft > 0:
                    hunk?.lines.append(DiffLine(kind: .added, text: body, newNumber: newLine))
                    newLine += 1; newLeft -= 1
                    continue
                case "\\":
                    markMissingNewline(&hunk)
                    continue
                default:
                    // A hunk cut short, or a line its header has no room for: what follows
                    // is a header.
                    closeHunk()
                }
            }
            if line.hasPrefix("\\"), hunk != nil {
                markMissingNewline(&hunk)
                continue
            }
            if line.hasPrefix("diff --git ") {
                closeFile()
                let (old, new) = Self.gitHeaderPaths(String(line.dropFirst("diff --git ".count)))
                current = FileDiff(path: new ?? old ?? "", oldPath: old != new ? old : nil)
                continue
            }
            if line.hasPrefix("@@ ") {
                guard let header = parseHunkHeader(line) else { continue }
                if current == nil { current = FileDiff(path: "") }
                closeHunk()
                hunk = DiffHunk(oldStart: header.oldStart, oldCount: header.oldCount, newStart: header.newStart,
                                newCount: header.newCount, section: header.section)
                oldLine = header.oldStart
                newLine = header.newStart
                oldLeft = header.oldCount
                newLeft = header.newCount
                continue
            }
            if line.hasPrefix("--- ") {
                // A plain unified diff starts a file here; git's has one open already.
                if current == nil || !(current?.hunks.isEmpty ?? true) || hunk != nil {
                    closeFile()
                    current = FileDiff(path: "")
                }
                if let path = Self.sidePath(String(line.dropFirst(4))) {
                    if current?.path.isEmpty == true { current?.path = path }
                    if current?.path != path { current?.oldPath = path }
                } else {
                    current?.status = .added
                }
                continue
            }
            if line.hasPrefix("+++ ") {
                if let path = Self.sidePath(String(line.dropFirst(4))) {
                    if let old = current?.oldPath ?? current?.path, old != path, current?.status != .added {
                        current?.oldPath = old
                    }
                    current?.path = path
                    if current?.oldPath == path { current?.oldPath = nil }
                } else {
                    current?.status = .deleted
                    if let old = current?.oldPath { current?.path = old; current?.oldPath = nil }
                }
                continue
            }
            guard current != nil else { continue }
            if line.hasPrefix("new file mode") {
                current?.status = .added
            } else if line.hasPrefix("deleted file mode") {
                current?.status = .deleted
            } else if line.hasPrefix("rename from ") {
                current?.status = .renamed
                current?.oldPath = unquote(String(line.dropFirst("rename from ".count)))
            } else if line.hasPrefix("rename to ") {
                current?.status = .renamed
                current?.path = unquote(String(line.dropFirst("rename to ".count)))
            } else if line.hasPrefix("copy from ") {
                current?.status = .copied
                current?.oldPath = unquote(String(line.dropFirst("copy from ".count)))
            } else if line.hasPrefix("copy to ") {
                current?.status = .copied
                current?.path = unquote(String(line.dropFirst("copy to ".count)))
            } else if line.hasPrefix("similarity index ") {
                current?.similarity = Int(line.dropFirst("similarity index ".count).filter(\.isNumber))
            } else if line.hasPrefix("Binary files ") || line.hasPrefix("GIT binary patch") {
                current?.isBinary = true
            }
        }
        closeFile()
        // A deleted file names itself by its old path.
        return files.map { file in
            var file = file
            if file.status == .deleted, file.path.isEmpty, let old = file.oldPath { file.path = old; file.oldPath = nil }
            if file.oldPath == file.path { file.oldPath = nil }
            return file
        }
    }

    private static func markMissingNewline(_ hunk: inout DiffHunk?) {
        guard let last = hunk?.lines.indices.last else { return }
        hunk?.lines[last].missingNewline = true
    }

    /// `@@ -1,5 +1,6 @@ section` → its numbers (a missing count is 1).
    static func parseHunkHeader(_ line: Substring) -> (oldStart: Int, oldCount: Int, newStart: Int, newCount: Int, section: String)? {
        let rest = line.dropFirst(3)
        guard let close = rest.range(of: " @@") else { return nil }
        let ranges = rest[..<close.lowerBound].split(separator: " ")
        guard ranges.count == 2, ranges[0].hasPrefix("-"), ranges[1].hasPrefix("+"),
              let old = range(ranges[0].dropFirst()), let new = range(ranges[1].dropFirst()) else { return nil }
        var section = rest[close.upperBound...]
        if section.first == " " { section = section.dropFirst() }
        return (old.start, old.count, new.start, new.count, String(section))
    }

    /// Line numbers and counts beyond any file git diffs: refused, so that numbering lines
    /// from the header (and adding its start and count) cannot overflow.
    static let largestLineNumber = Int(Int32.max)

    private static func range(_ text: Substring) -> (start: Int, count: Int)? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard let start = Int(parts[0]), (0...largestLineNumber).contains(start) else { return nil }
        if parts.count == 1 { return (start, 1) }
        guard parts.count == 2, let count = Int(parts[1]), (0...largestLineNumber).contains(count) else { return nil }
        return (start, count)
    }

    /// The path of `--- a/x` / `+++ b/x`; nil for `/dev/null`.
    static func sidePath(_ text: String) -> String? {
        var value = text
        // git may put a tab and a timestamp after the name in plain diffs.
        if !value.hasPrefix("\""), let tab = value.firstIndex(of: "\t") { value = String(value[..<tab]) }
        value = unquote(value)
        if value == "/dev/null" { return nil }
        return stripPrefix(value)
    }

    /// The two paths of `diff --git a/x b/y`. Unambiguous only when quoted or equal; the
    /// `---`/`+++` and rename lines that follow correct them.
    static func gitHeaderPaths(_ text: String) -> (String?, String?) {
        if text.hasPrefix("\"") {
            let (first, rest) = takeQuoted(Substring(text))
            let second = rest.trimmingPrefix(" ")
            return (stripPrefix(first), stripPrefix(unquote(String(second))))
        }
        // Same path on both sides (the common case): "a/P b/P", so the halves are equal.
        let chars = Array(text)
        if chars.count % 2 == 1 {
            let half = chars.count / 2
            let left = String(chars[..<half]), right = String(chars[(half + 1)...])
            if chars[half] == " ", stripPrefix(left) == stripPrefix(right) {
                return (stripPrefix(left), stripPrefix(right))
            }
        }
        if let split = text.range(of: " b/") {
            return (stripPrefix(String(text[..<split.lowerBound])), String(text[split.upperBound...]))
        }
        return (nil, nil)
    }

    private static func stripPrefix(_ path: String) -> String {
        for prefix in ["a/", "b/"] where path.hasPrefix(prefix) { return String(path.dropFirst(2)) }
        return path
    }

    /// A C-quoted git path (`"tab\there \303\251"`) unquoted; anything else as it is.
    static func unquote(_ text: String) -> String {
        guard text.hasPrefix("\""), text.count >= 2 else { return text }
        return takeQuoted(Substring(text)).0
    }

    /// Reads one quoted string from the start of `text`; returns it and what follows.
    private static func takeQuoted(_ text: Substring) -> (String, Substring) {
        var bytes: [UInt8] = []
        var index = text.utf8.index(after: text.utf8.startIndex)
        let utf8 = text.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\"") {
                return (String(decoding: bytes, as: UTF8.self), text[utf8.index(after: index)...])
            }
            if byte == UInt8(ascii: "\\") {
                index = utf8.index(after: index)
                guard index < utf8.endIndex else { break }
                let escaped = utf8[index]
                switch escaped {
                case UInt8(ascii: "n"): bytes.append(10)
                case UInt8(ascii: "t"): bytes.append(9)
                case UInt8(ascii: "r"): bytes.append(13)
                case UInt8(ascii: "a"): bytes.append(7)
                case UInt8(ascii: "b"): bytes.append(8)
                case UInt8(ascii: "f"): bytes.append(12)
                case UInt8(ascii: "v"): bytes.append(11)
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 {
                        let next = utf8.index(after: index)
                        guard next < utf8.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(utf8[next]) else { break }
                        index = next
                        value = value * 8 + Int(utf8[index] - UInt8(ascii: "0"))
                    }
                    bytes.append(UInt8(truncatingIfNeeded: value))
                default: bytes.append(escaped)
                }
            } else {
                bytes.append(byte)
            }
            index = utf8.index(after: index)
        }
        return (String(decoding: bytes, as: UTF8.self), text[text.endIndex...])
    }
}
