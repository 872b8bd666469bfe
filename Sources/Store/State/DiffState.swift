import GerritModel
import Reports

/// The diff pane: which patch set against which base, what was fetched, its page laid out,
/// and where it is read.
public struct DiffState: Sendable, Hashable {
    public var change: Int
    public var patchSet: Int
    public var base: DiffBase
    /// The diff once fetched; nil while loading or after a failure. Replacing it drops the
    /// laid-out page, which the reducer lays out again before the action ends.
    public var diff: PatchDiff? {
        didSet {
            document = nil
            layoutInputs = nil
        }
    }
    /// `diff` laid out with the change's comments for the terminal (see
    /// `AppState.keepDiffDocumentCurrent`): kept, so that movement keys and frames do not
    /// lay out the whole diff again. Nil until the diff is here.
    public internal(set) var document: DiffDocument?
    /// What `document` was laid out from besides `diff`.
    var layoutInputs: DiffLayoutInputs?
    public var loading: Bool
    /// What the fetch last said ("fetching refs/changes/…"), for the status bar.
    public var progress: String?
    /// Why it could not be had.
    public var error: String?
    /// The first row shown (rows of `DiffDocument`).
    public var scroll: Int
    /// A file to jump to once the diff arrives (Enter on a file of the detail).
    public var pendingFile: String?
    /// Cells of code scrolled out on the left (→/← in the diff), for lines too long to show.
    public var column: Int = 0

    public init(change: Int, patchSet: Int, base: DiffBase = .parent, diff: PatchDiff? = nil, loading: Bool = false,
                progress: String? = nil, error: String? = nil, scroll: Int = 0, pendingFile: String? = nil) {
        self.change = change
        self.patchSet = patchSet
        self.base = base
        self.diff = diff
        self.loading = loading
        self.progress = progress
        self.error = error
        self.scroll = scroll
        self.pendingFile = pendingFile
    }
}
