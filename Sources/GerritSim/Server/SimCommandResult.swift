/// What a one-shot command printed and how it exited.
public struct SimCommandResult: Sendable, Equatable {
    /// Lines of stdout, without their trailing newlines.
    public var stdout: [String]
    /// Full stderr text (`fatal: …` / `error: …` lines, newline-terminated).
    public var stderr: String
    /// 0 success, 1 Gerrit error, 127 unknown top-level command.
    public var exitStatus: Int32

    public init(stdout: [String] = [], stderr: String = "", exitStatus: Int32 = 0) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitStatus = exitStatus
    }

    static func fatal(_ message: String, status: Int32 = 1) -> SimCommandResult {
        SimCommandResult(stdout: [], stderr: "fatal: \(message)\n", exitStatus: status)
    }
}
