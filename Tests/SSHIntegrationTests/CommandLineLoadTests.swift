import Foundation
import GerritClient
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// Issue G, item 4: the command line against a big server. Small by default; `make load` runs
/// it with 20,000 open changes (`GERRYMANDER_LOAD=full`) and release binaries, and prints the
/// figures for BENCHMARKS.md.
@Suite("G4 load: the command line on a big server", sshAvailable, .serialized)
struct CommandLineLoadTests {
    @Test func changesListsEveryOpenChangeTheServerHas() async throws {
        let simulator = try LoadScale.binary("gerrit-sim")
        let knobs = ["GERRIT_SIM_CHANGES": String(LoadScale.changeCount), "GERRIT_SIM_NOW": "1764000000",
                     "GERRIT_SIM_USER": "demo"]
        // The truth from the simulator itself, in one answer: no SSH, no paging, no client.
        let truth = try await LoadScale.offPool {
            try simulator.run(["gerrit query --format=JSON --no-limit status:open"], environment: knobs)
        }
        let expected = LoadScale.changeNumbers(inQueryOutput: truth.stdout)
        #expect(expected.count > LoadScale.changeCount / 2)

        let sshd = try TestSSHD(forceCommand: simulator.executable.path, environment: knobs, ipv6: false)
        defer { sshd.stop() }
        try await sshd.withLogOnFailure {
            let (home, config) = try ReviewCommandOverSSHTests.home(for: sshd, server: [
                "hostname = 127.0.0.1", "port = \(sshd.port)", "username = \(sshd.user)", "keyfile = \(sshd.userKey)",
            ])
            let cli = try LoadScale.binary("gerrymander")
            let environment = ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent", "GERRYMANDER_NOW": "1764000000"]
            let arguments = ["-c", config, "changes", "--status", "open", "-m", "csv", "--field", "number"]
            let clock = ContinuousClock()
            var started = clock.now
            let live = try await LoadScale.offPool { try cli.run(arguments, environment: environment) }
            let liveTime = clock.now - started
            #expect(live.status == 0, "\(live.stderr)")
            let listed = live.stdout.components(separatedBy: .newlines).compactMap { Int($0) }
            #expect(listed.count == expected.count, "every open change, once")
            #expect(Set(listed) == Set(expected))

            // The same list again comes from the cache, and is the same.
            started = clock.now
            let cached = try await LoadScale.offPool { try cli.run(arguments, environment: environment) }
            let cachedTime = clock.now - started
            #expect(cached.stdout == live.stdout)
            LoadScale.report("changes --status open: \(listed.count) rows in \((listed.count + 499) / 500) pages over SSH in \(liveTime); from the cache in \(cachedTime)")
        }
    }
}
