/// Folds ref updates into the feed line they repeat, so a feed tells each happening once.
///
/// Gerrit reports an upload twice (`patchset-created` and a ref update of its
/// `refs/changes/NN/CHANGE/N`), a merge twice (`change-merged` and a ref update of the branch)
/// and every NoteDb write as a ref update of `refs/changes/NN/CHANGE/meta`. So a ref update
/// of a change ref is always folded (servers send it before or after its change event), and a
/// branch update is folded into the merge line of the same project and branch that came before
/// it. Other ref updates (a direct push, a tag, `refs/meta/config`) stay lines of their own.
/// `watch` and the TUI's feed each keep one folder for their stream.
public struct RefUpdateFolder: Sendable, Hashable {
    private struct Announcement: Sendable, Hashable {
        var project: String?
        var ref: String
    }

    /// Merge lines waiting for their branch update, oldest first.
    private var announced: [Announcement] = []
    /// How many merge lines are remembered; a branch update comes right after its merge.
    private let memory = 32

    /// A folder that has seen no event yet.
    public init() {}

    /// Whether the event summarised as `summary` only repeats a line already shown (then it gets
    /// no line of its own); remembers merge lines for the branch updates that follow them.
    public mutating func folds(_ summary: EventSummary) -> Bool {
        switch summary.type {
        case "change-merged":
            for ref in summary.refs {
                announced.append(Announcement(project: summary.project, ref: ref))
            }
            if announced.count > memory { announced.removeFirst(announced.count - memory) }
            return false
        case "ref-updated", "batch-ref-updated":
            guard !summary.refs.isEmpty else { return false }
            let matches = summary.refs.map { ref in
                announced.lastIndex(of: Announcement(project: summary.project, ref: ref))
            }
            guard zip(summary.refs, matches).allSatisfy({ $0.0.hasPrefix("refs/changes/") || $0.1 != nil }) else {
                return false
            }
            // Each merge line takes its one branch update.
            for index in Set(matches.compactMap { $0 }).sorted(by: >) { announced.remove(at: index) }
            return true
        default:
            return false
        }
    }
}
