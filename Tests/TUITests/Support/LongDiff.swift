/// git's text of a 10,008-line diff: one file, 556 hunks of 10 context, 4 removed and 4 added
/// lines, every pair with an intra-line change (the diff timings' input).
enum LongDiff {
    static let text: String = {
        var text = "diff --git a/big.py b/big.py\n--- a/big.py\n+++ b/big.py\n"
        var old = 1
        for block in 0..<556 {
            text += "@@ -\(old),14 +\(old),14 @@ def f\(block)():\n"
            for i in 0..<10 { text += "     context \(block) \(i) = compute(value, \(i))\n" }
            for i in 0..<4 { text += "-    old \(block) \(i) = compute(value, \(i))\n" }
            for i in 0..<4 { text += "+    new \(block) \(i) = compute(value, \(i), strict=True)\n" }
            old += 20
        }
        return text
    }()
}
