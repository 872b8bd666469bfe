import Foundation
import GerritModel
import GerritRemote

extension AppState {
    mutating func handleFeed(_ update: EventFeedUpdate, at: Date) -> [Effect] {
        now = at
        switch update {
        case .state(let state):
            return connectionChanged(state, at: at)
        case .event(let event):
            return received(event, at: at)
        case .backfill(let results):
            return mergeBackfill(results, at: at)
        case .undecodable(let text):
            addMessage(text, kind: .error)
            return []
        }
    }

    mutating func connectionChanged(_ state: ConnectionState, at: Date) -> [Effect] {
        switch state {
        case .connecting:
            connection = .connecting
            return []
        case .live:
            connection = .live
            reconnectAttempts = 0
            reconnectAt = nil
            guard let lostAt = streamLostAt else { return [] }
            streamLostAt = nil
            // Ask for what changed while we were away, with a minute of slack for clock skew.
            let seconds = Int(max(0, at.timeIntervalSince(lostAt)).rounded(.up)) + 60
            inFlightQueries.insert(.backfill)
            return [.query(id: .backfill, query: .and([.status("open"), .newerThan("\(seconds)s")]), options: Self.listOptions)]
        case .reconnecting(_, let delay):
            connection = state
            reconnectAt = at.addingTimeInterval(delay)
            return []
        case .offline(let reason):
            offlineReason = reason
            if isQuitting { connection = state; return [] }
            scheduleReconnect(at: at)
            return []
        }
    }

    /// The stream is down: try again after a delay that doubles per failure, up to a minute.
    mutating func scheduleReconnect(at: Date) {
        // Only a stream that was live has missed events; a failed first connect has not.
        if connection == .live { streamLostAt = at }
        reconnectAttempts += 1
        let delay = min(Self.maxReconnectDelay, pow(2, Double(reconnectAttempts - 1)))
        connection = .reconnecting(attempt: reconnectAttempts, delay: delay)
        reconnectAt = at.addingTimeInterval(delay)
    }

    /// Events that can put a change no list holds onto some list.
    static func announcesNewWork(_ event: StreamEvent) -> Bool {
        switch event {
        case .patchSetCreated, .draftPublished, .changeRestored, .reviewerAdded: return true
        default: return false
        }
    }

    /// A live event: update the change in place, re-classify it alone, log it in the feed.
    mutating func received(_ event: StreamEvent, at: Date) -> [Effect] {
        lastEventAt = event.createdOn ?? at
        if case .droppedOutput = event {
            addMessage("The server dropped events; refreshing", kind: .error)
            return startQueries()
        }
        let known = event.change.flatMap { changes[$0.number] }
        let entry = WatchEntry(event: event, receivedAt: at, settings: classifierSettings, knownChange: known,
                               reviewedByMe: event.change.map { reviewedByMe.contains($0.number) } ?? false)
        watch.append(entry)
        if focus == .watch { watch.badge = 0 }
        var effects: [Effect] = []
        if entry.concernsMe && bell { effects.append(.ringBell) }
        guard let number = event.change?.number, number != 0 else { return effects }
        if let known {
            let updated = known.applying(event, at: at)
            changes[number] = updated
            categories[number] = classify(updated, at: at)
            if !isOnScreenInDetail(number) { unread.insert(number) }
            normalizeAllSelections(keepScreenRow: true)
        } else if event.change?.isOpen ?? false, Self.announcesNewWork(event) {
            // Which lists it belongs on needs the server's query; say so instead of guessing.
            newChanges.insert(number)
        }
        if detail?.number == number, !(detail?.loading ?? false) {
            detail?.loading = true
            effects.append(.loadChangeDetail(number: number, options: .everything))
        }
        return effects
    }
}
