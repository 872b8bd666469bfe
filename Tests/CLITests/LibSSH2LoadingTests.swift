import Foundation
import GerritTestSupport
import Testing

/// libssh2 (and the OpenSSL it brings) is opened on the first connection, not at start: a
/// command answered without a server never loads it, and a machine without it gets a message
/// that says what is missing when a command does need it.
@Suite struct LibSSH2LoadingTests {
    @Test func aCommandWithoutAServerNeverLoadsLibssh2() throws {
        let demo = try DemoRun()
        // The loader lists every library it opens when LD_DEBUG=libs.
        let result = try demo.run(["--demo", "changes", "--status", "open"], environment: ["LD_DEBUG": "libs"])
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(400))")
        #expect(result.stderr.contains("libsqlite3"), "the loader's list is there to look at")
        #expect(!result.stderr.contains("libssh2"))
        #expect(!result.stderr.contains("libcrypto"))
    }

    @Test func withoutAUsableLibssh2AServerCommandSaysWhatIsMissing() throws {
        let demo = try DemoRun()
        // A "libssh2.so.1" that is not a library stands for a missing or broken install.
        let libraries = demo.home.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: libraries, withIntermediateDirectories: true)
        try Data("not a library".utf8).write(to: libraries.appendingPathComponent("libssh2.so.1"))
        let config = try DemoRun.configFile("[server]\nhostname = 127.0.0.1\nport = 1\nusername = me\n")
        defer { try? FileManager.default.removeItem(at: config) }
        let result = try demo.run(["-c", config.path, "changes", "--no-cache"],
                                  environment: ["LD_LIBRARY_PATH": libraries.path])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "127.0.0.1:1").count == 2, "the address, once: \(result.stderr)")
        #expect(result.stderr.contains("libssh2 could not be loaded"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("libssh2.so.1"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("install the libssh2-1 package"), "stderr: \(result.stderr)")
    }
}
