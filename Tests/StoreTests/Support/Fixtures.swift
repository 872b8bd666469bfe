import Foundation
import GerritModel
import Reports
@testable import Store

/// A fixed "now" for every test: 2026-03-02 12:00 UTC.
let t0 = Date(timeIntervalSince1970: 1_772_452_800)

func minutes(_ n: Double) -> TimeInterval { n * 60 }

let me = Account(name: "Demo User", email: "demo@example.org", username: "demo")
let alice = Account(name: "Alice Ames", username: "alice")
let bob = Account(name: "Bob Bell", username: "bob")
let zuul = Account(name: "Zuul", username: "zuul")

/// A change with a current patch set and the given votes.
func change(_ number: Int, project: String = "nova", subject: String? = nil, owner: Account = alice,
            updated: Date = t0, created: Date? = nil, patchSet: Int = 1, votes: [(String, Int, Account)] = [],
            status: ChangeStatus = .new) -> Change {
    let approvals = votes.map { Approval(type: $0.0, value: $0.1, grantedOn: updated, by: $0.2) }
    return Change(project: project, branch: "master", id: "I\(number)", number: number,
                  subject: subject ?? "Change \(number)", owner: owner,
                  url: "https://review.example.org/\(number)", createdOn: created ?? updated.addingTimeInterval(-86_400),
                  lastUpdated: updated, open: status == .new, status: status,
                  currentPatchSet: PatchSet(number: patchSet, approvals: approvals))
}

/// A tab listing the query results as they are (no todo category), for list mechanics: all
/// changes of project `id`, open or not, so events keep them on it.
func plainTab(_ id: String, query: String? = nil) -> TabSpec {
    TabSpec(id: id, title: id, query: query.map(GerritQuery.raw) ?? .project(id))
}

let classifierSettings = ClassifierSettings(me: "demo", bots: ["zuul", "Zuul"])

/// A state with the given tabs, 80×24 (19 list rows), nothing loaded.
func makeState(tabs: [TabSpec] = [plainTab("nova")], width: Int = 80, height: Int = 24) -> AppState {
    AppState(serverName: "review.example.org", user: "demo", tabs: tabs, classifierSettings: classifierSettings,
             now: t0, size: TerminalSize(width: width, height: height))
}

/// The categories the real classifier gives, so tests do not restate its rules; with
/// `reviewedByMe`, as the server would send the change with me among its reviewers.
func classified(_ change: Change, at date: Date = t0, reviewedByMe: Bool = false) -> Set<TodoCategory> {
    var judged = change
    if reviewedByMe { judged.allReviewers.append(Account(username: "demo")) }
    return classifierSettings.classifier.categories(of: judged, now: date)
}

/// Applies a query result to an expected state the way the reducer documents it.
func expectLoaded(_ state: inout AppState, _ id: QueryID, _ changes: [Change], at date: Date = t0) {
    state.now = date
    state.lastRefresh = date
    state.inFlightQueries.remove(id)
    // reviewer:ME says I review them; NOT reviewer:ME says I do not.
    let categories = Set(state.tabs.filter { $0.spec.queryID == id }.compactMap(\.spec.category))
    if categories.contains(.mine) { state.reviewedByMe.formUnion(changes.map(\.number)) }
    if categories.contains(.others) { state.reviewedByMe.subtract(changes.map(\.number)) }
    for change in changes {
        state.changes[change.number] = change
        state.categories[change.number] = classified(change, at: date, reviewedByMe: state.reviewedByMe.contains(change.number))
    }
    for index in state.tabs.indices where state.tabs[index].spec.queryID == id {
        state.tabs[index].members = changes.map(\.number)
        state.tabs[index].lastRefresh = date
        state.tabs[index].error = nil
    }
}

/// The feed entry the store makes for `event`, given the change as it knew it before.
func watchEntry(_ event: StreamEvent, at date: Date, known: Change?, reviewedByMe: Bool = false) -> WatchEntry {
    WatchEntry(event: event, receivedAt: date, settings: classifierSettings, knownChange: known, reviewedByMe: reviewedByMe)
}

func commentAdded(_ number: Int, by author: Account, votes: [(String, Int, Int?)] = [], comment: String = "Looks good",
                  at date: Date, project: String = "nova", owner: Account = alice) -> StreamEvent {
    .commentAdded(CommentAdded(change: Change(project: project, number: number, owner: owner),
                               patchSet: PatchSet(number: 1), author: author,
                               approvals: votes.map { Approval(type: $0.0, value: $0.1, oldValue: $0.2) },
                               comment: comment, createdOn: date))
}
