import Foundation

// Payloads of the ref, project and replication events of `gerrit stream-events`.

/// One updated ref. `refName` may be short (`master`) on old servers or full (`refs/heads/master`).
public struct RefUpdate: Codable, Hashable, Sendable {
    public var oldRev: String?
    public var newRev: String?
    public var refName: String?
    public var project: String?
    public init(oldRev: String? = nil, newRev: String? = nil, refName: String? = nil, project: String? = nil) {
        self.oldRev = oldRev; self.newRev = newRev; self.refName = refName; self.project = project
    }

    /// True for NoteDb change metadata refs (`refs/changes/NN/N/meta`), emitted on every change mutation.
    public var isChangeMetaRef: Bool {
        guard let refName else { return false }
        return refName.hasPrefix("refs/changes/") && refName.hasSuffix("/meta")
    }
}

/// `ref-updated`: a push or a merge moved a ref. Has no `change`.
public struct RefUpdated: EventPayload {
    public var submitter: Account?
    public var refUpdate: RefUpdate?
    public var createdOn: Date?
    public init(submitter: Account? = nil, refUpdate: RefUpdate? = nil, createdOn: Date? = nil) {
        self.submitter = submitter; self.refUpdate = refUpdate; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case submitter, refUpdate }
}

/// `batch-ref-updated` (newer 3.x): several refs at once.
public struct BatchRefUpdated: EventPayload {
    public var submitter: Account?
    public var refUpdates: [RefUpdate]?
    public var createdOn: Date?
    public init(submitter: Account? = nil, refUpdates: [RefUpdate]? = nil, createdOn: Date? = nil) {
        self.submitter = submitter; self.refUpdates = refUpdates; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case submitter, refUpdates }
}

/// `project-created` (2.10+).
public struct ProjectCreated: EventPayload {
    public var projectName: String?
    public var headName: String?
    public var createdOn: Date?
    public init(projectName: String? = nil, headName: String? = nil, createdOn: Date? = nil) {
        self.projectName = projectName; self.headName = headName; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case projectName, headName }
}

/// `project-head-updated` (2.16+).
public struct ProjectHeadUpdated: EventPayload {
    public var projectName: String?
    public var oldHead: String?
    public var newHead: String?
    public var createdOn: Date?
    public init(projectName: String? = nil, oldHead: String? = nil, newHead: String? = nil, createdOn: Date? = nil) {
        self.projectName = projectName; self.oldHead = oldHead; self.newHead = newHead; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey { case projectName, oldHead, newHead }
}

/// Replication plugin events: `ref-replicated`, `ref-replication-done`, `ref-replication-scheduled`
/// and the pull-replication `fetch-ref-*` family. `type` keeps which one it was.
public struct ReplicationEvent: EventPayload {
    /// The event type, e.g. "ref-replicated".
    public var type: String
    public var project: String?
    public var ref: String?
    public var targetNode: String?
    public var targetUri: String?
    /// "succeeded" or "failed" (on `*-replicated`).
    public var status: String?
    /// Per-ref status, e.g. "OK", "NON_EXISTING".
    public var refStatus: String?
    public var refUpdateResult: String?
    /// Number of nodes (on `*-done`).
    public var nodesCount: Int?
    public var createdOn: Date?
    public init(type: String, project: String? = nil, ref: String? = nil, targetNode: String? = nil, targetUri: String? = nil,
                status: String? = nil, refStatus: String? = nil, refUpdateResult: String? = nil, nodesCount: Int? = nil,
                createdOn: Date? = nil) {
        self.type = type; self.project = project; self.ref = ref; self.targetNode = targetNode; self.targetUri = targetUri
        self.status = status; self.refStatus = refStatus; self.refUpdateResult = refUpdateResult
        self.nodesCount = nodesCount; self.createdOn = createdOn
    }
    private enum CodingKeys: String, CodingKey {
        case type, project, ref, targetNode, targetUri, status, refStatus, refUpdateResult, nodesCount
    }

    /// True for the replication event types this struct covers.
    public static func handles(_ type: String) -> Bool {
        type.hasPrefix("ref-replicat") || type.hasPrefix("fetch-ref-")
    }
}
