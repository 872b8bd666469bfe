/// A typed value plus the tone the report logic chose for it.
///
/// The tone says what the value means (a blocking vote, an approved change); `Output` maps
/// tones to colours only in text mode with colour on.
public struct ReportCell: Sendable, Hashable {
    /// The value.
    public var value: CellValue
    /// Meaning for colouring, or nil for plain.
    public var tone: CellTone?

    /// Creates a cell.
    public init(_ value: CellValue, tone: CellTone? = nil) {
        self.value = value
        self.tone = tone
    }
}
