import Foundation
import GerritClientTestSupport
import GerritTestSupport
import Testing

/// `make install` as a user runs it: the installed binary works away from the source tree and
/// finds the installed themes. `make install-check` (part of `make test`) installs into a
/// temporary prefix and runs this suite with `GERRYMANDER_INSTALLED_PREFIX` set.
@Suite("The installed binary")
struct InstalledBinaryTests {
    static let variable = "GERRYMANDER_INSTALLED_PREFIX"

    /// Runs where an install was made, and always on CI, where a missing install fails.
    static var shouldRun: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment[variable] != nil || environment["CI"] != nil
    }

    let prefix: URL
    let binary: URL
    /// An empty home: no user themes, no config, no cache.
    let home: URL

    init() throws {
        guard let path = ProcessInfo.processInfo.environment[Self.variable], !path.isEmpty else {
            throw TestSupportError("\(Self.variable) is not set: run 'make install-check', which installs into a temporary prefix first")
        }
        prefix = URL(fileURLWithPath: path, isDirectory: true)
        binary = prefix.appendingPathComponent("bin/gerrymander")
        home = FileManager.default.temporaryDirectory.appendingPathComponent("gm-installed-home-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    @Test("--demo todo-mine prints the list", .enabled(if: shouldRun))
    func demoTodoMine() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try BinaryRunner(executable: binary).run(["--demo", "todo-mine"], environment: ["HOME": home.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("Changes To Do List"))
        #expect(result.stdout.contains("| Status |"))
    }

    /// The shipped binary takes libstdc++ and SQLite from their static archives (Package.swift,
    /// staticLibraries): against a real sshd running the installed simulator, a list fetched
    /// cold and then read from the cache is the same, and the loader opens neither library.
    @Test("against a real sshd, a list is the same fetched and read from the cache, with SQLite and libstdc++ built in",
          .enabled(if: shouldRun), .enabled(if: TestSSHD.shouldRun, "needs OpenSSH (sshd, ssh-keygen)"), .timeLimit(.minutes(1)))
    func cachedListOverSSH() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let simulator = prefix.appendingPathComponent("bin/gerrit-sim").path
        let sshd = try TestSSHD(forceCommand: simulator,
                                environment: ["GERRIT_SIM_NOW": "1764000000", "GERRIT_SIM_USER": "demo", "GERRIT_SIM_CHANGES": "60"],
                                ipv6: false)
        defer { sshd.stop() }
        let (userHome, config) = try sshd.userHome(named: "installed-home", extra: "[cache]\ndirectory = \(home.path)/cache\n")
        let runner = BinaryRunner(executable: binary)
        let environment = ["HOME": userHome, "SSH_AUTH_SOCK": userHome + "/no-agent"]
        let cold = try runner.run(["-c", config, "changes", "--field", "number,subject,reviews"], environment: environment)
        #expect(cold.status == 0, "stderr: \(cold.stderr)")
        #expect(cold.stdout.hasPrefix("Changes\n"))
        #expect(FileManager.default.fileExists(atPath: home.path + "/cache/cache.sqlite"))
        var warmEnvironment = environment
        warmEnvironment["LD_DEBUG"] = "libs"
        let warm = try runner.run(["-c", config, "changes", "--field", "number,subject,reviews"], environment: warmEnvironment)
        #expect(warm.status == 0)
        #expect(warm.stdout == cold.stdout)
        // The loader lists every library it opens when LD_DEBUG=libs.
        #expect(warm.stderr.contains("libc.so.6"), "LD_DEBUG gave no list: \(warm.stderr.prefix(300))")
        #expect(!warm.stderr.contains("libsqlite3"))
        #expect(!warm.stderr.contains("libstdc++"))
    }

    @Test("a theme that is not installed names the installed themes folder it searched",
          .enabled(if: shouldRun), .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)))
    func missingThemeNamesTheInstalledFolder() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let script = #""$0" --demo --theme no-such-theme; echo "EXIT=$?"; sleep 10"#
        let session = try TmuxSession(command: ["bash", "-c", script, binary.path], width: 200, height: 24,
                                      environment: ["HOME": home.path])
        defer { session.kill() }
        let screen = try session.waitForText("EXIT=2").joined(separator: "\n")
        #expect(screen.contains("theme \"no-such-theme\" not found"))
        #expect(screen.contains(prefix.appendingPathComponent("share/gerrymander/themes").standardizedFileURL.path))
        #expect(screen.contains("available: default, light, mono, solarized"))
    }

    @Test("--demo --theme solarized opens the UI in the installed theme's colours, q quits",
          .enabled(if: shouldRun), .enabled(if: TmuxSession.shouldRun, "tmux is not installed"), .timeLimit(.minutes(1)))
    func solarizedInTmux() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        var colours: [String: [String]] = [:]
        for theme in ["solarized", "mono"] {
            let script = #""$0" --demo --theme "$1"; echo "EXIT=$?"; sleep 10"#
            let session = try TmuxSession(command: ["bash", "-c", script, binary.path, theme], width: 80, height: 24,
                                          environment: ["HOME": home.path])
            defer { session.kill() }
            try session.waitForText("▶")
            colours[theme] = try session.captureWithEscapes()
            try session.sendKeys("q")
            try session.waitForText("EXIT=0")
        }
        // Solarized paints with colours; mono with none: the installed files were read.
        let solarized = colours["solarized"]?.joined() ?? ""
        let mono = colours["mono"]?.joined() ?? ""
        #expect(solarized.contains("38;5;") || solarized.contains("\u{1B}[3"))
        #expect(!mono.contains("38;5;"))
        #expect(solarized != mono)
    }
}
