/// A line diff of two texts (Myers' O(ND) algorithm), as hunks with context like `git diff -U3`.
///
/// For content that does not come from git: the demo's simulated patch sets. The result has
/// the same shape as parsed git output, so everything after it is the same code.
public enum LineDiff {
    /// The hunks turning `old` into `new`, with `context` unchanged lines around each change.
    public static func hunks(old: [String], new: [String], context: Int = 3) -> [DiffHunk] {
        let script = editScript(old, new)
        guard script.contains(where: { $0 != .keep }) else { return [] }
        // Every line as a DiffLine with numbers on both sides.
        var lines: [DiffLine] = []
        var o = 0, n = 0
        for edit in script {
            switch edit {
            case .keep:
                lines.append(DiffLine(kind: .context, text: old[o], oldNumber: o + 1, newNumber: n + 1)); o += 1; n += 1
            case .delete:
                lines.append(DiffLine(kind: .removed, text: old[o], oldNumber: o + 1)); o += 1
            case .insert:
                lines.append(DiffLine(kind: .added, text: new[n], newNumber: n + 1)); n += 1
            }
        }
        // Group changes whose context overlaps into one hunk.
        var hunks: [DiffHunk] = []
        var index = 0
        while index < lines.count {
            guard lines[index].kind != .context else { index += 1; continue }
            let start = max(0, index - context)
            var end = index
            var scan = index
            while scan < lines.count {
                if lines[scan].kind != .context { end = scan; scan += 1; continue }
                // A run of context longer than twice the context ends the hunk.
                var run = scan
                while run < lines.count, lines[run].kind == .context { run += 1 }
                if run - scan > 2 * context || run == lines.count { break }
                scan = run
            }
            let stop = min(lines.count, end + 1 + context)
            let slice = Array(lines[start..<stop])
            let oldCount = slice.count { $0.kind != .added }
            let newCount = slice.count { $0.kind != .removed }
            let firstOld = slice.first { $0.oldNumber != nil }?.oldNumber ?? (lines[..<start].last { $0.oldNumber != nil }?.oldNumber ?? 0) + 1
            let firstNew = slice.first { $0.newNumber != nil }?.newNumber ?? (lines[..<start].last { $0.newNumber != nil }?.newNumber ?? 0) + 1
            // git's convention: an empty side starts at the line before it (0 for an empty file).
            hunks.append(DiffHunk(oldStart: oldCount == 0 ? firstOld - 1 : firstOld, oldCount: oldCount,
                                  newStart: newCount == 0 ? firstNew - 1 : firstNew, newCount: newCount, lines: slice))
            index = stop
        }
        var file = FileDiff(path: "", hunks: hunks)
        IntralineDiff.markPairs(in: &file)
        return file.hunks
    }

    enum Edit: Equatable { case keep, delete, insert }

    /// The most edits searched for before a change is shown as a whole replacement.
    static let maxEdits = 4_000

    /// The shortest edit script, deletions before insertions within a change (as git prints).
    static func editScript(_ a: [String], _ b: [String]) -> [Edit] {
        // Common prefix and suffix first: most of a file is unchanged.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)]), y = Array(b[prefix..<(b.count - suffix)])
        let middle = myers(x, y)
        return Array(repeating: .keep, count: prefix) + middle + Array(repeating: .keep, count: suffix)
    }

    private static func myers(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count, m = b.count
        if n == 0 { return Array(repeating: .insert, count: m) }
        if m == 0 { return Array(repeating: .delete, count: n) }
        let max = n + m
        // Past this many edits the texts have little in common: replace the middle whole
        // rather than spend O(D²) memory and time finding the shortest script.
        let limit = Swift.min(max, maxEdits)
        var v = Array(repeating: 0, count: 2 * max + 2)
        // Round d's snapshot holds v[k] for k in -(d+1)...(d+1) (all the backtrack reads).
        var trace: [[Int]] = []
        var found = false
        for d in 0...limit {
            trace.append(Array(v[Swift.max(0, max - d - 1)...Swift.min(2 * max + 1, max + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max]) {
                    x = v[k + 1 + max]
                } else {
                    x = v[k - 1 + max] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[k + max] = x
                if x >= n, y >= m { found = true; break }
            }
            if found { break }
        }
        guard found else { return Array(repeating: .delete, count: n) + Array(repeating: .insert, count: m) }
        // Walk back through the trace.
        var edits: [Edit] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let snapshot = trace[d]
            let offset = Swift.min(max, d + 1)   // index of k = 0 in the snapshot
            func v(_ k: Int) -> Int { snapshot[k + offset] }
            let k = x - y
            let previousK = (k == -d || (k != d && v(k - 1) < v(k + 1))) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v(previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY { edits.append(.keep); x -= 1; y -= 1 }
            if d > 0 { edits.append(x == previousX ? .insert : .delete) }
            x = previousX; y = previousY
        }
        while x > 0, y > 0 { edits.append(.keep); x -= 1; y -= 1 }
        let forward = Array(edits.reversed())
        return deletionsFirst(forward)
    }

    /// Within each run of changes, deletions before insertions.
    private static func deletionsFirst(_ edits: [Edit]) -> [Edit] {
        var result: [Edit] = []
        var index = 0
        while index < edits.count {
            if edits[index] == .keep { result.append(.keep); index += 1; continue }
            var deletes = 0, inserts = 0
            while index < edits.count, edits[index] != .keep {
                if edits[index] == .delete { deletes += 1 } else { inserts += 1 }
                index += 1
            }
            result += Array(repeating: .delete, count: deletes) + Array(repeating: .insert, count: inserts)
        }
        return result
    }
}
