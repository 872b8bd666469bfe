import Foundation
import GerritModel
import Reports

extension AppState {
    /// The todo categories of `change` at `date`.
    ///
    /// The server knows who reviews a change (`reviewer:ME`), but list rows do not carry it:
    /// someone added as a reviewer who never voted looks like a stranger to the change. So a
    /// change a `reviewer:ME` query returned is classified as the server would send it with
    /// `--all-reviewers`: with me among its reviewers. The stored change is left as it came.
    func classify(_ change: Change, at date: Date) -> Set<TodoCategory> {
        var judged = change
        if reviewedByMe.contains(change.number) && !judged.allReviewers.contains(where: classifierSettings.isMe) {
            judged.allReviewers.append(Account(username: classifierSettings.me))
        }
        return classifierSettings.classifier.categories(of: judged, now: date)
    }

    /// Records what query `id` says about who reviews its results (see `TabSpec.reviewerFromQuery`).
    mutating func noteReviewer(from id: QueryID, _ results: [Change]) {
        let verdicts = Set(tabs.filter { $0.spec.queryID == id }.compactMap(\.spec.reviewerFromQuery))
        guard verdicts.count == 1, let verdict = verdicts.first else { return }
        let numbers = results.map(\.number)
        if verdict {
            reviewedByMe.formUnion(numbers)
        } else {
            reviewedByMe.subtract(numbers)
        }
    }
}
