import Foundation

/// One event of `gerrit stream-events`.
///
/// Every type in gerrit-protocol.md §3 has its own case. Anything else (plugin events such as
/// Qt's `change-deferred`) is kept as `.unknown(type:raw:)` with the JSON line, so nothing is
/// lost and the UI can still show it. `createdOn` is `eventCreatedOn`, missing before 2.9:
/// callers fall back to the time they received the event.
public enum StreamEvent: Codable, Hashable, Sendable {
    case patchSetCreated(PatchSetCreated)
    case draftPublished(PatchSetCreated)
    case changeAbandoned(ChangeAbandoned)
    case changeRestored(ChangeRestored)
    case changeMerged(ChangeMerged)
    case mergeFailed(MergeFailed)
    case changeDeleted(ChangeDeleted)
    case commentAdded(CommentAdded)
    case reviewerAdded(ReviewerAdded)
    case reviewerDeleted(ReviewerDeleted)
    case voteDeleted(ReviewerDeleted)
    case topicChanged(TopicChanged)
    case hashtagsChanged(HashtagsChanged)
    case wipStateChanged(ChangeStateChanged)
    case privateStateChanged(ChangeStateChanged)
    case assigneeChanged(AssigneeChanged)
    case refUpdated(RefUpdated)
    case batchRefUpdated(BatchRefUpdated)
    case projectCreated(ProjectCreated)
    case projectHeadUpdated(ProjectHeadUpdated)
    case replication(ReplicationEvent)
    /// The server dropped events because the client read too slowly: re-sync with a query.
    case droppedOutput(createdOn: Date?)
    /// Any other event type, with its JSON text.
    case unknown(type: String, raw: String)

    /// The wire type, e.g. "patchset-created".
    public var type: String {
        switch self {
        case .patchSetCreated: return "patchset-created"
        case .draftPublished: return "draft-published"
        case .changeAbandoned: return "change-abandoned"
        case .changeRestored: return "change-restored"
        case .changeMerged: return "change-merged"
        case .mergeFailed: return "merge-failed"
        case .changeDeleted: return "change-deleted"
        case .commentAdded: return "comment-added"
        case .reviewerAdded: return "reviewer-added"
        case .reviewerDeleted: return "reviewer-deleted"
        case .voteDeleted: return "vote-deleted"
        case .topicChanged: return "topic-changed"
        case .hashtagsChanged: return "hashtags-changed"
        case .wipStateChanged: return "wip-state-changed"
        case .privateStateChanged: return "private-state-changed"
        case .assigneeChanged: return "assignee-changed"
        case .refUpdated: return "ref-updated"
        case .batchRefUpdated: return "batch-ref-updated"
        case .projectCreated: return "project-created"
        case .projectHeadUpdated: return "project-head-updated"
        case .replication(let event): return event.type
        case .droppedOutput: return "dropped-output"
        case .unknown(let type, _): return type
        }
    }

    /// The change the event is about, if any (ref, project and replication events have none).
    public var change: Change? {
        switch self {
        case .patchSetCreated(let e), .draftPublished(let e): return e.change
        case .changeAbandoned(let e): return e.change
        case .changeRestored(let e): return e.change
        case .changeMerged(let e): return e.change
        case .mergeFailed(let e): return e.change
        case .changeDeleted(let e): return e.change
        case .commentAdded(let e): return e.change
        case .reviewerAdded(let e): return e.change
        case .reviewerDeleted(let e), .voteDeleted(let e): return e.change
        case .topicChanged(let e): return e.change
        case .hashtagsChanged(let e): return e.change
        case .wipStateChanged(let e), .privateStateChanged(let e): return e.change
        case .assigneeChanged(let e): return e.change
        case .refUpdated, .batchRefUpdated, .projectCreated, .projectHeadUpdated, .replication,
             .droppedOutput, .unknown:
            return nil
        }
    }

    /// The patch set the event is about, if the event carries one.
    public var patchSet: PatchSet? {
        switch self {
        case .patchSetCreated(let e), .draftPublished(let e): return e.patchSet
        case .changeAbandoned(let e): return e.patchSet
        case .changeRestored(let e): return e.patchSet
        case .changeMerged(let e): return e.patchSet
        case .mergeFailed(let e): return e.patchSet
        case .commentAdded(let e): return e.patchSet
        case .reviewerAdded(let e): return e.patchSet
        case .reviewerDeleted(let e), .voteDeleted(let e): return e.patchSet
        case .wipStateChanged(let e), .privateStateChanged(let e): return e.patchSet
        default: return nil
        }
    }

    /// Who caused the event: uploader, abandoner, restorer, submitter, deleter, comment author,
    /// the reviewer's adder (3.x) or remover, changer or editor.
    public var actor: Account? {
        switch self {
        case .patchSetCreated(let e), .draftPublished(let e): return e.uploader
        case .changeAbandoned(let e): return e.abandoner
        case .changeRestored(let e): return e.restorer
        case .changeMerged(let e): return e.submitter
        case .mergeFailed(let e): return e.submitter
        case .changeDeleted(let e): return e.deleter
        case .commentAdded(let e): return e.author
        case .reviewerAdded(let e): return e.adder
        case .reviewerDeleted(let e), .voteDeleted(let e): return e.remover
        case .topicChanged(let e): return e.changer
        case .hashtagsChanged(let e): return e.editor
        case .wipStateChanged(let e), .privateStateChanged(let e): return e.changer
        case .assigneeChanged(let e): return e.changer
        case .refUpdated(let e): return e.submitter
        case .batchRefUpdated(let e): return e.submitter
        case .projectCreated, .projectHeadUpdated, .replication, .droppedOutput, .unknown: return nil
        }
    }

    /// The project the event concerns: the change's, the updated ref's, or the created project's.
    public var project: String? {
        switch self {
        case .refUpdated(let e): return e.refUpdate?.project
        case .batchRefUpdated(let e): return e.refUpdates?.first?.project
        case .projectCreated(let e): return e.projectName
        case .projectHeadUpdated(let e): return e.projectName
        case .replication(let e): return e.project
        default: return change?.project
        }
    }

    /// `eventCreatedOn`, when the server sent it (Gerrit 2.9+).
    public var createdOn: Date? {
        switch self {
        case .patchSetCreated(let e), .draftPublished(let e): return e.createdOn
        case .changeAbandoned(let e): return e.createdOn
        case .changeRestored(let e): return e.createdOn
        case .changeMerged(let e): return e.createdOn
        case .mergeFailed(let e): return e.createdOn
        case .changeDeleted(let e): return e.createdOn
        case .commentAdded(let e): return e.createdOn
        case .reviewerAdded(let e): return e.createdOn
        case .reviewerDeleted(let e), .voteDeleted(let e): return e.createdOn
        case .topicChanged(let e): return e.createdOn
        case .hashtagsChanged(let e): return e.createdOn
        case .wipStateChanged(let e), .privateStateChanged(let e): return e.createdOn
        case .assigneeChanged(let e): return e.createdOn
        case .refUpdated(let e): return e.createdOn
        case .batchRefUpdated(let e): return e.createdOn
        case .projectCreated(let e): return e.createdOn
        case .projectHeadUpdated(let e): return e.createdOn
        case .replication(let e): return e.createdOn
        case .droppedOutput(let createdOn): return createdOn
        case .unknown(_, let raw):
            let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(raw.utf8))
            return envelope?.createdOn
        }
    }

    // MARK: - Codable

    private enum EnvelopeKeys: String, CodingKey { case type, eventCreatedOn }

    /// The fields every event line shares.
    private struct Envelope: Decodable {
        var type: String?
        var createdOn: Date?
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: EnvelopeKeys.self)
            type = try c.lenientString(forKey: .type)
            createdOn = try c.lenientDate(forKey: .eventCreatedOn)
        }
    }

    public init(from decoder: any Decoder) throws {
        let envelope = try Envelope(from: decoder)
        guard let type = envelope.type else {
            throw DecodingError.keyNotFound(EnvelopeKeys.type, DecodingError.Context(
                codingPath: [], debugDescription: "an event needs a 'type'"))
        }
        func load<P: EventPayload>(_: P.Type) throws -> P {
            var payload = try P(from: decoder)
            payload.createdOn = envelope.createdOn
            return payload
        }
        switch type {
        case "patchset-created": self = .patchSetCreated(try load(PatchSetCreated.self))
        case "draft-published": self = .draftPublished(try load(PatchSetCreated.self))
        case "change-abandoned": self = .changeAbandoned(try load(ChangeAbandoned.self))
        case "change-restored": self = .changeRestored(try load(ChangeRestored.self))
        case "change-merged": self = .changeMerged(try load(ChangeMerged.self))
        case "merge-failed": self = .mergeFailed(try load(MergeFailed.self))
        case "change-deleted": self = .changeDeleted(try load(ChangeDeleted.self))
        case "comment-added": self = .commentAdded(try load(CommentAdded.self))
        case "reviewer-added": self = .reviewerAdded(try load(ReviewerAdded.self))
        case "reviewer-deleted": self = .reviewerDeleted(try load(ReviewerDeleted.self))
        case "vote-deleted": self = .voteDeleted(try load(ReviewerDeleted.self))
        case "topic-changed": self = .topicChanged(try load(TopicChanged.self))
        case "hashtags-changed": self = .hashtagsChanged(try load(HashtagsChanged.self))
        case "wip-state-changed": self = .wipStateChanged(try load(ChangeStateChanged.self))
        case "private-state-changed": self = .privateStateChanged(try load(ChangeStateChanged.self))
        case "assignee-changed": self = .assigneeChanged(try load(AssigneeChanged.self))
        case "ref-updated": self = .refUpdated(try load(RefUpdated.self))
        case "batch-ref-updated": self = .batchRefUpdated(try load(BatchRefUpdated.self))
        case "project-created": self = .projectCreated(try load(ProjectCreated.self))
        case "project-head-updated": self = .projectHeadUpdated(try load(ProjectHeadUpdated.self))
        case "dropped-output": self = .droppedOutput(createdOn: envelope.createdOn)
        case _ where ReplicationEvent.handles(type): self = .replication(try load(ReplicationEvent.self))
        default:
            // Re-serialised here; GerritLineDecoder replaces it with the original line.
            let value = try JSONValue(from: decoder)
            let raw = (try? JSONEncoder.sortedKeys.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            self = .unknown(type: type, raw: raw)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .patchSetCreated(let e), .draftPublished(let e): try e.encode(to: encoder)
        case .changeAbandoned(let e): try e.encode(to: encoder)
        case .changeRestored(let e): try e.encode(to: encoder)
        case .changeMerged(let e): try e.encode(to: encoder)
        case .mergeFailed(let e): try e.encode(to: encoder)
        case .changeDeleted(let e): try e.encode(to: encoder)
        case .commentAdded(let e): try e.encode(to: encoder)
        case .reviewerAdded(let e): try e.encode(to: encoder)
        case .reviewerDeleted(let e), .voteDeleted(let e): try e.encode(to: encoder)
        case .topicChanged(let e): try e.encode(to: encoder)
        case .hashtagsChanged(let e): try e.encode(to: encoder)
        case .wipStateChanged(let e), .privateStateChanged(let e): try e.encode(to: encoder)
        case .assigneeChanged(let e): try e.encode(to: encoder)
        case .refUpdated(let e): try e.encode(to: encoder)
        case .batchRefUpdated(let e): try e.encode(to: encoder)
        case .projectCreated(let e): try e.encode(to: encoder)
        case .projectHeadUpdated(let e): try e.encode(to: encoder)
        case .replication(let e): try e.encode(to: encoder)
        case .droppedOutput: break
        case .unknown(_, let raw):
            // Keep every field of the original line; fall back to just the type if it is not JSON.
            if let value = try? JSONDecoder().decode(JSONValue.self, from: Data(raw.utf8)) {
                try value.encode(to: encoder)
                return
            }
        }
        var c = encoder.container(keyedBy: EnvelopeKeys.self)
        try c.encode(type, forKey: .type)
        if case .unknown = self { return }
        try c.encodeTimestamp(createdOn, forKey: .eventCreatedOn)
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys, for deterministic re-serialisation.
    static var sortedKeys: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
