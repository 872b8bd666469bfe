import Foundation

/// Decodes a `gerrit query` change row straight from its UTF-8 bytes into a `Change`.
///
/// `JSONDecoder` spends most of its time on generic containers, key hashing and failed tries of
/// the lenient helpers; this reads the bytes once, matches keys by length and bytes, and builds
/// the model values directly. It follows the lenient rules of the `Codable` conformances for
/// what Gerrit really sends (numbers or numeric strings, null for absent, unknown keys skipped)
/// and throws `FastPathBail` for everything else, so the caller decodes that line with the
/// reference path instead: the result is always exactly what `JSONDecoder` would give (a
/// differential test over every fixture and generated data holds it to that).
struct FastChangeDecoder {
    private var scanner: JSONByteScanner
    /// Accounts and strings made from earlier lines; valid while the caller holds it.
    private let cache: UnsafeMutablePointer<DecodedValueCache.Storage>

    init(_ base: UnsafePointer<UInt8>, count: Int, cache: UnsafeMutablePointer<DecodedValueCache.Storage>) {
        scanner = JSONByteScanner(base, count: count)
        self.cache = cache
    }

    /// A whole query line that is a change row; throws for control rows (`type`, `rowCount`)
    /// and for anything the fast path leaves to the reference decoder.
    mutating func queryRowChange() throws(FastPathBail) -> Change {
        let change = try change(topLevel: true)
        guard scanner.isAtEnd else { throw FastPathBail() }
        return change
    }

    // MARK: - Lenient scalars (see LenientDecoding.swift for the rules they mirror)

    /// `lenientString`: text, or nil for null.
    @inline(__always)
    private mutating func text() throws(FastPathBail) -> String? {
        switch try scanner.peek() {
        case UInt8(ascii: "\""): return try scanner.string()
        case UInt8(ascii: "n"):
            _ = try scanner.takeNull()
            return nil
        default: throw FastPathBail()
        }
    }

    /// `text()` for strings that recur across changes (paths, projects, branches): a plain one
    /// seen before is handed back, sharing its storage.
    @inline(__always)
    private mutating func recurringText() throws(FastPathBail) -> String? {
        guard try scanner.peek() == UInt8(ascii: "\"") else { return try text() }
        let (start, length, kind) = try scanner.stringExtent()
        // Up to 15 bytes a String holds its text inline: nothing to share.
        guard case .plain = kind, length > 15, length <= 256 else { return try scanner.makeString(start, length, kind) }
        let bytes = scanner.bytes(from: start, to: start + length)
        let hash = DecodedValueCache.hash(bytes)
        if let known = cache.pointee.string(bytes, hash: hash) { return known }
        let text = try scanner.makeString(start, length, kind)
        cache.pointee.remember(text, hash: hash)
        return text
    }

    /// `lenientInt`: a plain integer, a numeric string, or nil for null.
    @inline(__always)
    private mutating func int() throws(FastPathBail) -> Int? {
        switch try scanner.peek() {
        case UInt8(ascii: "\""):
            guard let value = parseLenientInt(try scanner.string()) else { throw FastPathBail() }
            return value
        case UInt8(ascii: "n"):
            _ = try scanner.takeNull()
            return nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try scanner.integer()
        default:
            throw FastPathBail()
        }
    }

    /// `lenientBool`: true or false, or nil for null.
    @inline(__always)
    private mutating func bool() throws(FastPathBail) -> Bool? {
        if try scanner.takeNull() { return nil }
        return try scanner.boolean()
    }

    /// `lenientDate`: whole epoch seconds (milliseconds above 10^11), or nil for null.
    @inline(__always)
    private mutating func date() throws(FastPathBail) -> Date? {
        switch try scanner.peek() {
        case UInt8(ascii: "n"):
            _ = try scanner.takeNull()
            return nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return gerritDate(epoch: try scanner.integer())
        default:
            throw FastPathBail()
        }
    }

    /// `list`: the elements, empty for null.
    @inline(__always)
    private mutating func list<T>(_ element: (inout FastChangeDecoder) throws(FastPathBail) -> T) throws(FastPathBail) -> [T] {
        if try scanner.takeNull() { return [] }
        try scanner.beginArray()
        var values: [T] = []
        var first = true
        while try scanner.nextElement(first: &first) {
            values.append(try element(&self))
        }
        return values
    }

    private mutating func strings() throws(FastPathBail) -> [String] {
        try list { (d: inout FastChangeDecoder) throws(FastPathBail) in try d.scanner.string() }
    }

    /// Records that an object had `bit`'s key; a key seen twice is left to the reference decoder.
    @inline(__always)
    private func mark(_ seen: inout UInt32, _ bit: UInt32) throws(FastPathBail) {
        guard seen & bit == 0 else { throw FastPathBail() }
        seen |= bit
    }

    // MARK: - Objects

    private mutating func account() throws(FastPathBail) -> Account? {
        if try scanner.takeNull() { return nil }
        let start = scanner.index
        guard let end = scanner.flatObjectEnd() else { return try accountObject() }
        let bytes = scanner.bytes(from: start, to: end)
        let hash = DecodedValueCache.hash(bytes)
        if let known = cache.pointee.account(bytes, hash: hash) {
            // The same bytes decoded (and were checked) before.
            scanner.jump(to: end)
            return known
        }
        let account = try accountObject()
        if scanner.index == end { cache.pointee.remember(account, bytes: bytes, hash: hash) }
        return account
    }

    private mutating func accountObject() throws(FastPathBail) -> Account {
        try scanner.beginObject()
        var account = Account()
        var seen: UInt32 = 0
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if key.is("name") {
                try mark(&seen, 1); account.name = try text()
            } else if key.is("email") {
                try mark(&seen, 2); account.email = try text()
            } else if key.is("username") {
                try mark(&seen, 4); account.username = try text()
            } else {
                try scanner.skipValue()
            }
        }
        return account
    }

    private mutating func accounts() throws(FastPathBail) -> [Account] {
        try list { (d: inout FastChangeDecoder) throws(FastPathBail) in
            guard let account = try d.account() else { throw FastPathBail() }
            return account
        }
    }

    private mutating func change(topLevel: Bool) throws(FastPathBail) -> Change {
        try scanner.beginObject()
        var change = Change(number: 0)
        var seen: UInt32 = 0
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            // By length first: one or two byte comparisons find the key.
            switch key.count {
            case 2 where key.is("id"):
                try mark(&seen, 1 << 0); change.id = try text()
            case 3 where key.is("url"):
                try mark(&seen, 1 << 1); change.url = try text()
            case 3 where key.is("wip"):
                try mark(&seen, 1 << 2); change.wip = try bool()
            case 4 where key.is("open"):
                try mark(&seen, 1 << 3); change.open = try bool()
            case 4 where topLevel && key.is("type"):
                // A stats or error row (or one the reference decoder must judge).
                throw FastPathBail()
            case 5 where key.is("owner"):
                try mark(&seen, 1 << 4); change.owner = try account()
            case 5 where key.is("topic"):
                try mark(&seen, 1 << 5); change.topic = try recurringText()
            case 6 where key.is("number"):
                try mark(&seen, 1 << 6); change.number = try int() ?? 0
            case 6 where key.is("branch"):
                try mark(&seen, 1 << 7); change.branch = try recurringText()
            case 6 where key.is("status"):
                try mark(&seen, 1 << 8); change.status = try text().map(ChangeStatus.init(rawValue:))
            case 7 where key.is("project"):
                try mark(&seen, 1 << 9); change.project = try recurringText()
            case 7 where key.is("subject"):
                try mark(&seen, 1 << 10); change.subject = try text()
            case 7 where key.is("private"):
                try mark(&seen, 1 << 11); change.private = try bool()
            case 7 where key.is("sortKey"):
                try mark(&seen, 1 << 12); change.sortKey = try text()
            case 8 where key.is("comments"):
                try mark(&seen, 1 << 13)
                change.comments = try list { (d: inout FastChangeDecoder) throws(FastPathBail) in try d.message() }
            case 8 where key.is("assignee"):
                try mark(&seen, 1 << 14); change.assignee = try account()
            case 8 where key.is("hashtags"):
                try mark(&seen, 1 << 15); change.hashtags = try strings()
            case 8 where key.is("neededBy"):
                try mark(&seen, 1 << 16)
                change.neededBy = try list { (d: inout FastChangeDecoder) throws(FastPathBail) in try d.dependency() }
            case 8 where topLevel && key.is("rowCount"):
                throw FastPathBail()
            case 9 where key.is("patchSets"):
                try mark(&seen, 1 << 17)
                change.patchSets = try list { (d: inout FastChangeDecoder) throws(FastPathBail) in try d.requiredPatchSet() }
            case 9 where key.is("createdOn"):
                try mark(&seen, 1 << 18); change.createdOn = try date()
            case 9 where key.is("dependsOn"):
                try mark(&seen, 1 << 19)
                change.dependsOn = try list { (d: inout FastChangeDecoder) throws(FastPathBail) in try d.dependency() }
            case 11 where key.is("lastUpdated"):
                try mark(&seen, 1 << 20); change.lastUpdated = try date()
            case 11 where key.is("trackingIds"):
                try mark(&seen, 1 << 21)
                change.trackingIds = try list { (d: inout FastChangeDecoder) throws(FastPathBail) in try d.trackingId() }
            case 12 where key.is("allReviewers"):
                try mark(&seen, 1 << 22); change.allReviewers = try accounts()
            case 13 where key.is("commitMessage"):
                try mark(&seen, 1 << 23); change.commitMessage = try text()
            case 13 where key.is("submitRecords"):
                try mark(&seen, 1 << 24)
                change.submitRecords = try list { (d: inout FastChangeDecoder) throws(FastPathBail) in try d.submitRecord() }
            case 15 where key.is("currentPatchSet"):
                try mark(&seen, 1 << 25); change.currentPatchSet = try patchSet()
            default:
                try scanner.skipValue()
            }
        }
        return change
    }

    private mutating func requiredPatchSet() throws(FastPathBail) -> PatchSet {
        guard let patchSet = try patchSet() else { throw FastPathBail() }
        return patchSet
    }

    private mutating func patchSet() throws(FastPathBail) -> PatchSet? {
        if try scanner.takeNull() { return nil }
        try scanner.beginObject()
        var patchSet = PatchSet(number: 0)
        var seen: UInt32 = 0
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if key.is("number") { try mark(&seen, 1 << 0); patchSet.number = try int() ?? 0 }
            else if key.is("revision") { try mark(&seen, 1 << 1); patchSet.revision = try text() }
            else if key.is("parents") { try mark(&seen, 1 << 2); patchSet.parents = try strings() }
            else if key.is("ref") { try mark(&seen, 1 << 3); patchSet.ref = try text() }
            else if key.is("uploader") { try mark(&seen, 1 << 4); patchSet.uploader = try account() }
            else if key.is("author") { try mark(&seen, 1 << 5); patchSet.author = try account() }
            else if key.is("createdOn") { try mark(&seen, 1 << 6); patchSet.createdOn = try date() }
            else if key.is("kind") { try mark(&seen, 1 << 7); patchSet.kind = try text().map(PatchSetKind.init(rawValue:)) }
            else if key.is("isDraft") { try mark(&seen, 1 << 8); patchSet.isDraft = try bool() }
            else if key.is("approvals") {
                try mark(&seen, 1 << 9)
                patchSet.approvals = try list { (d: inout FastChangeDecoder) throws(FastPathBail) in try d.approval() }
            } else if key.is("files") {
                try mark(&seen, 1 << 10)
                patchSet.files = try list { (d: inout FastChangeDecoder) throws(FastPathBail) in try d.file() }
            } else if key.is("comments") {
                try mark(&seen, 1 << 11)
                patchSet.comments = try list { (d: inout FastChangeDecoder) throws(FastPathBail) in try d.inlineComment() }
            } else if key.is("sizeInsertions") { try mark(&seen, 1 << 12); patchSet.sizeInsertions = try int() }
            else if key.is("sizeDeletions") { try mark(&seen, 1 << 13); patchSet.sizeDeletions = try int() }
            else { try scanner.skipValue() }
        }
        return patchSet
    }

    private mutating func approval() throws(FastPathBail) -> Approval {
        try scanner.beginObject()
        var type: String?
        var label: String?
        var description: String?
        var value: Int?
        var oldValue: Int?
        var grantedOn: Date?
        var by: Account?
        var seen: UInt32 = 0
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if key.is("type") { try mark(&seen, 1 << 0); type = try text() }
            else if key.is("value") { try mark(&seen, 1 << 1); value = try int() }
            else if key.is("by") { try mark(&seen, 1 << 2); by = try account() }
            else if key.is("grantedOn") { try mark(&seen, 1 << 3); grantedOn = try date() }
            else if key.is("description") { try mark(&seen, 1 << 4); description = try recurringText() }
            else if key.is("oldValue") { try mark(&seen, 1 << 5); oldValue = try int() }
            else if key.is("label") { try mark(&seen, 1 << 6); label = try text() }
            else { try scanner.skipValue() }
        }
        return Approval(type: type ?? label ?? "", description: description, value: value ?? 0, oldValue: oldValue,
                        grantedOn: grantedOn, by: by)
    }

    private mutating func file() throws(FastPathBail) -> FileChange {
        try scanner.beginObject()
        var file = FileChange(file: "")
        var seen: UInt32 = 0
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if key.is("file") { try mark(&seen, 1 << 0); file.file = try recurringText() ?? "" }
            else if key.is("type") { try mark(&seen, 1 << 1); file.type = try text() }
            else if key.is("insertions") { try mark(&seen, 1 << 2); file.insertions = try int() }
            else if key.is("deletions") { try mark(&seen, 1 << 3); file.deletions = try int() }
            else if key.is("fileOld") { try mark(&seen, 1 << 4); file.fileOld = try recurringText() }
            else { try scanner.skipValue() }
        }
        return file
    }

    private mutating func inlineComment() throws(FastPathBail) -> InlineComment {
        try scanner.beginObject()
        var comment = InlineComment(file: "", message: "")
        var seen: UInt32 = 0
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if key.is("file") { try mark(&seen, 1 << 0); comment.file = try recurringText() ?? "" }
            else if key.is("line") { try mark(&seen, 1 << 1); comment.line = try int() }
            else if key.is("reviewer") { try mark(&seen, 1 << 2); comment.reviewer = try account() }
            else if key.is("message") { try mark(&seen, 1 << 3); comment.message = try text() ?? "" }
            else if key.is("unresolved") { try mark(&seen, 1 << 4); comment.unresolved = try bool() }
            else { try scanner.skipValue() }
        }
        return comment
    }

    private mutating func message() throws(FastPathBail) -> ChangeMessage {
        try scanner.beginObject()
        var message = ChangeMessage(message: "")
        var seen: UInt32 = 0
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if key.is("timestamp") { try mark(&seen, 1 << 0); message.timestamp = try date() }
            else if key.is("reviewer") { try mark(&seen, 1 << 1); message.reviewer = try account() }
            else if key.is("message") { try mark(&seen, 1 << 2); message.message = try text() ?? "" }
            else { try scanner.skipValue() }
        }
        return message
    }

    private mutating func dependency() throws(FastPathBail) -> Dependency {
        try scanner.beginObject()
        var dependency = Dependency()
        var seen: UInt32 = 0
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if key.is("id") { try mark(&seen, 1 << 0); dependency.id = try text() }
            else if key.is("number") { try mark(&seen, 1 << 1); dependency.number = try int() }
            else if key.is("revision") { try mark(&seen, 1 << 2); dependency.revision = try text() }
            else if key.is("ref") { try mark(&seen, 1 << 3); dependency.ref = try text() }
            else if key.is("isCurrentPatchSet") { try mark(&seen, 1 << 4); dependency.isCurrentPatchSet = try bool() }
            else { try scanner.skipValue() }
        }
        return dependency
    }

    private mutating func submitRecord() throws(FastPathBail) -> SubmitRecord {
        try scanner.beginObject()
        var record = SubmitRecord()
        var seen: UInt32 = 0
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if key.is("status") { try mark(&seen, 1 << 0); record.status = try text() }
            else if key.is("labels") {
                try mark(&seen, 1 << 1)
                record.labels = try list { (d: inout FastChangeDecoder) throws(FastPathBail) in try d.submitLabel() }
            } else { try scanner.skipValue() }
        }
        return record
    }

    private mutating func submitLabel() throws(FastPathBail) -> SubmitLabel {
        try scanner.beginObject()
        var label = SubmitLabel(label: "")
        var seen: UInt32 = 0
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if key.is("label") { try mark(&seen, 1 << 0); label.label = try text() ?? "" }
            else if key.is("status") { try mark(&seen, 1 << 1); label.status = try text() }
            else if key.is("by") { try mark(&seen, 1 << 2); label.by = try account() }
            else { try scanner.skipValue() }
        }
        return label
    }

    private mutating func trackingId() throws(FastPathBail) -> TrackingId {
        try scanner.beginObject()
        var tracking = TrackingId()
        var seen: UInt32 = 0
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if key.is("system") { try mark(&seen, 1 << 0); tracking.system = try text() }
            else if key.is("id") { try mark(&seen, 1 << 1); tracking.id = try text() }
            else { try scanner.skipValue() }
        }
        return tracking
    }
}
