import Foundation

/// Runs one remote Gerrit command and hands back its output as it arrives.
///
/// Implementations: `LibSSH2Transport` (in-process SSH, one session reused for many commands),
/// `OpenSSHTransport` (spawns the system `ssh`). Connection, host key and authentication
/// problems are thrown by `run(_:)`; problems while the command runs are thrown by the
/// stdout stream and by `RemoteExecution.finish()`. A non-zero exit status is not an error:
/// it is reported in `RemoteExit`.
public protocol GerritTransport: Sendable {
    /// Starts `command` on the server.
    ///
    /// Returns once the command has been started (for SSH: the channel is open and the
    /// command was sent). Cancelling the task that consumes `RemoteExecution.stdoutLines`
    /// (or dropping the stream) closes the channel.
    /// - Throws: `TransportError` when the server cannot be reached, its host key is not
    ///   trusted, or no authentication method worked.
    func run(_ command: RemoteCommand) async throws -> RemoteExecution

    /// Closes the connection and waits until it is closed; call before the process exits.
    ///
    /// Later commands fail with `TransportError.closed`. Transports that hold no connection
    /// (a child process per command, the in-process simulator) have nothing to do.
    func shutdown()
}

extension GerritTransport {
    /// Runs `command` to completion and collects everything it printed.
    ///
    /// Meant for one-shot commands (`gerrit query`, `gerrit review`); streams should use
    /// `run(_:)` and iterate `stdoutLines`.
    public func collect(_ command: RemoteCommand) async throws -> RemoteOutput {
        let execution = try await run(command)
        var lines: [String] = []
        for try await line in execution.stdoutLines {
            lines.append(line)
        }
        let exit = try await execution.finish()
        return RemoteOutput(stdoutLines: lines, stderr: exit.stderr, exitStatus: exit.status)
    }
}

/// Everything a finished one-shot command printed, with its exit status.
public struct RemoteOutput: Sendable, Equatable {
    /// Stdout split into lines (without the line terminators).
    public var stdoutLines: [String]
    /// Stderr as text (invalid UTF-8 repaired).
    public var stderr: String
    /// The remote exit status; `0` means success.
    public var exitStatus: Int32

    public init(stdoutLines: [String], stderr: String, exitStatus: Int32) {
        self.stdoutLines = stdoutLines
        self.stderr = stderr
        self.exitStatus = exitStatus
    }
}
