import GerritModel
import Reports

// The diff pane's page, kept in `DiffState` and laid out again only when what it is made of
// changes: the diff, the terminal's width against `sideBySideWidth`, the change's comments on
// the two patch sets shown, the bots and whether they are shown.
extension AppState {
    /// The diff pane's page as rows: laid out for the terminal's width (side by side from
    /// `sideBySideWidth`), comments under their lines, bots' only when shown. Kept in
    /// `diff.document`; every action ends with it current.
    public var diffDocument: DiffDocument? {
        diff?.document
    }

    /// Unified, or side by side when the pane (the terminal less its border) is wide enough.
    public var diffLayout: DiffDocument.Layout {
        size.width - 2 >= sideBySideWidth ? .sideBySide : .unified
    }

    /// Lays the diff out again when one of its inputs changed since it was last laid out (and
    /// drops the page when there is no diff). Run by `reduce` after every action, and by the
    /// reducer itself before it reads the page in the action that brought the diff.
    mutating func keepDiffDocumentCurrent() {
        guard let state = diff else { return }
        guard let patchDiff = state.diff else {
            if state.document != nil { diff?.document = nil; diff?.layoutInputs = nil }
            return
        }
        let inputs = diffLayoutInputs(of: state)
        guard state.document == nil || state.layoutInputs != inputs else { return }
        let document = layOutDiff(patchDiff, of: state)
        diff?.document = document
        diff?.layoutInputs = inputs
    }

    /// The page laid out now from the state as it is: what the kept one must always equal.
    func layOutDiff(_ patchDiff: PatchDiff, of state: DiffState) -> DiffDocument {
        let (notes, hidden) = DiffNote.notes(of: changeOfDiff(state), patchSet: state.patchSet, base: state.base,
                                             bots: classifierSettings.botMatcher, includeBots: showBots)
        return DiffDocument(diff: patchDiff, notes: notes, hiddenBots: hidden, layout: diffLayout)
    }

    /// The change whose comments the diff shows: the opened detail's full record when it is
    /// the diff's change, else the list's copy.
    func changeOfDiff(_ state: DiffState) -> Change? {
        detail?.number == state.change ? detail?.change ?? changes[state.change] : changes[state.change]
    }

    /// What `layOutDiff` reads besides the diff (as `DiffNote.notes` reads the change).
    private func diffLayoutInputs(of state: DiffState) -> DiffLayoutInputs {
        let patchSets = changeOfDiff(state)?.patchSets ?? []
        func comments(_ number: Int?) -> [InlineComment]? {
            number.flatMap { number in patchSets.first { $0.number == number }?.comments }
        }
        return DiffLayoutInputs(layout: diffLayout, shownComments: comments(state.patchSet),
                                baseComments: comments(state.base.patchSetNumber),
                                bots: classifierSettings.bots, includeBots: showBots)
    }
}
