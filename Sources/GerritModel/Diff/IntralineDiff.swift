/// Which part of a changed line changed: the span between the common prefix and the common
/// suffix of a removed line and the added line that replaced it.
///
/// A run of removed lines and the run of added lines after it are paired in order (what a
/// reviewer reads as "this line became that one"); lines with too little in common get no span, since
/// highlighting all of a rewritten line says nothing the line colour does not.
public enum IntralineDiff {
    /// The changed character ranges of `old` and `new`, or nil when they share too little.
    public static func spans(old: String, new: String) -> (old: Range<Int>, new: Range<Int>)? {
        let a = Array(old), b = Array(new)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let common = prefix + suffix
        // At least a third of the longer line in common, or it is a rewrite.
        guard common > 0, common * 3 >= max(a.count, b.count) else { return nil }
        return (prefix..<(a.count - suffix), prefix..<(b.count - suffix))
    }

    /// Sets `changed` on paired removed/added lines of every hunk of `file`.
    public static func markPairs(in file: inout FileDiff) {
        for h in file.hunks.indices {
            var lines = file.hunks[h].lines
            var index = 0
            while index < lines.count {
                guard lines[index].kind == .removed else { index += 1; continue }
                let removedStart = index
                while index < lines.count, lines[index].kind == .removed { index += 1 }
                let addedStart = index
                while index < lines.count, lines[index].kind == .added { index += 1 }
                // Line by line from the top of the change; `spans` refuses lines too unalike.
                let pairs = min(addedStart - removedStart, index - addedStart)
                for k in 0..<pairs {
                    if let spans = spans(old: lines[removedStart + k].text, new: lines[addedStart + k].text) {
                        lines[removedStart + k].changed = spans.old
                        lines[addedStart + k].changed = spans.new
                    }
                }
            }
            file.hunks[h].lines = lines
        }
    }
}
