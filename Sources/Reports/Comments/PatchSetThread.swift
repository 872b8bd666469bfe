import Foundation
import GerritModel

/// The comments on one patch set, in time order, with what the CI systems said about it.
public struct PatchSetThread: Sendable, Hashable {
    /// The patch set number (1-based).
    public var number: Int
    /// The commit sha1.
    public var revision: String?
    /// Who uploaded it.
    public var uploader: Account?
    /// When it was uploaded.
    public var createdOn: Date?
    /// Whether it is the change's current (newest) patch set.
    public var isCurrent: Bool
    /// Review messages in time order, each followed by the inline comments it published.
    public var entries: [CommentEntry]
    /// How many bot comments were left out (0 when bots are shown).
    public var hiddenBotEntries: Int
    /// Inline comments on this patch set still marked unresolved.
    public var unresolvedCount: Int
    /// What the CI systems reported on this patch set.
    public var ci: CISummary

    /// Creates a thread.
    public init(number: Int, revision: String?, uploader: Account?, createdOn: Date?, isCurrent: Bool,
                entries: [CommentEntry], hiddenBotEntries: Int, unresolvedCount: Int, ci: CISummary) {
        self.number = number
        self.revision = revision
        self.uploader = uploader
        self.createdOn = createdOn
        self.isCurrent = isCurrent
        self.entries = entries
        self.hiddenBotEntries = hiddenBotEntries
        self.unresolvedCount = unresolvedCount
        self.ci = ci
    }
}
