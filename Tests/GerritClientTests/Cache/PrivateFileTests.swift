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
}

/// Errors collected from several threads.
final class FailureLog: @unchecked Sendable {
    // @unchecked: `lines` is only touched while `lock` is held.
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
