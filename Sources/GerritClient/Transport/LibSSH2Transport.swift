import Foundation
import GerritRemote

/// The built-in SSH transport: libssh2 in process, one authenticated session reused for many
/// commands (a channel per command).
///
/// The session lives on its own thread (libssh2 is not thread-safe per session), created on
/// first use; commands may run concurrently on it. Connection setup follows OpenSSH: host key
/// checked against known_hosts before any credential is sent, then ssh-agent, the configured
/// key and the default keys. If only RSA keys are available, `run(_:)` throws
/// `TransportError.rsaKeyUnsupported` so the caller can fall back to `OpenSSHTransport`.
public final class LibSSH2Transport: GerritTransport {
    /// Where this transport connects.
    public let endpoint: SSHEndpoint
    private let worker: LibSSH2Worker

    /// Creates the transport; nothing connects until the first `run(_:)`.
    ///
    /// - Parameters:
    ///   - endpoint: host, port, user, keys, known_hosts and timeouts.
    ///   - passphrase: asked for the passphrase of an encrypted key file when the session is
    ///     interactive; `nil` means such keys fail with advice to use ssh-agent.
    public init(endpoint: SSHEndpoint, passphrase: PassphraseProvider? = nil) {
        self.endpoint = endpoint
        worker = LibSSH2Worker(endpoint: endpoint, passphrase: passphrase)
        worker.start()
    }

    deinit {
        worker.stop()
    }

    /// Closes the session and waits (at most two seconds) until it is closed; commands still
    /// running fail with `TransportError.closed`.
    ///
    /// Call before the process exits, so libssh2 is not torn down under the worker thread.
    public func shutdown() {
        worker.stopAndWait(timeout: 2)
    }

    public func run(_ command: RemoteCommand) async throws -> RemoteExecution {
        let worker = self.worker
        let id = worker.nextID()
        let (lines, continuation) = AsyncThrowingStream<String, Error>.makeStream(bufferingPolicy: .unbounded)
        continuation.onTermination = { termination in
            if case .cancelled = termination { worker.cancel(id) }
        }
        let completion = RemoteCompletion()
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (started: CheckedContinuation<Void, Error>) in
                worker.submit(LibSSH2Worker.Job(id: id, command: command, lines: continuation,
                                                completion: completion, started: started))
            }
        } onCancel: {
            worker.cancel(id)
        }
        return RemoteExecution(stdoutLines: lines, completion: completion)
    }
}
