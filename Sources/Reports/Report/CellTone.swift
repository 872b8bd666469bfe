/// What a value means, for colouring; decided by the report logic, rendered by `Output`.
///
/// Text-mode colours (only when colour is on): strongNegative red bold, negative red,
/// positive green, strongPositive green bold, approved blue bold, wip magenta, warning yellow,
/// heading and name bold, muted grey.
public enum CellTone: String, Sendable, Hashable, CaseIterable {
    /// A blocking vote (−2).
    case strongNegative
    /// A negative vote (−1) or failure.
    case negative
    /// A positive vote (+1) or success.
    case positive
    /// An approving vote (+2).
    case strongPositive
    /// Approved, waiting to merge (Workflow +1).
    case approved
    /// Work in progress (Workflow −1).
    case wip
    /// Needs attention, not yet bad.
    case warning
    /// A heading.
    case heading
    /// A person's name.
    case name
    /// Less important text.
    case muted
}
