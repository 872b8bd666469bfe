/// What to do with output: print it directly or run a pager.
public enum PagerChoice: Sendable, Hashable {
    /// Write to stdout as is.
    case direct
    /// Run this pager and feed it the output.
    case pager(PagerCommand)
    /// Write directly and warn: the configured pager value cannot be used.
    case unusable(warning: String)
}

/// A pager program, its arguments and the environment it needs on top of ours.
public struct PagerCommand: Sendable, Hashable {
    /// Program name or path first, then its arguments.
    public var arguments: [String]
    /// Variables to add to the pager's environment (`LESS=FRSX` when `LESS` is unset).
    public var environment: [String: String]

    /// Creates a pager command.
    public init(arguments: [String], environment: [String: String] = [:]) {
        self.arguments = arguments
        self.environment = environment
    }
}
