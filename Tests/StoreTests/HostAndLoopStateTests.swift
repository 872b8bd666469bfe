import Foundation
import GerritModel
import GerritRemote
import Testing
@testable import Store

/// What the UI loop used to keep to itself now lives in the state (notices, the help's scroll,
/// quitting), and everything that leaves through the host takes one path: `Effect.host`.
@Suite struct HostAndLoopStateTests {
    func loaded() -> TestStore {
        var state = makeState()
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1), change(2)], at: t0))
        return TestStore(state)
    }

    @Test func aNoticeShowsInTheStatusBarAndGoesOnTheFirstTickAfterItExpires() {
        var store = loaded()
        let text = "No browser found (xdg-open); the change is at https://review.example.org/1"
        store.send(.noticePosted(text)) {
            $0.messages = [StatusMessage(text: text, expires: t0.addingTimeInterval(StatusMessage.lifetime))]
        }
        #expect(store.state.statusBar.message?.text == text)
        let before = t0.addingTimeInterval(StatusMessage.lifetime - 1)
        store.send(.tick(before), effects: [.scheduleTick(after: 1)]) { $0.now = before; $0.classifiedAt = before }
        #expect(store.state.statusBar.message?.text == text)
        let expired = t0.addingTimeInterval(StatusMessage.lifetime)
        store.send(.tick(expired), effects: [.scheduleTick(after: 1)]) {
            $0.now = expired
            $0.messages = []
        }
        #expect(store.state.statusBar.message == nil)
    }

    @Test func theHelpScrollsWhileItIsOpenAndOpensAtItsTop() {
        var store = loaded()
        store.send(.commandInvoked(.help)) { $0.overlay = .help }
        let metrics = TextPaneMetrics(helpScrollLimit: 7, helpPage: 5)
        store.send(.textPaneMeasured(metrics)) { $0.textMetrics = metrics }
        store.send(.commandInvoked(.moveDown, argument: "3")) { $0.helpScroll = 3 }
        store.send(.commandInvoked(.pageDown)) { $0.helpScroll = 7 }
        store.send(.commandInvoked(.pageDown))
        store.send(.commandInvoked(.moveUp)) { $0.helpScroll = 6 }
        store.send(.commandInvoked(.first)) { $0.helpScroll = 0 }
        store.send(.commandInvoked(.moveUp))
        store.send(.commandInvoked(.last)) { $0.helpScroll = 7 }
        store.send(.commandInvoked(.back)) { $0.overlay = .none }
        store.send(.commandInvoked(.help)) { $0.overlay = .help; $0.helpScroll = 0 }
    }

    @Test func quittingIsAFlagOfTheStateAndAnEffect() {
        var store = loaded()
        store.send(.commandInvoked(.quit), effects: [.quit]) { $0.isQuitting = true }
    }

    @Test func bellClipboardAndBrowserAreHostEffectsWithNoCancellationKey() {
        let requests: [HostRequest] = [.bell, .copyToClipboard("x"), .openURL("https://review.example.org/1")]
        #expect(requests.allSatisfy { Effect.host($0).cancellationKey == nil })
    }

    @Test func theRunnerHandsHostRequestsToTheChannelWhichWakesItsHost() async {
        let host = HostChannel()
        let wakes = Counter()
        host.setWakeHandler { wakes.increment() }
        let runner = GerritEffectRunner(client: RefusingService(), clock: ManualClock(now: t0), host: host)
        let log = ActionLog()
        await runner.run(.host(.copyToClipboard("https://review.example.org/1"))) { log.append($0) }
        await runner.run(.host(.bell)) { log.append($0) }
        #expect(log.all.isEmpty, "nothing comes back")
        #expect(wakes.value == 2)
        #expect(host.count == 2)
        #expect(host.takeAll() == [.copyToClipboard("https://review.example.org/1"), .bell])
        #expect(host.takeAll().isEmpty)
        host.setWakeHandler(nil)
        host.post(.bell)
        #expect(wakes.value == 2)
    }

    @Test func aStoreSendsItsHostEffectsThroughTheChannel() async {
        let host = HostChannel()
        var state = makeState()
        _ = reduce(&state, .queryFinished(plainTab("nova").queryID, [change(1)], at: t0))
        let clock = ManualClock(now: t0)
        let store = Store(initialState: state, runner: GerritEffectRunner(client: RefusingService(), clock: clock, host: host),
                          clock: clock, frameInterval: 0)
        defer { store.shutdown() }
        store.send(.commandInvoked(.openInBrowser))
        #expect(await eventually { host.count == 1 })
        #expect(host.takeAll() == [.openURL("https://review.example.org/1")])
    }
}

/// A thread-safe count.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
