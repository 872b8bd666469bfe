import Foundation
import GerritModel

/// One stream event as a line for people: when, what kind, which change, who, and what changed.
///
/// Every event type has its own name in words and its own description, so nothing is
/// mislabelled (the original called a new patch set "change restored", spec §9.12) and no raw
/// type reaches a reader; unknown types read "unknown (TYPE)". `gerrymander watch` and the TUI's
/// watch feed both show these values.
/// ```
/// 14:02  comment added    #1042 openstack/nova  Jay Pipes  Code-Review +2, Workflow +1
/// 14:03  new patch set    #1077 openstack/nova  Zoë C.     new patch set 4
/// ```
public struct EventSummary: Sendable, Hashable {
    /// When it happened: `eventCreatedOn`, else when it was received.
    public var time: Date
    /// The wire type, e.g. "patchset-created" (or the unknown type as sent).
    public var type: String
    /// The type in words, e.g. "new patch set", "comment added", "unknown (change-staged)".
    public var typeName: String
    /// Whether the type is one this version knows.
    public var isKnownType: Bool
    /// The change number, for change events.
    public var changeNumber: Int?
    /// The Change-Id, for change events.
    public var changeId: String?
    /// The change's web URL.
    public var url: String?
    /// The change subject.
    public var subject: String?
    /// The change owner, for change events.
    public var owner: Account?
    /// The project the event concerns.
    public var project: String?
    /// The branch, for change events.
    public var branch: String?
    /// The patch set the event concerns, when it names one.
    public var patchSet: Int?
    /// Who caused it.
    public var actor: Account?
    /// The actor's name to show (full name, else username), or nil when the server did not say.
    public var actorName: String?
    /// Whether the actor is a configured bot.
    public var isBot: Bool
    /// What changed, in short pieces: "Code-Review +2", "new patch set 4", "merged".
    public var details: [String]
    /// What happened in one line for a feed, led by words that name the event where the details
    /// alone would not: "commented (Code-Review -1)", "new patch set 4", "ref updated: refs/heads/master → 1a2b3c4".
    public var headline: String
    /// The refs the event moved or announces: a ref update's refs (short names such as "master"
    /// read as `refs/heads/master`), a new patch set's `refs/changes/…`, a merged change's branch.
    public var refs: [String]
    /// Votes cast with a comment, label and value, e.g. ("Code-Review", 2).
    public var votes: [LabelVote]
    /// The message of a comment, or the reason of an abandon or a failed merge.
    public var message: String?
    /// How it should look: negative for −1/−2 and failures, positive for +1/+2 and merges.
    public var tone: CellTone?

    /// One vote in an event.
    public struct LabelVote: Sendable, Hashable {
        /// The label, e.g. "Code-Review".
        public var label: String
        /// The value, e.g. −1.
        public var value: Int

        /// Creates a vote.
        public init(label: String, value: Int) {
            self.label = label
            self.value = value
        }

        /// "Code-Review +2", "Verified -1", "Code-Review 0".
        public var text: String {
            label + " " + (value > 0 ? "+\(value)" : String(value))
        }
    }

    /// The message without what the summary already says: a leading "Patch Set N: votes" line
    /// and "(N comments)" paragraphs go; the rest is split at blank lines.
    public var messageParagraphs: [String] {
        guard var text = message else { return [] }
        if CommentThreads.namedPatchSet(in: text) != nil {
            text = String(text.drop { $0 != "\n" })
        }
        return CommentEntry.paragraphs(of: text).filter { !CommentThreads.isCommentCount($0) }
    }

    /// "Code-Review +2, Workflow +1"; what changed in one line.
    public var detail: String {
        details.joined(separator: ", ")
    }

    /// Whether the event is a comment (a review message, with or without votes).
    ///
    /// Bots' comments are what the watch feed hides by default; everything else a bot does to a
    /// change (merging it, uploading, adding reviewers) is a change of state and always shown.
    public var isComment: Bool {
        type == "comment-added"
    }

    /// Summarises `event`.
    ///
    /// - Parameters:
    ///   - event: The decoded event.
    ///   - receivedAt: When it arrived; used when the server sent no `eventCreatedOn`.
    ///   - bots: Which accounts are bots.
    public init(event: StreamEvent, receivedAt: Date, bots: BotMatcher = BotMatcher(names: [])) {
        time = event.createdOn ?? receivedAt
        type = event.type
        let change = event.change
        changeNumber = change.flatMap { $0.number == 0 ? nil : $0.number }
        changeId = change?.id
        url = change?.url
        subject = change?.subject
        owner = change?.owner
        project = event.project
        branch = change?.branch
        patchSet = event.patchSet.flatMap { $0.number == 0 ? nil : $0.number }
        actor = event.actor
        actorName = event.actor.map(\.displayName)
        isBot = bots.isBot(event.actor)
        votes = []
        message = nil
        tone = nil
        isKnownType = true
        typeName = ""
        details = []
        headline = ""
        refs = []
        describe(event)
        if headline.isEmpty { headline = detail }
    }

    private mutating func describe(_ event: StreamEvent) {
        switch event {
        case .patchSetCreated(let e):
            typeName = "new patch set"
            details = ["new patch set \(patchSet.map(String.init) ?? "?")"]
            if let kind = e.patchSet?.kind, kind != .rework { details.append(Self.words(kind)) }
            refs = Self.patchSetRef(e.patchSet, change: changeNumber)
        case .draftPublished(let e):
            typeName = "draft published"
            details = ["draft patch set \(patchSet.map(String.init) ?? "?") published"]
            refs = Self.patchSetRef(e.patchSet, change: changeNumber)
        case .changeAbandoned(let e):
            typeName = "abandoned"
            details = ["abandoned"]
            message = Self.nonEmpty(e.reason)
            tone = .muted
        case .changeRestored(let e):
            typeName = "restored"
            details = ["restored"]
            message = Self.nonEmpty(e.reason)
        case .changeMerged:
            typeName = "merged"
            details = ["merged"]
            tone = .approved
            refs = branch.map { [Self.fullRef($0)] } ?? []
        case .mergeFailed(let e):
            typeName = "merge failed"
            details = ["merge failed"]
            message = Self.nonEmpty(e.reason)
            tone = .negative
        case .changeDeleted:
            typeName = "deleted"
            details = ["deleted"]
            tone = .muted
        case .commentAdded(let e):
            typeName = "comment added"
            let approvals = e.approvals ?? []
            // 2.x+ marks the votes this comment changed with oldValue; older servers do not, and
            // then every non-zero vote listed is taken as cast now.
            let changed = approvals.contains { $0.oldValue != nil }
                ? approvals.filter(\.changed)
                : approvals.filter { $0.value != 0 }
            votes = changed.map { LabelVote(label: $0.type, value: $0.value) }
            details = votes.isEmpty ? ["commented"] : votes.map(\.text)
            headline = votes.isEmpty ? "commented" : "commented (" + detail + ")"
            message = Self.nonEmpty(e.comment)
            tone = Self.tone(of: votes)
        case .reviewerAdded(let e):
            typeName = "reviewer added"
            details = ["reviewer added: " + (e.reviewer?.displayName ?? "someone")]
        case .reviewerDeleted(let e):
            typeName = "reviewer removed"
            details = ["reviewer removed: " + (e.reviewer?.displayName ?? "someone")]
            message = Self.nonEmpty(e.comment)
        case .voteDeleted(let e):
            typeName = "vote removed"
            let removed = (e.approvals ?? []).map { LabelVote(label: $0.type, value: $0.oldValue ?? $0.value) }
            let whose = e.reviewer?.displayName ?? "someone"
            details = removed.isEmpty ? ["vote of \(whose) removed"] : removed.map { "\($0.text) of \(whose) removed" }
            message = Self.nonEmpty(e.comment)
        case .topicChanged(let e):
            typeName = "topic changed"
            let old = Self.nonEmpty(e.oldTopic) ?? "none"
            let new = Self.nonEmpty(e.change?.topic) ?? "none"
            details = ["topic: \(old) → \(new)"]
        case .hashtagsChanged(let e):
            typeName = "hashtags changed"
            details = (e.added ?? []).map { "+#\($0)" } + (e.removed ?? []).map { "-#\($0)" }
            if details.isEmpty { details = ["hashtags: " + (e.hashtags ?? []).map { "#\($0)" }.joined(separator: " ")] }
            headline = details.first?.hasPrefix("hashtags") == true ? detail : "hashtags " + detail
        case .wipStateChanged(let e):
            typeName = "work in progress"
            details = [e.change?.wip == true ? "marked work in progress" : "ready for review"]
        case .privateStateChanged(let e):
            typeName = "private"
            details = [e.change?.private == true ? "marked private" : "no longer private"]
        case .assigneeChanged(let e):
            typeName = "assignee changed"
            let old = e.oldAssignee?.displayName ?? "nobody"
            let new = e.change?.assignee?.displayName ?? "nobody"
            details = ["assignee: \(old) → \(new)"]
        case .refUpdated(let e):
            typeName = "ref updated"
            details = [Self.refText(e.refUpdate)]
            headline = "ref updated: " + detail
            refs = (e.refUpdate?.refName).map { [Self.fullRef($0)] } ?? []
        case .batchRefUpdated(let e):
            typeName = "refs updated"
            let updates = e.refUpdates ?? []
            details = updates.count == 1 ? [Self.refText(updates[0])] : ["\(updates.count) refs updated"]
            headline = updates.count == 1 ? "ref updated: " + detail : detail
            refs = updates.compactMap(\.refName).map(Self.fullRef)
        case .projectCreated(let e):
            typeName = "project created"
            details = ["project created" + (Self.nonEmpty(e.headName).map { " (HEAD \($0))" } ?? "")]
        case .projectHeadUpdated(let e):
            typeName = "project HEAD updated"
            details = ["HEAD: \(e.oldHead ?? "?") → \(e.newHead ?? "?")"]
        case .replication(let e):
            typeName = "replication"
            // The plugin's type in words: "ref-replicated" reads "ref replicated".
            var text = e.type.replacingOccurrences(of: "-", with: " ")
            if let ref = e.ref { text += " " + ref }
            if let target = e.targetNode ?? e.targetUri { text += " → " + target }
            if let status = e.status ?? e.refStatus { text += ": " + status }
            details = [text]
            if e.status == "failed" { tone = .negative }
        case .droppedOutput:
            typeName = "events dropped"
            details = ["the server dropped events because they were read too slowly"]
            tone = .warning
        case .unknown(let type, _):
            typeName = "unknown (\(type))"
            isKnownType = false
            details = ["unknown event type '\(type)'"]
            headline = typeName
            tone = .muted
        }
    }

    private static func refText(_ update: RefUpdate?) -> String {
        guard let update else { return "ref updated" }
        var text = update.refName ?? "ref"
        if let old = update.oldRev, old.allSatisfy({ $0 == "0" }) {
            text += " created"
        } else if let new = update.newRev, new.allSatisfy({ $0 == "0" }) {
            text += " deleted"
        } else if let new = update.newRev {
            text += " → " + String(new.prefix(7))
        }
        return text
    }

    /// `master` → `refs/heads/master`: old servers (and forks) send branch names short.
    private static func fullRef(_ name: String) -> String {
        name.hasPrefix("refs/") ? name : "refs/heads/" + name
    }

    /// The ref of an uploaded patch set: as sent, else `refs/changes/NN/CHANGE/PATCHSET`.
    private static func patchSetRef(_ patchSet: PatchSet?, change: Int?) -> [String] {
        if let ref = patchSet?.ref, !ref.isEmpty { return [ref] }
        guard let change, let number = patchSet?.number, number > 0 else { return [] }
        let shard = change % 100
        return ["refs/changes/\(shard < 10 ? "0" : "")\(shard)/\(change)/\(number)"]
    }

    private static func words(_ kind: PatchSetKind) -> String {
        switch kind {
        case .rework: return "rework"
        case .trivialRebase: return "trivial rebase"
        case .mergeFirstParentUpdate: return "merge parent update"
        case .noCodeChange: return "no code change"
        case .noChange: return "no change"
        case .unknown(let raw): return raw.lowercased()
        }
    }

    private static func tone(of votes: [LabelVote]) -> CellTone? {
        let values = votes.filter { $0.label != "Workflow" }.map(\.value)
        if votes.contains(where: { $0.label == "Workflow" && $0.value > 0 }) { return .approved }
        if values.contains(where: { $0 <= -2 }) { return .strongNegative }
        if values.contains(where: { $0 < 0 }) { return .negative }
        if values.contains(where: { $0 >= 2 }) { return .strongPositive }
        if values.contains(where: { $0 > 0 }) { return .positive }
        return nil
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }
}
