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
                effects += askMembership(of: number, inTab: index)
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

    /// Asks the server whether change `number` belongs on tab `index`, now or with the next
    /// question for that tab when one is already on its way.
    mutating func askMembership(of number: Int, inTab index: Int) -> [Effect] {
        let tab = tabs[index].spec.id
        if membershipAsking[tab] != nil {
            // The answer on its way may predate what just happened: ask again after it.
            if membershipWaiting[tab]?.contains(number) != true { membershipWaiting[tab, default: []].append(number) }
            return []
        }
        return membershipQuestion(about: [number], inTab: index)
    }

    /// The one question about `numbers` for tab `index`.
    mutating func membershipQuestion(about numbers: [Int], inTab index: Int) -> [Effect] {
        let spec = tabs[index].spec
        membershipAsking[spec.id] = numbers
        let changes: GerritQuery = numbers.count == 1 ? .change(numbers[0]) : .or(numbers.map(GerritQuery.change))
        return [.query(id: .membership(numbers, tab: spec.id), query: .and([changes, spec.query]),
                       options: Self.membershipOptions)]
    }

    /// How many changes one membership question names at most.
    static let membershipBatch = 100

    /// A membership question comes back: the changes it named are on the tab if the server
    /// returned them; the changes that waited meanwhile are asked about next, together.
    mutating func membershipAnswered(_ numbers: [Int], tab: String, _ results: [Change]) -> [Effect] {
        guard let index = tabs.firstIndex(where: { $0.id == tab }) else {
            membershipAsking[tab] = nil
            membershipWaiting[tab] = nil
            return []
        }
        let returned = Set(results.map(\.number))
        for number in numbers {
            setMembership(number, inTab: index, returned.contains(number))
        }
        // As with events: only the tab on screen is re-anchored; another catches up when shown.
        if index == currentTab { normalizeSelection(inTab: index, keepScreenRow: true) }
        return nextMembershipQuestion(inTab: index)
    }

    /// A membership question failed: the next one goes (the tab's own refresh corrects the rest).
    mutating func membershipFailed(tab: String) -> [Effect] {
        guard let index = tabs.firstIndex(where: { $0.id == tab }) else {
            membershipAsking[tab] = nil
            membershipWaiting[tab] = nil
            return []
        }
        return nextMembershipQuestion(inTab: index)
    }

    mutating func nextMembershipQuestion(inTab index: Int) -> [Effect] {
        let tab = tabs[index].spec.id
        membershipAsking[tab] = nil
        guard let waiting = membershipWaiting[tab], !waiting.isEmpty else {
            membershipWaiting[tab] = nil
            return []
        }
        let batch = Array(waiting.prefix(Self.membershipBatch))
        membershipWaiting[tab] = waiting.count > batch.count ? Array(waiting.dropFirst(batch.count)) : nil
        return membershipQuestion(about: batch, inTab: index)
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
