import Foundation
import GerritRemote

/// Runs commands through the system `ssh` program.
///
/// For users whose `~/.ssh/config` needs what libssh2 lacks (ProxyJump, certificates, RSA with
/// SHA-2, FIDO keys). Each command is one `ssh` process: `ssh -T -e none -o BatchMode=yes …`.
/// The child runs in its own process group, so a Ctrl-C in the terminal reaches only us and we
/// decide what to cancel (cancelling the consumer sends ssh SIGTERM). Exit status 255 is ssh's own failure (connection,
/// host key, authentication) and is thrown as an error carrying ssh's message.
public final class OpenSSHTransport: GerritTransport {
    /// Where this transport connects.
    public let endpoint: SSHEndpoint
    /// The `ssh` executable: the one given, else the first on `PATH`, looked up when a command
    /// runs (this transport is made as libssh2's fallback on every run, and the search cost a
    /// warm report that never spawns ssh ~0.6 M instructions).
    public var sshPath: String {
        givenPath ?? ExecutableSearch.find("ssh") ?? "/usr/bin/ssh"
    }
    private let givenPath: String?

    /// - Parameters:
    ///   - endpoint: host, port, user; `keyFile`, `knownHostsFiles`, `hostKeyPolicy`,
    ///     `agentSocket`, `useAgent` and `connectTimeout` become ssh options.
    ///   - sshPath: the program to run; `nil` searches `PATH` for `ssh`.
    public init(endpoint: SSHEndpoint, sshPath: String? = nil) {
        self.endpoint = endpoint
        givenPath = sshPath
    }

    /// The arguments passed to `ssh` for `command` (without the program name).
    public func arguments(for command: RemoteCommand) -> [String] {
        var args = ["-T", "-e", "none", "-o", "BatchMode=yes", "-o", "ServerAliveInterval=\(max(1, endpoint.keepaliveInterval))",
                    "-o", "ConnectTimeout=\(Int(endpoint.connectTimeout.rounded(.up)))",
                    "-p", String(endpoint.port), "-l", endpoint.user]
        if let keyFile = endpoint.keyFile { args += ["-i", keyFile] }
        if !endpoint.knownHostsFiles.isEmpty {
            let files = endpoint.knownHostsFiles.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
            args += ["-o", "UserKnownHostsFile=\(files)"]
        }
        args += ["-o", "StrictHostKeyChecking=\(endpoint.hostKeyPolicy == .acceptNew ? "accept-new" : "yes")"]
        if !endpoint.useAgent { args += ["-o", "IdentityAgent=none"] }
        args += ["--", endpoint.host, command.quoted]
        return args
    }

    /// Each command is its own `ssh` process, ended with its command: nothing stays open.
    public func shutdown() {}

    public func run(_ command: RemoteCommand) async throws -> RemoteExecution {
        var environment = ProcessInfo.processInfo.environment
        if let socket = endpoint.agentSocket { environment["SSH_AUTH_SOCK"] = socket }
        let child = try ChildProcess(program: sshPath, arguments: arguments(for: command), environment: environment)
        let input = command.stdin ?? Data()
        let writer = child.stdin
        Thread.detachNewThread {
            if !input.isEmpty { try? writer.write(contentsOf: input) }
            try? writer.close()
        }

        let (lines, continuation) = AsyncThrowingStream<String, Error>.makeStream(bufferingPolicy: .unbounded)
        continuation.onTermination = { termination in
            if case .cancelled = termination { child.terminate() }
        }
        let completion = RemoteCompletion()
        let address = endpoint.address
        let errorCollector = StderrCollector(child.stderr)
        let watchdog = command.idleTimeout.map { IdleWatchdog(timeout: $0, child: child) }
        let commandText = command.description
        Thread.detachNewThread {
            var splitter = LineSplitter()
            while true {
                let chunk = child.stdout.availableData
                if chunk.isEmpty { break }
                watchdog?.touch()
                for line in splitter.append(chunk) { continuation.yield(line) }
            }
            if let watchdog, watchdog.stop() {
                // The watchdog killed a silent ssh: that is a timeout, not a cancellation.
                let error = TransportError.noAnswer(address: address, seconds: watchdog.timeout,
                                                    during: "waiting for `\(commandText)`")
                _ = errorCollector.wait()
                _ = child.waitForExit()
                continuation.finish(throwing: error)
                completion.resolve(.failure(error))
                return
            }
            if let last = splitter.finish() { continuation.yield(last) }
            let errorText = errorCollector.wait()
            let status = child.waitForExit()
            if child.wasTerminated {
                continuation.finish(throwing: CancellationError())
                completion.resolve(.failure(CancellationError()))
            } else if status == 255 {
                let message = errorText.split(whereSeparator: \.isNewline).last.map(String.init) ?? "ssh failed (exit status 255)"
                let error = TransportError.connectFailed(address: address, reason: message)
                continuation.finish(throwing: error)
                completion.resolve(.failure(error))
            } else {
                continuation.finish()
                completion.resolve(.success(RemoteExit(status: status, stderr: errorText)))
            }
        }
        return RemoteExecution(stdoutLines: lines, completion: completion)
    }

}

/// Reads a pipe to its end on a background thread.
private final class StderrCollector: @unchecked Sendable {
    // `data` is written by the reader thread before `done` is signalled, read after.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Kills a child that printed nothing on stdout for `timeout` seconds.
private final class IdleWatchdog: @unchecked Sendable {
    let timeout: Double
    // Guarded by `lock`: touched by the reader thread, checked by the watchdog thread.
    private let lock = NSLock()
    private var lastActivity = Date()
    private var finished = false
    private var fired = false

    init(timeout: Double, child: ChildProcess) {
        self.timeout = timeout
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: min(0.1, timeout / 4))
                lock.lock()
                if finished {
                    lock.unlock()
                    return
                }
                if Date().timeIntervalSince(lastActivity) >= timeout {
                    fired = true
                    finished = true
                    lock.unlock()
                    child.terminate()
                    return
                }
                lock.unlock()
            }
        }
    }

    /// Output arrived: the silence starts again.
    func touch() {
        lock.lock()
        lastActivity = Date()
        lock.unlock()
    }

    /// Stops watching; true when the watchdog had already killed the child.
    func stop() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        return fired
    }
}
