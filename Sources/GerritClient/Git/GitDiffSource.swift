import Foundation
import GerritModel
import GerritRemote

/// Fetches a patch set with git from the Gerrit server and diffs it with git.
///
/// Gerrit's SSH command interface carries no file contents, but the same server serves the
/// project's git repository over the same SSH port, user and key. Each project gets a private
/// bare repository under the cache folder (mode 0700); a patch set is fetched shallowly
/// (`--depth 2` of `refs/changes/NN/NUMBER/PS`, which brings its parent; `--depth 1` of a base
/// patch set) and kept, so a second look fetches nothing. The diff is git's own text, parsed by
/// `UnifiedDiffParser`.
///
/// Why the git program and not libgit2: no new C dependency to build and ship, and every
/// reviewer already has git; its output is stable and documented. git runs from an argument
/// array (posix_spawn), never through a shell; `GIT_SSH_COMMAND` holds only our own settings
/// (key file, known_hosts files, host key policy), each quoted.
public struct GitDiffSource: DiffSource {
    public let endpoint: SSHEndpoint
    /// Where the per-project repositories live (`<cache>/git`).
    public let directory: String
    /// The `git` program; nil when none was found (every diff then fails with one message).
    public let gitPath: String?

    public init(endpoint: SSHEndpoint, directory: String, gitPath: String? = GitCommand.find()) {
        self.endpoint = endpoint
        self.directory = directory
        self.gitPath = gitPath
    }

    /// `ssh://user@host:port/project`.
    public func remoteURL(project: String) -> String {
        let host = endpoint.host.contains(":") ? "[\(endpoint.host)]" : endpoint.host
        return "ssh://\(endpoint.user)@\(host):\(endpoint.port)/\(project)"
    }

    /// The ssh command git runs, as one shell-quoted string: only local settings go in it.
    public var sshCommand: String {
        var words = ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=\(Int(endpoint.connectTimeout.rounded(.up)))"]
        if let keyFile = endpoint.keyFile { words += ["-i", keyFile, "-o", "IdentitiesOnly=yes"] }
        if !endpoint.knownHostsFiles.isEmpty {
            let files = endpoint.knownHostsFiles.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
            words += ["-o", "UserKnownHostsFile=\(files)"]
        }
        words += ["-o", "StrictHostKeyChecking=\(endpoint.hostKeyPolicy == .acceptNew ? "accept-new" : "yes")"]
        if !endpoint.useAgent { words += ["-o", "IdentityAgent=none"] }
        return words.map(Self.shellQuote).joined(separator: " ")
    }

    static func shellQuote(_ word: String) -> String {
        let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:@%+,".contains($0) }
        return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The bare repository of `project`: its name made safe for one folder name.
    public func repositoryPath(project: String) -> String {
        let safe = project.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" }
        return directory + "/" + String(safe).replacingOccurrences(of: "..", with: "_") + ".git"
    }

    public func diff(_ request: DiffRequest, progress: @escaping @Sendable (String) -> Void) async throws -> PatchDiff {
        guard let gitPath else {
            throw DiffSourceError("Diffs need git, and no git was found on PATH: install git (apt-get install git)")
        }
        guard !request.project.isEmpty, !request.project.hasPrefix("-"), !request.project.contains("..") else {
            throw DiffSourceError("change \(request.change): no usable project name to fetch from")
        }
        for ref in [request.ref] + (request.baseRef.map { [$0] } ?? []) where !ref.hasPrefix("refs/") {
            throw DiffSourceError("change \(request.change): \(ref) is not a ref")
        }
        let repository = repositoryPath(project: request.project)
        let git = GitCommand(program: gitPath, environment: [
            "GIT_SSH_COMMAND": sshCommand, "GIT_TERMINAL_PROMPT": "0", "GIT_ASKPASS": "",
            "LC_ALL": "C",
        ])
        try await prepare(repository, git: git)
        let local = "refs/gerrymander/\(request.change)/"
        let shown = try await fetch(request.ref, into: local + "\(request.patchSet)", revision: request.revision,
                                    depth: request.base == .parent ? 2 : 1, project: request.project, repository: repository, git: git,
                                    progress: progress, what: "\(request.change),\(request.patchSet)")
        let base: String
        switch request.base {
        case .parent:
            base = shown + "^"
        case .patchSet(let number):
            base = try await fetch(request.baseRef ?? DiffRequest.ref(change: request.change, patchSet: number),
                                   into: local + "\(number)", revision: request.baseRevision, depth: 1,
                                   project: request.project, repository: repository, git: git, progress: progress,
                                   what: "\(request.change),\(number)")
        }
        progress("Comparing \(request.change),\(request.patchSet) with \(request.base)…")
        let output = try await git.run(["--git-dir", repository, "-c", "core.quotePath=false", "diff", "--no-color",
                                        "--no-ext-diff", "--no-textconv", "-M", "--src-prefix=a/", "--dst-prefix=b/",
                                        base, shown, "--"])
        guard output.status == 0 else {
            throw DiffSourceError("git diff of \(request.change),\(request.patchSet) failed: \(Self.firstLine(output.stderr))")
        }
        var files = UnifiedDiffParser.parse(String(decoding: output.stdout, as: UTF8.self))
        // The commit message first, numbered as Gerrit numbers it (comments refer to its lines).
        if let new = await commitMessageLines(shown, repository: repository, git: git) {
            let old = request.base == .parent ? nil : await commitMessageLines(base, repository: repository, git: git)
            if request.base == .parent || old != nil, let file = CommitMessageFile.fileDiff(old: old, new: new) {
                files.insert(file, at: 0)
            }
        }
        return PatchDiff(change: request.change, patchSet: request.patchSet, base: request.base, files: files)
    }

    /// `/COMMIT_MSG` of `commit` as Gerrit writes it; nil when git cannot tell (then the diff
    /// simply has no commit message).
    private func commitMessageLines(_ commit: String, repository: String, git: GitCommand) async -> [String]? {
        let date = "--date=format:%Y-%m-%d %H:%M:%S %z"
        guard let output = try? await git.run(["--git-dir", repository, "show", "-s", date,
                                                "--format=%P%n%an <%ae>%n%ad%n%cn <%ce>%n%cd%n%B", commit, "--"]),
              output.status == 0 else { return nil }
        let lines = String(decoding: output.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        guard lines.count >= 6 else { return nil }
        var parent: String?
        if let first = lines[0].split(separator: " ").first {
            parent = String(first.prefix(8))
            // The parent's subject, when its commit was fetched (the shown patch set's is).
            if let subject = try? await git.run(["--git-dir", repository, "show", "-s", "--format=%s", String(first), "--"]),
               subject.status == 0 {
                let text = String(decoding: subject.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { parent? += " (" + text + ")" }
            }
        }
        return CommitMessageFile.lines(CommitMessageFile.Commit(
            parent: parent, author: lines[1], authorDate: lines[2], committer: lines[3], commitDate: lines[4],
            message: lines[5...].joined(separator: "\n")))
    }

    /// Creates the private bare repository when it is not there yet.
    private func prepare(_ repository: String, git: GitCommand) async throws {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                        attributes: [.posixPermissions: 0o700])
            try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
        } catch {
            throw DiffSourceError("Cannot create \(directory) for fetched code: \(error.localizedDescription)")
        }
        guard !manager.fileExists(atPath: repository + "/HEAD") else { return }
        let output = try await git.run(["init", "--quiet", "--bare", repository])
        guard output.status == 0 else {
            throw DiffSourceError("git init \(repository) failed: \(Self.firstLine(output.stderr))")
        }
        try? manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: repository)
    }

    /// Fetches `ref` into `local` unless `revision` is already here; returns the commit.
    private func fetch(_ ref: String, into local: String, revision: String?, depth: Int, project: String, repository: String,
                       git: GitCommand, progress: @escaping @Sendable (String) -> Void, what: String) async throws -> String {
        // Fetched before (with its parent when the parent is the base): nothing to fetch.
        if let revision, revision.allSatisfy(\.isHexDigit), revision.count >= 7 {
            let needed = depth == 1 ? [revision] : [revision, revision + "^"]
            var present = true
            for commit in needed where present {
                present = try await git.run(["--git-dir", repository, "cat-file", "-e", commit + "^{commit}"]).status == 0
            }
            if present { return revision }
        }
        progress("Fetching \(what) (\(ref)) from \(endpoint.address)…")
        let output = try await git.run(["--git-dir", repository, "fetch", "--quiet", "--no-tags", "--no-write-fetch-head",
                                        "--depth", String(depth), remoteURL(project: project),
                                        "+" + ref + ":" + local])
        guard output.status == 0 else {
            throw DiffSourceError("Could not fetch \(what) from \(endpoint.address): \(Self.firstLine(output.stderr))")
        }
        return local
    }

    static func firstLine(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        // git's last "fatal:" line says what went wrong; ssh's first line says why.
        return lines.first { !$0.hasPrefix("fatal: Could not read from remote") } ?? lines.first ?? "no reason given"
    }
}
