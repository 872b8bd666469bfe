/// The text of a simulated file in a patch set and in its parent, made so that their diff is
/// exactly the `+insertions -deletions` the simulator reports for it.
///
/// Deterministic: the same change, path and counts always give the same lines. Added lines are
/// a prefix of one sequence per change and file, so a later patch set that adds more lines
/// differs from an earlier one as a rework would; each removed line has an added twin that
/// differs in the middle, so the demo shows intra-line changes.
public enum SimFileContents {
    /// Unchanged lines around the two changed blocks: 3 before, 6 between, 3 after.
    static let contextCount = 12

    /// The file in the patch set (`insertions` added lines) and in the parent (`nil` for an
    /// added file).
    public static func lines(change: Int, path: String, type: String, insertions: Int, deletions: Int) -> (parent: [String]?, patchSet: [String]) {
        let added = addedLines(change: change, path: path, count: max(0, insertions))
        if type == "ADDED" { return (nil, added) }
        let removed = removedLines(change: change, path: path, count: abs(deletions))
        let context = contextLines(change: change, path: path)
        func assemble(_ block: [String]) -> [String] {
            let half = block.count / 2
            var lines: [String] = Array(context[0..<3])
            lines += block[0..<half]
            lines += context[3..<9]
            lines += block[half...]
            lines += context[9..<12]
            return lines
        }
        return (assemble(removed), assemble(added))
    }

    private static func seed(_ change: Int, _ path: String, _ salt: UInt64) -> UInt64 {
        // FNV-1a over the path: stable across runs, unlike Hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ UInt64(truncatingIfNeeded: change) &* 0x9E37_79B9_7F4A_7C15 ^ salt
    }

    private static let verbs = ["allocate", "release", "resize", "attach", "detach", "migrate", "schedule", "refresh"]
    private static let nouns = ["instance", "volume", "port", "flavor", "host", "network", "image", "quota"]
    private static let arguments = ["context", "request", "target", "spec", "limits", "options"]

    /// Added line `i`: unique (it carries `i`), code-like.
    static func addedLine(_ i: Int, _ rng: inout SplitMix64) -> String {
        let verb = rng.pick(verbs), noun = rng.pick(nouns), argument = rng.pick(arguments)
        switch i % 4 {
        case 0: return "    \(noun)_\(i) = self.\(verb)_\(noun)(\(argument), retries=\(1 + i % 5))"
        case 1: return "    if not \(noun)_\(i - 1):"
        case 2: return "        LOG.debug('\(verb) \(noun) %s failed', \(argument))"
        default: return "        raise exception.\(noun.capitalized)NotFound(\(noun)_id=\(i))"
        }
    }

    static func addedLines(change: Int, path: String, count: Int) -> [String] {
        var rng = SplitMix64(seed: seed(change, path, 1))
        return (0..<count).map { addedLine($0, &rng) }
    }

    /// Removed line `i`: the added line `i` as it was before (same start and end, another middle).
    static func removedLines(change: Int, path: String, count: Int) -> [String] {
        var rng = SplitMix64(seed: seed(change, path, 1))
        return (0..<count).map { i in
            let now = addedLine(i, &rng)
            guard let open = now.firstIndex(of: "("), let close = now.lastIndex(of: ")"), open < close else { return now + "  # old" }
            return String(now[...open]) + "legacy_\(i)" + String(now[close...])
        }
    }

    static func contextLines(change: Int, path: String) -> [String] {
        var rng = SplitMix64(seed: seed(change, path, 2))
        return (0..<contextCount).map { i in
            let noun = rng.pick(nouns)
            switch i {
            case 0: return "# \(path) (change \(change))"
            case 1: return "import logging"
            case 2: return ""
            case 8: return "def handle_\(noun)(\(rng.pick(arguments))):"
            default: return "    \(noun)_setting_\(i) = CONF.\(noun).option_\(i)"
            }
        }
    }
}
