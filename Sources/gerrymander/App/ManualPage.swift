import Foundation
import Store

/// `gerrymander --generate-manual`: a man page in roff, built from the same command declarations
/// as `--help` and the shell completions.
enum ManualPage {
    /// The whole page for section 1.
    static func render(version: String, date: Date = Date()) -> String {
        guard let root = CommandCatalog.describe(nil) else { return "" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        var lines: [String] = [
            ".TH GERRYMANDER 1 \"\(formatter.string(from: date))\" \"gerrymander \(version)\" \"User Commands\"",
            ".SH NAME",
            "gerrymander \\- " + escape(root.abstract ?? ""),
            ".SH SYNOPSIS",
            ".B gerrymander",
            "[\\fIglobal options\\fR] [\\fIcommand\\fR] [\\fIoptions\\fR]",
            ".SH DESCRIPTION",
        ]
        lines += paragraphs(root.discussion)
        lines.append(".SH GLOBAL OPTIONS")
        lines += options(root.arguments ?? [])
        lines.append(".SH COMMANDS")
        for command in root.subcommands ?? [] where command.shouldDisplay != false && command.commandName != "help" {
            lines.append(".SS \(escape(command.commandName))")
            lines.append(escape(command.abstract ?? ""))
            lines += paragraphs(command.discussion)
            let own = (command.arguments ?? []).filter { argument in
                !(root.arguments ?? []).contains { $0.key == argument.key } && argument.key != "help" && argument.key != "version"
            }
            lines += options(own)
        }
        lines += keys()
        lines += [
            ".SH FILES",
            ".TP", "\\fI~/.gerrymander\\fR",
            "Settings: [server], [cache], [organization], [group-NAME], [commands] aliases, [alias-NAME] and [command-NAME] defaults for any option of any command.",
            ".SH ENVIRONMENT",
            ".TP", "\\fBGERRYMANDER_PAGER\\fR, \\fBPAGER\\fR", "The pager for output on a terminal (default less; cat turns it off).",
            ".TP", "\\fBNO_COLOR\\fR", "When set, --color auto never colours.",
            ".SH EXIT STATUS",
            "0 on success, 1 when the server or its data failed, 2 for a usage or configuration error.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The full-screen UI's commands and default keys, from the store's command table (the
    /// same one the keymap, the help overlay and the palette use).
    private static func keys() -> [String] {
        var lines = [".SH KEYS",
                     "In the full-screen UI every command has an id; \\fB[keys]\\fR lines rebind them " +
                     "(\\fIid\\fR = \\fIkey\\fR, \\fIkey\\fR...) and \\fB:\\fR runs them by id."]
        for group in CommandSpec.Group.allCases {
            lines.append(".SS \(escape(group.rawValue))")
            for command in CommandTable.standard.commands where command.group == group {
                let keys = command.defaultKeys.isEmpty ? "palette only" : command.defaultKeys.joined(separator: ", ")
                lines += [".TP", "\\fB\(escape(command.usage))\\fR (\(escape(keys)))", escape(command.help)]
            }
        }
        return lines
    }

    private static func options(_ arguments: [CommandCatalog.Argument]) -> [String] {
        arguments.filter(\.shouldDisplay).flatMap { argument -> [String] in
            var names = argument.shortNames.map { "\\fB\\-\(escape($0))\\fR" } + argument.longNames.map { "\\fB\\-\\-\(escape($0))\\fR" }
            if argument.isPositional { names = ["\\fI\(escape(argument.valueName ?? "arg"))\\fR..."] }
            var head = names.joined(separator: ", ")
            if argument.isOption, let value = argument.valueName { head += " \\fI\(escape(value))\\fR" }
            return [".TP", head, escape(argument.abstract ?? "")]
        }
    }

    private static func paragraphs(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.components(separatedBy: "\n\n").flatMap { [".PP", escape($0)] }
    }

    /// Escapes roff: backslashes, and a leading dot or quote that would read as a request.
    static func escape(_ text: String) -> String {
        var escaped = text.replacingOccurrences(of: "\\", with: "\\e")
        escaped = escaped.replacingOccurrences(of: "-", with: "\\-")
        if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
        return escaped.replacingOccurrences(of: "\n.", with: "\n\\&.")
    }
}
