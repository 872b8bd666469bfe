import Foundation
import GerritModel
import GerritRemote

extension AppState {
    mutating func handleFeed(_ update: EventFeedUpdate, at: Date) -> [Effect] {
        now = at
        switch update {
        case .state(let state):
            connectionChanged(state, at: at)
            // Back online: what waited in the queue goes now.
            return state == .live ? postQueued() : []
        case .event(let event):
            return received(event, at: at)
        case .backfill(let results):
            return caughtUp(results, at: at)
        case .undecodable(let text):
            addMessage(text, kind: .error)
            return []
        }
    }

    /// Shows what the client's feed says about the connection. The feed reconnects and catches
    /// up by itself; the store only keeps what the status bar needs.
    mutating func connectionChanged(_ state: ConnectionState, at: Date) {
        connection = state
        switch state {
        case .connecting:
            break
        case .live:
            reconnectAt = nil
            offlineReason = nil
        case .reconnecting(_, let delay, let reason):
            reconnectAt = at.addingTimeInterval(delay)
            offlineReason = reason
        case .offline(let reason):
            // The feed gave up (host key, authentication…): it stays down until the user retries.
            reconnectAt = nil
            offlineReason = reason
        }
    }

    /// The stream's task ended. The feed ends only when it gives up (it said why just before)
    /// or when it was stopped; either way nothing restarts it but the user (`r`).
    mutating func eventStreamEnded(at: Date) {
        now = at
        guard !isQuitting else { return }
        if case .offline = connection { return }
        connection = .offline(reason: "\(serverName): the event stream ended")
        offlineReason = "\(serverName): the event stream ended"
        reconnectAt = nil
    }

    /// A live event: update the change in place, move it between lists, log it in the feed.
    mutating func received(_ event: StreamEvent, at: Date) -> [Effect] {
        let known = event.change.flatMap { changes[$0.number] }
        let entry = WatchEntry(event: event, receivedAt: at, settings: classifierSettings, knownChange: known,
                               reviewedByMe: event.change.map { reviewedByMe.contains($0.number) } ?? false)
        watch.append(entry)
        if focus == .watch { watch.badge = 0 }
        var effects: [Effect] = []
        if entry.concernsMe && bell { effects.append(.host(.bell)) }
        guard let number = event.change?.number, number != 0 else { return effects }
        noteMyReviewerStatus(of: number, from: event)
        if let known {
            let updated = known.applying(event, at: at)
            changes[number] = updated
            categories[number] = classify(updated, at: at)
            let wasOnCurrentTab = isOnCurrentTab(number)
            effects += placeInTabs(number)
            if !isOnScreenInDetail(number) { unread.insert(number) }
            normalizeCurrentTab(after: number, wasOnIt: wasOnCurrentTab)
        } else if fetchingChanges[number] != nil {
            // Its record is on the way and may predate this event.
            fetchingChanges[number, default: []].append(event)
        } else if let announced = event.change, couldBelongToATab(announced) {
            // No list holds it yet (a new change, a restore, a reviewer added): fetch it alone and
            // place it, instead of refreshing every list.
            effects += requestFetch(number)
        }
        if detail?.number == number, var opened = detail {
            opened.change = opened.change?.applying(event, at: at)
            // A load that is running, or the one started now, may answer with a record older
            // than this event: it is applied again to the answer.
            opened.eventsWhileLoading.append(event)
            if !opened.loading {
                opened.loading = true
                effects.append(.loadChangeDetail(number: number, options: .everything))
            }
            detail = opened
        }
        return effects
    }

    /// `r` while the feed has given up: start it again (the feed then reconnects by itself).
    mutating func retryEventStreamIfOffline() -> [Effect] {
        guard case .offline = connection, !isQuitting else { return [] }
        connection = .connecting
        return [.startEventStream(backfillOptions: Self.listOptions)]
    }

    /// What events say about whether I review a change: a reviewer added or removed, or my own
    /// comment (Gerrit makes whoever comments a reviewer).
    mutating func noteMyReviewerStatus(of number: Int, from event: StreamEvent) {
        switch event {
        case .reviewerAdded(let e) where classifierSettings.isMe(e.reviewer):
            reviewedByMe.insert(number)
        case .reviewerDeleted(let e) where classifierSettings.isMe(e.reviewer):
            reviewedByMe.remove(number)
        case .commentAdded(let e) where classifierSettings.isMe(e.author):
            reviewedByMe.insert(number)
        default:
            break
        }
    }

    /// Whether a change an event told of might match some tab, judged from the event's partial
    /// record (project, branch, status) and either answer to "do I review it".
    func couldBelongToATab(_ change: Change) -> Bool {
        // Without a project the event says too little to rule anything out.
        guard change.project != nil else { return change.isOpen }
        return tabs.contains { tab in
            [true, false].contains { reviews in
                tab.spec.matches(change, me: classifierSettings.me, reviewsIt: reviews) ?? true
            }
        }
    }

    /// The most changes one batch asks for (the query line stays well under Gerrit's limits).
    static let fetchBatchSize = 100
    /// The least time between the starts of two batches: under a flood of new changes the
    /// server gets two queries every half second, each for everything announced meanwhile.
    static let fetchSpacing: Double = 0.5

    /// Fetches change `number` with the next batch: at once when none runs and none started
    /// lately, else when the running one ends.
    mutating func requestFetch(_ number: Int) -> [Effect] {
        fetchingChanges[number] = []
        fetchQueue.append(number)
        return startNextFetch()
    }

    /// Starts a batch of the waiting changes unless one runs.
    mutating func startNextFetch() -> [Effect] {
        // Every change asked for is waiting, or in the batch that runs.
        guard fetchingChanges.count == fetchQueue.count, !fetchQueue.isEmpty else { return [] }
        let batch = Array(fetchQueue.prefix(Self.fetchBatchSize))
        fetchQueue.removeFirst(batch.count)
        let due = lastFetchStart.map { max(now, $0.addingTimeInterval(Self.fetchSpacing)) } ?? now
        lastFetchStart = due
        return [.fetchChanges(numbers: batch, reviewer: classifierSettings.me, options: Self.listOptions,
                              delay: due.timeIntervalSince(now))]
    }

    /// A batch was fetched: each change recorded and put on its lists; the next batch starts.
    mutating func changesFetched(_ results: [FetchedChange], at: Date) -> [Effect] {
        var effects: [Effect] = []
        for result in results {
            effects += changeFetched(result.number, result.change, reviewedByMe: result.reviewedByMe, at: at)
        }
        // A number the answer left out is done with too (its events are dropped with it).
        for number in fetchInFlight { fetchingChanges[number] = nil }
        return effects + startNextFetch()
    }

    /// A batch could not be fetched: said once for all of it; the next batch starts.
    mutating func changesFetchFailed(_ numbers: [Int], message: String, at: Date) -> [Effect] {
        now = at
        for number in numbers { fetchingChanges[number] = nil }
        let named = numbers.count == 1 ? "change \(numbers[0])" : "changes " + numbers.prefix(5).map(String.init).joined(separator: ", ")
            + (numbers.count > 5 ? " and \(numbers.count - 5) more" : "")
        addMessage("\(named): \(message)", kind: .error)
        return startNextFetch()
    }

    /// A change fetched because an event announced it: record it and put it on its lists.
    mutating func changeFetched(_ number: Int, _ fetched: Change?, reviewedByMe reviewed: Bool, at: Date) -> [Effect] {
        now = at
        let later = fetchingChanges.removeValue(forKey: number) ?? []
        guard var change = fetched else { return [] }
        for event in later { change = change.applying(event, at: at) }
        if let known = changes[number], let knownUpdate = known.lastUpdated, let incoming = change.lastUpdated,
           knownUpdate > incoming {
            return []
        }
        if reviewed { reviewedByMe.insert(number) } else { reviewedByMe.remove(number) }
        changes[number] = change
        categories[number] = classify(change, at: at)
        let wasOnCurrentTab = isOnCurrentTab(number)
        let effects = placeInTabs(number)
        if !isOnScreenInDetail(number) { unread.insert(number) }
        normalizeCurrentTab(after: number, wasOnIt: wasOnCurrentTab)
        return effects
    }

    /// The feed caught up after a reconnect (or dropped events): known changes update in place,
    /// unknown ones are fetched and placed like announced ones.
    mutating func caughtUp(_ results: [Change], at: Date) -> [Effect] {
        var updated = 0
        var effects: [Effect] = []
        for change in results {
            let number = change.number
            guard let known = changes[number] else {
                if fetchingChanges[number] == nil, couldBelongToATab(change) {
                    effects += requestFetch(number)
                    updated += 1
                }
                continue
            }
            guard known != change else { continue }
            if let knownUpdate = known.lastUpdated, let incoming = change.lastUpdated, knownUpdate > incoming { continue }
            changes[number] = change
            categories[number] = classify(change, at: at)
            effects += placeInTabs(number)
            if !isOnScreenInDetail(number) { unread.insert(number) }
            updated += 1
        }
        normalizeAllSelections(keepScreenRow: true)
        addMessage("caught up: \(updated) \(updated == 1 ? "change" : "changes") updated")
        return effects
    }
}
