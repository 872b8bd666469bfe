import GerritModel
import Reports

/// Everything the diff pane's page is laid out from besides the diff itself: the layout the
/// terminal's width asks for, and what `DiffNote.notes` reads (the comments of the shown and
/// the base patch set, the bots, whether bots are shown).
///
/// Cheap to build and to compare (the comment arrays compare by identity first), so the
/// reducer compares it after every action and lays the page out again only when it changed.
struct DiffLayoutInputs: Hashable, Sendable {
    var layout: DiffDocument.Layout
    /// The shown patch set's comments; nil when the change or the patch set is not known.
    var shownComments: [InlineComment]?
    /// The base patch set's comments (old side), for a diff against an earlier patch set.
    var baseComments: [InlineComment]?
    var bots: [String]
    var includeBots: Bool
}
