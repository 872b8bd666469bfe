import Foundation

/// What a renderer needs besides the report: the clock, colour and the output mode.
public struct RenderContext: Sendable, Hashable {
    /// "Now" for relative ages; passed in so output is reproducible.
    public var now: Date
    /// Whether text mode may use ANSI colours. Ignored by JSON, XML and CSV.
    public var color: Bool
    /// The output format.
    public var mode: OutputMode

    /// Creates a context.
    public init(now: Date, color: Bool = false, mode: OutputMode = .text) {
        self.now = now
        self.color = color
        self.mode = mode
    }
}
