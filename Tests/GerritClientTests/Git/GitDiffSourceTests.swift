import GerritClient
import GerritModel
import GerritRemote
import Testing

/// What GitDiffSource hands to git and ssh, without a server (the fetches themselves are
/// tested over a real sshd in SSHIntegrationTests).
@Suite struct GitDiffSourceTests {
    func source(host: String = "review.example.org", keyFile: String? = nil, knownHosts: [String] = ["/h/.ssh/known_hosts"])
        -> GitDiffSource {
        GitDiffSource(endpoint: SSHEndpoint(host: host, port: 29418, user: "ann", keyFile: keyFile, knownHostsFiles: knownHosts,
                                            connectTimeout: 7),
                      directory: "/cache/git", gitPath: "/usr/bin/git")
    }

    @Test func theRemoteIsTheSameServerOverSSH() {
        #expect(source().remoteURL(project: "openstack/nova") == "ssh://ann@review.example.org:29418/openstack/nova")
        #expect(source(host: "::1").remoteURL(project: "p") == "ssh://ann@[::1]:29418/p")
    }

    @Test func theSSHCommandCarriesOnlyLocalSettingsEachQuoted() {
        let command = source(keyFile: "/home/ann/my keys/id_ed25519", knownHosts: ["/h/it's here"]).sshCommand
        #expect(command == #"ssh -o BatchMode=yes -o ConnectTimeout=7 -i '/home/ann/my keys/id_ed25519' -o IdentitiesOnly=yes "#
                + #"-o 'UserKnownHostsFile="/h/it'\''s here"' -o StrictHostKeyChecking=yes"#)
    }

    @Test func eachProjectHasOneFolderNamedSafely() {
        #expect(source().repositoryPath(project: "openstack/nova") == "/cache/git/openstack_nova.git")
        #expect(source().repositoryPath(project: "../../etc") == "/cache/git/____etc.git")
    }

    @Test func projectsAndRefsThatCouldBeOptionsAreRefused() async {
        let source = self.source()
        for (project, ref) in [("-upload-pack=x", "refs/changes/01/1/1"), ("nova", "--upload-pack=x"), ("", "refs/changes/01/1/1")] {
            await #expect(throws: DiffSourceError.self) {
                try await source.diff(DiffRequest(change: 1, project: project, patchSet: 1, ref: ref)) { _ in }
            }
        }
    }
}
