import GerritModel
import Reports
import Store

/// What the diff pane shows: the page of rows (Reports' `DiffDocument`), where it is scrolled,
/// and how the fetch is going.
public struct DiffPane: Hashable, Sendable {
    public var change: Int
    public var patchSet: Int
    public var base: DiffBase
    /// The laid-out diff, once fetched.
    public var document: DiffDocument?
    /// The first row shown.
    public var scroll: Int
    public var loading: Bool
    public var progress: String?
    public var error: String?
    /// The row a reply goes to (marked).
    public var target: Int?
    /// Cells of code scrolled out on the left.
    public var column: Int = 0

    public init(change: Int, patchSet: Int, base: DiffBase = .parent, document: DiffDocument? = nil, scroll: Int = 0,
                loading: Bool = false, progress: String? = nil, error: String? = nil, target: Int? = nil) {
        self.change = change
        self.patchSet = patchSet
        self.base = base
        self.document = document
        self.scroll = scroll
        self.loading = loading
        self.progress = progress
        self.error = error
        self.target = target
    }

    /// The pane of the store's diff: the page the store keeps laid out (never laid out here).
    public init?(state: AppState) {
        guard let diff = state.diff else { return nil }
        let document = state.diffDocument
        self.init(change: diff.change, patchSet: diff.patchSet, base: diff.base, document: document,
                  scroll: diff.scroll, loading: diff.loading, progress: diff.progress, error: diff.error,
                  target: document.flatMap(state.diffTargetRow(in:)))
        column = diff.column
    }
}
