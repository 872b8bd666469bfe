import Foundation
import GerritModel
import Reports
import Testing

@Suite("Todo classifiers (spec §3.3)")
struct TodoClassifierTests {
    let classifier = TodoClassifier(me: "demo", bots: ["zuul", "Hyper-V CI"])
    let now = Fixture.now

    @Test func aNewPatchSetAfterMyEarlierVoteIsOnMyList() {
        let change = Fixture.change(patchSets: [[Fixture.vote("Code-Review", 1, by: "demo")], [Fixture.vote("Verified", 1, by: "zuul")]])
        #expect(classifier.isMine(change))
        #expect(classifier.categories(of: change, now: now).contains(.mine))
    }

    @Test func aReviewerAddedWithoutVotingIsOnMyListWhenTheServerSaysSo() {
        let change = Fixture.change(patchSets: [[]])
        #expect(!classifier.isMine(change))
        #expect(classifier.isMine(change, reviewerFromQuery: true))
        #expect(classifier.isMine(Fixture.change(patchSets: [[]], reviewers: ["demo"])))
    }

    @Test func myVoteOnTheCurrentPatchSetTakesItOffMine() {
        let change = Fixture.change(patchSets: [[Fixture.vote("Code-Review", 1, by: "demo")]])
        #expect(!classifier.isMine(change, reviewerFromQuery: true))
    }

    /// §9.20: todo-expirable listed my own changes (I don't abandon my own work from a todo list).
    @Test func myOwnChangesAreOnNoList_bug9_20() {
        let change = Fixture.change(owner: "demo", patchSets: [[Fixture.vote("Code-Review", -1, by: "bob", daysAgo: 40)]])
        #expect(classifier.categories(of: change, now: now).isEmpty)
        let theirs = Fixture.change(owner: "alice", patchSets: [[Fixture.vote("Code-Review", -1, by: "bob", daysAgo: 40)]])
        #expect(classifier.categories(of: theirs, now: now).contains(.expirable))
    }

    @Test func closedChangesAreOnNoList() {
        let change = Fixture.change(status: .merged, patchSets: [[Fixture.vote("Code-Review", -1, by: "bob", daysAgo: 40)]])
        #expect(classifier.categories(of: change, now: now).isEmpty)
    }

    /// §9.1: todo-others crashed on every row in 1.5.
    @Test func todoOthersListsChangesSomeoneElseReviewed_bug9_1() {
        let change = Fixture.change(patchSets: [[Fixture.vote("Code-Review", 1, by: "bob")]])
        #expect(classifier.isOthers(change, reviewerFromQuery: false))
        #expect(classifier.categories(of: change, now: now).contains(.others))
    }

    /// §9.2: 1.5 and master never passed the bots to todo-others, so a CI vote counted.
    @Test func botsAreExcludedFromTodoOthers_bug9_2() {
        let onlyBots = Fixture.change(patchSets: [[Fixture.vote("Verified", 1, by: "zuul")]])
        #expect(!classifier.isOthers(onlyBots, reviewerFromQuery: false))
        var byFullName = onlyBots
        byFullName.patchSets[0].approvals = [Approval(type: "Verified", value: -1, by: Account(name: "Hyper-V CI", username: "hvci"))]
        #expect(!classifier.isOthers(byFullName, reviewerFromQuery: false))
    }

    /// §9.1: todo-noones crashed on every row in 1.5.
    @Test func todoNoonesListsChangesWithOnlyBotVotes_bug9_1() {
        let onlyBots = Fixture.change(patchSets: [[Fixture.vote("Verified", 1, by: "zuul")]])
        #expect(classifier.isNoones(onlyBots))
        #expect(classifier.isNoones(Fixture.change(patchSets: [[]])))
        let human = Fixture.change(patchSets: [[Fixture.vote("Code-Review", -1, by: "bob")], [Fixture.vote("Verified", 1, by: "zuul")]])
        #expect(!classifier.isNoones(human))
    }

    @Test func anyonesNeedsAHumanVoteAndNoVoteFromMeOnTheCurrentPatchSet() {
        let earlierMe = Fixture.change(patchSets: [[Fixture.vote("Code-Review", 1, by: "demo")], []])
        #expect(classifier.isAnyones(earlierMe))
        let currentMe = Fixture.change(patchSets: [[Fixture.vote("Code-Review", 1, by: "demo")]])
        #expect(!classifier.isAnyones(currentMe))
        let onlyBots = Fixture.change(patchSets: [[Fixture.vote("Verified", 1, by: "zuul")]])
        #expect(!classifier.isAnyones(onlyBots))
    }

    @Test func approvableNeedsAPlusTwoAndNoBlockers() {
        func change(_ votes: [Approval]) -> Change { Fixture.change(patchSets: [votes]) }
        let plusTwo = Fixture.vote("Code-Review", 2, by: "carol")
        #expect(classifier.isApprovable(change([plusTwo, Fixture.vote("Verified", -1, by: "zuul")])))
        #expect(!classifier.isApprovable(change([plusTwo, Fixture.vote("Workflow", 1, by: "carol")])))
        #expect(!classifier.isApprovable(change([plusTwo, Fixture.vote("Workflow", -1, by: "alice")])))
        #expect(!classifier.isApprovable(change([plusTwo, Fixture.vote("Code-Review", -2, by: "dan")])))
        #expect(!classifier.isApprovable(change([plusTwo, Fixture.vote("Code-Review", 1, by: "demo")])))
        #expect(!classifier.isApprovable(change([Fixture.vote("Code-Review", 2, by: "zuul")])))
        #expect(!classifier.isApprovable(Fixture.change(patchSets: [[plusTwo], []])))
    }

    @Test func strictApprovableAlsoRulesOutMinusOne() {
        let change = Fixture.change(patchSets: [[Fixture.vote("Code-Review", 2, by: "carol"), Fixture.vote("Code-Review", -1, by: "dan")]])
        #expect(classifier.isApprovable(change))
        var strict = classifier
        strict.strict = true
        #expect(!strict.isApprovable(change))
    }

    @Test func expirableLooksAtTheYoungestNegativeReviewOnTheCurrentPatchSet() {
        let old = Fixture.change(patchSets: [[Fixture.vote("Code-Review", -1, by: "bob", daysAgo: 40)]])
        #expect(classifier.isExpirable(old, now: now))
        let youngToo = Fixture.change(patchSets: [[Fixture.vote("Code-Review", -1, by: "bob", daysAgo: 40),
                                                   Fixture.vote("Code-Review", -2, by: "carol", daysAgo: 3)]])
        #expect(!classifier.isExpirable(youngToo, now: now))
        let earlierPatchSet = Fixture.change(patchSets: [[Fixture.vote("Code-Review", -1, by: "bob", daysAgo: 40)], []])
        #expect(!earlierPatchSet.patchSets.isEmpty && !classifier.isExpirable(earlierPatchSet, now: now))
        var shortAge = classifier
        shortAge.expireAge = 2 * 86_400
        #expect(shortAge.isExpirable(youngToo, now: now))
    }

    @Test func categoriesAgreeWithEachPredicate() {
        let change = Fixture.change(patchSets: [[Fixture.vote("Code-Review", 2, by: "carol")]])
        let categories = classifier.categories(of: change, now: now)
        #expect(categories == [.others, .anyones, .approvable])
        for category in TodoCategory.allCases {
            #expect(categories.contains(category) == classifier.includes(change, in: category, now: now))
        }
    }
}

@Suite("Todo classifier in one pass")
struct TodoClassifierOnePassTests {
    /// `categories(of:now:)` judges every list in one walk; it must agree with each list's own
    /// predicate on every change of the demo world, for several reviewers, with and without
    /// comments and with the current patch set sent alone.
    @Test func categoriesAgreeWithEveryPredicateOnTheDemoWorld() async throws {
        let open = try await DemoData.changes(.status("open"), comments: true)
        let merged = try await DemoData.changes(.status("merged"))
        #expect(open.count > 100)
        var currentOnly = open.prefix(200).map { change -> Change in
            var alone = change
            alone.currentPatchSet = change.latestPatchSet
            alone.patchSets = Array(change.patchSets.dropLast())
            return alone
        }
        currentOnly += open.prefix(50).map { change -> Change in
            var bare = change
            bare.comments = []
            return bare
        }
        let reviewers = Set(open.flatMap { $0.patchSets.flatMap { $0.approvals.compactMap { $0.by?.username } } })
            .sorted().prefix(6) + ["demo", "nobody"]
        var seen: Set<TodoCategory> = []
        for me in reviewers {
            let classifier = TodoClassifier(me: me, bots: Array(DemoData.bots.names), expireAge: 7 * 86_400)
            for change in open + merged + currentOnly {
                let categories = classifier.categories(of: change, now: DemoData.now)
                seen.formUnion(categories)
                for category in TodoCategory.allCases {
                    #expect(categories.contains(category) == classifier.includes(change, in: category, now: DemoData.now),
                            "change \(change.number), me \(me), \(category)")
                }
            }
        }
        // The comparison meant something: every list had members somewhere.
        #expect(seen == Set(TodoCategory.allCases))
    }
}

@Suite("Todo queries")
struct TodoQueryTests {
    @Test func mineAsksForMyReviewsAndOthersForTheRest() {
        #expect(TodoQuery.make(.mine, me: "demo", projects: ["a", "b"], branches: ["master"]).rendered
                == "(project:a OR project:b) AND status:open AND branch:master AND reviewer:demo")
        #expect(TodoQuery.make(.others, me: "demo").rendered == "status:open AND NOT reviewer:demo")
        #expect(TodoQuery.make(.noones, me: "demo", topics: ["t"]).rendered == "status:open AND topic:t")
        #expect(TodoQuery.make(.approvable, me: "demo").rendered == "status:open AND label:Code-Review=+2")
        #expect(TodoQuery.make(.expirable, me: "demo").rendered == "status:open AND label:Code-Review<=-1")
    }
}

@Suite("Todo classifier as a filter")
struct TodoClassifierFilterTests {
    @Test func thePredicatesWorkAsFilterFunctions() {
        let classifier = TodoClassifier(me: "demo", bots: ["zuul"])
        let changes = [
            Fixture.change(1, patchSets: [[Fixture.vote("Code-Review", 1, by: "demo")], []]),
            Fixture.change(2, patchSets: [[Fixture.vote("Code-Review", 1, by: "bob")]]),
            Fixture.change(3, patchSets: [[Fixture.vote("Verified", 1, by: "zuul")]]),
        ]
        #expect(changes.filter(classifier.isMine).map(\.number) == [1])
        #expect(changes.filter(classifier.isOthers).map(\.number) == [2])
        #expect(changes.filter(classifier.isNoones).map(\.number) == [3])
        #expect(changes.filter(classifier.isAnyones).map(\.number) == [1, 2])
    }
}
