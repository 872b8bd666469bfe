/// The `--color` choice.
public enum ColorMode: String, Sendable, Hashable, CaseIterable {
    /// Colour only when stdout is a terminal and the environment does not object.
    case auto
    /// Always colour (text mode only; other modes never carry colour).
    case always
    /// Never colour.
    case never

    /// Whether to colour, given where output goes and the environment.
    ///
    /// `auto` colours only when stdout is a terminal, `NO_COLOR` is unset or empty
    /// (https://no-color.org) and `TERM` is not `dumb`.
    /// - Parameters:
    ///   - isTTY: Whether stdout is a terminal.
    ///   - environment: The process environment.
    public func resolve(isTTY: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            guard isTTY else { return false }
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            return environment["TERM"] != "dumb"
        }
    }
}
