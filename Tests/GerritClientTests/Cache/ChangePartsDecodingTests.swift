import Foundation
@testable import GerritClient
import GerritModel
import GerritRemote
import Reports
import Testing

/// Reading back only some parts of each change (`ChangeParts`): what is kept is exactly what was
/// stored, what is left out is empty, and every report reads the same from its parts as from
/// the whole change.
@Suite struct ChangePartsDecodingTests {
    private static let singleParts: [ChangeParts] = [
        .voters, .patchSetDetails, .files, .inlineComments, .messages, .commitMessage, .dependencies,
        .submitRecords, .reviewers, .extras, .olderPatchSets, .voterDigest,
    ]

    @Test func eachPartReadsBackAsTheWholeChangeWithTheRestLeftOut() async throws {
        let changes = try await demoChanges() + [Self.unusualChange]
        let payload = ChangeBinaryCodec.encode(changes)
        #expect(try ChangeBinaryCodec.decode(payload, parts: .all) == changes)
        for parts in Self.singleParts + [[], [.voters, .olderPatchSets], ChangeParts.all.subtracting(.files)] {
            let decoded = try ChangeBinaryCodec.decode(payload, parts: parts)
            let expected = changes.map { Self.keeping(parts, of: $0) }
            #expect(decoded == expected, "parts \(parts.rawValue)")
        }
    }

    @Test func theTodoListsReadNoOlderPatchSetButTheirVoters() async throws {
        let changes = try await demoChanges()
        #expect(!TodoClassifier.parts.contains(.olderPatchSets))
        let listed = try ChangeBinaryCodec.decode(ChangeBinaryCodec.encode(changes), parts: TodoClassifier.parts)
        #expect(listed.allSatisfy { $0.patchSets.isEmpty })
        // Someone voted on an older patch set only, so the digest holds what the patch sets read
        // no longer do.
        #expect(changes.contains { change in
            let current = Set(change.latestPatchSet?.approvals.compactMap(\.by) ?? [])
            return change.everyVoter.contains { !current.contains($0) }
        })
        #expect(listed.map(\.voterDigest) == changes.map(\.everyVoter))
    }

    /// A query without `--current-patch-set` sends only `patchSets`: a report that wants no older
    /// patch set gets the latest alone, wherever it is in the list (the first of equal numbers).
    @Test func withoutACurrentPatchSetOnlyTheLatestIsRead() async throws {
        var changes = try await demoChanges().map { change -> Change in
            var change = change
            change.currentPatchSet = nil
            change.patchSets.reverse()
            return change
        }
        var tied = Self.unusualChange
        tied.currentPatchSet = nil
        tied.patchSets = [1, 3, 2, 3, 0].enumerated().map { index, number in
            var patchSet = Self.unusualChange.patchSets[0]
            patchSet.number = number
            patchSet.revision = "r\(index)"
            return patchSet
        }
        changes += [tied, Change(number: 9)]
        #expect(changes.contains { $0.patchSets.count > 1 })
        let payload = ChangeBinaryCodec.encode(changes)
        #expect(try ChangeBinaryCodec.decode(payload, parts: .all) == changes)
        for parts in Self.singleParts + [[], TodoClassifier.parts, ChangeParts.all.subtracting(.olderPatchSets)] {
            let decoded = try ChangeBinaryCodec.decode(payload, parts: parts)
            #expect(decoded == changes.map { Self.keeping(parts, of: $0) }, "parts \(parts.rawValue)")
            #expect(decoded.map(\.latestPatchSet?.number) == changes.map(\.latestPatchSet?.number))
        }
        let latestOfTied = try ChangeBinaryCodec.decode(payload, parts: []).first { $0.number == tied.number }
        #expect(latestOfTied?.patchSets.map(\.number) == [3])
    }

    /// Each change's head holds what a list reads; the rest is in a section read only when the
    /// change has something there that the caller wants. Changes that differ in what they have
    /// sit side by side in one payload, and every read matches the whole change.
    @Test func aSectionIsReadOnlyForAChangeThatHasWhatIsAskedFor() async throws {
        let changes = try await demoChanges(changeCount: 60).enumerated().map { index, change -> Change in
            var change = change
            if index.isMultiple(of: 2) { change.comments = [] }
            if index.isMultiple(of: 3) { change.allReviewers = [] }
            return change
        }
        #expect(changes.contains { !$0.comments.isEmpty } && changes.contains { $0.comments.isEmpty })
        for change in changes {
            let beyond = ChangeBinaryCodec.partsBeyondHead(of: change)
            #expect(beyond.contains(.messages) == !change.comments.isEmpty, "change \(change.number)")
            #expect(beyond.contains(.reviewers) == !change.allReviewers.isEmpty, "change \(change.number)")
        }
        let payload = ChangeBinaryCodec.encode(changes)
        for parts in [[.messages], [.messages, .voterDigest], [.reviewers, .voters], TodoClassifier.parts] as [ChangeParts] {
            let decoded = try ChangeBinaryCodec.decode(payload, parts: parts)
            #expect(decoded == changes.map { Self.keeping(parts, of: $0) }, "parts \(parts.rawValue)")
        }
    }

    /// What a todo list's query fetches (every patch set with its votes, no messages, reviewers or
    /// files) is all in each change's head, so a warm todo list reads no section at all.
    @Test func theTodoListsReadOnlyTheHeadsOfWhatTheirQueryFetches() async throws {
        let demo = DemoServer(changeCount: 120)
        let fetched = try await demo.client.query(.raw("status:open"),
                                                  options: QueryOptions(currentPatchSet: false, patchSets: true, allApprovals: true))
        #expect(fetched.count > 20)
        #expect(fetched.contains { $0.patchSets.count > 1 })
        #expect(fetched.allSatisfy { ChangeBinaryCodec.partsBeyondHead(of: $0).isDisjoint(with: TodoClassifier.parts) })
        // And the stored heads hold what the lists judge by: the latest patch set's voters and the digest.
        let listed = try ChangeBinaryCodec.decode(ChangeBinaryCodec.encode(fetched), parts: TodoClassifier.parts)
        #expect(listed.map(\.latestPatchSet) == fetched.map { Self.keeping(TodoClassifier.parts, of: $0).latestPatchSet })
        #expect(listed.map(\.voterDigest) == fetched.map(\.everyVoter))
    }

    @Test func leavingPartsOutReallyLeavesThemOut() async throws {
        let changes = try await demoChanges()
        let listed = try ChangeBinaryCodec.decode(ChangeBinaryCodec.encode(changes), parts: [])
        // The dataset has what the list leaves out, so the test above compares something.
        #expect(changes.contains { $0.currentPatchSet != nil && $0.patchSets.count > 1 })
        #expect(listed.allSatisfy { $0.comments.isEmpty && $0.patchSets.isEmpty })
        #expect(listed.allSatisfy { ($0.currentPatchSet?.approvals ?? []).allSatisfy { $0.by == nil } })
        // What a list shows is all there.
        #expect(listed.map(\.latestPatchSet?.number) == changes.map(\.latestPatchSet?.number))
        #expect(listed.map { $0.latestPatchSet?.approvals.map(\.value) } == changes.map { $0.latestPatchSet?.approvals.map(\.value) })
        #expect(listed.map(\.subject) == changes.map(\.subject))
    }

    @Test func theChangesTableIsTheSameFromItsParts() async throws {
        let changes = try await demoChanges()
        let payload = ChangeBinaryCodec.encode(changes)
        let listed = try ChangeBinaryCodec.decode(payload, parts: ChangesReport.parts)
        #expect(ChangesReport.table(listed) == ChangesReport.table(changes))
        let withDependencies = try ChangeBinaryCodec.decode(payload, parts: ChangesReport.parts(dependencies: true))
        #expect(ChangesReport.table(withDependencies, dependencies: true) == ChangesReport.table(changes, dependencies: true))
    }

    @Test func theTodoListsAreTheSameFromTheirParts() async throws {
        let changes = try await demoChanges()
        let listed = try ChangeBinaryCodec.decode(ChangeBinaryCodec.encode(changes), parts: TodoClassifier.parts)
        let now = changes.compactMap(\.lastUpdated).max() ?? Date()
        let voters = changes.flatMap { $0.patchSets.flatMap { $0.approvals.compactMap { $0.by?.username } } }
        let people = Array(Set(voters + changes.compactMap { $0.owner?.username })).sorted().prefix(12)
        #expect(people.count >= 5)
        for me in people {
            for strict in [false, true] {
                let classifier = TodoClassifier(me: me, bots: ["zuul", "jenkins", "Jenkins CI"], strict: strict, expireAge: 3 * 86_400)
                for category in TodoCategory.allCases {
                    let whole = changes.filter { classifier.includes($0, in: category, now: now) }.map(\.number)
                    let fromParts = listed.filter { classifier.includes($0, in: category, now: now) }.map(\.number)
                    #expect(fromParts == whole, "\(me) \(category)")
                }
                let differing = zip(listed, changes).filter { classifier.categories(of: $0, now: now) != classifier.categories(of: $1, now: now) }
                #expect(differing.isEmpty, "\(me): changes \(differing.map(\.0.number)) are on other lists")
            }
        }
    }

    @Test func theStatisticsAreTheSameFromTheirParts() async throws {
        let changes = try await demoChanges()
        let payload = ChangeBinaryCodec.encode(changes)
        let now = changes.compactMap(\.lastUpdated).max() ?? Date()
        let bots = BotMatcher(names: ["zuul", "jenkins"])
        let forReviews = try ChangeBinaryCodec.decode(payload, parts: PatchReviewStats.parts)
        #expect(PatchReviewStats(changes: forReviews, now: now, days: 30, bots: bots).report
            == PatchReviewStats(changes: changes, now: now, days: 30, bots: bots).report)
        let forRates = try ChangeBinaryCodec.decode(payload, parts: PatchReviewRate.parts)
        #expect(PatchReviewRate(changes: forRates, now: now, bots: bots).report
            == PatchReviewRate(changes: changes, now: now, bots: bots).report)
        let forOpen = try ChangeBinaryCodec.decode(payload, parts: OpenReviewStats.parts)
        #expect(OpenReviewStats(changes: forOpen, now: now, days: 7).report == OpenReviewStats(changes: changes, now: now, days: 7).report)
        // The reports have something to show, or the comparisons prove little.
        #expect(PatchReviewStats(changes: changes, now: now, days: 30, bots: bots).report != PatchReviewStats(changes: [], now: now, days: 30, bots: bots).report)
    }

    @Test func damagedPayloadsAreRefusedWhateverIsRead() async throws {
        let payload = ChangeBinaryCodec.encode(Array(try await demoChanges(changeCount: 12)) + [Self.unusualChange])
        for parts in [ChangeParts(), ChangesReport.parts, TodoClassifier.parts] {
            for length in stride(from: 0, to: payload.count, by: max(1, payload.count / 300)) {
                #expect(throws: ChangeBinaryCodec.DecodeError.self) { try ChangeBinaryCodec.decode(payload.prefix(length), parts: parts) }
            }
            #expect(throws: ChangeBinaryCodec.DecodeError.self) { try ChangeBinaryCodec.decode(payload + Data([0]), parts: parts) }
        }
    }

    // MARK: The reference: the whole change with the parts left out emptied

    static func keeping(_ parts: ChangeParts, of whole: Change) -> Change {
        var change = whole
        func trim(_ patchSet: PatchSet) -> PatchSet {
            var patchSet = patchSet
            if !parts.contains(.voters) {
                patchSet.approvals = patchSet.approvals.map {
                    Approval(rawType: $0.rawType, type: $0.type, description: nil, value: $0.value, oldValue: nil,
                             grantedOn: nil, by: nil)
                }
            }
            if !parts.contains(.patchSetDetails) {
                patchSet.revision = nil
                patchSet.parents = []
                patchSet.ref = nil
                patchSet.uploader = nil
                patchSet.author = nil
                patchSet.kind = nil
                patchSet.isDraft = nil
            }
            if !parts.contains(.files) { patchSet.files = [] }
            if !parts.contains(.inlineComments) { patchSet.comments = [] }
            return patchSet
        }
        change.currentPatchSet = change.currentPatchSet.map(trim)
        if parts.contains(.olderPatchSets) {
            change.patchSets = change.patchSets.map(trim)
        } else if change.currentPatchSet != nil {
            change.patchSets = []
        } else {
            change.patchSets = change.latestPatchSetIndex.map { [trim(change.patchSets[$0])] } ?? []
        }
        if !parts.contains(.messages) { change.comments = [] }
        if !parts.contains(.commitMessage) { change.commitMessage = nil }
        if !parts.contains(.dependencies) {
            change.dependsOn = []
            change.neededBy = []
        }
        if !parts.contains(.submitRecords) { change.submitRecords = [] }
        if !parts.contains(.reviewers) { change.allReviewers = [] }
        if !parts.contains(.extras) {
            change.hashtags = []
            change.assignee = nil
            change.trackingIds = []
            change.sortKey = nil
        }
        // The digest is made from the whole change when it is stored.
        change.voterDigest = parts.contains(.voterDigest) ? whole.everyVoter : nil
        return change
    }

    /// Every part filled, with strings that repeat (interned) and that are left out before
    /// being read again.
    static let unusualChange: Change = {
        let voter = Account(name: "Zoë Ünïcode 🚀", email: "zoe@example.org", username: "zoe")
        let approval = Approval(type: "CRVW", description: "Code Review", value: -2, oldValue: 1,
                                grantedOn: Date(timeIntervalSince1970: 1.25), by: voter)
        let patchSet = PatchSet(number: 3, revision: "abc", parents: ["p1"], ref: "refs/changes/07/7/3",
                                uploader: voter, author: Account(name: "Zoë Ünïcode 🚀"), createdOn: Date(timeIntervalSince1970: 5),
                                kind: .rework, isDraft: false, approvals: [approval, approval],
                                files: [FileChange(file: "/COMMIT_MSG", insertions: 3, deletions: 0)],
                                comments: [InlineComment(file: "a.c", line: 4, reviewer: voter, message: "Zoë Ünïcode 🚀", unresolved: true)],
                                sizeInsertions: 3, sizeDeletions: -1)
        var older = patchSet
        older.number = 2
        return Change(project: "p", branch: "master", topic: "zoe", id: "I7", number: 7, subject: "Zoë Ünïcode 🚀",
                      owner: voter, assignee: voter, url: "https://example.org/7", commitMessage: "Zoë Ünïcode 🚀\n\nbody",
                      hashtags: ["zoe", "zoe"], createdOn: Date(timeIntervalSince1970: 1), lastUpdated: Date(timeIntervalSince1970: 9),
                      open: true, status: .new, currentPatchSet: patchSet, patchSets: [older, patchSet],
                      comments: [ChangeMessage(timestamp: Date(timeIntervalSince1970: 6), reviewer: voter, message: "Zoë Ünïcode 🚀")],
                      dependsOn: [Dependency(id: "I6", number: 6, revision: "abc", ref: "r", isCurrentPatchSet: true)],
                      neededBy: [Dependency(id: "I8", number: 8)],
                      submitRecords: [SubmitRecord(status: "NOT_READY", labels: [SubmitLabel(label: "Verified", status: "NEED", by: voter)])],
                      allReviewers: [voter, Account(username: "zoe")], trackingIds: [TrackingId(system: "Bug", id: "zoe")],
                      sortKey: "zoe")
    }()
}
