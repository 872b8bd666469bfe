import Foundation
import GerritClient
import Testing

@Suite("The private file that keeps drafts")
struct PrivateFileTests {
    /// The TUI saves drafts from concurrent effects; each save must succeed and the file must
    /// always hold one whole save, never a mix or an error ("No such file or directory" was
    /// seen in the demo when two saves shared one temporary file).
    @Test func concurrentSavesAllSucceedAndLeaveOneWholeSave() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/gm-private-" + UUID().uuidString.prefix(8)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = PrivateFile.localState(cacheDirectory: folder + "/cache", server: "review.example.org")
        let payloads = (0..<64).map { index in Data(String(repeating: "\(index % 10)", count: 4096 + index).utf8) }
        let failures = FailureLog()
        DispatchQueue.concurrentPerform(iterations: payloads.count) { index in
            do { try file.save(payloads[index]) } catch { failures.append("\(error)") }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let saved = try #require(try file.load())
        #expect(payloads.contains(saved), "the file holds one whole save")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/cache").filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "no temporary files left: \(leftovers)")
        #expect(try permissions(of: file.url.path) == 0o600)
        #expect(try permissions(of: folder + "/cache") == 0o700)
    }

    /// A save replaced by a newer one while it waited for its turn (another save was writing)
    /// writes nothing when the turn comes: asked before waiting, it would have written its older
    /// contents over the newer ones (the drafts the TUI saves from concurrent effects).
    @Test func aSaveReplacedWhileItWaitsForItsTurnWritesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/gm-private-" + UUID().uuidString.prefix(8)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = PrivateFile.localState(cacheDirectory: folder + "/cache", server: "review.example.org")
        let inTurn = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let replaced = AtomicFlag()
        let outcome = AtomicFlag()
        let done = DispatchSemaphore(value: 0)
        // Threads of their own: a dispatch queue may hold the second save back until the first
        // one's thread is free, and then nothing would wait for a turn.
        // The first save holds the turn, as a save in the middle of writing does.
        Thread.detachNewThread {
            _ = try? file.save(Data("newer".utf8), unless: {
                inTurn.signal()
                release.wait()
                return false
            })
            done.signal()
        }
        inTurn.wait()
        Thread.detachNewThread {
            outcome.value = (try? file.save(Data("older".utf8), unless: { replaced.value })) ?? true
            done.signal()
        }
        // Let the second save reach the turn it waits for, then replace it and end the first.
        Thread.sleep(forTimeInterval: 0.1)
        replaced.value = true
        release.signal()
        done.wait()
        done.wait()
        #expect(!outcome.value, "the replaced save wrote")
        #expect(try file.load() == Data("newer".utf8))
    }
}

/// A Bool several threads read and set.
final class AtomicFlag: @unchecked Sendable {
    // @unchecked: `stored` is only touched while `lock` is held.
    private let lock = NSLock()
    private var stored = false
    var value: Bool {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// Errors collected from several threads.
final class FailureLog: @unchecked Sendable {
    // @unchecked: `lines` is only touched while `lock` is held.
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
