import Foundation
import GerritModel
import GerritRemote

extension AppState {
    /// Puts change `number` on the tabs whose query it now matches and takes it off the others,
    /// judged locally (see `TabSpec.matches`), so lists follow events without a refresh.
    ///
    /// A change new to a tab goes on top, where the server's newest-first order puts a change
    /// that was just updated; the others keep their places so nothing jumps under the cursor.
    /// Tabs not loaded yet are left to their query; a tab whose query cannot be judged locally
    /// (`attention:`) asks the server about this one change.
    @discardableResult
    mutating func placeInTabs(_ number: Int) -> [Effect] {
        guard let change = changes[number] else { return [] }
        let reviews = reviewedByMe.contains(number)
        var effects: [Effect] = []
        for index in tabs.indices {
            guard tabs[index].members != nil else { continue }
            guard let belongs = tabs[index].spec.matches(change, me: classifierSettings.me, reviewsIt: reviews) else {
                let spec = tabs[index].spec
                effects.append(.query(id: .membership(number, tab: spec.id), query: .and([.change(number), spec.query]),
                                      options: Self.membershipOptions))
                continue
            }
            setMembership(number, inTab: index, belongs)
        }
        return effects
    }

    /// Adds `number` on top of tab `index` or takes it off.
    mutating func setMembership(_ number: Int, inTab index: Int, _ belongs: Bool) {
        guard var members = tabs[index].members else { return }
        let present = members.contains(number)
        if belongs && !present {
            members.insert(number, at: 0)
        } else if !belongs && present {
            members.removeAll { $0 == number }
        } else {
            return
        }
        tabs[index].members = members
    }

    /// A membership question comes back: the change is on the tab if the server returned it.
    mutating func membershipAnswered(_ number: Int, tab: String, _ results: [Change]) {
        guard let index = tabs.firstIndex(where: { $0.id == tab }) else { return }
        setMembership(number, inTab: index, results.contains { $0.number == number })
        normalizeAllSelections(keepScreenRow: true)
    }

    /// What a membership question asks for: only whether the change matches.
    static let membershipOptions = QueryOptions(currentPatchSet: false, patchSets: false, allApprovals: false)

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
