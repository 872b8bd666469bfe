import Foundation
import GerritRemote

/// Runs the `git` program with an argument array (posix_spawn, never a shell), so nothing the
/// server sent — a project name, a ref — is ever read by a shell.
public struct GitCommand: Sendable {
    /// The `git` executable.
    var program: String
    /// Variables added to this process's environment (`GIT_SSH_COMMAND`, `GIT_TERMINAL_PROMPT`).
    var environment: [String: String]

    struct Output: Sendable {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// Runs `git arguments…`, returning its status and output; throws only when git cannot start.
    func run(_ arguments: [String]) async throws -> Output {
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let child = try ChildProcess(program: program, arguments: arguments, environment: env)
        try? child.stdin.close()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Output, Never>) in
                Thread.detachNewThread {
                    let errors = ErrorCollector()
                    let errorThread = Thread { errors.read(child.stderr) }
                    errorThread.start()
                    let out = (try? child.stdout.readToEnd()) ?? Data()
                    let status = child.waitForExit()
                    continuation.resume(returning: Output(status: status, stdout: out, stderr: errors.wait()))
                }
            }
        } onCancel: {
            child.terminate()
        }
    }

    /// The first `git` on `PATH`, if any.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        ExecutableSearch.find("git", environment: environment)
    }
}

/// Reads a pipe to its end on its own thread, so a chatty stderr never blocks the child.
private final class ErrorCollector: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var text = ""

    func read(_ handle: FileHandle) {
        text = String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
        done.signal()
    }

    func wait() -> String {
        done.wait()
        return text
    }
}
