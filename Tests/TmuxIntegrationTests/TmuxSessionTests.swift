import Foundation
import GerritTestSupport
import Testing

@Suite("tmux sessions for terminal tests")
struct TmuxSessionTests {
    @Test("Captures UTF-8 text a command prints", .enabled(if: TmuxSession.shouldRun, "tmux is not installed"))
    func capturesText() throws {
        let session = try TmuxSession(command: ["bash", "-c", "printf 'hello 漢字'; sleep 5"], width: 40, height: 5)
        defer { session.kill() }
        let screen = try session.waitForText("hello 漢字")
        #expect(screen.first == "hello 漢字")
        #expect(screen.count == 5)
    }

    @Test("Sends keys, resizes, and sees the command exit", .enabled(if: TmuxSession.shouldRun, "tmux is not installed"))
    func keysAndResize() throws {
        let session = try TmuxSession(command: ["bash", "-c", "read -r line; echo \"got:$line\"; exit 3"], width: 40, height: 5)
        defer { session.kill() }
        try session.resize(width: 30, height: 4)
        let size = try session.paneSize()
        #expect(size.width == 30 && size.height == 4)
        try session.sendText("日本")
        try session.sendKeys("Enter")
        try session.waitForText("got:日本")
        var status: Int?
        for _ in 0..<400 where status == nil {
            status = try session.exitStatus()
            if status == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        let screen = try session.capture()
        #expect(status == 3, "screen: \(screen)")
    }

    @Test("Waiting for text that never appears fails with the screen", .enabled(if: TmuxSession.shouldRun, "tmux is not installed"))
    func timeout() throws {
        let session = try TmuxSession(command: ["bash", "-c", "printf 'only this'; sleep 5"], width: 20, height: 3)
        defer { session.kill() }
        try session.waitForText("only this")
        let error = #expect(throws: TmuxError.self) {
            try session.waitForText("never", timeout: .milliseconds(200))
        }
        #expect(error?.message.contains("|only this") == true)
    }
}
