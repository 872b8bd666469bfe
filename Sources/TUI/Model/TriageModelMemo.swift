import GerritModel
import Reports
import Store

/// What building a screen model keeps from one frame to the next, for one UI loop: the facts of
/// the list rows on screen and the comment threads of the change shown, each kept while its
/// change and the bot settings stay the same.
///
/// Under a flood of events the UI draws 20 frames a second, and a key waits for the frame being
/// drawn: rebuilding every visible row's CI verdict, votes and thread count, and the selected
/// change's threads, was a quarter of each frame. A change is compared by value; an unchanged
/// one shares its storage with the kept copy, so the comparison is quick. Used by one thread.
public final class TriageModelMemo {
    private typealias Kept = (change: Change, facts: ChangeRowFacts)
    /// The rows of the last frame, and those of the frame being built (only they stay).
    private var rows: [Int: Kept] = [:]
    private var building: [Int: Kept] = [:]
    private var settings: ClassifierSettings?
    private var threads: (change: Change, options: CommentThreads.Options, threads: CommentThreads)?

    public init() {}

    /// Starts a model: forgets everything when the bot settings changed.
    func beginFrame(_ state: AppState) {
        if settings != state.classifierSettings {
            rows = [:]
            threads = nil
            settings = state.classifierSettings
        }
        building = [:]
    }

    /// Ends a model: what it did not use is forgotten.
    func endFrame() {
        rows = building
        building = [:]
    }

    /// `state.rowFacts(of: change)`, kept from the last frame while the change is the same.
    func facts(of change: Change, in state: AppState) -> ChangeRowFacts {
        if let kept = rows[change.number], kept.change == change {
            building[change.number] = kept
            return kept.facts
        }
        let facts = state.rowFacts(of: change)
        building[change.number] = (change, facts)
        return facts
    }

    /// `state.commentThreads`, kept while the selected change and the bot filter are the same.
    func commentThreads(in state: AppState) -> CommentThreads? {
        guard let change = state.selectedChange else { return nil }
        let options = state.classifierSettings.commentOptions(showingBots: state.showBots)
        if let threads, threads.change == change, threads.options == options { return threads.threads }
        let built = CommentThreads(change: change, options: options)
        threads = (change, options, built)
        return built
    }
}
