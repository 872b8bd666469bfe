/// Every part of the screen a theme can style, with its name in theme files.
///
/// The list is fixed so a typo in a theme file is caught; every shipped theme sets all of them.
public enum ThemeRole: String, Sendable, Hashable, CaseIterable {
    /// Ordinary text.
    case text
    /// Less important text (secondary columns, hints).
    case dim
    /// Section headings inside panes ("Comments", vote grid header).
    case heading
    /// The top line: program, server, user, connection state.
    case titleBar = "title-bar"
    /// The bottom line.
    case statusBar = "status-bar"
    /// An inactive list tab.
    case tab
    /// The selected list tab.
    case tabActive = "tab-active"
    /// A tab's count badge.
    case badge
    /// The selected row in the focused pane.
    case selection
    /// The selected row in a pane without focus.
    case selectionInactive = "selection-inactive"
    /// Pane borders.
    case border
    /// The border of the focused pane.
    case borderFocused = "border-focused"
    /// A pane's title in its border.
    case paneTitle = "pane-title"
    /// +1 votes.
    case votePositive = "vote-positive"
    /// -1 votes.
    case voteNegative = "vote-negative"
    /// 0 or no vote.
    case voteNeutral = "vote-neutral"
    /// +2 (approved) votes.
    case voteApproved = "vote-approved"
    /// -2 (rejected) votes.
    case voteRejected = "vote-rejected"
    /// Anything from a bot account.
    case bot
    /// Changes or comments not seen yet.
    case unread
    /// Rows just updated by a live event.
    case fresh
    /// The change owner's name.
    case owner
    /// Relative ages ("2d").
    case age
    /// Change numbers.
    case changeNumber = "change-number"
    /// Project names.
    case project
    /// Branch names.
    case branch
    /// Topic names.
    case topic
    /// Change subjects.
    case subject
    /// A comment's author line.
    case commentAuthor = "comment-author"
    /// A comment's file:line reference.
    case commentFile = "comment-file"
    /// Quoted text inside a comment.
    case quote
    /// A file's name above its diff.
    case diffFile = "diff-file"
    /// A diff's `@@` hunk line.
    case diffHunk = "diff-hunk"
    /// An added line of a diff.
    case diffAdded = "diff-added"
    /// A removed line of a diff.
    case diffRemoved = "diff-removed"
    /// The changed part of an added line.
    case diffAddedChange = "diff-added-change"
    /// The changed part of a removed line.
    case diffRemovedChange = "diff-removed-change"
    /// Error messages.
    case error
    /// Warnings.
    case warning
    /// Progress and information messages.
    case info
    /// The key-hint bar.
    case keyHint = "key-hint"
    /// A key name inside hints and help.
    case key
    /// The help overlay.
    case help
    /// Prompts and the `:` command line.
    case prompt
    /// The text matched by a `/` filter.
    case match
    /// "● live": the event stream is connected.
    case live
    /// The event stream is down.
    case offline
    /// Merged changes.
    case merged
    /// Abandoned changes.
    case abandoned
    /// Work-in-progress changes.
    case wip
}
