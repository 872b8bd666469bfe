import ArgumentParser
import Foundation
import Output

extension OutputMode: ExpressibleByArgument {}
extension ColorMode: ExpressibleByArgument {}

/// `-m/--mode` and `--color`: how a report is written.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("m"), .customLong("mode")],
            help: ArgumentHelp("Output format: text, json, xml or csv.", valueName: "mode"))
    var mode: OutputMode = .text

    @Option(name: .customLong("color"),
            help: ArgumentHelp("Colour text output: auto (only on a terminal, never with NO_COLOR), always or never. A bare --color means always.",
                               valueName: "when"))
    var color: ColorMode = .auto

    @Flag(name: .customLong("no-color"), help: "Never colour (same as --color never).")
    var noColor = false

    /// Whether text output gets colours here, given where stdout goes and the environment.
    func usesColor(isTTY: Bool, environment: [String: String]) -> Bool {
        guard mode == .text, !noColor else { return false }
        return color.resolve(isTTY: isTTY, environment: environment)
    }
}

extension OutputOptions {
    /// The options above, for `FastArguments`: keep the two lists together.
    static let fastOptions: [FastArguments.Option] = [.value("-m", "--mode"), .value("--color"), .flag("--no-color")]

    /// The options as ArgumentParser would set them from `arguments`.
    static func fast(_ arguments: FastArguments) throws -> OutputOptions {
        var options = OutputOptions()
        options.mode = try arguments.parsed("mode", OutputMode.init(argument:)) ?? .text
        options.color = try arguments.parsed("color", ColorMode.init(argument:)) ?? .auto
        options.noColor = arguments.flag("no-color")
        try options.validate()
        return options
    }
}
