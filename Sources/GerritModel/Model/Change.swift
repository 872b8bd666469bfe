import Foundation

/// A Gerrit change: one row of `gerrit query --format=JSON`, or the `change` of a stream event.
///
/// Gerrit may omit any field ("any field may be missing in the JSON messages"), so nearly
/// everything is optional and lists default to empty. Which fields are filled depends on the
/// query flags (`--patch-sets`, `--comments`, …) and the server version.
public struct Change: Codable, Hashable, Sendable {
    /// Project (repository) name, e.g. "openstack/nova".
    public var project: String?
    /// Short branch name, e.g. "master".
    public var branch: String?
    /// Topic, when set.
    public var topic: String?
    /// Change-Id (`I` + 40 hex in real data; anything in anonymised samples).
    public var id: String?
    /// Change number; 0 when the server omitted it. Sent as a string by Gerrit ≤ 2.14.
    public var number: Int
    /// First line of the commit message.
    public var subject: String?
    /// Owner of the change.
    public var owner: Account?
    /// Assignee (Gerrit 2.14 – 3.x before the feature was removed).
    public var assignee: Account?
    /// Web URL of the change.
    public var url: String?
    /// Full commit message (`--commit-message`, and events on 2.9+).
    public var commitMessage: String?
    /// Hashtags (3.x).
    public var hashtags: [String]
    /// Creation time.
    public var createdOn: Date?
    /// Last update time.
    public var lastUpdated: Date?
    /// Whether the change is open.
    public var open: Bool?
    /// NEW, MERGED, ABANDONED, DRAFT or something else kept raw.
    public var status: ChangeStatus?
    /// Work in progress (2.15+; absent when false).
    public var wip: Bool?
    /// Private change (2.15+; absent when false).
    public var `private`: Bool?
    /// Current patch set (`--current-patch-set`).
    public var currentPatchSet: PatchSet?
    /// All patch sets in server order (`--patch-sets` / `--all-approvals`).
    public var patchSets: [PatchSet]
    /// Change messages (`--comments`).
    public var comments: [ChangeMessage]
    /// Changes this one depends on (`--dependencies`).
    public var dependsOn: [Dependency]
    /// Changes that depend on this one (`--dependencies`).
    public var neededBy: [Dependency]
    /// Submit rule results (`--submit-records`).
    public var submitRecords: [SubmitRecord]
    /// Everyone reviewing the change (`--all-reviewers`, 2.8+).
    public var allReviewers: [Account]
    /// Issue-tracker references.
    public var trackingIds: [TrackingId]
    /// Paging key of Gerrit ≤ 2.9 (`resume_sortkey:`).
    public var sortKey: String?
    /// Every account that voted on some patch set, once each, as the cache stored it (see
    /// `everyVoter`); nil on a change as Gerrit sent it. Derived, never sent: a report read from
    /// the cache asks who voted without reading every patch set's votes (`ChangeParts.voterDigest`).
    public var voterDigest: [Account]?

    public init(project: String? = nil, branch: String? = nil, topic: String? = nil, id: String? = nil,
                number: Int, subject: String? = nil, owner: Account? = nil, assignee: Account? = nil,
                url: String? = nil, commitMessage: String? = nil, hashtags: [String] = [],
                createdOn: Date? = nil, lastUpdated: Date? = nil, open: Bool? = nil,
                status: ChangeStatus? = nil, wip: Bool? = nil, private: Bool? = nil,
                currentPatchSet: PatchSet? = nil, patchSets: [PatchSet] = [],
                comments: [ChangeMessage] = [], dependsOn: [Dependency] = [], neededBy: [Dependency] = [],
                submitRecords: [SubmitRecord] = [], allReviewers: [Account] = [],
                trackingIds: [TrackingId] = [], sortKey: String? = nil, voterDigest: [Account]? = nil) {
        self.project = project
        self.branch = branch
        self.topic = topic
        self.id = id
        self.number = number
        self.subject = subject
        self.owner = owner
        self.assignee = assignee
        self.url = url
        self.commitMessage = commitMessage
        self.hashtags = hashtags
        self.createdOn = createdOn
        self.lastUpdated = lastUpdated
        self.open = open
        self.status = status
        self.wip = wip
        self.private = `private`
        self.currentPatchSet = currentPatchSet
        self.patchSets = patchSets
        self.comments = comments
        self.dependsOn = dependsOn
        self.neededBy = neededBy
        self.submitRecords = submitRecords
        self.allReviewers = allReviewers
        self.trackingIds = trackingIds
        self.sortKey = sortKey
        self.voterDigest = voterDigest
    }

    /// The newest patch set: `currentPatchSet` when sent, else the highest-numbered of `patchSets`.
    public var latestPatchSet: PatchSet? {
        if let currentPatchSet { return currentPatchSet }
        return latestPatchSetIndex.map { patchSets[$0] }
    }

    /// Where in `patchSets` the highest-numbered one is; the first of equal numbers wins, as with
    /// `max(by:)`. By index, so only the winner is copied (a patch set holds a dozen references,
    /// and the reports ask for it several times per change).
    public var latestPatchSetIndex: Int? {
        guard var best = patchSets.indices.first else { return nil }
        for index in patchSets.indices.dropFirst() where patchSets[index].number > patchSets[best].number {
            best = index
        }
        return best
    }

    /// True when the change is open: `open` when sent, else derived from `status`.
    public var isOpen: Bool {
        if let open { return open }
        guard let status else { return true }
        return !status.isClosed
    }

    private enum CodingKeys: String, CodingKey {
        case project, branch, topic, id, number, subject, owner, assignee, url, commitMessage, hashtags
        case createdOn, lastUpdated, open, status, wip, `private`, currentPatchSet, patchSets, comments
        case dependsOn, neededBy, submitRecords, allReviewers, trackingIds, sortKey
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        project = try c.lenientString(forKey: .project)
        branch = try c.lenientString(forKey: .branch)
        topic = try c.lenientString(forKey: .topic)
        id = try c.lenientString(forKey: .id)
        number = try c.lenientInt(forKey: .number) ?? 0
        subject = try c.lenientString(forKey: .subject)
        owner = try c.optional(Account.self, forKey: .owner)
        assignee = try c.optional(Account.self, forKey: .assignee)
        url = try c.lenientString(forKey: .url)
        commitMessage = try c.lenientString(forKey: .commitMessage)
        hashtags = try c.list(String.self, forKey: .hashtags)
        createdOn = try c.lenientDate(forKey: .createdOn)
        lastUpdated = try c.lenientDate(forKey: .lastUpdated)
        open = try c.lenientBool(forKey: .open)
        status = try c.lenientString(forKey: .status).map(ChangeStatus.init(rawValue:))
        wip = try c.lenientBool(forKey: .wip)
        `private` = try c.lenientBool(forKey: .private)
        currentPatchSet = try c.optional(PatchSet.self, forKey: .currentPatchSet)
        patchSets = try c.list(PatchSet.self, forKey: .patchSets)
        comments = try c.list(ChangeMessage.self, forKey: .comments)
        dependsOn = try c.list(Dependency.self, forKey: .dependsOn)
        neededBy = try c.list(Dependency.self, forKey: .neededBy)
        submitRecords = try c.list(SubmitRecord.self, forKey: .submitRecords)
        allReviewers = try c.list(Account.self, forKey: .allReviewers)
        trackingIds = try c.list(TrackingId.self, forKey: .trackingIds)
        sortKey = try c.lenientString(forKey: .sortKey)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(project, forKey: .project)
        try c.encodeIfPresent(branch, forKey: .branch)
        try c.encodeIfPresent(topic, forKey: .topic)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encode(number, forKey: .number)
        try c.encodeIfPresent(subject, forKey: .subject)
        try c.encodeIfPresent(owner, forKey: .owner)
        try c.encodeIfPresent(assignee, forKey: .assignee)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(commitMessage, forKey: .commitMessage)
        try c.encodeList(hashtags, forKey: .hashtags)
        try c.encodeTimestamp(createdOn, forKey: .createdOn)
        try c.encodeTimestamp(lastUpdated, forKey: .lastUpdated)
        try c.encodeIfPresent(open, forKey: .open)
        try c.encodeIfPresent(status?.rawValue, forKey: .status)
        try c.encodeIfPresent(wip, forKey: .wip)
        try c.encodeIfPresent(`private`, forKey: .private)
        try c.encodeIfPresent(currentPatchSet, forKey: .currentPatchSet)
        try c.encodeList(patchSets, forKey: .patchSets)
        try c.encodeList(comments, forKey: .comments)
        try c.encodeList(dependsOn, forKey: .dependsOn)
        try c.encodeList(neededBy, forKey: .neededBy)
        try c.encodeList(submitRecords, forKey: .submitRecords)
        try c.encodeList(allReviewers, forKey: .allReviewers)
        try c.encodeList(trackingIds, forKey: .trackingIds)
        try c.encodeIfPresent(sortKey, forKey: .sortKey)
    }
}
