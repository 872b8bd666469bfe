import Foundation
import TUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `$VISUAL`, else `$EDITOR`, run on a private temporary file.
///
/// The variable may hold a program and its options (`code -w`, `vim -u NONE`): it is split on
/// spaces into arguments, and the file path is added as the last one; nothing goes through a
/// shell, and no server text is ever part of the command.
public struct ProcessEditor: ExternalEditor {
    /// The program and its options, when one is set.
    public let command: [String]?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let setting = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }
            .first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        command = setting.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
    }

    /// Whether an editor is set.
    public var isAvailable: Bool { command?.isEmpty == false }

    public func edit(_ text: String) -> Result<String, EditorFailure> {
        guard let command, let program = command.first else {
            return .failure(EditorFailure("Neither $VISUAL nor $EDITOR is set"))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gerrymander-\(getpid())-\(UUID().uuidString.prefix(8))")
        let file = folder.appendingPathComponent("message.txt")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try Data(text.utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        } catch {
            return .failure(EditorFailure("Could not write the draft for the editor: \(error.localizedDescription)"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + command.dropFirst() + [file.path]
        // The editor takes the terminal: it inherits standard input and output.
        var none = sigset_t()
        sigemptyset(&none)
        var saved = sigset_t()
        pthread_sigmask(SIG_SETMASK, &none, &saved)
        do {
            try process.run()
        } catch {
            pthread_sigmask(SIG_SETMASK, &saved, nil)
            return .failure(EditorFailure("Could not start \(program): \(error.localizedDescription)"))
        }
        pthread_sigmask(SIG_SETMASK, &saved, nil)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(EditorFailure("\(program) exited with status \(process.terminationStatus); nothing was sent"))
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .failure(EditorFailure("The editor left no file; nothing was sent"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }
}
