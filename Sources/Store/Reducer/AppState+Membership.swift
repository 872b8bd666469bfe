import Foundation
import GerritModel

extension AppState {
    /// Puts change `number` on the tabs whose query it now matches and takes it off the others,
    /// judged locally (see `TabSpec.matches`), so lists follow events without a refresh.
    ///
    /// A change new to a tab goes on top, where the server's newest-first order puts a change
    /// that was just updated; the others keep their places so nothing jumps under the cursor.
    /// Tabs not loaded yet, and queries that cannot be judged locally, are left to the server.
    mutating func placeInTabs(_ number: Int) {
        guard let change = changes[number] else { return }
        let reviews = reviewedByMe.contains(number)
        for index in tabs.indices {
            guard var members = tabs[index].members,
                  let belongs = tabs[index].spec.matches(change, me: classifierSettings.me, reviewsIt: reviews) else { continue }
            let present = members.contains(number)
            if belongs && !present {
                members.insert(number, at: 0)
            } else if !belongs && present {
                members.removeAll { $0 == number }
            } else {
                continue
            }
            tabs[index].members = members
        }
    }

    /// Judges the one time-based list (expirable) again when a minute has passed: changes
    /// move on and off it without any event.
    ///
    /// - Returns: whether any change moved.
    mutating func reclassifyIfStale(at date: Date) -> Bool {
        if let classifiedAt, date.timeIntervalSince(classifiedAt) < 60 { return false }
        classifiedAt = date
        let classifier = classifierSettings.classifier
        var moved = false
        for (number, change) in changes where change.isOpen {
            let expirable = classifier.isExpirable(change, now: date)
            guard categories[number]?.contains(.expirable) != expirable else { continue }
            if expirable {
                categories[number, default: []].insert(.expirable)
            } else {
                categories[number]?.remove(.expirable)
            }
            moved = true
        }
        return moved
    }
}
