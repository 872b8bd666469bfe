import Foundation
@testable import GerritClient
import GerritModel
import Testing

@Suite struct ChangeBinaryCodecTests {
    @Test func simulatedChangesWithEveryFieldReadBackEqual() async throws {
        let changes = try await demoChanges()
        #expect(changes.count > 100)
        // The dataset must exercise the nested parts, or the round trip proves little.
        #expect(changes.contains { !$0.patchSets.isEmpty && !$0.comments.isEmpty })
        #expect(changes.contains { $0.patchSets.contains { !$0.approvals.isEmpty && !$0.files.isEmpty } })
        let decoded = try ChangeBinaryCodec.decode(ChangeBinaryCodec.encode(changes))
        #expect(decoded == changes)
    }

    @Test func unusualValuesReadBackEqual() throws {
        let voter = Account(name: "Zoë Ünïcode 🚀", email: "", username: nil)
        var approval = Approval(type: "CRVW", description: nil, value: -2, oldValue: Int.min,
                                grantedOn: Date(timeIntervalSince1970: 1.25), by: voter)
        approval.type = "Something-Else"
        let patchSet = PatchSet(number: Int.max, revision: String(repeating: "long text ", count: 50), parents: ["", "p"],
                                kind: .unknown("WEIRD_KIND"), isDraft: false, approvals: [approval],
                                files: [FileChange(file: "/COMMIT_MSG", insertions: -3, deletions: 0)],
                                comments: [InlineComment(file: "a.c", line: nil, reviewer: voter, message: "", unresolved: true)],
                                sizeInsertions: 0, sizeDeletions: -1)
        let change = Change(project: "p", number: 7, subject: "x\u{0}y", owner: voter, hashtags: ["a", "a", "b"],
                            createdOn: Date(timeIntervalSinceReferenceDate: -123.456), lastUpdated: .distantFuture,
                            status: .unknown("PARKED"), currentPatchSet: patchSet, patchSets: [patchSet],
                            comments: [ChangeMessage(timestamp: nil, reviewer: nil, message: "hi")],
                            dependsOn: [Dependency(id: "I1", number: 1, isCurrentPatchSet: true)],
                            submitRecords: [SubmitRecord(status: "NOT_READY", labels: [SubmitLabel(label: "Verified", status: "NEED")])],
                            allReviewers: [voter, Account()], trackingIds: [TrackingId(system: "Bug", id: "1")], sortKey: "k")
        let minimal = Change(number: 0)
        #expect(try ChangeBinaryCodec.decode(ChangeBinaryCodec.encode([change, minimal, change])) == [change, minimal, change])
        #expect(try ChangeBinaryCodec.decode(ChangeBinaryCodec.encode([])) == [])
    }

    @Test func damagedPayloadsAreRefusedNotTrusted() async throws {
        let payload = ChangeBinaryCodec.encode(Array(try await demoChanges(changeCount: 12)))
        // Every truncation fails cleanly: no trap, no partial result.
        for length in stride(from: 0, to: payload.count, by: max(1, payload.count / 400)) {
            #expect(throws: ChangeBinaryCodec.DecodeError.self) { try ChangeBinaryCodec.decode(payload.prefix(length)) }
        }
        var otherVersion = payload
        otherVersion[otherVersion.startIndex] = ChangeBinaryCodec.formatVersion &+ 1
        #expect(throws: ChangeBinaryCodec.DecodeError.self) { try ChangeBinaryCodec.decode(otherVersion) }
        #expect(throws: ChangeBinaryCodec.DecodeError.self) { try ChangeBinaryCodec.decode(payload + Data([0])) }
        // Random garbage never crashes the reader.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let garbage = Data((0..<Int.random(in: 1...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) })
            _ = try? ChangeBinaryCodec.decode(Data([ChangeBinaryCodec.formatVersion]) + garbage)
        }
    }

    /// A UI paints the first piece of a long list while the rest is read: together the pieces
    /// are the list, in order, and the interned strings the first piece made serve the rest.
    @Test func aListReadInTwoPiecesIsTheWholeListInOrder() async throws {
        let changes = try await demoChanges(changeCount: 40)
        let payload = ChangeBinaryCodec.encode(changes)
        for firstPiece in [0, 1, 17, changes.count - 1] {
            var pieces: [([Change], Bool)] = []
            try ChangeBinaryCodec.decode(payload, firstPiece: firstPiece) { pieces.append(($0, $1)) }
            #expect(pieces.map(\.1) == [false, true], "first piece \(firstPiece)")
            #expect(pieces.first?.0 == Array(changes.prefix(firstPiece)))
            #expect(pieces.flatMap(\.0) == changes)
        }
        // A list no longer than the first piece comes whole, once.
        for firstPiece in [changes.count, changes.count + 5, .max] {
            var pieces: [([Change], Bool)] = []
            try ChangeBinaryCodec.decode(payload, firstPiece: firstPiece) { pieces.append(($0, $1)) }
            #expect(pieces.count == 1 && pieces[0].1 && pieces[0].0 == changes)
        }
    }

    /// A damaged rest is found after the first piece was handed over: the first piece stays
    /// what it was (whole, undamaged changes) and the rest never comes as if complete.
    @Test func aDamagedRestNeverCompletesAList() async throws {
        let changes = try await demoChanges(changeCount: 12)
        let payload = ChangeBinaryCodec.encode(changes)
        // The strings table comes first: the damage is put where the changes are, near the end.
        for cut in [payload.count - 1, payload.count - 100] {
            var pieces: [([Change], Bool)] = []
            #expect(throws: ChangeBinaryCodec.DecodeError.self) {
                try ChangeBinaryCodec.decode(payload.prefix(cut), firstPiece: 2) { pieces.append(($0, $1)) }
            }
            #expect(pieces.count == 1 && pieces[0].0 == Array(changes.prefix(2)) && !pieces[0].1, "cut \(cut) of \(payload.count): \(pieces.map(\.0.count))")
        }
        var pieces: [([Change], Bool)] = []
        #expect(throws: ChangeBinaryCodec.DecodeError.self) {
            try ChangeBinaryCodec.decode(payload + Data([0]), firstPiece: 2) { pieces.append(($0, $1)) }
        }
        #expect(pieces.map(\.1) == [false], "trailing bytes: the list is not complete")
    }

    @Test func payloadIsMuchSmallerThanJSON() async throws {
        let changes = try await demoChanges(changeCount: 80)
        let binary = ChangeBinaryCodec.encode(changes)
        let json = try JSONEncoder().encode(changes)
        print("SIZE binary \(binary.count) json \(json.count)"); #expect(binary.count * 2 < json.count, "binary \(binary.count) bytes, JSON \(json.count) bytes")
    }
}
