import Foundation
import GerritModel

/// The cache's payload format for decoded `Change` values.
///
/// A hand-written field-by-field layout (varints, interned strings, raw date bits) rather than
/// `Codable`: the model's `Codable` conformance is Gerrit's lenient JSON reader, which tries
/// several types per field, and any keyed encoder pays for key strings on every nested value.
/// Reading this format back is several times faster than JSON or a binary property list (see
/// the cache tests and the branch report for numbers).
///
/// Format 3 shapes each change for the lists, the reports most runs read: a head with what a
/// change list shows and judges (the list fields, the latest patch set's number, time, size and
/// votes, who voted on any patch set), worked out once when the change is stored, then a section
/// with the rest that a reader steps over by its length unless the change has something there
/// the reader asked for (`partsBeyondHead`). A warm todo list reads heads only.
///
/// Every payload starts with `formatVersion`, then the table of interned strings; a payload of another version is refused, and the
/// cache treats it as a miss. Bump the version whenever the layout or the model's fields change:
/// the round-trip test over the simulator's fully populated changes fails when a new model field
/// is not written here.
enum ChangeBinaryCodec {
    /// Bumped on any layout change; older payloads are then ignored (and overwritten).
    static let formatVersion: UInt8 = 3

    /// Why a payload could not be read back.
    struct DecodeError: Error, CustomStringConvertible {
        let description: String
    }

    /// Strings that never repeat (change ids, URLs, commit ids, refs) are written in place, the
    /// rest interned in the table in front.
    static func encode(_ changes: [Change]) -> Data {
        var writer = BinaryWriter(reservingCapacity: 512 * max(changes.count, 1), strings: 16 * max(changes.count, 4))
        writer.writeArray(changes) { $0.write($1) }
        return writer.payload(version: UInt64(formatVersion))
    }

    static func encode(_ change: Change) -> Data {
        encode([change])
    }

    /// Reads every change back; `parts` says which parts to build (the rest are stepped over
    /// and come back empty). A payload is checked whole either way.
    static func decode(_ data: Data, parts: ChangeParts = .all) throws(DecodeError) -> [Change] {
        try reading(data) { (reader: inout BinaryReader) throws(BinaryReader.Malformed) in
            try reader.readArray { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.readChange(parts) }
        }
    }

    /// Reads the changes back one at a time, handing each to `each` as soon as it is built.
    ///
    /// - Throws: when the payload is damaged; the changes before the damage were handed over.
    static func decode(_ data: Data, parts: ChangeParts, each: (Change) -> Void) throws(DecodeError) {
        try reading(data) { (reader: inout BinaryReader) throws(BinaryReader.Malformed) in
            let count = try reader.readCount()
            for _ in 0..<count {
                each(try reader.readChange(parts))
            }
        }
    }

    /// Reads the changes back in two pieces and hands each to `deliver` as soon as it is built:
    /// the first `firstPiece` changes, then the rest (`complete` is true with the last piece; a
    /// payload of at most `firstPiece` changes comes whole). A UI paints the first piece while
    /// the rest is read.
    ///
    /// - Throws: when the payload is damaged; a first piece read before the damage was found
    ///   has been handed over already.
    static func decode(_ data: Data, parts: ChangeParts = .all, firstPiece: Int,
                       deliver: ([Change], _ complete: Bool) -> Void) throws(DecodeError) {
        let last = try reading(data) { (reader: inout BinaryReader) throws(BinaryReader.Malformed) -> [Change] in
            let count = try reader.readCount()
            let head = min(count, max(0, firstPiece))
            let first = try reader.readElements(head) { (r: inout BinaryReader) throws(BinaryReader.Malformed) in
                try r.readChange(parts)
            }
            guard head < count else { return first }
            deliver(first, false)
            return try reader.readElements(count - head) { (r: inout BinaryReader) throws(BinaryReader.Malformed) in
                try r.readChange(parts)
            }
        }
        deliver(last, true)
    }

    /// Checks the format version, reads the payload with `body`, and checks nothing follows.
    private static func reading<T>(_ data: Data,
                                   _ body: (inout BinaryReader) throws(BinaryReader.Malformed) -> T) throws(DecodeError) -> T {
        do {
            return try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws(BinaryReader.Malformed) -> T in
                var reader = BinaryReader(raw)
                let version = try reader.readUnsigned()
                guard version == UInt64(formatVersion) else {
                    throw BinaryReader.Malformed(offset: 0, reason: "format \(version), expected \(formatVersion)")
                }
                try reader.readStringTable()
                let value = try body(&reader)
                guard reader.isAtEnd else {
                    throw BinaryReader.Malformed(offset: reader.offset, reason: "trailing bytes")
                }
                return value
            }
        } catch let error as BinaryReader.Malformed {
            throw DecodeError(description: error.description)
        } catch {
            throw DecodeError(description: "\(error)")
        }
    }

    /// The parts of `change` its head does not answer for (`write(_ change:)`): a reader that
    /// wants none of them steps over the change's section. Cautious: a part named here may
    /// still read back empty; one left out must read back from the head exactly as it would
    /// from the section.
    static func partsBeyondHead(of change: Change) -> ChangeParts {
        var beyond: ChangeParts = []
        func look(at patchSet: PatchSet) {
            if patchSet.revision != nil || !patchSet.parents.isEmpty || patchSet.ref != nil || patchSet.uploader != nil
                || patchSet.author != nil || patchSet.kind != nil || patchSet.isDraft != nil {
                beyond.insert(.patchSetDetails)
            }
            if !patchSet.files.isEmpty { beyond.insert(.files) }
            if !patchSet.comments.isEmpty { beyond.insert(.inlineComments) }
        }
        change.currentPatchSet.map(look)
        change.patchSets.forEach(look)
        // The head holds the latest patch set: the older ones are all that is beyond it.
        if change.currentPatchSet == nil ? change.patchSets.count > 1 : !change.patchSets.isEmpty {
            beyond.insert(.olderPatchSets)
        }
        if !change.comments.isEmpty { beyond.insert(.messages) }
        if change.commitMessage != nil { beyond.insert(.commitMessage) }
        if !change.dependsOn.isEmpty || !change.neededBy.isEmpty { beyond.insert(.dependencies) }
        if !change.submitRecords.isEmpty { beyond.insert(.submitRecords) }
        if !change.allReviewers.isEmpty { beyond.insert(.reviewers) }
        if change.assignee != nil || !change.hashtags.isEmpty || !change.trackingIds.isEmpty || change.sortKey != nil {
            beyond.insert(.extras)
        }
        return beyond
    }

    static func decodeOne(_ data: Data) throws(DecodeError) -> Change {
        let changes = try decode(data)
        guard changes.count == 1, let change = changes.first else {
            throw DecodeError(description: "expected one change, found \(changes.count)")
        }
        return change
    }
}

// MARK: - Writing

extension BinaryWriter {
    /// A change in two parts (format 3): the head, what a change list reads (the list fields,
    /// the latest patch set's number, time, size and votes, the voter digest), computed here
    /// once, when the change is stored; then a section with the rest, which a reader steps over
    /// by its length when it wants nothing that section holds for this change.
    mutating func write(_ change: Change) {
        writeOptional(change.project) { $0.writeString($1) }
        writeOptional(change.branch) { $0.writeString($1) }
        writeOptional(change.topic) { $0.writeString($1) }
        writeOptional(change.id) { $0.writeUniqueString($1) }
        writeInt(change.number)
        writeOptional(change.subject) { $0.writeString($1) }
        writeOptional(change.owner) { $0.write($1) }
        writeOptional(change.url) { $0.writeUniqueString($1) }
        writeOptional(change.createdOn) { $0.writeDate($1) }
        writeOptional(change.lastUpdated) { $0.writeDate($1) }
        writeOptional(change.open) { $0.writeBool($1) }
        writeOptional(change.status) { $0.writeString($1.rawValue) }
        writeOptional(change.wip) { $0.writeBool($1) }
        writeOptional(change.private) { $0.writeBool($1) }
        writeUnsigned(UInt64(ChangeBinaryCodec.partsBeyondHead(of: change).rawValue))
        // The latest patch set as a list reads it, and where the change has it: 0 nowhere,
        // 1 `currentPatchSet`, 2 `patchSets`.
        let latestIndex = change.currentPatchSet == nil ? change.latestPatchSetIndex : nil
        var latestVotes: [UInt8] = []
        if let current = change.currentPatchSet {
            writeUnsigned(1)
            latestVotes = writeListed(current)
        } else if let latestIndex {
            writeUnsigned(2)
            latestVotes = writeListed(change.patchSets[latestIndex])
        } else {
            writeUnsigned(0)
        }
        writeArray(change.everyVoter) { $0.write($1) }
        writeSection { detail in
            detail.writeOptional(change.assignee) { $0.write($1) }
            detail.writeOptional(change.commitMessage) { $0.writeString($1) }
            detail.writeArray(change.hashtags) { $0.writeString($1) }
            detail.writeOptional(change.currentPatchSet) { $0.write($1, votes: latestVotes) }
            // Without a current patch set, which of the list is the latest (0: none, else its
            // index + 1), so a reader that wants only it steps over the others.
            detail.writeUnsigned(latestIndex.map { UInt64($0) + 1 } ?? 0)
            detail.writeCount(change.patchSets.count)
            for (index, patchSet) in change.patchSets.enumerated() {
                detail.write(patchSet, votes: index == latestIndex ? latestVotes : nil)
            }
            detail.writeArray(change.comments) { $0.write($1) }
            detail.writeArray(change.dependsOn) { $0.write($1) }
            detail.writeArray(change.neededBy) { $0.write($1) }
            detail.writeArray(change.submitRecords) { $0.write($1) }
            detail.writeArray(change.allReviewers) { $0.write($1) }
            detail.writeArray(change.trackingIds) { $0.write($1) }
            detail.writeOptional(change.sortKey) { $0.writeString($1) }
        }
    }

    /// The latest patch set in a change's head: what a list shows of it. Returns the bytes of its
    /// votes, which the section repeats as they are: written again they would come out the same
    /// (their strings are in the table by then), only slower.
    private mutating func writeListed(_ patchSet: PatchSet) -> [UInt8] {
        writeInt(patchSet.number)
        writeOptional(patchSet.createdOn) { $0.writeDate($1) }
        let votesStart = bytes.count
        writeArray(patchSet.approvals) { $0.write($1) }
        let votes = Array(bytes[votesStart...])
        writeOptional(patchSet.sizeInsertions) { $0.writeInt($1) }
        writeOptional(patchSet.sizeDeletions) { $0.writeInt($1) }
        return votes
    }

    mutating func write(_ account: Account) {
        writeOptional(account.name) { $0.writeString($1) }
        writeOptional(account.email) { $0.writeString($1) }
        writeOptional(account.username) { $0.writeString($1) }
    }

    /// - Parameter votes: the bytes `writeArray(patchSet.approvals)` wrote before, to repeat.
    mutating func write(_ patchSet: PatchSet, votes: [UInt8]? = nil) {
        writeInt(patchSet.number)
        writeOptional(patchSet.revision) { $0.writeUniqueString($1) }
        writeArray(patchSet.parents) { $0.writeString($1) }
        writeOptional(patchSet.ref) { $0.writeUniqueString($1) }
        writeOptional(patchSet.uploader) { $0.write($1) }
        writeOptional(patchSet.author) { $0.write($1) }
        writeOptional(patchSet.createdOn) { $0.writeDate($1) }
        writeOptional(patchSet.kind) { $0.writeString($1.rawValue) }
        writeOptional(patchSet.isDraft) { $0.writeBool($1) }
        if let votes {
            writeBytes(votes)
        } else {
            writeArray(patchSet.approvals) { $0.write($1) }
        }
        writeArray(patchSet.files) { $0.write($1) }
        writeArray(patchSet.comments) { $0.write($1) }
        writeOptional(patchSet.sizeInsertions) { $0.writeInt($1) }
        writeOptional(patchSet.sizeDeletions) { $0.writeInt($1) }
    }

    mutating func write(_ approval: Approval) {
        // Both names: `type` is normally derived from `rawType`, but it is a public var.
        writeString(approval.rawType)
        writeString(approval.type)
        writeOptional(approval.description) { $0.writeString($1) }
        writeInt(approval.value)
        writeOptional(approval.oldValue) { $0.writeInt($1) }
        writeOptional(approval.grantedOn) { $0.writeDate($1) }
        writeOptional(approval.by) { $0.write($1) }
    }

    mutating func write(_ file: FileChange) {
        writeString(file.file)
        writeOptional(file.fileOld) { $0.writeString($1) }
        writeOptional(file.type) { $0.writeString($1) }
        writeOptional(file.insertions) { $0.writeInt($1) }
        writeOptional(file.deletions) { $0.writeInt($1) }
    }

    mutating func write(_ comment: InlineComment) {
        writeString(comment.file)
        writeOptional(comment.line) { $0.writeInt($1) }
        writeOptional(comment.reviewer) { $0.write($1) }
        writeString(comment.message)
        writeOptional(comment.unresolved) { $0.writeBool($1) }
    }

    mutating func write(_ message: ChangeMessage) {
        writeOptional(message.timestamp) { $0.writeDate($1) }
        writeOptional(message.reviewer) { $0.write($1) }
        writeString(message.message)
    }

    mutating func write(_ dependency: Dependency) {
        writeOptional(dependency.id) { $0.writeString($1) }
        writeOptional(dependency.number) { $0.writeInt($1) }
        writeOptional(dependency.revision) { $0.writeString($1) }
        writeOptional(dependency.ref) { $0.writeString($1) }
        writeOptional(dependency.isCurrentPatchSet) { $0.writeBool($1) }
    }

    mutating func write(_ record: SubmitRecord) {
        writeOptional(record.status) { $0.writeString($1) }
        writeArray(record.labels) { writer, label in
            writer.writeString(label.label)
            writer.writeOptional(label.status) { $0.writeString($1) }
            writer.writeOptional(label.by) { $0.write($1) }
        }
    }

    mutating func write(_ tracking: TrackingId) {
        writeOptional(tracking.system) { $0.writeString($1) }
        writeOptional(tracking.id) { $0.writeString($1) }
    }
}

// MARK: - Reading

extension BinaryReader {
    private typealias Read<T> = (inout BinaryReader) throws(Malformed) -> T

    private mutating func string() throws(Malformed) -> String { try readString() }
    private mutating func optionalString() throws(Malformed) -> String? {
        try readOptional { (r: inout BinaryReader) throws(Malformed) in try r.readString() }
    }
    private mutating func optionalInt() throws(Malformed) -> Int? {
        try readOptional { (r: inout BinaryReader) throws(Malformed) in try r.readInt() }
    }
    private mutating func optionalBool() throws(Malformed) -> Bool? {
        try readOptional { (r: inout BinaryReader) throws(Malformed) in try r.readBool() }
    }
    private mutating func optionalDate() throws(Malformed) -> Date? {
        try readOptional { (r: inout BinaryReader) throws(Malformed) in try r.readDate() }
    }
    private mutating func optionalAccount() throws(Malformed) -> Account? {
        try readOptional { (r: inout BinaryReader) throws(Malformed) in try r.readAccount() }
    }
    private mutating func strings() throws(Malformed) -> [String] {
        try readArray { (r: inout BinaryReader) throws(Malformed) in try r.readString() }
    }

    mutating func readChange(_ parts: ChangeParts = .all) throws(Malformed) -> Change {
        // Read in the order `write(_ change:)` wrote the fields.
        let project = try optionalString(), branch = try optionalString(), topic = try optionalString()
        let id = try optionalString(), number = try readInt(), subject = try optionalString()
        let owner = try optionalAccount(), url = try optionalString()
        let createdOn = try optionalDate(), lastUpdated = try optionalDate(), open = try optionalBool()
        let status = try optionalString().map(ChangeStatus.init(rawValue:))
        let wip = try optionalBool(), isPrivate = try optionalBool()
        let beyondHead = try readUnsigned()
        guard let held = UInt16(exactly: beyondHead).map(ChangeParts.init(rawValue:)) else {
            throw Malformed(offset: offset, reason: "parts \(beyondHead)")
        }
        // The section is read only when this change has something there the caller wants.
        let readsSection = !held.isDisjoint(with: parts)
        let placement = try readUnsigned()
        guard placement <= 2 else { throw Malformed(offset: offset, reason: "latest patch set placed \(placement)") }
        var latest: PatchSet?
        if placement != 0 {
            if readsSection {
                try skipListed()
            } else {
                latest = try readListed(parts)
            }
        }
        var voterDigest: [Account]?
        if parts.contains(.voterDigest) {
            voterDigest = try readArray { (r: inout BinaryReader) throws(Malformed) in try r.readAccount() }
        } else {
            try skipArray { (r: inout BinaryReader) throws(Malformed) in try r.skipAccount() }
        }
        var change = Change(
            project: project, branch: branch, topic: topic, id: id, number: number, subject: subject, owner: owner,
            url: url, createdOn: createdOn, lastUpdated: lastUpdated, open: open, status: status, wip: wip,
            private: isPrivate, currentPatchSet: placement == 1 ? latest : nil,
            patchSets: placement == 2 ? latest.map { [$0] } ?? [] : [], voterDigest: voterDigest)
        if readsSection {
            try readSection { (r: inout BinaryReader) throws(Malformed) in try r.readDetails(of: &change, parts) }
        } else {
            try skipSection()
        }
        return change
    }

    /// The latest patch set from a change's head (`writeListed`).
    private mutating func readListed(_ parts: ChangeParts) throws(Malformed) -> PatchSet {
        try PatchSet(
            number: readInt(), createdOn: optionalDate(),
            approvals: parts.contains(.voters)
                ? readArray { (r: inout BinaryReader) throws(Malformed) in try r.readApproval() }
                : readArray { (r: inout BinaryReader) throws(Malformed) in try r.readVote() },
            sizeInsertions: optionalInt(), sizeDeletions: optionalInt())
    }

    private mutating func skipListed() throws(Malformed) {
        _ = try readInt()
        try skipOptional { (r: inout BinaryReader) throws(Malformed) in try r.skipDate() }
        try skipArray { (r: inout BinaryReader) throws(Malformed) in try r.skipApproval() }
        try skipOptionalInt()
        try skipOptionalInt()
    }

    /// The section after a change's head: the patch sets whole and everything a list does not show.
    private mutating func readDetails(of change: inout Change, _ parts: ChangeParts) throws(Malformed) {
        let extras = parts.contains(.extras)
        change.assignee = try extras ? optionalAccount() : skippedOptionalAccount()
        change.commitMessage = try parts.contains(.commitMessage) ? optionalString() : skippedOptionalString()
        change.hashtags = try extras ? strings() : skippedArray { (r: inout BinaryReader) throws(Malformed) in try r.skipString() }
        let currentPatchSet = try readOptional { (r: inout BinaryReader) throws(Malformed) in try r.readPatchSet(parts) }
        let latestIndex = try readUnsigned()
        if parts.contains(.olderPatchSets) {
            change.patchSets = try readArray { (r: inout BinaryReader) throws(Malformed) in try r.readPatchSet(parts) }
        } else if currentPatchSet != nil {
            // Without older patch sets, the current one stands for them (`latestPatchSet`).
            change.patchSets = try skippedArray { (r: inout BinaryReader) throws(Malformed) in try r.skipPatchSet() }
        } else {
            change.patchSets = try latestOfPatchSets(latestIndex: latestIndex, parts)
        }
        change.currentPatchSet = currentPatchSet
        change.comments = try parts.contains(.messages)
            ? readArray { (r: inout BinaryReader) throws(Malformed) in try r.readMessage() }
            : skippedArray { (r: inout BinaryReader) throws(Malformed) in try r.skipMessage() }
        let dependencies = parts.contains(.dependencies)
        change.dependsOn = try dependencies
            ? readArray { (r: inout BinaryReader) throws(Malformed) in try r.readDependency() }
            : skippedArray { (r: inout BinaryReader) throws(Malformed) in try r.skipDependency() }
        change.neededBy = try dependencies
            ? readArray { (r: inout BinaryReader) throws(Malformed) in try r.readDependency() }
            : skippedArray { (r: inout BinaryReader) throws(Malformed) in try r.skipDependency() }
        change.submitRecords = try parts.contains(.submitRecords)
            ? readArray { (r: inout BinaryReader) throws(Malformed) in try r.readSubmitRecord() }
            : skippedArray { (r: inout BinaryReader) throws(Malformed) in try r.skipSubmitRecord() }
        change.allReviewers = try parts.contains(.reviewers)
            ? readArray { (r: inout BinaryReader) throws(Malformed) in try r.readAccount() }
            : skippedArray { (r: inout BinaryReader) throws(Malformed) in try r.skipAccount() }
        change.trackingIds = try extras
            ? readArray { (r: inout BinaryReader) throws(Malformed) in
                try TrackingId(system: r.optionalString(), id: r.optionalString())
            }
            : skippedArray { (r: inout BinaryReader) throws(Malformed) in
                try r.skipOptionalString()
                try r.skipOptionalString()
            }
        change.sortKey = try extras ? optionalString() : skippedOptionalString()
    }

    mutating func readAccount() throws(Malformed) -> Account {
        try Account(name: optionalString(), email: optionalString(), username: optionalString())
    }

    mutating func readPatchSet(_ parts: ChangeParts = .all) throws(Malformed) -> PatchSet {
        let details = parts.contains(.patchSetDetails)
        return try PatchSet(
            number: readInt(),
            revision: details ? optionalString() : skippedOptionalString(),
            parents: details ? strings() : skippedArray { (r: inout BinaryReader) throws(Malformed) in try r.skipString() },
            ref: details ? optionalString() : skippedOptionalString(),
            uploader: details ? optionalAccount() : skippedOptionalAccount(),
            author: details ? optionalAccount() : skippedOptionalAccount(),
            createdOn: optionalDate(),
            kind: (details ? optionalString() : skippedOptionalString()).map(PatchSetKind.init(rawValue:)),
            isDraft: details ? optionalBool() : skippedOptionalBool(),
            approvals: parts.contains(.voters)
                ? readArray { (r: inout BinaryReader) throws(Malformed) in try r.readApproval() }
                : readArray { (r: inout BinaryReader) throws(Malformed) in try r.readVote() },
            files: parts.contains(.files)
                ? readArray { (r: inout BinaryReader) throws(Malformed) in
                    try FileChange(file: r.string(), fileOld: r.optionalString(), type: r.optionalString(),
                                   insertions: r.optionalInt(), deletions: r.optionalInt())
                }
                : skippedArray { (r: inout BinaryReader) throws(Malformed) in try r.skipFile() },
            comments: parts.contains(.inlineComments)
                ? readArray { (r: inout BinaryReader) throws(Malformed) in
                    try InlineComment(file: r.string(), line: r.optionalInt(), reviewer: r.optionalAccount(),
                                      message: r.string(), unresolved: r.optionalBool())
                }
                : skippedArray { (r: inout BinaryReader) throws(Malformed) in try r.skipInlineComment() },
            sizeInsertions: optionalInt(), sizeDeletions: optionalInt())
    }

    /// Of a change's patch sets, only the latest (the writer said which): the list without the
    /// older ones a report did not ask for.
    private mutating func latestOfPatchSets(latestIndex: UInt64, _ parts: ChangeParts) throws(Malformed) -> [PatchSet] {
        let count = try readCount()
        guard count == 0 ? latestIndex == 0 : (1...UInt64(count)).contains(latestIndex) else {
            throw Malformed(offset: offset, reason: "latest patch set \(latestIndex) of \(count)")
        }
        var latest: [PatchSet] = []
        for index in 0..<count {
            if UInt64(index) + 1 == latestIndex {
                latest.append(try readPatchSet(parts))
            } else {
                try skipPatchSet()
            }
        }
        return latest
    }

    mutating func readApproval() throws(Malformed) -> Approval {
        try Approval(rawType: readString(), type: readString(), description: optionalString(), value: readInt(),
                     oldValue: optionalInt(), grantedOn: optionalDate(), by: optionalAccount())
    }

    /// A vote's label and value only (`ChangeParts.voters` not asked for).
    mutating func readVote() throws(Malformed) -> Approval {
        let rawType = try readString()
        let type = try readString()
        let value = try readVoteValueSkippingVoter()
        return Approval(rawType: rawType, type: type, description: nil, value: value, oldValue: nil,
                        grantedOn: nil, by: nil)
    }

    /// What follows a vote's two label names, in `write(_ approval:)`'s order: the value is
    /// read, the description, old value, time and voter stepped over.
    private mutating func readVoteValueSkippingVoter() throws(Malformed) -> Int {
        try skipOptionalString()
        let value = try readInt()
        try skipOptionalInt()
        try skipOptional { (r: inout BinaryReader) throws(Malformed) in try r.skipDate() }
        try skipOptionalAccount()
        return value
    }

    // MARK: Stepping over parts nobody asked for

    private mutating func skippedArray<T>(_ skip: (inout BinaryReader) throws(Malformed) -> Void) throws(Malformed) -> [T] {
        try skipArray(skip)
        return []
    }
    private mutating func skippedOptionalString() throws(Malformed) -> String? {
        try skipOptionalString()
        return nil
    }
    private mutating func skippedOptionalAccount() throws(Malformed) -> Account? {
        try skipOptionalAccount()
        return nil
    }
    private mutating func skippedOptionalBool() throws(Malformed) -> Bool? {
        try skipOptionalBool()
        return nil
    }
    private mutating func skipOptionalString() throws(Malformed) {
        try skipOptional { (r: inout BinaryReader) throws(Malformed) in try r.skipString() }
    }
    private mutating func skipOptionalInt() throws(Malformed) {
        try skipOptional { (r: inout BinaryReader) throws(Malformed) in _ = try r.readInt() }
    }
    private mutating func skipOptionalBool() throws(Malformed) {
        _ = try optionalBool()
    }
    private mutating func skipAccount() throws(Malformed) {
        try skipOptionalString()
        try skipOptionalString()
        try skipOptionalString()
    }
    private mutating func skipOptionalAccount() throws(Malformed) {
        try skipOptional { (r: inout BinaryReader) throws(Malformed) in try r.skipAccount() }
    }
    private mutating func skipPatchSet() throws(Malformed) {
        _ = try readInt()
        try skipOptionalString()
        try skipArray { (r: inout BinaryReader) throws(Malformed) in try r.skipString() }
        try skipOptionalString()
        try skipOptionalAccount()
        try skipOptionalAccount()
        try skipOptional { (r: inout BinaryReader) throws(Malformed) in try r.skipDate() }
        try skipOptionalString()
        try skipOptionalBool()
        try skipArray { (r: inout BinaryReader) throws(Malformed) in try r.skipApproval() }
        try skipArray { (r: inout BinaryReader) throws(Malformed) in try r.skipFile() }
        try skipArray { (r: inout BinaryReader) throws(Malformed) in try r.skipInlineComment() }
        try skipOptionalInt()
        try skipOptionalInt()
    }
    private mutating func skipApproval() throws(Malformed) {
        try skipString()
        try skipString()
        _ = try readVoteValueSkippingVoter()
    }
    private mutating func skipFile() throws(Malformed) {
        try skipString()
        try skipOptionalString()
        try skipOptionalString()
        try skipOptionalInt()
        try skipOptionalInt()
    }
    private mutating func skipInlineComment() throws(Malformed) {
        try skipString()
        try skipOptionalInt()
        try skipOptionalAccount()
        try skipString()
        try skipOptionalBool()
    }
    private mutating func skipMessage() throws(Malformed) {
        try skipOptional { (r: inout BinaryReader) throws(Malformed) in try r.skipDate() }
        try skipOptionalAccount()
        try skipString()
    }
    private mutating func skipDependency() throws(Malformed) {
        try skipOptionalString()
        try skipOptionalInt()
        try skipOptionalString()
        try skipOptionalString()
        try skipOptionalBool()
    }
    private mutating func skipSubmitRecord() throws(Malformed) {
        try skipOptionalString()
        try skipArray { (r: inout BinaryReader) throws(Malformed) in
            try r.skipString()
            try r.skipOptionalString()
            try r.skipOptionalAccount()
        }
    }

    mutating func readMessage() throws(Malformed) -> ChangeMessage {
        try ChangeMessage(timestamp: optionalDate(), reviewer: optionalAccount(), message: string())
    }

    mutating func readDependency() throws(Malformed) -> Dependency {
        try Dependency(id: optionalString(), number: optionalInt(), revision: optionalString(), ref: optionalString(),
                       isCurrentPatchSet: optionalBool())
    }

    mutating func readSubmitRecord() throws(Malformed) -> SubmitRecord {
        try SubmitRecord(
            status: optionalString(),
            labels: readArray { (r: inout BinaryReader) throws(Malformed) in
                try SubmitLabel(label: r.string(), status: r.optionalString(), by: r.optionalAccount())
            })
    }
}
