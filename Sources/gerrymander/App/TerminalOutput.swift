import Foundation
import Output

/// Where a report's text goes: stdout, coloured and paged only when it is a terminal.
///
/// The environment (`NO_COLOR`, `TERM`, `PAGER`, … and, for the pager, every variable) matters
/// only for a terminal; for a pipe or a file neither the colour nor the pager reads it, so it is
/// not gathered (Foundation builds it whole: 0.5 M instructions of a warm report).
struct TerminalOutput {
    let isTerminal: Bool
    let environment: [String: String]

    init(isTerminal: Bool = standardOutputIsTerminal()) {
        self.isTerminal = isTerminal
        environment = isTerminal ? ProcessInfo.processInfo.environment : [:]
    }

    /// Whether text written here is coloured under `options`.
    func usesColor(_ options: OutputOptions) -> Bool {
        options.usesColor(isTTY: isTerminal, environment: environment)
    }

    /// Writes `text`, through the pager when it is a terminal.
    func show(_ text: String) {
        Pager.show(text, environment: environment)
    }
}
