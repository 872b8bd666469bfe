import Foundation
import GerritRemote

/// libssh2 first; when the only usable keys are RSA (which libssh2 1.10 cannot sign with
/// SHA-2), the system `ssh` from then on, with a one-line note.
public final class RSAFallbackTransport: GerritTransport, @unchecked Sendable {
    public let primary: any GerritTransport
    public let fallback: any GerritTransport
    // Guarded by `lock`: commands may start concurrently.
    private let lock = NSLock()
    private var switched = false
    private let note: @Sendable (String) -> Void

    /// - Parameter note: where the one-line note goes (stderr by default).
    public init(primary: any GerritTransport, fallback: any GerritTransport,
                note: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        self.primary = primary
        self.fallback = fallback
        self.note = note
    }

    /// Whether commands now go through the fallback.
    public var usesFallback: Bool {
        lock.lock()
        defer { lock.unlock() }
        return switched
    }

    /// Switches to the fallback; true for the call that did it.
    private func markSwitched() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let first = !switched
        switched = true
        return first
    }

    public func shutdown() {
        primary.shutdown()
        fallback.shutdown()
    }

    public func run(_ command: RemoteCommand) async throws -> RemoteExecution {
        if usesFallback { return try await fallback.run(command) }
        do {
            return try await primary.run(command)
        } catch TransportError.rsaKeyUnsupported(let address, _, let keys) {
            if markSwitched() {
                note("note: \(address): only RSA keys (\(keys.joined(separator: ", "))); using the system ssh, which can sign them with SHA-2")
            }
            return try await fallback.run(command)
        }
    }
}
