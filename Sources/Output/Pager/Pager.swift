import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sends report output through a pager when stdout is a terminal, like `git` does.
///
/// The choice is pure (`choose`); only `show` and `run` touch processes.
public enum Pager {
    /// Picks the pager for the given terminal state and environment.
    ///
    /// No pager unless stdout is a terminal. The value comes from `GERRYMANDER_PAGER`, then
    /// `PAGER`, then `less`; the first variable that is set wins, even when empty. An empty value
    /// or `cat` means no pager. The value is split like a shell would (`less -R`, `'my pager' -x`).
    /// `LESS=FRSX` is added when `LESS` is unset: quit if one screen, raw colours, no init.
    public static func choose(isTTY: Bool, environment: [String: String]) -> PagerChoice {
        guard isTTY else { return .direct }
        let (variable, value) = environment["GERRYMANDER_PAGER"].map { ("GERRYMANDER_PAGER", $0) }
            ?? environment["PAGER"].map { ("PAGER", $0) }
            ?? ("", "less")
        guard let words = splitShellWords(value) else {
            return .unusable(warning: "cannot use \(variable)='\(value)': unbalanced quotes; showing output directly")
        }
        guard let program = words.first, program != "cat", !program.hasSuffix("/cat") else {
            return .direct
        }
        var extra: [String: String] = [:]
        if environment["LESS"] == nil { extra["LESS"] = "FRSX" }
        return .pager(PagerCommand(arguments: words, environment: extra))
    }

    /// Writes text to stdout, through the pager `choose` picks for this process.
    ///
    /// A pager that cannot start leaves one warning line on stderr and the text goes to stdout.
    public static func show(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        switch choose(isTTY: standardOutputIsTerminal(), environment: environment) {
        case .direct:
            writeDirectly(text)
        case .unusable(let warning):
            warn(warning)
            writeDirectly(text)
        case .pager(let command):
            do {
                try run(command, text: text, environment: environment)
            } catch {
                warn(error.description + "; showing output directly")
                writeDirectly(text)
            }
        }
    }

    /// Runs a pager with `text` on its stdin and waits for it to exit.
    ///
    /// The user quitting the pager early is not an error. SIGPIPE is ignored for the process
    /// from here on, so that early quit cannot kill us.
    /// - Throws: `PagerError` when the program is not found or cannot start (nothing was written).
    public static func run(_ command: PagerCommand, text: String, environment: [String: String]) throws(PagerError) {
        guard let name = command.arguments.first else { throw .notFound(program: "") }
        guard let path = executablePath(for: name, searchPath: environment["PATH"] ?? "/usr/bin:/bin") else {
            throw .notFound(program: name)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = Array(command.arguments.dropFirst())
        process.environment = environment.merging(command.environment) { _, added in added }
        let input = Pipe()
        process.standardInput = input
        signal(SIGPIPE, SIG_IGN)
        do {
            try process.run()
        } catch {
            throw .cannotStart(program: name, reason: error.localizedDescription)
        }
        // A write error here means the user quit the pager before reading everything.
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// The file a program name refers to: a path as given, or the first match in `searchPath`.
    public static func executablePath(for program: String, searchPath: String) -> String? {
        if program.contains("/") {
            return FileManager.default.isExecutableFile(atPath: program) ? program : nil
        }
        for directory in searchPath.split(separator: ":") where !directory.isEmpty {
            let candidate = directory + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private static func writeDirectly(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }

    private static func warn(_ message: String) {
        try? FileHandle.standardError.write(contentsOf: Data("gerrymander: warning: \(message)\n".utf8))
    }
}

/// Why a pager could not run.
public enum PagerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The program is not an executable path and is not in PATH.
    case notFound(program: String)
    /// The program exists but the system would not start it.
    case cannotStart(program: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let program): return "pager '\(program)' not found in PATH"
        case .cannotStart(let program, let reason): return "cannot start pager '\(program)': \(reason)"
        }
    }
}
