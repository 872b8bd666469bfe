import ArgumentParser
import Foundation

/// The commands and options the parser knows, read from ArgumentParser's own description of them
/// (`--experimental-dump-help`), so config defaults, the man page and the completions all follow
/// the one set of declarations.
struct CommandCatalog {
    /// One command: name, help texts, arguments and subcommands.
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var arguments: [Argument]?
        var subcommands: [Command]?
    }

    /// One option, flag or positional.
    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        var kind: String
        var isRepeating: Bool
        var shouldDisplay: Bool
        var names: [Name]?
        var valueName: String?
        var abstract: String?
        var defaultValue: String?

        var isFlag: Bool { kind == "flag" }
        var isOption: Bool { kind == "option" }
        var isPositional: Bool { kind == "positional" }
        var longNames: [String] { (names ?? []).filter { $0.kind == "long" }.map(\.name) }
        var shortNames: [String] { (names ?? []).filter { $0.kind == "short" }.map(\.name) }
        /// The config key: the long name, or the value name of a positional.
        var key: String? { isPositional ? valueName : longNames.first }
    }

    private struct Document: Decodable { var command: Command }

    /// The description of `command` (a subcommand name), or of the root when nil.
    static func describe(_ command: String?) -> Command? {
        let arguments = (command.map { [$0] } ?? []) + ["--experimental-dump-help"]
        do {
            _ = try Gerrymander.parseAsRoot(arguments)
            return nil
        } catch {
            let json = Gerrymander.fullMessage(for: error)
            return try? JSONDecoder().decode(Document.self, from: Data(json.utf8)).command
        }
    }
}
