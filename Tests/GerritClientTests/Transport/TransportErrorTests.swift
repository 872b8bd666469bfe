import GerritClient
import GerritRemote
import Testing

@Suite struct TransportErrorTests {
    @Test func messagesNameThePlaceAndTheRemedy() {
        #expect(TransportError.connectFailed(address: "127.0.0.1:2222", reason: "connection refused").description
                == "127.0.0.1:2222: connection refused")
        #expect(TransportError.noAnswer(address: "review.example.org:29418", seconds: 10, during: "connecting").description
                == "review.example.org:29418: no answer in 10 s (connecting)")
        let changed = TransportError.hostKeyChanged(address: "h:29418", keyType: "ED25519", fingerprint: "SHA256:abc",
                                                    file: "/home/me/.ssh/known_hosts", line: 7).description
        #expect(changed.contains("/home/me/.ssh/known_hosts:7"))
        let unknown = TransportError.hostKeyUnknown(address: "h:29418", keyType: "ED25519", fingerprint: "SHA256:abc",
                                                    knownHostsFiles: ["/k"]).description
        #expect(unknown.contains("SHA256:abc") && unknown.contains("accept-new") && unknown.contains("/k"))
        let auth = TransportError.authenticationFailed(address: "h:1", user: "me", tried: ["a: refused", "b: refused"]).description
        #expect(auth == "h:1: authentication as me failed. Tried: a: refused; b: refused")
    }

    @Test func endpointAddressesFollowOpenSSH() {
        let v4 = SSHEndpoint(host: "127.0.0.1", port: 2222, user: "me", knownHostsFiles: [])
        #expect(v4.address == "127.0.0.1:2222")
        #expect(v4.knownHostsName == "[127.0.0.1]:2222")
        let v6 = SSHEndpoint(host: "::1", port: 22, user: "me", knownHostsFiles: [])
        #expect(v6.address == "[::1]:22")
        #expect(v6.knownHostsName == "::1")
    }

    @Test func openSSHArgumentsKeepSpecFlagsAndOneCommandString() {
        let endpoint = SSHEndpoint(host: "review.example.org", port: 29418, user: "me", keyFile: "/k/id",
                                   knownHostsFiles: ["/k/known_hosts"], hostKeyPolicy: .acceptNew)
        let args = OpenSSHTransport(endpoint: endpoint, sshPath: "/usr/bin/ssh")
            .arguments(for: RemoteCommand(["gerrit", "query", "a b"]))
        #expect(Array(args.prefix(5)) == ["-T", "-e", "none", "-o", "BatchMode=yes"])
        #expect(args.contains("StrictHostKeyChecking=accept-new"))
        #expect(args.contains("UserKnownHostsFile=/k/known_hosts"))
        #expect(Array(args.suffix(3)) == ["--", "review.example.org", "gerrit query 'a b'"])
    }
}
