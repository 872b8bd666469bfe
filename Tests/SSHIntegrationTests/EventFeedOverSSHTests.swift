import Foundation
import GerritClient
import GerritModel
import GerritRemote
import GerritClientTestSupport
import GerritTestSupport
import Testing

@Suite("Event feed against gerrit-sim behind a real sshd", sshAvailable)
struct EventFeedOverSSHTests {
    /// gerrit-sim cuts every stream after 3 events, mid-line; the event it was writing is lost
    /// from the stream but is in its journal. The feed must reconnect and its backfill must
    /// cover that event, so every update that happened before the last one seen is accounted for.
    @Test func aDroppedStreamReconnectsAndTheBackfillLosesNothing() async throws {
        let state = GerritSimSSH.stateFile()
        defer {
            try? FileManager.default.removeItem(atPath: state)
            try? FileManager.default.removeItem(atPath: state + ".lock")
        }
        let knobs = ["GERRIT_SIM_STATE": state, "GERRIT_SIM_DROP_AFTER": "3", "GERRIT_SIM_EVENT_RATE": "600",
                     "GERRIT_SIM_CHANGES": "60"]
        try await GerritSimSSH.withClient(knobs) { client, _ in
            let policy = ReconnectPolicy(initialDelay: 0.1, maxDelay: 0.4,
                                         backfillOptions: QueryOptions(currentPatchSet: false, allApprovals: false))
            var events: [StreamEvent] = []
            var backfills: [[Change]] = []
            var states: [ConnectionState] = []
            // Patience, not a speed check: each reconnect is a new SSH session and a new gerrit-sim
            // that reads its state file, slow on a loaded 2-core machine (one backfill in 20 s was seen).
            let deadline = Date().addingTimeInterval(90)
            for await update in client.events(reconnect: policy) {
                switch update {
                case .event(let event): events.append(event)
                case .backfill(let changes): backfills.append(changes)
                case .state(let state): states.append(state)
                case .undecodable(let text): Issue.record("undecodable: \(text)")
                }
                if backfills.count == 2 || Date() > deadline { break }
            }
            #expect(backfills.count == 2)
            #expect(events.count >= 6)
            #expect(states.contains { if case .reconnecting(1, _, _) = $0 { return true }; return false })
            #expect(states.filter { $0 == .live }.count == 3)

            let journal = try Self.journalEvents(state)
            guard let lastSeen = journal.lastIndex(where: { events.contains($0) }) else {
                Issue.record("none of the streamed events is in gerrit-sim's journal")
                return
            }
            // Everything that happened up to the last event seen must be covered.
            let due = journal[...lastSeen].filter { $0.change != nil }
            let streamedChangeEvents = events.filter { $0.change != nil }
            #expect(due.count > streamedChangeEvents.count, "the cut events should be in the journal but not in the stream")
            for event in due {
                guard let change = event.change, let at = event.createdOn else { continue }
                let streamed = events.contains { $0.change?.number == change.number && $0.createdOn == at }
                let backfilled = backfills.joined().contains { $0.number == change.number && ($0.lastUpdated ?? .distantPast) >= at }
                #expect(streamed || backfilled, "update of change \(change.number) at \(at) (\(event.type)) was lost")
            }
        }
    }

    /// The events gerrit-sim recorded, decoded.
    static func journalEvents(_ path: String) throws -> [StreamEvent] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let entries = root?["journal"] as? [[String: Any]] ?? []
        let decoder = GerritLineDecoder(source: path)
        return entries.enumerated().compactMap { index, entry in
            guard let line = entry["line"] as? String, case .success(let event)? = decoder.event(line, lineNumber: index + 1) else {
                return nil
            }
            return event
        }
    }
}
