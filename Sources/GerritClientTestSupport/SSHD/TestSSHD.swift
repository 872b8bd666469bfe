import Foundation
import GerritClient
#if canImport(Glibc)
import GerritRemote
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private OpenSSH sshd on loopback for integration tests.
///
/// Everything lives in a fresh temp folder: an ed25519 host key, a user key, authorized_keys,
/// the config, a known_hosts file for the client with `[127.0.0.1]:PORT` (and `[::1]:PORT`),
/// and sshd's log. Every session runs `ForceCommand`, a wrapper script that sets the given
/// environment and execs the given program; the client's command arrives in
/// `$SSH_ORIGINAL_COMMAND`. sshd is killed on `stop()` or deinit.
public final class TestSSHD: @unchecked Sendable {
    /// Why sshd could not be started or is missing.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    public static let sshdPath = "/usr/sbin/sshd"

    /// The temp folder holding keys, config and log.
    public let directory: String
    /// The TCP port on 127.0.0.1 (and ::1 when `listensOnIPv6`).
    public let port: Int
    /// Whether sshd also listens on ::1.
    public let listensOnIPv6: Bool
    /// The login name sshd accepts (the current user).
    public let user: String
    /// The authorised ed25519 private key (its `.pub` is beside it).
    public let userKey: String
    /// A known_hosts file with this server's host key for `[127.0.0.1]:PORT` and `[::1]:PORT`.
    public let knownHostsFile: String
    /// The host public key line (`ssh-ed25519 AAAA…`).
    public let hostPublicKey: String
    /// sshd's own log (`-e` output, LogLevel VERBOSE).
    public let logFile: String

    // Guarded by `lock`: stop() may run from deinit or a test.
    private let lock = NSLock()
    private var process: SpawnedProcess?
    /// Set when a test failed through `withLogOnFailure`: its folder (keys, config, log) stays.
    private var keepFiles = false

    /// Whether the tests should run: tools present, or `CI` set (then a missing tool fails the test).
    public static var shouldRun: Bool {
        unavailableReason == nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// What is missing to run a test sshd, or `nil` when everything is there.
    public static var unavailableReason: String? {
        let tools = [sshdPath, "/usr/bin/ssh-keygen", "/usr/bin/ssh-agent", "/usr/bin/ssh-add", "/usr/bin/ssh"]
        let missing = tools.filter { !FileManager.default.isExecutableFile(atPath: $0) }
        guard !missing.isEmpty else { return nil }
        return "missing \(missing.joined(separator: ", ")); install openssh-server and openssh-client (make deps)"
    }

    /// Starts sshd.
    ///
    /// - Parameters:
    ///   - forceCommand: absolute path of the program every session runs.
    ///   - environment: variables the program gets.
    ///   - ipv6: also listen on ::1 when the machine has it.
    /// - Throws: `Failure` with the sshd log when it does not come up.
    ///   - gitRoot: a folder of bare repositories; when set, `git-upload-pack '/PROJECT'` (what
    ///     `git fetch ssh://…/PROJECT` sends) runs the real git-upload-pack on `gitRoot/PROJECT`
    ///     instead of `forceCommand`, as Gerrit serves git on its SSH port. Nothing else changes.
    public init(forceCommand: String, environment: [String: String] = [:], ipv6: Bool = true, gitRoot: String? = nil) throws {
        if let reason = Self.unavailableReason { throw Failure("cannot start a test sshd: \(reason)") }
        let base = FileManager.default.temporaryDirectory.path + "/gm-sshd-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        // sshd's privilege-separation folder; it refuses to start without it.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o755])
        directory = base
        user = Self.currentUser()
        logFile = base + "/sshd.log"
        knownHostsFile = base + "/known_hosts"
        userKey = base + "/user_ed25519"

        try Self.keygen(type: "ed25519", path: base + "/host_ed25519")
        try Self.keygen(type: "ed25519", path: userKey)
        try Self.copyFile(userKey + ".pub", appendingTo: base + "/authorized_keys")
        hostPublicKey = try Self.firstTwoFields(of: base + "/host_ed25519.pub")

        let (chosenPort, v6) = try Self.freePort(wantIPv6: ipv6)
        port = chosenPort
        listensOnIPv6 = v6
        var knownHosts = "[127.0.0.1]:\(port) \(hostPublicKey)\n"
        if v6 { knownHosts += "[::1]:\(port) \(hostPublicKey)\n" }
        try knownHosts.write(toFile: knownHostsFile, atomically: true, encoding: .utf8)

        let wrapper = base + "/force-command.sh"
        var script = "#!/bin/sh\n"
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            script += "export \(key)=\(ShellQuoting.quote(value))\n"
        }
        if let gitRoot {
            // The command is read as data, never evaluated: only a plain path inside gitRoot.
            script += """
                case "$SSH_ORIGINAL_COMMAND" in
                  "git-upload-pack '/"*"'")
                    path=${SSH_ORIGINAL_COMMAND#"git-upload-pack '/"}
                    path=${path%"'"}
                    case "$path" in *..*|*"'"*|-*) echo "fatal: '$path' does not appear to be a git repository" >&2; exit 128 ;; esac
                    exec git-upload-pack --strict \(ShellQuoting.quote(gitRoot))/"$path" ;;
                esac

                """
        }
        script += "exec \(ShellQuoting.quote(forceCommand))\n"
        try script.write(toFile: wrapper, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper)

        // sshd runs ForceCommand through the user's shell, and bash started by sshd sources
        // ~/.bashrc when it thinks it is the top-level shell (SHLVL unset). A .bashrc that prints
        // (here: pyenv's rehash racing another session's, "cannot rehash") would put its words
        // on the simulator's stderr; SHLVL=1 makes bash skip it, as a nested shell would.
        var config = """
            Port \(port)
            ListenAddress 127.0.0.1

            """
        if v6 { config += "ListenAddress ::1\n" }
        config += """
            HostKey \(base)/host_ed25519
            PidFile \(base)/sshd.pid
            AuthorizedKeysFile \(base)/authorized_keys
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            PermitRootLogin prohibit-password
            AllowUsers \(user)
            ForceCommand \(wrapper)
            SetEnv SHLVL=1
            PrintMotd no
            PrintLastLog no
            UseDNS no
            MaxSessions 64
            MaxStartups 64
            LoginGraceTime 20
            LogLevel VERBOSE

            """
        try config.write(toFile: base + "/sshd_config", atomically: true, encoding: .utf8)

        let sshd = try SpawnedProcess(Self.sshdPath, ["-D", "-e", "-f", base + "/sshd_config"], outputPath: logFile)
        process = sshd
        try waitUntilListening(sshd)
    }

    /// Stops sshd and removes its folder, unless a failure asked to keep it for a post-mortem.
    deinit {
        stop()
        lock.lock()
        let keep = keepFiles
        lock.unlock()
        if !keep { try? FileManager.default.removeItem(atPath: directory) }
    }

    /// Kills sshd (its running sessions end with it).
    public func stop() {
        lock.lock()
        let running = process
        process = nil
        lock.unlock()
        running?.terminate()
    }

    /// sshd's log so far.
    public func log() -> String {
        (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "(no sshd log at \(logFile))"
    }

    /// Kills every per-connection sshd child, as a server dropping idle clients would.
    ///
    /// The listener keeps running, so new connections still work.
    public func dropConnections() {
        lock.lock()
        let listener = process?.pid
        lock.unlock()
        guard let listener else { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // Fields after "(comm)": state, ppid, ...
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, Int32(fields[1]) == listener { kill(pid, SIGTERM) }
        }
    }

    /// How many logins sshd accepted (one per SSH session, not per command).
    public func acceptedLogins() -> Int {
        // Counted as substrings: sshd -e ends lines with CR LF, which Swift sees as one
        // Character, so splitting on "\n" would not split at all.
        log().components(separatedBy: "Accepted publickey").count - 1
    }

    /// Creates another user key in the temp folder.
    ///
    /// - Parameters:
    ///   - type: `ed25519`, `ecdsa` or `rsa`.
    ///   - authorized: whether sshd accepts it.
    ///   - passphrase: empty for none.
    /// - Returns: the private key path.
    public func makeUserKey(type: String, authorized: Bool, passphrase: String = "") throws -> String {
        let path = directory + "/user_\(type)_" + UUID().uuidString.prefix(6)
        try Self.keygen(type: type, path: path, passphrase: passphrase)
        if authorized { try Self.copyFile(path + ".pub", appendingTo: directory + "/authorized_keys") }
        return path
    }

    /// An endpoint for this server with its known_hosts file and only the given key (no agent,
    /// no default keys from `~/.ssh`).
    public func endpoint(host: String = "127.0.0.1", keyFile: String? = nil, agentSocket: String? = nil,
                         knownHostsFiles: [String]? = nil, hostKeyPolicy: HostKeyPolicy = .strict) -> SSHEndpoint {
        SSHEndpoint(host: host, port: port, user: user, keyFile: keyFile,
                    knownHostsFiles: knownHostsFiles ?? [knownHostsFile], hostKeyPolicy: hostKeyPolicy,
                    useAgent: agentSocket != nil, agentSocket: agentSocket,
                    defaultKeyDirectory: directory + "/no-default-keys", connectTimeout: 5, keepaliveInterval: 5)
    }

    /// Runs `body`; if it throws, prints the sshd log to stderr first (then rethrows).
    public func withLogOnFailure<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            lock.withLock { keepFiles = true }
            FileHandle.standardError.write(Data("---- sshd log (\(logFile)) ----\n\(log())\n----\n".utf8))
            throw error
        }
    }

    // MARK: - Helpers

    private func waitUntilListening(_ sshd: SpawnedProcess) throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if !sshd.isRunning {
                throw Failure("sshd exited (status \(sshd.wait())) before listening on port \(port):\n\(log())")
            }
            if Self.canConnect(port: port) { return }
            usleep(20_000)
        }
        stop()
        throw Failure("sshd did not listen on 127.0.0.1:\(port) within 10 s:\n\(log())")
    }

    static func canConnect(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return result == 0
    }

    /// A port free on 127.0.0.1 (and ::1 if wanted and available), found by binding port 0.
    public static func freePort(wantIPv6: Bool) throws -> (Int, Bool) {
        for _ in 0..<20 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { break }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let port: Int = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                    guard bind(fd, raw, length) == 0, getsockname(fd, raw, &length) == 0 else { return 0 }
                    return Int(UInt16(bigEndian: pointer.pointee.sin_port))
                }
            }
            close(fd)
            guard port > 0 else { continue }
            if !wantIPv6 { return (port, false) }
            switch ipv6Bindable(port: port) {
            case .yes: return (port, true)
            case .noIPv6: return (port, false)
            case .portTaken: continue
            }
        }
        throw Failure("no free TCP port on 127.0.0.1")
    }

    private enum IPv6Check { case yes, noIPv6, portTaken }

    private static func ipv6Bindable(port: Int) -> IPv6Check {
        let fd = socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return .noIPv6 }
        defer { close(fd) }
        var address = sockaddr_in6()
        address.sin6_family = sa_family_t(AF_INET6)
        address.sin6_port = in_port_t(UInt16(port).bigEndian)
        address.sin6_addr = in6addr_loopback
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
        }
        if result == 0 { return .yes }
        return errno == EADDRINUSE ? .portTaken : .noIPv6
    }

    static func keygen(type: String, path: String, passphrase: String = "") throws {
        var args = ["-q", "-t", type, "-N", passphrase, "-f", path, "-C", "gm-test-\(type)"]
        if type == "rsa" { args += ["-b", "2048"] }
        try run("/usr/bin/ssh-keygen", args)
    }

    /// Runs a tool to completion; throws with its output if it fails.
    ///
    /// Uses posix_spawn + waitpid rather than Foundation's Process: with a long-lived sshd
    /// child already running, `Process.waitUntilExit` was seen to hang with the tool a zombie.
    @discardableResult
    public static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.path + "/gm-tool-" + UUID().uuidString.prefix(8) + ".out"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let child = try SpawnedProcess(program, arguments, outputPath: outputPath, environment: environment)
        let status = child.wait()
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw Failure("\(program) \(arguments.joined(separator: " ")) failed (status \(status)): \(text)")
        }
        return text
    }

    private static func copyFile(_ source: String, appendingTo target: String) throws {
        let line = try String(contentsOfFile: source, encoding: .utf8)
        let existing = (try? String(contentsOfFile: target, encoding: .utf8)) ?? ""
        try (existing + line).write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
    }

    private static func firstTwoFields(of path: String) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: " ").prefix(2).joined(separator: " ")
    }

    private static func currentUser() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "root"
    }
}
