import Foundation
import GerritModel
import GerritRemote
import Testing
@testable import GerritSim

/// The demo's code: patch sets with real contents whose diffs match the stats the simulator
/// reports, and inline comments on lines that exist.
@Suite struct SimDiffTests {
    @Test func everyPatchSetsDiffMatchesItsReportedFileStats() throws {
        let dataset = Sim.dataset(changes: 80)
        for change in dataset.changes {
            for patchSet in change.patchSets {
                let diff = try #require(SimDiff.diff(of: change, patchSet: patchSet.number, base: .parent))
                let reported = patchSet.files.filter { !$0.path.hasPrefix("/") || $0.path == "/COMMIT_MSG" }
                #expect(diff.files.map(\.path) == reported.map(\.path).sorted(), "change \(change.number),\(patchSet.number)")
                for file in reported {
                    let shown = diff.files.first { $0.path == file.path }
                    #expect(shown?.insertions == file.insertions, "\(change.number),\(patchSet.number) \(file.path)")
                    #expect(shown?.deletions == abs(file.deletions), "\(change.number),\(patchSet.number) \(file.path)")
                    #expect(shown?.status == (file.type == "ADDED" ? .added : .modified))
                }
            }
        }
    }

    @Test func inlineCommentsAreOnLinesOfTheirPatchSetsFiles() {
        let dataset = Sim.dataset(changes: 80)
        var checked = 0
        for change in dataset.changes {
            for patchSet in change.patchSets {
                var files = SimDiff.files(of: change, patchSet)
                files["/COMMIT_MSG"] = CommitMessageFile.messageLines(change.commitMessage)
                for comment in patchSet.comments where !comment.file.hasPrefix("/") || comment.file == "/COMMIT_MSG" {
                    guard let line = comment.line else { continue }
                    #expect((files[comment.file]?.count ?? 0) >= line, "\(change.number),\(patchSet.number) \(comment.file):\(line)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10)
    }

    @Test func interPatchSetDiffsShowTheRework() throws {
        let dataset = Sim.dataset(changes: 80)
        let change = try #require(dataset.changes.first { $0.patchSets.count >= 2 && $0.patchSets[1].files != $0.patchSets[0].files })
        let diff = try #require(SimDiff.diff(of: change, patchSet: 2, base: .patchSet(1)))
        #expect(diff.base == .patchSet(1))
        #expect(!diff.files.isEmpty)
        // A later patch set compared with itself, or with a later one, is no diff.
        #expect(SimDiff.diff(of: change, patchSet: 1, base: .patchSet(2)) == nil)
    }

    @Test func theDemoSourceServesTheServersCurrentData() async throws {
        let server = Sim.server(changes: 20)
        let change = try #require(await server.dataset.changes.first)
        let source = SimulatedDiffSource(server: server)
        let diff = try await source.diff(DiffRequest(change: change.number, project: change.project, patchSet: 1,
                                                     ref: DiffRequest.ref(change: change.number, patchSet: 1))) { _ in }
        #expect(diff.change == change.number)
        await #expect(throws: DiffSourceError.self) {
            try await source.diff(DiffRequest(change: 999_999, project: "x", patchSet: 1, ref: "refs/changes/99/999999/1")) { _ in }
        }
    }
}
