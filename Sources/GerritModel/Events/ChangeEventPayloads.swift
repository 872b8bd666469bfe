import Foundation

// Payloads of the change events of `gerrit stream-events` (gerrit-protocol.md §3).
// Codable is synthesized: `Change`, `PatchSet`, `Account` and `Approval` bring their own
// lenient decoding, and every field is optional because Gerrit may omit any of them.

/// `patchset-created` (and `draft-published` on Gerrit ≤ 2.14).
public struct PatchSetCreated: EventPayload {
    public var change: Change?
    public var patchSet: PatchSet?
    public var uploader: Account?
    public var createdOn: Date?
    public init(change: Change? = nil, patchSet: PatchSet? = nil, uploader: Account? = nil, createdOn: Date? = nil) {
        self.change = change; self.patchSet = patchSet; self.uploader = uploader; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, patchSet, uploader }
}

/// `change-abandoned`.
public struct ChangeAbandoned: EventPayload {
    public var change: Change?
    public var patchSet: PatchSet?
    public var abandoner: Account?
    public var reason: String?
    public var createdOn: Date?
    public init(change: Change? = nil, patchSet: PatchSet? = nil, abandoner: Account? = nil, reason: String? = nil, createdOn: Date? = nil) {
        self.change = change; self.patchSet = patchSet; self.abandoner = abandoner; self.reason = reason; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, patchSet, abandoner, reason }
}

/// `change-restored`.
public struct ChangeRestored: EventPayload {
    public var change: Change?
    public var patchSet: PatchSet?
    public var restorer: Account?
    public var reason: String?
    public var createdOn: Date?
    public init(change: Change? = nil, patchSet: PatchSet? = nil, restorer: Account? = nil, reason: String? = nil, createdOn: Date? = nil) {
        self.change = change; self.patchSet = patchSet; self.restorer = restorer; self.reason = reason; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, patchSet, restorer, reason }
}

/// `change-merged`; `newRev` is sent by Gerrit 2.12+.
public struct ChangeMerged: EventPayload {
    public var change: Change?
    public var patchSet: PatchSet?
    public var submitter: Account?
    public var newRev: String?
    public var createdOn: Date?
    public init(change: Change? = nil, patchSet: PatchSet? = nil, submitter: Account? = nil, newRev: String? = nil, createdOn: Date? = nil) {
        self.change = change; self.patchSet = patchSet; self.submitter = submitter; self.newRev = newRev; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, patchSet, submitter, newRev }
}

/// `merge-failed` (Gerrit 2.x).
public struct MergeFailed: EventPayload {
    public var change: Change?
    public var patchSet: PatchSet?
    public var submitter: Account?
    public var reason: String?
    public var createdOn: Date?
    public init(change: Change? = nil, patchSet: PatchSet? = nil, submitter: Account? = nil, reason: String? = nil, createdOn: Date? = nil) {
        self.change = change; self.patchSet = patchSet; self.submitter = submitter; self.reason = reason; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, patchSet, submitter, reason }
}

/// `change-deleted` (2.15+/3.x).
public struct ChangeDeleted: EventPayload {
    public var change: Change?
    public var deleter: Account?
    public var createdOn: Date?
    public init(change: Change? = nil, deleter: Account? = nil, createdOn: Date? = nil) {
        self.change = change; self.deleter = deleter; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, deleter }
}

/// `comment-added`: a review message, usually with votes.
///
/// `approvals` lists every label the author holds on the patch set; `oldValue` is set only on
/// the ones this comment changed (see `Approval.changed`).
public struct CommentAdded: EventPayload {
    public var change: Change?
    public var patchSet: PatchSet?
    public var author: Account?
    public var approvals: [Approval]?
    public var comment: String?
    public var createdOn: Date?
    public init(change: Change? = nil, patchSet: PatchSet? = nil, author: Account? = nil, approvals: [Approval]? = nil,
                comment: String? = nil, createdOn: Date? = nil) {
        self.change = change; self.patchSet = patchSet; self.author = author; self.approvals = approvals
        self.comment = comment; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, patchSet, author, approvals, comment }
}

/// `reviewer-added`; `adder` is sent by 3.x.
public struct ReviewerAdded: EventPayload {
    public var change: Change?
    public var patchSet: PatchSet?
    public var reviewer: Account?
    public var adder: Account?
    public var createdOn: Date?
    public init(change: Change? = nil, patchSet: PatchSet? = nil, reviewer: Account? = nil, adder: Account? = nil, createdOn: Date? = nil) {
        self.change = change; self.patchSet = patchSet; self.reviewer = reviewer; self.adder = adder; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, patchSet, reviewer, adder }
}

/// `reviewer-deleted` and `vote-deleted` (2.13+): `remover` took `reviewer`'s votes away.
public struct ReviewerDeleted: EventPayload {
    public var change: Change?
    public var patchSet: PatchSet?
    public var reviewer: Account?
    public var remover: Account?
    public var approvals: [Approval]?
    public var comment: String?
    public var createdOn: Date?
    public init(change: Change? = nil, patchSet: PatchSet? = nil, reviewer: Account? = nil, remover: Account? = nil,
                approvals: [Approval]? = nil, comment: String? = nil, createdOn: Date? = nil) {
        self.change = change; self.patchSet = patchSet; self.reviewer = reviewer; self.remover = remover
        self.approvals = approvals; self.comment = comment; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, patchSet, reviewer, remover, approvals, comment }
}

/// `topic-changed`; the new topic is `change.topic`.
public struct TopicChanged: EventPayload {
    public var change: Change?
    public var changer: Account?
    public var oldTopic: String?
    public var createdOn: Date?
    public init(change: Change? = nil, changer: Account? = nil, oldTopic: String? = nil, createdOn: Date? = nil) {
        self.change = change; self.changer = changer; self.oldTopic = oldTopic; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, changer, oldTopic }
}

/// `hashtags-changed`.
public struct HashtagsChanged: EventPayload {
    public var change: Change?
    public var editor: Account?
    public var added: [String]?
    public var removed: [String]?
    /// The hashtags after the change.
    public var hashtags: [String]?
    public var createdOn: Date?
    public init(change: Change? = nil, editor: Account? = nil, added: [String]? = nil, removed: [String]? = nil,
                hashtags: [String]? = nil, createdOn: Date? = nil) {
        self.change = change; self.editor = editor; self.added = added; self.removed = removed
        self.hashtags = hashtags; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, editor, added, removed, hashtags }
}

/// `wip-state-changed` and `private-state-changed` (2.15+); the new state is on `change`.
public struct ChangeStateChanged: EventPayload {
    public var change: Change?
    public var patchSet: PatchSet?
    public var changer: Account?
    public var createdOn: Date?
    public init(change: Change? = nil, patchSet: PatchSet? = nil, changer: Account? = nil, createdOn: Date? = nil) {
        self.change = change; self.patchSet = patchSet; self.changer = changer; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, patchSet, changer }
}

/// `assignee-changed` (2.14 – 3.x before assignees were removed).
public struct AssigneeChanged: EventPayload {
    public var change: Change?
    public var changer: Account?
    public var oldAssignee: Account?
    public var createdOn: Date?
    public init(change: Change? = nil, changer: Account? = nil, oldAssignee: Account? = nil, createdOn: Date? = nil) {
        self.change = change; self.changer = changer; self.oldAssignee = oldAssignee; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case change, changer, oldAssignee }
}
