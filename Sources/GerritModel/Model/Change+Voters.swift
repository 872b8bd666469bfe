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
        func note(_ patchSet: PatchSet) {
            for approval in patchSet.approvals {
                if let voter = approval.by, !voters.contains(voter) { voters.append(voter) }
            }
        }
        patchSets.forEach(note)
        if let current = currentPatchSet, !patchSets.contains(where: { $0.number == current.number }) {
            note(current)
        }
        return voters
    }

    /// Whether some account that voted on some patch set passes `test`.
    ///
    /// Looks in place (the digest, else the votes themselves): copying every vote of every change
    /// into one array first was most of what the todo lists spent classifying.
    public func anyVoter(_ test: (Account) -> Bool) -> Bool {
        if let voterDigest { return voterDigest.contains(where: test) }
        for patchSet in patchSets where patchSet.approvals.contains(where: { $0.by.map(test) ?? false }) {
            return true
        }
        if let current = currentPatchSet, !patchSets.contains(where: { $0.number == current.number }) {
            return current.approvals.contains { $0.by.map(test) ?? false }
        }
        return false
    }
}
