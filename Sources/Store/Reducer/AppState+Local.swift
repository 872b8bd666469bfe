import Foundation
import GerritModel

// What is kept on this machine: seen marks, reviewed marks, unsent reviews.
extension AppState {
    /// The local state arrived from its file.
    mutating func localStateLoaded(_ loaded: LocalState?, problem: String?) -> [Effect] {
        if let problem { addMessage(problem, kind: .error) }
        var merged = loaded ?? LocalState()
        // Posts the last run did not see answered may or may not have arrived: offer them again.
        for index in merged.unsent.indices where merged.unsent[index].status == .posting {
            merged.unsent[index].status = .failed("the last run ended before the server answered")
        }
        // Anything written since start-up (before the file was read) comes on top.
        merged.unsent += local.unsent.filter { mine in !merged.unsent.contains { $0.id == mine.id } }
        for (number, date) in local.seen { merged.seen[number] = date }
        for (number, mark) in local.reviewed { merged.reviewed[number] = mark }
        // Written back only when it differs from the file: at a warm start the write (and its
        // JSON) competed with the first paint for the CPU, to store what was just read.
        let changed = merged != loaded ?? LocalState()
        local = merged
        localLoaded = true
        // Ids of new reviews must not collide with the kept ones.
        nextRequestID = max(nextRequestID, (local.unsent.map(\.id).max() ?? 0) + 1)
        for (number, change) in changes { markUnreadIfChangedSinceSeen(number, change) }
        normalizeAllSelections(keepScreenRow: true)
        let queued = local.unsent.filter { $0.status == .queued }.count
        if queued > 0 { addMessage("\(queued) review\(queued == 1 ? "" : "s") waiting to be sent when \(serverName) answers") }
        return (connection == .live ? postQueued() : []) + (changed ? saveLocal() : [])
    }

    /// A change I looked at that changed since is marked, after a restart too.
    mutating func markUnreadIfChangedSinceSeen(_ number: Int, _ change: Change) {
        guard let seen = local.seen[number], let updated = change.lastUpdated, updated > seen else { return }
        if !isOnScreenInDetail(number) { unread.insert(number) }
    }

    /// Records that I looked at `number` as it is now (once the kept marks were read, so they
    /// are merged, not overwritten).
    mutating func noteSeen(_ number: Int) -> [Effect] {
        guard localLoaded, let updated = (detail?.number == number ? detail?.change : nil)?.lastUpdated ?? changes[number]?.lastUpdated else {
            return []
        }
        guard local.seen[number] != updated else { return [] }
        local.seen[number] = updated
        // Keep the file small: the most recently updated few thousand are plenty.
        if local.seen.count > 5_000 {
            let kept = local.seen.sorted { $0.value > $1.value }.prefix(4_000)
            local.seen = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        }
        return saveLocal()
    }

    /// `v`: mark the change reviewed (off my todo lists until it gets a new patch set or
    /// comment), or take the mark off.
    mutating func toggleReviewed() -> [Effect] {
        guard let change = actionTarget else {
            addMessage("No change selected", kind: .error)
            return []
        }
        if local.reviewed.removeValue(forKey: change.number) != nil {
            addMessage("Change \(change.number) is back on your lists")
        } else {
            local.reviewed[change.number] = ReviewedMark(patchSet: change.latestPatchSet?.number ?? 0,
                                                         messages: change.comments.count)
            addMessage("Change \(change.number) marked reviewed: off your todo lists until a new patch set or comment (v undoes)")
        }
        normalizeAllSelections(keepScreenRow: true)
        return saveLocal()
    }

    /// Whether a local "reviewed" mark still hides `change` (no new patch set or comment since).
    func isMarkedReviewed(_ change: Change) -> Bool {
        guard let mark = local.reviewed[change.number] else { return false }
        return mark.patchSet == (change.latestPatchSet?.number ?? 0) && change.comments.count <= mark.messages
    }

    /// The server told its version: on Gerrit 3.3 and later an "Attention" tab lists what waits
    /// for me there.
    mutating func serverVersionFound(major: Int, minor: Int) -> [Effect] {
        serverHasAttentionSet = (major, minor) >= (3, 3)
        guard serverHasAttentionSet, !tabs.contains(where: { $0.id == TabSpec.attentionID }) else { return [] }
        let spec = TabSpec.attention(me: classifierSettings.me, scope: tabScope)
        tabs.append(TabState(spec: spec))
        guard !inFlightQueries.contains(spec.queryID) else { return [] }
        inFlightQueries.insert(spec.queryID)
        return [.query(id: spec.queryID, query: spec.query, options: Self.listOptions)]
    }
}
