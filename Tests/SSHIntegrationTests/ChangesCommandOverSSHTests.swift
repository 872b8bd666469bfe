import Foundation
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// Issues B and C: the report commands against a real sshd print exactly what `--demo` prints
/// (the ones that do not depend on who "I" am: the sshd login is not the demo user).
@Suite("gerrymander report commands against a real sshd", sshAvailable, .serialized)
struct ChangesCommandOverSSHTests {
    @Test(arguments: ["libssh2", "openssh"])
    func theRealServerAndTheDemoPrintTheSameReport(transport: String) async throws {
        try await GerritSimSSH.withClient { _, sshd in
            let (home, config) = try ReviewCommandOverSSHTests.home(for: sshd, server: [
                "hostname = 127.0.0.1", "port = \(sshd.port)", "username = \(sshd.user)",
                "keyfile = \(sshd.userKey)", "transport = \(transport)",
                // The simulator's bots, as the demo's generated config lists them.
                "[organization]", "bots = zuul, jenkins, citrix_xenserver_ci, vmware-nsx-ci, hyper-v-ci",
            ])
            let cli = try BinaryRunner(product: "gerrymander")
            let environment = ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent", "GERRYMANDER_NOW": "1764000000"]
            for arguments in [["changes", "--status", "open", "-p", "openstack/nova"],
                              ["changes", "--status", "merged", "-m", "json"],
                              ["changes", "--status", "abandoned", "-m", "csv"],
                              ["patchreviewstats", "-p", "openstack/nova", "--days", "30", "-m", "csv"],
                              ["patchreviewrate", "-p", "openstack/nova", "-m", "json"],
                              ["openreviewstats", "-p", "openstack/nova", "-m", "xml"],
                              ["comments", "1318", "--all"]] {
                let real = try cli.run(["-c", config] + arguments, environment: environment)
                let demo = try cli.run(["--demo"] + arguments, environment: environment)
                #expect(real.status == 0, "\(arguments) stderr: \(real.stderr)")
                #expect(!real.stdout.isEmpty)
                #expect(real.stdout == demo.stdout, "\(arguments) differs between the sshd and --demo")
            }
            // The cache landed where the config says, private to the user.
            let attributes = try FileManager.default.attributesOfItem(atPath: home + "/.gerrymander.d/cache/cache.sqlite")
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
        }
    }

    /// The first command a new user tries: `changes` with no filter at all. Gerrit refuses an
    /// empty query, so every page must carry a limit; the simulator refuses as Gerrit does.
    @Test(arguments: ["libssh2", "openssh"])
    func changesWithNoOptionsWorksInEveryOutputMode(transport: String) async throws {
        try await GerritSimSSH.withClient { _, sshd in
            let (home, config) = try ReviewCommandOverSSHTests.home(for: sshd, server: [
                "hostname = 127.0.0.1", "port = \(sshd.port)", "username = \(sshd.user)",
                "keyfile = \(sshd.userKey)", "transport = \(transport)",
            ])
            let cli = try BinaryRunner(product: "gerrymander")
            let environment = ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent", "GERRYMANDER_NOW": "1764000000"]
            for mode in [[], ["-m", "json"], ["-m", "xml"], ["-m", "csv"]] {
                let real = try cli.run(["-c", config, "-d", "changes", "--no-cache"] + mode, environment: environment)
                #expect(real.status == 0, "changes \(mode) stderr: \(real.stderr)")
                #expect(real.stderr.contains("limit:500"), "the query sent carries the page limit")
                #expect(!real.stderr.contains("query is required"))
                let demo = try cli.run(["--demo", "changes"] + mode, environment: environment)
                #expect(!real.stdout.isEmpty)
                #expect(real.stdout == demo.stdout, "changes \(mode) differs between the sshd and --demo")
            }
        }
    }
}
