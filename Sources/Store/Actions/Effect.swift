import GerritModel
import GerritRemote

/// Work `reduce` asks for; the `EffectRunner` does it and answers with actions.
public enum Effect: Sendable, Equatable {
    /// Run a list query; answers `queryFinished` / `queryFailed` with the same id.
    case query(id: QueryID, query: GerritQuery, options: QueryOptions)
    /// Fetch one change with `options` (everything) for the detail and comment panes;
    /// answers `changeDetailLoaded` / `changeDetailFailed`.
    case loadChangeDetail(number: Int, options: QueryOptions)
    /// Like `loadChangeDetail`, after `delay` seconds: the wide layout's detail follows the
    /// cursor, and a newer one cancels this while it waits, so walking the list costs one load.
    case prefetchChangeDetail(number: Int, options: QueryOptions, delay: Double)
    /// Fetch a patch set's diff through the `DiffSource`; answers `diffProgress` while it
    /// works, then `diffLoaded` / `diffFailed`.
    case loadDiff(DiffRequest)
    /// After `delay` seconds, fetch changes events announced and no list holds, with whether
    /// `reviewer` (me) reviews each: `(change:A OR change:B …) reviewer:ME`, then the rest
    /// without `reviewer:` (two queries a batch, which every Gerrit version answers); answers
    /// `changesFetched` (a result for every number) or `changesFetchFailed`.
    case fetchChanges(numbers: [Int], reviewer: String, options: QueryOptions, delay: Double)
    /// Start `stream-events` (the client's feed reconnects and catches up by itself, with
    /// `backfillOptions`); answers `eventFeed` for each update, then `eventStreamEnded`.
    case startEventStream(backfillOptions: QueryOptions)
    /// Post a review; answers `reviewFinished` / `reviewFailed` with the same id.
    case postReview(id: Int, request: ReviewRequest)
    /// Something only the host can do (bell, clipboard, browser); the runner hands it to the
    /// host's `HostChannel`, and nothing comes back.
    case host(HostRequest)
    /// Read what a local cache holds for these list queries, to paint before the server
    /// answers; answers `cachedChangesLoaded` when it holds any. The first list comes in two
    /// pieces, its first `firstPiece` changes and then the rest, so the first frame waits for
    /// a screenful, not for a list of thousands.
    case loadCachedLists([ListQuery], firstPiece: Int = .max)
    /// Read the local state (drafts, unsent reviews, seen and reviewed marks); answers
    /// `localStateLoaded`.
    case loadLocalState
    /// Save the local state; answers `localStateSaveFailed` only when it cannot.
    case saveLocalState(LocalState)
    /// Ask the server's version; answers `serverVersionFound` when it tells.
    case detectServerVersion
    /// Send `tick` after `seconds`.
    case scheduleTick(after: Double)
    /// Send `draftSaveDelayPassed` after `seconds`: text typed meanwhile is saved with it.
    case scheduleDraftSave(after: Double)
    /// Stop the running diff fetch (Esc while it runs); no answer comes back for it.
    case cancelDiff
    /// Stop a running list query (Esc while waiting); no answer comes back for it.
    case cancelQuery(QueryID)
    /// Stop everything and end the state stream.
    case quit

    /// Effects with the same key replace each other: starting one cancels the running one
    /// (a newer detail load, a restarted stream, a re-armed timer). Nil runs side by side.
    public var cancellationKey: String? {
        switch self {
        case .query(let id, _, _): return "query:" + id.rawValue
        case .cancelQuery(let id): return "query:" + id.rawValue
        case .loadChangeDetail, .prefetchChangeDetail: return "detail"
        case .loadDiff, .cancelDiff: return "diff"
        case .startEventStream: return "events"
        case .scheduleTick: return "tick"
        case .scheduleDraftSave: return "draft-save"
        // The newest state replaces a save still waiting to start; a write once started finishes.
        case .saveLocalState: return "save-local"
        // One batch of announced changes runs at a time (the reducer sees to it).
        case .postReview, .host, .quit, .loadLocalState, .loadCachedLists, .detectServerVersion, .fetchChanges: return nil
        }
    }
}
