import Foundation
import GerritClient
import GerritModel
import GerritRemote
import GerritClientTestSupport
import GerritTestSupport
import Reports
import Testing

/// The code of a change from the server, as a reviewer's gerrymander gets it: the test sshd
/// serves `git-upload-pack` for a repository with two patch sets (and gerrit-sim for the rest),
/// and `GitDiffSource` fetches shallowly into a private repository and diffs with git.
@Suite("Diffs fetched with git over a real sshd", sshAvailable, .serialized)
struct GitDiffOverSSHTests {
    struct Server {
        let sshd: TestSSHD
        let repository: GitTestRepository
        let cache: String
        var source: GitDiffSource { GitDiffSource(endpoint: sshd.endpoint(keyFile: sshd.userKey), directory: cache + "/git") }

        func request(_ patchSet: Int, base: DiffBase = .parent, revisions: Bool = false) -> DiffRequest {
            let revision = patchSet == 1 ? repository.patchSet1 : repository.patchSet2
            return DiffRequest(change: repository.change, project: repository.project, patchSet: patchSet,
                               ref: DiffRequest.ref(change: repository.change, patchSet: patchSet),
                               revision: revisions ? revision : nil, base: base,
                               baseRef: base.patchSetNumber.map { DiffRequest.ref(change: repository.change, patchSet: $0) },
                               baseRevision: revisions && base == .patchSet(1) ? repository.patchSet1 : nil)
        }
    }

    static func withServer(_ body: (Server) async throws -> Void) async throws {
        let root = FileManager.default.temporaryDirectory.path + "/gm-git-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: root + "/cache", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let repository = try GitTestRepository(root: root + "/served")
        let simulator = try BinaryRunner(product: "gerrit-sim").executable.path
        let sshd = try TestSSHD(forceCommand: simulator, environment: ["GERRIT_SIM_NOW": "1764000000"], ipv6: false,
                                gitRoot: root + "/served")
        defer { sshd.stop() }
        try await sshd.withLogOnFailure {
            try await body(Server(sshd: sshd, repository: repository, cache: root + "/cache"))
        }
    }

    @Test func eachPatchSetAgainstItsParent() async throws {
        try await Self.withServer { server in
            let one = try await server.source.diff(server.request(1)) { _ in }
            #expect(one.files.map(\.path) == ["/COMMIT_MSG", "app.py", "notes.txt"])
            #expect(one.files.map(\.status) == [.added, .modified, .added])
            // The commit message as Gerrit numbers it: a header, a blank line, the message.
            let message = one.files[0].hunks.flatMap(\.lines).map(\.text)
            #expect(message.first == "Parent:     \(server.repository.base.prefix(8)) (Base)")
            #expect(message.dropFirst().first == "Author:     Test <t@example.org>")
            #expect(Array(message.suffix(2)) == ["", "Change, patch set 1"])
            let app = one.files[1]
            #expect(app.insertions == 2 && app.deletions == 1)
            #expect(app.hunks.flatMap(\.lines).first { $0.kind == .added }?.newNumber == 5)

            let two = try await server.source.diff(server.request(2)) { _ in }
            #expect(two.files.map(\.path) == ["/COMMIT_MSG", "app.py", "logo.bin", "new.txt", "notes.txt"])
            let renamed = try #require(two.files.first { $0.path == "new.txt" })
            #expect(renamed.status == .renamed && renamed.oldPath == "old.txt")
            #expect(two.files.first { $0.path == "logo.bin" }?.isBinary == true)
            let tabbed = two.files[1].hunks.flatMap(\.lines).first { $0.text.hasPrefix("\t") }
            #expect(tabbed?.newNumber == 10)
        }
    }

    @Test func theInterPatchSetDiffComparesTheTwoPatchSets() async throws {
        try await Self.withServer { server in
            let diff = try await server.source.diff(server.request(2, base: .patchSet(1))) { _ in }
            #expect(diff.base == .patchSet(1))
            // notes.txt is the same in both: not in the diff; app.py differs on lines 5 and 9-10.
            #expect(diff.files.map(\.path) == ["/COMMIT_MSG", "app.py", "logo.bin", "new.txt"])
            #expect(diff.files[0].hunks.flatMap(\.lines).filter { $0.kind != .context }.map(\.text)
                    == ["Change, patch set 1", "Change, patch set 2"])
            let lines = diff.files[1].hunks.flatMap(\.lines)
            #expect(lines.filter { $0.kind == .removed }.map(\.text) == ["line 5 changed in PS1", "added after 8 in PS1"])
            #expect(lines.filter { $0.kind == .added }.map(\.text) == ["line 5 changed in PS2", "added after 8 in PS2", "\tand a tabbed line"])
        }
    }

    @Test func commentsLandOnTheirLines() async throws {
        try await Self.withServer { server in
            let diff = try await server.source.diff(server.request(2, base: .patchSet(1))) { _ in }
            let reviewer = Account(name: "Gary Kotton", username: "garyk")
            let change = Change(project: server.repository.project, number: server.repository.change, patchSets: [
                PatchSet(number: 1, comments: [InlineComment(file: "app.py", line: 9, reviewer: reviewer, message: "old side")]),
                PatchSet(number: 2, comments: [InlineComment(file: "app.py", line: 10, reviewer: reviewer, message: "tabs?",
                                                             unresolved: true)]),
            ])
            let (notes, _) = DiffNote.notes(of: change, patchSet: 2, base: .patchSet(1), bots: BotMatcher(names: []),
                                            includeBots: false)
            let document = DiffDocument(diff: diff, notes: notes, layout: .unified)
            func lineAbove(_ note: Int) -> DiffLine? {
                guard case .line(let f, let h, let l) = document.rows[document.noteRows[note] - 1] else { return nil }
                return diff.files[f].hunks[h].lines[l]
            }
            #expect(document.notes.map(\.lines) == [["old side"], ["tabs?"]])
            #expect(lineAbove(0)?.text == "added after 8 in PS1" && lineAbove(0)?.oldNumber == 9)
            #expect(lineAbove(1)?.text == "\tand a tabbed line" && lineAbove(1)?.newNumber == 10)
        }
    }

    @Test func fetchedObjectsAreReusedAndTheRepositoryIsPrivate() async throws {
        try await Self.withServer { server in
            let said = Said()
            _ = try await server.source.diff(server.request(2, revisions: true)) { said.append($0) }
            #expect(said.lines.contains { $0.hasPrefix("Fetching 12345,2") })
            let again = Said()
            let diff = try await server.source.diff(server.request(2, revisions: true)) { again.append($0) }
            #expect(!again.lines.contains { $0.hasPrefix("Fetching") })
            #expect(diff.files.count == 5)
            let attributes = try FileManager.default.attributesOfItem(atPath: server.cache + "/git")
            #expect((attributes[.posixPermissions] as? Int) == 0o700)
            let repository = server.source.repositoryPath(project: server.repository.project)
            #expect(FileManager.default.fileExists(atPath: repository + "/shallow"))
        }
    }

    @Test func aFetchFailureIsOneClearMessage() async throws {
        try await Self.withServer { server in
            var request = server.request(1)
            request.project = "no/such-project"
            await #expect {
                try await server.source.diff(request) { _ in }
            } throws: { error in
                let text = (error as? DiffSourceError)?.description ?? ""
                return text.hasPrefix("Could not fetch 12345,1 from 127.0.0.1:\(server.sshd.port): ")
                    && !text.contains("\n")
            }
            // A key the server does not accept: refused the same way.
            let stranger = try server.sshd.makeUserKey(type: "ed25519", authorized: false)
            let denied = GitDiffSource(endpoint: server.sshd.endpoint(keyFile: stranger), directory: server.cache + "/git")
            await #expect(throws: DiffSourceError.self) { try await denied.diff(server.request(1)) { _ in } }
            // No git at all: one message saying so.
            let gitless = GitDiffSource(endpoint: server.sshd.endpoint(keyFile: server.sshd.userKey),
                                        directory: server.cache + "/git", gitPath: nil)
            await #expect(throws: DiffSourceError("Diffs need git, and no git was found on PATH: install git (apt-get install git)")) {
                try await gitless.diff(server.request(1)) { _ in }
            }
        }
    }
}

/// `gerrymander diff` as a user runs it: the configured server, its queries from gerrit-sim and
/// its code from git on the same sshd.
@Suite("gerrymander diff over a real sshd serving git", sshAvailable, .serialized)
struct DiffCommandOverSSHTests {
    @Test func theCLIPrintsTheFetchedDiffWithItsComments() async throws {
        let simulator = try BinaryRunner(product: "gerrit-sim")
        let knobs = ["GERRIT_SIM_USER": "demo", "GERRIT_SIM_CHANGES": "60", "GERRIT_SIM_NOW": "1764000000"]
        // A simulated change with two patch sets or more, and a repository for it.
        let rows = try simulator.run([], environment: knobs.merging(
            ["SSH_ORIGINAL_COMMAND": "gerrit query --format=JSON --current-patch-set status:open limit:100"]) { $1 }).stdout
        var target: (Int, String, Int)?
        for line in rows.split(separator: "\n") {
            guard let row = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let number = row["number"] as? Int, let project = row["project"] as? String,
                  let current = (row["currentPatchSet"] as? [String: Any])?["number"] as? Int, current >= 2 else { continue }
            target = (number, project, current)
            break
        }
        let (number, project, latest) = try #require(target)
        let root = FileManager.default.temporaryDirectory.path + "/gm-cli-git-" + UUID().uuidString.prefix(8)
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try GitTestRepository(root: root, project: project, change: number, numbers: (latest - 1, latest))
        let sshd = try TestSSHD(forceCommand: simulator.executable.path, environment: knobs, ipv6: false, gitRoot: root)
        defer { sshd.stop() }
        let (home, config) = try ReviewCommandOverSSHTests.home(for: sshd, server: [
            "hostname = 127.0.0.1", "port = \(sshd.port)", "username = \(sshd.user)", "keyfile = \(sshd.userKey)",
        ])
        let cli = try BinaryRunner(product: "gerrymander")
        let environment = ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent"]
        let result = try cli.run(["-c", config, "diff", "\(number),\(latest)", "--base", "\(latest - 1)", "app.py"],
                                 environment: environment)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("-line 5 changed in PS1\n+line 5 changed in PS2\n"), "\(result.stdout)")
        #expect(!result.stdout.contains("notes.txt") && !result.stdout.contains("\u{1B}["))
        let missing = try cli.run(["-c", config, "diff", "\(number),\(latest)", "--base", "\(latest - 1)"],
                                  environment: environment.merging(["GIT_SSH_COMMAND": "false"]) { $1 })
        #expect(missing.status == 0, "our own GIT_SSH_COMMAND wins over the environment's: \(missing.stderr)")
        // The repository gone from the server: one line saying so, status 1.
        try FileManager.default.removeItem(atPath: root + "/" + project)
        try FileManager.default.removeItem(atPath: home + "/.gerrymander.d/cache/git")
        let gone = try cli.run(["-c", config, "diff", "\(number)"], environment: environment)
        #expect(gone.status == 1)
        #expect(gone.stderr.hasPrefix("gerrymander: Could not fetch \(number),\(latest) from 127.0.0.1:\(sshd.port): "),
                "\(gone.stderr)")
        #expect(gone.stderr.split(separator: "\n").count == 1)
    }
}

/// Progress lines a fetch reported.
final class Said: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ line: String) { lock.withLock { stored.append(line) } }
    var lines: [String] { lock.withLock { stored } }
}
