import Foundation
import GerritClientTestSupport
import GerritTestSupport
import Testing

extension CommandLineFaultTests {
    @Test(.enabled(if: FullDisk.shouldRun, "needs root to mount a small tmpfs"))
    func aFullCacheDiskIsOneWarningAndTheReportStillPrints() async throws {
        let disk = try FullDisk(kilobytes: 2048)
        defer { disk.unmount() }
        try await GerritSimSSH.withClient { _, sshd in
            let cacheFolder = disk.mountPoint.appendingPathComponent("cache").path
            let (home, config) = try Self.config(for: sshd, extra: ["[cache]", "directory = \(cacheFolder)"])
            let cli = try BinaryRunner(product: "gerrymander")
            let environment = ["HOME": home, "SSH_AUTH_SOCK": home + "/no-agent", "GERRYMANDER_NOW": "1764000000"]
            // One run while there is room creates the cache; then the disk fills up.
            #expect(try cli.run(["-c", config, "changes", "--status", "merged"], environment: environment).status == 0)
            try disk.fill()
            let full = try cli.run(["-c", config, "openreviewstats", "-p", "openstack/nova", "-m", "csv"], environment: environment)
            let demo = try cli.run(["--demo", "openreviewstats", "-p", "openstack/nova", "-m", "csv"], environment: environment)
            #expect(full.status == 0, "\(full.stderr)")
            #expect(full.stdout == demo.stdout)
            let warnings = full.stderr.split(separator: "\n")
            #expect(warnings.count == 1, "\(full.stderr)")
            // A full disk stops even the opening of an existing cache (SQLite's -shm file).
            let warning = String(warnings.first ?? "")
            #expect(warning.hasPrefix("warning: ") && warning.contains("\(cacheFolder)/cache.sqlite"), "\(warning)")
            #expect(warning.contains("the disk is full"), "\(warning)")
        }
    }
}
