import Foundation
import GerritClient
import GerritRemote
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// The ForceCommand used until the real gerrit-sim is wired in: it re-splits
/// `$SSH_ORIGINAL_COMMAND` like a shell (as Gerrit does) and acts on the argv.
enum ScriptedServer {
    static let script = #"""
        #!/bin/sh
        eval "set -- $SSH_ORIGINAL_COMMAND"
        case "$1" in
          echo-args)
            shift
            printf '%s' "$SSH_ORIGINAL_COMMAND" | od -An -v -tx1 | tr -d ' \n'; echo
            for a in "$@"; do printf '%s' "$a" | od -An -v -tx1 | tr -d ' \n'; echo; done ;;
          lines) seq 1 "$2" | sed 's/^/line /' ;;
          fail) echo "partial output"; echo "something broke: $2" >&2; exit "$3" ;;
          sleep) sleep "$2"; echo "woke" ;;
          ticks) i=0; while true; do i=$((i+1)); echo "tick $i"; sleep 0.2; done ;;
          cat) cat ;;
          die) echo "partial output"; kill -"$2" $$ ;;
          env) echo "$GM_TEST_VALUE" ;;
          *) echo "unknown command: $1" >&2; exit 1 ;;
        esac
        """#

    /// Writes the script to a temp file and returns its path.
    static func install() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/gm-force-" + UUID().uuidString.prefix(8) + ".sh"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    /// Starts a test sshd running the script and gives it to `body`; prints the sshd log if `body` throws.
    static func withServer<T>(environment: [String: String] = [:], _ body: (TestSSHD) async throws -> T) async throws -> T {
        let sshd = try TestSSHD(forceCommand: try install(), environment: environment)
        defer { sshd.stop() }
        return try await sshd.withLogOnFailure { try await body(sshd) }
    }

    /// Hex of the UTF-8 bytes, as the script's `od` prints them.
    static func hex(_ text: String) -> String {
        text.utf8.map { String(format: "%02x", $0) }.joined()
    }
}

/// Runs the SSH tests when sshd is installed, or under CI (where a missing sshd must fail).
let sshAvailable = Testing.ConditionTrait.enabled(
    if: TestSSHD.shouldRun,
    "needs OpenSSH (sshd, ssh-keygen, ssh-agent); install openssh-server openssh-client"
)

/// Expects `body` to throw a `TransportError` and returns it.
func expectTransportError(_ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async -> TransportError? {
    do {
        try await body()
        Issue.record("expected a TransportError, but it succeeded", sourceLocation: sourceLocation)
    } catch let error as TransportError {
        return error
    } catch {
        Issue.record("expected a TransportError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// `ssh-add`, retried for a moment: ssh-agent creates its socket file just before it listens,
/// so on a busy machine the first connection can be refused.
func addWhenListening(_ agent: TestSSHAgent, _ keyFile: String) async throws {
    for _ in 0..<20 {
        if (try? agent.add(keyFile)) != nil { return }
        try await Task.sleep(nanoseconds: 50_000_000)
    }
    try agent.add(keyFile)
}
