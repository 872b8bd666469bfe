import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private ssh-agent on its own socket, so tests never touch the user's agent.
///
/// Started with `ssh-agent -D -a SOCK` (foreground, so it dies with `stop()`/deinit).
public final class TestSSHAgent: @unchecked Sendable {
    /// The agent socket (pass it as `SSHEndpoint.agentSocket`).
    public let socketPath: String

    // Guarded by `lock`.
    private let lock = NSLock()
    private var process: SpawnedProcess?

    /// Starts the agent with its socket in `directory`.
    public init(directory: String) throws {
        socketPath = directory + "/agent-" + UUID().uuidString.prefix(6) + ".sock"
        let agent = try SpawnedProcess("/usr/bin/ssh-agent", ["-D", "-a", socketPath])
        process = agent
        let deadline = Date().addingTimeInterval(5)
        while !FileManager.default.fileExists(atPath: socketPath) {
            guard Date() < deadline, agent.isRunning else {
                stop()
                throw TestSSHD.Failure("ssh-agent did not create \(socketPath)")
            }
            usleep(10_000)
        }
    }

    deinit { stop() }

    /// Loads a private key into the agent (`ssh-add`).
    public func add(_ keyFile: String) throws {
        try TestSSHD.run("/usr/bin/ssh-add", [keyFile], environment: ["SSH_AUTH_SOCK": socketPath])
    }

    /// Kills the agent.
    public func stop() {
        lock.lock()
        let running = process
        process = nil
        lock.unlock()
        running?.terminate()
    }
}
