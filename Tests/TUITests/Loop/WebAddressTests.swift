import Foundation
import GerritModel
import GerritRemote
import Store
import Testing
import TUI

/// Issue G, item 3: no server text reaches a program as anything but a web address.
@Suite("G3 security: only an http(s) address from the server reaches the browser")
struct WebAddressTests {
    static let hostile = [
        "--renderer-cmd-prefix=/bin/sh -c 'id > /tmp/owned'",
        "-P evil",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ssh://attacker.example/x",
        "HTTPS:/missing-a-slash",
        "https://",
        "https:///no-host",
        "https://review.example.org/1 --new-window",
        "https://review.example.org/1\n--help",
        "https://review.example.org/\u{1b}]52;c;aGk=\u{07}",
        "https://review.example.org/\u{202e}gpj.exe",
        "https://review.example.org/\u{9b}31m",
        "",
    ]

    @Test(arguments: hostile)
    func aHostileURLIsNotOpenable(url: String) {
        #expect(!WebAddress.isOpenable(url))
    }

    @Test(arguments: ["https://review.example.org/c/openstack/nova/+/87329", "http://review.example.org/87329",
                      "HTTPS://Review.Example.org/1", "https://[::1]:8080/c/x/+/1?tab=comments#message-1"])
    func aWebAddressIsOpenable(url: String) {
        #expect(WebAddress.isOpenable(url))
    }

    @Test("o on a change whose URL is an option opens nothing and says why")
    func theLoopRefusesAHostileURL() async {
        let host = HostChannel()
        let opener = RecordingOpener()
        let store = Store.live(service: SampleService(), user: "demo", settings: .defaults(home: "/nonexistent"), host: host)
        defer { store.shutdown() }
        var changes = SampleData.changes
        changes[0].url = Self.hostile[0]
        store.send(.queryFinished(store.state.tabs[0].spec.queryID, changes, at: SampleData.now))
        let app = TriageApp(store: store, keymap: Keymap(), palette: SampleData.palette, host: host, opener: opener,
                            timeZone: SampleData.utc)
        let terminal = MemoryTerminal(size: Size(width: 100, height: 24), keys: [.char("o")])
        app.run(on: terminal, launch: false, stopWhenIdle: true)
        #expect(await eventually { host.count == 1 })
        app.run(on: terminal, launch: false, stopWhenIdle: true)
        #expect(opener.opened.isEmpty)
        #expect(await eventually {
            app.run(on: terminal, launch: false, stopWhenIdle: true)
            return terminal.lastScreen?.plainText()[0].contains("Not opened") == true
        })
    }
}
