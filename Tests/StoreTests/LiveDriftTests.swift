import Config
import Foundation
import GerritModel
import GerritRemote
import GerritSim
import GerritTestSupport
import Testing
@testable import Store

/// The live lists can be trusted: after a long stretch of events, every tab holds what a fresh
/// query of the server would put there (issue H: "counts never drift").
@Suite struct LiveDriftTests {
    static let start = Date(timeIntervalSince1970: 1_764_000_000)

    /// The demo's bots, the default todo tabs, and an alias tab of open nova changes.
    static func settings() -> Settings {
        var settings = Settings.defaults(home: "/nonexistent-home")
        // No periodic refresh: only events may keep the lists right.
        settings.tui.refresh = 0
        settings.organization.bots = ["zuul", "jenkins", "citrix_xenserver_ci", "vmware-nsx-ci", "hyper-v-ci"]
        let here = ConfigLocation(file: "", displayFile: "test", line: 0)
        settings.aliases = [AliasSettings(name: "nova-open", baseCommand: "changes", help: "Open nova changes", location: here)]
        settings.commandDefaults = [CommandDefaults(command: "nova-open", values: [
            ConfigValue(section: "command-nova-open", key: "project", value: "openstack/nova", location: here),
        ])]
        return settings
    }

    /// Runs query effects (and what their answers ask for) at once against the simulator;
    /// the stream, timers and host effects are the test's to drive.
    static func settle(_ state: inout AppState, _ effects: [Effect], runner: GerritEffectRunner) async {
        var queue = effects
        while !queue.isEmpty {
            var effect = queue.removeFirst()
            // At once, as every query here: the manual clock moves only between events.
            if case .fetchChanges(let numbers, let me, let options, _) = effect {
                effect = .fetchChanges(numbers: numbers, reviewer: me, options: options, delay: 0)
            }
            switch effect {
            case .query, .fetchChanges, .loadChangeDetail, .detectServerVersion:
                let log = ActionLog()
                await runner.run(effect) { log.append($0) }
                for action in log.all { queue += reduce(&state, action) }
            default:
                continue
            }
        }
    }

    /// Every tab's changes, as the tab bar counts them.
    static func tabSets(_ state: AppState) -> [String: Set<Int>] {
        Dictionary(uniqueKeysWithValues: state.tabs.indices.map { index in
            (state.tabs[index].id, Set(state.visibleNumbers(inTab: index, applyingFilter: false)))
        })
    }

    @Test(.timeLimit(.minutes(2)))
    func twoThousandEventsLeaveEveryTabAsAFreshQueryWouldFillIt() async throws {
        let server = GerritSimServer(seed: 7, changeCount: 320, now: Self.start)
        let service = SimulatedService(server: server)
        let clock = ManualClock(now: Self.start)
        let runner = GerritEffectRunner(client: service, clock: clock)
        var live = AppState(settings: Self.settings(), serverName: "sim", user: "demo", now: Self.start)
        #expect(live.tabs.map(\.id) == ["mine", "anyones", "noones", "others", "approvable", "expirable", "my-changes", "nova-open"])
        await Self.settle(&live, reduce(&live, .launched(at: Self.start)), runner: runner)
        // The simulator says it is Gerrit 3.9: the attention tab joins, and is kept by asking
        // the server about each changed change (its query cannot be judged locally).
        #expect(live.tabs.last?.id == "attention")
        #expect(live.tabs.allSatisfy { $0.members != nil })

        let decoder = GerritLineDecoder(source: "sim stream-events")
        var kinds: [String: Int] = [:]
        var now = Self.start
        for index in 1...2_000 {
            let fired = await server.fireNext()
            kinds[fired.type, default: 0] += 1
            guard case .success(let event)? = decoder.event(fired.line, lineNumber: index) else {
                Issue.record("event \(index) did not decode: \(fired.line)")
                continue
            }
            if fired.due > now {
                clock.advance(by: fired.due.timeIntervalSince(now))
                now = fired.due
            }
            await Self.settle(&live, reduce(&live, .tick(now)), runner: runner)
            await Self.settle(&live, reduce(&live, .eventFeed(.event(event), at: now)), runner: runner)
            // Long and CPU-bound: let the suite's other async tests have the two pool threads too.
            await Task.yield()
        }
        // The stretch had every kind of change a list cares about.
        for kind in ["patchset-created", "comment-added", "change-merged", "change-abandoned", "change-restored", "reviewer-added"] {
            #expect((kinds[kind] ?? 0) > 0, "no \(kind) among 2,000 events: \(kinds)")
        }

        var fresh = AppState(settings: Self.settings(), serverName: "sim", user: "demo", now: now)
        await Self.settle(&fresh, reduce(&fresh, .launched(at: now)), runner: runner)
        // Both judge the time-based lists at the same moment.
        let judged = now.addingTimeInterval(61)
        _ = reduce(&live, .tick(judged))
        _ = reduce(&fresh, .tick(judged))

        let liveSets = Self.tabSets(live), freshSets = Self.tabSets(fresh)
        for tab in fresh.tabs.map(\.id) {
            let missing = freshSets[tab, default: []].subtracting(liveSets[tab, default: []])
            let extra = liveSets[tab, default: []].subtracting(freshSets[tab, default: []])
            #expect(missing.isEmpty && extra.isEmpty,
                    "\(tab): missing \(missing.sorted()), extra \(extra.sorted()) after 2,000 events")
        }
        #expect(live.tabTitles.map(\.count) == fresh.tabTitles.map(\.count))
        #expect(freshSets.values.contains { !$0.isEmpty })
    }
}
