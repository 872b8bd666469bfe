/// Edit distance counting a swap of neighbours as one edit (optimal string alignment),
/// for "did you mean" hints: `qiut` is one edit from `quit`.
public enum EditDistance {
    /// The number of edits (insert, delete, replace, swap neighbours) from `a` to `b`.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(0...b.count)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution: Int = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                let insertOrDelete: Int = min(previous[j] + 1, current[j - 1] + 1)
                var best = min(substitution, insertOrDelete)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, beforePrevious[j - 2] + 1)
                }
                current[j] = best
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
