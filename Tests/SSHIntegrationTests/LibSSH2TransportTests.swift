import Foundation
import GerritClient
import GerritRemote
import GerritClientTestSupport
import GerritTestSupport
import Testing

@Suite("LibSSH2Transport against a real sshd", sshAvailable)
struct LibSSH2TransportTests {
    @Test func keyFileAuthReturnsLinesAndExitStatus() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let output = try await transport.collect(RemoteCommand(["lines", "3"]))
            #expect(output == RemoteOutput(stdoutLines: ["line 1", "line 2", "line 3"], stderr: "", exitStatus: 0))
        }
    }

    @Test func agentAuthUsesOwnAgent() async throws {
        try await ScriptedServer.withServer { sshd in
            let agent = try TestSSHAgent(directory: sshd.directory)
            defer { agent.stop() }
            try await addWhenListening(agent, sshd.userKey)
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(agentSocket: agent.socketPath))
            let output = try await transport.collect(RemoteCommand(["lines", "2"]))
            #expect(output.stdoutLines == ["line 1", "line 2"])
        }
    }

    @Test func wrongKeyIsRefusedListingWhatWasTried() async throws {
        try await ScriptedServer.withServer { sshd in
            let stranger = try sshd.makeUserKey(type: "ed25519", authorized: false)
            let agent = try TestSSHAgent(directory: sshd.directory)
            defer { agent.stop() }
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: stranger, agentSocket: agent.socketPath))
            let error = await expectTransportError { _ = try await transport.collect(RemoteCommand(["lines", "1"])) }
            guard case let .authenticationFailed(_, user, tried) = error else {
                Issue.record("wrong error: \(String(describing: error))")
                return
            }
            #expect(user == sshd.user)
            #expect(tried.count == 2)
            let message = error?.description ?? ""
            #expect(message.contains("127.0.0.1:\(sshd.port): authentication as \(sshd.user) failed"))
            #expect(message.contains("ssh-agent at \(agent.socketPath): holds no keys"))
            #expect(message.contains("key file \(stranger) (ssh-ed25519): refused by the server"))
        }
    }

    @Test func passphraseKeyWithoutTerminalSuggestsTheAgent() async throws {
        try await ScriptedServer.withServer { sshd in
            let locked = try sshd.makeUserKey(type: "ed25519", authorized: true, passphrase: "s3cret")
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: locked))
            let error = await expectTransportError { _ = try await transport.collect(RemoteCommand(["lines", "1"])) }
            #expect(error?.description.contains("needs a passphrase") == true)
            #expect(error?.description.contains("ssh-add \(locked)") == true)

            let asking = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: locked), passphrase: { _ in "s3cret" })
            let output1 = try await asking.collect(RemoteCommand(["lines", "1"]))
            #expect(output1.stdoutLines == ["line 1"])
        }
    }

    @Test func unknownHostKeyIsRefusedWithHowToAccept() async throws {
        try await ScriptedServer.withServer { sshd in
            let empty = sshd.directory + "/empty_known_hosts"
            try "".write(toFile: empty, atomically: true, encoding: .utf8)
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey, knownHostsFiles: [empty]))
            let error = await expectTransportError { _ = try await transport.collect(RemoteCommand(["lines", "1"])) }
            guard case let .hostKeyUnknown(address, keyType, fingerprint, files) = error else {
                Issue.record("wrong error: \(String(describing: error))")
                return
            }
            #expect(address == "127.0.0.1:\(sshd.port)")
            #expect(keyType == "ED25519")
            #expect(fingerprint.hasPrefix("SHA256:"))
            #expect(files == [empty])
            #expect(error?.description.contains("accept-new") == true)
            // No credentials were sent to an unverified host.
            #expect(sshd.acceptedLogins() == 0)
        }
    }

    @Test func acceptNewRecordsTheKeyThenStrictWorks() async throws {
        try await ScriptedServer.withServer { sshd in
            let file = sshd.directory + "/fresh/known_hosts"
            let first = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey, knownHostsFiles: [file],
                                                                 hostKeyPolicy: .acceptNew))
            let output2 = try await first.collect(RemoteCommand(["lines", "1"]))
            #expect(output2.stdoutLines == ["line 1"])
            let recorded = try String(contentsOfFile: file, encoding: .utf8)
            #expect(recorded == "[127.0.0.1]:\(sshd.port) \(sshd.hostPublicKey)\n")

            let strict = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey, knownHostsFiles: [file]))
            let output3 = try await strict.collect(RemoteCommand(["lines", "1"]))
            #expect(output3.exitStatus == 0)
        }
    }

    @Test func changedHostKeyNamesFileAndLine() async throws {
        try await ScriptedServer.withServer { sshd in
            let other = try sshd.makeUserKey(type: "ed25519", authorized: false)
            let otherKey = try String(contentsOfFile: other + ".pub", encoding: .utf8)
                .split(separator: " ").prefix(2).joined(separator: " ")
            let file = sshd.directory + "/changed_known_hosts"
            try "# comment\n[127.0.0.1]:\(sshd.port) \(otherKey)\n".write(toFile: file, atomically: true, encoding: .utf8)
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey, knownHostsFiles: [file],
                                                                     hostKeyPolicy: .acceptNew))
            let error = await expectTransportError { _ = try await transport.collect(RemoteCommand(["lines", "1"])) }
            guard case let .hostKeyChanged(_, _, _, reportedFile, line) = error else {
                Issue.record("wrong error: \(String(describing: error))")
                return
            }
            #expect(reportedFile == file)
            #expect(line == 2)
            #expect(error?.description.contains("\(file):2") == true)
        }
    }

    @Test func hashedAndPortlessEntriesAreHandledLikeOpenSSH() async throws {
        try await ScriptedServer.withServer { sshd in
            // A portless entry must not vouch for a non-22 port.
            let portless = sshd.directory + "/portless"
            try "127.0.0.1 \(sshd.hostPublicKey)\n".write(toFile: portless, atomically: true, encoding: .utf8)
            let loose = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey, knownHostsFiles: [portless]))
            let error = await expectTransportError { _ = try await loose.collect(RemoteCommand(["lines", "1"])) }
            guard case .hostKeyUnknown = error else {
                Issue.record("wrong error: \(String(describing: error))")
                return
            }
            // Hashed (`ssh-keygen -H`) entries match.
            let hashed = sshd.directory + "/hashed"
            try FileManager.default.copyItem(atPath: sshd.knownHostsFile, toPath: hashed)
            try TestSSHDTools.hash(knownHosts: hashed)
            #expect(try String(contentsOfFile: hashed, encoding: .utf8).hasPrefix("|1|"))
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey, knownHostsFiles: [hashed]))
            let output4 = try await transport.collect(RemoteCommand(["lines", "1"]))
            #expect(output4.stdoutLines == ["line 1"])
        }
    }

    @Test func twentyThousandLinesArriveComplete() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let output = try await transport.collect(RemoteCommand(["lines", "20000"]))
            #expect(output.stdoutLines.count == 20000)
            #expect(output.stdoutLines.first == "line 1")
            #expect(output.stdoutLines.last == "line 20000")
            #expect(output.stdoutLines == (1...20000).map { "line \($0)" })
        }
    }

    @Test func stderrAndNonZeroExitAreCaptured() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let output = try await transport.collect(RemoteCommand(["fail", "disk full", "3"]))
            #expect(output == RemoteOutput(stdoutLines: ["partial output"], stderr: "something broke: disk full\n", exitStatus: 3))
        }
    }

    @Test func forceCommandGetsTheConfiguredEnvironment() async throws {
        try await ScriptedServer.withServer(environment: ["GM_TEST_VALUE": "it's é"]) { sshd in
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let output = try await transport.collect(RemoteCommand(["env"]))
            #expect(output.stdoutLines == ["it's é"])
        }
    }

    @Test func stdinReachesTheCommand() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let input = Data("{\"labels\":{\"Code-Review\":1}}\nsecond é\n".utf8)
            let output = try await transport.collect(RemoteCommand(["cat"], stdin: input))
            #expect(output.stdoutLines == ["{\"labels\":{\"Code-Review\":1}}", "second é"])
        }
    }

    @Test func slowCommandHitsTheIdleTimeout() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let started = Date()
            let error = await expectTransportError {
                _ = try await transport.collect(RemoteCommand(["sleep", "40"], idleTimeout: 0.5))
            }
            // "sleep 40" must not run to its end; the margin is wide because the suite shares 2 cores
            // with whatever else the machine runs (10 s were seen under load).
            #expect(Date().timeIntervalSince(started) < 30)
            #expect(error?.description.hasPrefix("127.0.0.1:\(sshd.port): no answer in 0.5 s") == true)
            // The session survives the abandoned command.
            let output5 = try await transport.collect(RemoteCommand(["lines", "1"]))
            #expect(output5.stdoutLines == ["line 1"])
        }
    }

    @Test func cancellingTheConsumerClosesTheChannel() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let execution = try await transport.run(RemoteCommand(["ticks"], idleTimeout: nil))
            let consumer = Task {
                var seen = 0
                for try await _ in execution.stdoutLines { seen += 1 }
                return seen
            }
            try await Task.sleep(for: .milliseconds(700))
            consumer.cancel()
            _ = try? await consumer.value
            await #expect(throws: CancellationError.self) { _ = try await execution.finish() }
            let output6 = try await transport.collect(RemoteCommand(["lines", "2"]))
            #expect(output6.stdoutLines == ["line 1", "line 2"])
        }
    }

    @Test func connectionRefusedOnAClosedPort() async throws {
        let port = try TestSSHDTools.closedPort()
        let endpoint = SSHEndpoint(host: "127.0.0.1", port: port, user: "nobody", knownHostsFiles: [],
                                   useAgent: false, defaultKeyDirectory: "/nonexistent", connectTimeout: 2)
        let transport = LibSSH2Transport(endpoint: endpoint)
        let error = await expectTransportError { _ = try await transport.collect(RemoteCommand(["lines", "1"])) }
        #expect(error?.description == "127.0.0.1:\(port): connection refused")
    }

    @Test(.enabled(if: TestSSHDTools.hasIPv6Loopback, "no ::1 on this machine"))
    func connectsOverIPv6Loopback() async throws {
        try await ScriptedServer.withServer { sshd in
            #expect(sshd.listensOnIPv6)
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(host: "::1", keyFile: sshd.userKey))
            let output7 = try await transport.collect(RemoteCommand(["lines", "1"]))
            #expect(output7.stdoutLines == ["line 1"])
        }
    }

    @Test func oneSessionServesManyCommands() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            for index in 1...10 {
                let output = try await transport.collect(RemoteCommand(["lines", String(index)]))
                #expect(output.stdoutLines.count == index)
            }
            // And concurrently, several channels on the same session.
            let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 1...4 {
                    group.addTask { try await transport.collect(RemoteCommand(["lines", String(index * 100)])).stdoutLines.count }
                }
                return try await group.reduce(0, +)
            }
            #expect(counts == 1000)
            #expect(sshd.acceptedLogins() == 1)
        }
    }

    @Test func reconnectsWhenTheServerDroppedTheIdleSession() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let first = try await transport.collect(RemoteCommand(["lines", "1"]))
            #expect(first.stdoutLines == ["line 1"])
            sshd.dropConnections()
            try await Task.sleep(for: .milliseconds(200))
            let second = try await transport.collect(RemoteCommand(["lines", "2"]))
            #expect(second.stdoutLines == ["line 1", "line 2"])
            // sshd's monitor process may write its log line a moment after the command ran.
            for _ in 0..<50 where sshd.acceptedLogins() < 2 { try await Task.sleep(for: .milliseconds(20)) }
            #expect(sshd.acceptedLogins() == 2)
        }
    }

    @Test func silentServerGivesNoAnswerError() async throws {
        let listener = try SilentListener()
        let endpoint = SSHEndpoint(host: "127.0.0.1", port: listener.port, user: "nobody", knownHostsFiles: [],
                                   useAgent: false, defaultKeyDirectory: "/nonexistent", connectTimeout: 1)
        let transport = LibSSH2Transport(endpoint: endpoint)
        let started = Date()
        let error = await expectTransportError { _ = try await transport.collect(RemoteCommand(["lines", "1"])) }
        #expect(error?.description == "127.0.0.1:\(listener.port): no answer in 1 s (SSH handshake)")
        #expect(Date().timeIntervalSince(started) < 30)  // a hang would never end; wide because the suite shares 2 cores
        withExtendedLifetime(listener) {}
    }

    @Test func awkwardArgumentsArriveByteForByte() async throws {
        try await ScriptedServer.withServer { sshd in
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: sshd.userKey))
            let arguments = ["it's", "\"double\"", "$HOME", "`id`", "a\nb", "é", "漢字", "", "  spaced  ", "back\\slash", "{x y}", "*"]
            let command = RemoteCommand(["echo-args"] + arguments)
            let output = try await transport.collect(command)
            #expect(output.exitStatus == 0)
            #expect(output.stdoutLines.first == ScriptedServer.hex(command.quoted))
            #expect(Array(output.stdoutLines.dropFirst()) == arguments.map(ScriptedServer.hex))
        }
    }

    @Test func rsaOnlyKeyReportsRSAUnsupported() async throws {
        try await ScriptedServer.withServer { sshd in
            let rsa = try sshd.makeUserKey(type: "rsa", authorized: true)
            let transport = LibSSH2Transport(endpoint: sshd.endpoint(keyFile: rsa))
            let error = await expectTransportError { _ = try await transport.collect(RemoteCommand(["lines", "1"])) }
            guard case let .rsaKeyUnsupported(_, _, keys) = error else {
                Issue.record("wrong error: \(String(describing: error))")
                return
            }
            #expect(keys.count == 1)
            #expect(error?.description.contains("ed25519") == true)
        }
    }
}
