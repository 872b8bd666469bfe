import Foundation

/// One remote command: an argv array plus optional stdin and an idle timeout.
///
/// SSH sends a single command string; `quoted` builds it so that Gerrit's shell-like
/// splitter (and a POSIX shell, used by test servers) gets back exactly `arguments`.
public struct RemoteCommand: Sendable, Equatable, CustomStringConvertible {
    /// The argv, e.g. `["gerrit", "query", "--format=JSON", "status:open"]`.
    public var arguments: [String]
    /// Bytes written to the command's stdin, then stdin is closed (e.g. `gerrit review --json`).
    public var stdin: Data?
    /// Seconds without any output after which the command fails with "no answer in N s".
    ///
    /// `nil` means wait forever; use it for `gerrit stream-events`, which stays quiet for long
    /// stretches (keepalives keep that connection alive instead).
    public var idleTimeout: Double?

    /// The default idle timeout for one-shot commands.
    public static let defaultIdleTimeout: Double = 60

    public init(_ arguments: [String], stdin: Data? = nil, idleTimeout: Double? = RemoteCommand.defaultIdleTimeout) {
        self.arguments = arguments
        self.stdin = stdin
        self.idleTimeout = idleTimeout
    }

    /// The command line sent over SSH: every argument quoted with `ShellQuoting`.
    public var quoted: String { ShellQuoting.join(arguments) }

    /// A short form for error messages: the arguments joined by spaces, cut at 80 characters.
    public var description: String {
        let text = arguments.joined(separator: " ")
        return text.count > 80 ? String(text.prefix(77)) + "..." : text
    }
}

/// Quoting of argv elements for a shell-like remote splitter.
///
/// Gerrit's SSH command parser splits like a shell: single-quoted text is literal, and a single
/// quote inside is written `'\''`. Plain words made only of safe characters are left bare so
/// the command line stays readable in logs. Gerrit drops empty words, so an empty argument
/// (sent as `''`) survives only a POSIX shell, not Gerrit.
public enum ShellQuoting {
    /// Quotes one argument so the remote splitter yields exactly `argument`.
    public static func quote(_ argument: String) -> String {
        if !argument.isEmpty, argument.unicodeScalars.allSatisfy(isSafe) {
            return argument
        }
        return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Quotes every argument and joins them with single spaces.
    public static func join(_ arguments: [String]) -> String {
        arguments.map(quote).joined(separator: " ")
    }

    private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return true
        case "-", "_", ".", "/", ":", "=", "+", ",", "@", "%": return true
        default: return false
        }
    }
}
