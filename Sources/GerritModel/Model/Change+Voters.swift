/// Who voted on a change, across its patch sets.
extension Change {
    /// Every account that voted on some patch set (the current one too, when only it was sent),
    /// once each, in the order of their first vote: `voterDigest` when the cache stored it, else
    /// gathered from the votes.
    public var everyVoter: [Account] {
        if let voterDigest { return voterDigest }
        // A change has a few voters (a dozen at most in practice): comparing against them is
        // cheaper than hashing three strings per vote, which every stored change pays for.
        var voters: [Account] = []
        _ = firstVoteBy { voter in
            if !voters.contains(voter) { voters.append(voter) }
            return false
        }
        return voters
    }

    /// Whether some account that voted on some patch set passes `test`.
    ///
    /// Looks in place (the digest, else the votes themselves): copying every vote of every change
    /// into one array first was most of what the todo lists spent classifying.
    public func anyVoter(_ test: (Account) -> Bool) -> Bool {
        if let voterDigest { return voterDigest.contains(where: test) }
        return firstVoteBy(test)
    }

    /// Walks the voters of every vote in order (`patchSets`, then the current patch set when the
    /// query sent it alone) until `stop` says so; whether it did.
    private func firstVoteBy(_ stop: (Account) -> Bool) -> Bool {
        func search(_ patchSet: PatchSet) -> Bool {
            patchSet.approvals.contains { $0.by.map(stop) ?? false }
        }
        if patchSets.contains(where: search) { return true }
        if let current = currentPatchSet, !patchSets.contains(where: { $0.number == current.number }) {
            return search(current)
        }
        return false
    }
}
