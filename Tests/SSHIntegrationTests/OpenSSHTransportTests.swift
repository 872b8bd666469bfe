import Foundation
import GerritClient
import GerritRemote
import GerritTestSupport
import Testing

@Suite("OpenSSHTransport against a real sshd", sshAvailable)
struct OpenSSHTransportTests {
    @Test func runsTheSameCommandWithLinesAndExitStatus() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = OpenSSHTransport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let output = try await transport.collect(RemoteCommand(["lines", "3"]))
            #expect(output == RemoteOutput(stdoutLines: ["line 1", "line 2", "line 3"], stderr: "", exitStatus: 0))
        }
    }

    @Test func stderrAndExitStatusAreCaptured() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = OpenSSHTransport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let output = try await transport.collect(RemoteCommand(["fail", "disk full", "3"]))
            #expect(output == RemoteOutput(stdoutLines: ["partial output"], stderr: "something broke: disk full\n", exitStatus: 3))
        }
    }

    @Test func awkwardArgumentsAndStdinArriveIntact() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = OpenSSHTransport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let arguments = ["it's", "$HOME", "`id`", "a\nb", "é", "漢字", ""]
            let output = try await transport.collect(RemoteCommand(["echo-args"] + arguments))
            #expect(Array(output.stdoutLines.dropFirst()) == arguments.map(ScriptedServer.hex))
            let echoed = try await transport.collect(RemoteCommand(["cat"], stdin: Data("review ✓\n".utf8)))
            #expect(echoed.stdoutLines == ["review ✓"])
        }
    }

    @Test func unknownHostFailsWithSSHsMessage() async throws {
        try await ScriptedServer.withServer { sshd in
            let empty = sshd.directory + "/empty_known_hosts"
            try "".write(toFile: empty, atomically: true, encoding: .utf8)
            let transport = OpenSSHTransport(endpoint: sshd.endpoint(keyFile: sshd.userKey, knownHostsFiles: [empty]))
            let error = await expectTransportError { _ = try await transport.collect(RemoteCommand(["lines", "1"])) }
            #expect(error?.description.contains("127.0.0.1:\(sshd.port)") == true)
            #expect(error?.description.lowercased().contains("host key verification failed") == true)
        }
    }

    @Test func cancellingTheConsumerStopsSSH() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = OpenSSHTransport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let execution = try await transport.run(RemoteCommand(["ticks"], idleTimeout: nil))
            let consumer = Task {
                var seen = 0
                for try await _ in execution.stdoutLines { seen += 1 }
                return seen
            }
            try await Task.sleep(for: .milliseconds(900))
            consumer.cancel()
            _ = try? await consumer.value
            await #expect(throws: CancellationError.self) { _ = try await execution.finish() }
        }
    }

    @Test func childRunsInItsOwnProcessGroup() async throws {
        // Ctrl-C goes to the terminal's foreground process group; ssh must not be in ours.
        let probe = OpenSSHTransport(endpoint: SSHEndpoint(host: "127.0.0.1", port: 22, user: "x"),
                                     sshPath: try ProcessGroupProbe.install())
        let output = try await probe.collect(RemoteCommand(["ignored"]))
        let groups = output.stdoutLines.first?.split(separator: " ").compactMap { Int32($0) } ?? []
        #expect(groups.count == 2)
        #expect(groups.first == getpgrp())
        #expect(groups.last != getpgrp())
    }
}

/// A fake `ssh` that prints its parent's process group and its own.
enum ProcessGroupProbe {
    static func install() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/gm-pgid-" + UUID().uuidString.prefix(8) + ".sh"
        let script = "#!/bin/sh\necho \"$(cut -d' ' -f5 /proc/$PPID/stat) $(cut -d' ' -f5 /proc/$$/stat)\"\n"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }
}
