import Config
import GerritClient
import Testing

@Suite struct GitRemoteURLTests {
    @Test func sshURLsGiveHostUserAndPort() {
        #expect(GitRemoteURL(parsing: "ssh://jane@review.example.org:29418/nova.git")
                == GitRemoteURL(host: "review.example.org", user: "jane", port: 29418))
        #expect(GitRemoteURL(parsing: "ssh://review.example.org/nova") == GitRemoteURL(host: "review.example.org"))
        #expect(GitRemoteURL(parsing: "ssh://me@[::1]:2222/x") == GitRemoteURL(host: "::1", user: "me", port: 2222))
        #expect(GitRemoteURL(parsing: "git+ssh://h:1/x") == GitRemoteURL(host: "h", port: 1))
    }

    @Test func scpLikeURLsGiveHostAndUser() {
        #expect(GitRemoteURL(parsing: "jane@review.example.org:openstack/nova.git")
                == GitRemoteURL(host: "review.example.org", user: "jane"))
        #expect(GitRemoteURL(parsing: "review:nova") == GitRemoteURL(host: "review"))
    }

    @Test func otherURLsAreNotSSH() {
        #expect(GitRemoteURL(parsing: "https://review.example.org/nova") == nil)
        #expect(GitRemoteURL(parsing: "/srv/git/nova.git") == nil)
        #expect(GitRemoteURL(parsing: "./relative:path") == nil)
        #expect(GitRemoteURL(parsing: "ssh://h:notaport/x") == nil)
    }

    @Test func settingsBecomeAnEndpoint() throws {
        let server = ServerSettings(hostname: "review.example.org", port: 2222, username: "jane", keyfile: "/k/id",
                                    hostKey: .strict, connectTimeout: 7)
        let endpoint = try GerritClient.endpoint(for: server, acceptNewHostKey: true)
        #expect(endpoint.address == "review.example.org:2222")
        #expect(endpoint.user == "jane" && endpoint.keyFile == "/k/id")
        #expect(endpoint.hostKeyPolicy == .acceptNew)
        #expect(endpoint.connectTimeout == 7)
    }

    @Test func aMissingRemoteIsASetupError() {
        let server = ServerSettings(remote: "no-such-remote-\(UInt32.random(in: 0...UInt32.max))")
        #expect(throws: GerritSetupError.self) {
            _ = try GerritClient.endpoint(for: server, acceptNewHostKey: false, remoteDirectory: "/")
        }
    }

    @Test func theTransportFollowsTheSettings() throws {
        var settings = Settings.defaults(home: "/tmp")
        settings.server = ServerSettings(hostname: "127.0.0.1", port: 1, username: "me", transport: .openssh)
        #expect(try GerritClient.connect(settings: settings, acceptNewHostKey: false, interactive: false).transport is OpenSSHTransport)
        settings.server.transport = .libssh2
        let client = try GerritClient.connect(settings: settings, acceptNewHostKey: false, interactive: false)
        #expect(client.transport is RSAFallbackTransport)
        #expect(client.serverName == "127.0.0.1:1" && client.user == "me")
    }
}
