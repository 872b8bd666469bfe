/// The process exit statuses gerrymander promises to scripts.
enum ExitStatus: Int32 {
    /// Everything worked.
    case success = 0
    /// The server or its data failed: an error row, a broken connection, bad output.
    case serverOrData = 1
    /// The command line or the configuration is wrong.
    case usageOrConfig = 2
}

/// An error the CLI reports to the user as one message and an exit status.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var status: ExitStatus

    var description: String { message }

    static func usage(_ message: String) -> CLIError { CLIError(message: message, status: .usageOrConfig) }
    static func server(_ message: String) -> CLIError { CLIError(message: message, status: .serverOrData) }
}
