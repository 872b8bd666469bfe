import GerritModel

/// The labels a vote on a change may name, with the values each takes.
///
/// Gerrit's SSH interface does not say which labels and values a user may use (the REST API's
/// `permitted_labels` has no SSH counterpart), so this is judged from what the server does
/// show: the change's submit records and votes, and the labels seen on other changes of the
/// same project. Ranges are Gerrit's defaults for the standard labels, else ±1, widened to any
/// value already cast. A label outside this list is refused before anything is sent.
public struct VotableLabels: Sendable, Hashable {
    /// Label name and its values, in a stable order (Code-Review, Verified, Workflow, then by name).
    public var labels: [(name: String, values: ClosedRange<Int>)]

    public static func == (lhs: VotableLabels, rhs: VotableLabels) -> Bool {
        lhs.labels.map(\.name) == rhs.labels.map(\.name) && lhs.labels.map(\.values) == rhs.labels.map(\.values)
    }

    public func hash(into hasher: inout Hasher) {
        for label in labels {
            hasher.combine(label.name)
            hasher.combine(label.values)
        }
    }

    /// Gerrit's default ranges for the labels every installation knows.
    public static let standardRanges: [String: ClosedRange<Int>] = [
        "Code-Review": -2...2, "Verified": -1...1, "Workflow": -1...1,
    ]

    /// The labels of `change`, with those seen on `projectChanges` (other changes of its project).
    public init(for change: Change, projectChanges: [Change] = []) {
        var seen: [String: ClosedRange<Int>] = ["Code-Review": Self.standardRanges["Code-Review"] ?? -2...2]
        func note(_ name: String, _ value: Int?) {
            let base = seen[name] ?? Self.standardRanges[name] ?? -1...1
            let low = min(base.lowerBound, value ?? 0), high = max(base.upperBound, value ?? 0)
            seen[name] = low...high
        }
        for source in [change] + projectChanges {
            for record in source.submitRecords {
                for label in record.labels where !label.label.isEmpty { note(label.label, nil) }
            }
            for patchSet in source.patchSets + (source.currentPatchSet.map { [$0] } ?? []) {
                for approval in patchSet.approvals { note(approval.type, approval.value) }
            }
        }
        let order = ["Code-Review", "Verified", "Workflow"]
        labels = seen.sorted { lhs, rhs in
            let l = order.firstIndex(of: lhs.key) ?? order.count, r = order.firstIndex(of: rhs.key) ?? order.count
            return l != r ? l < r : lhs.key < rhs.key
        }.map { (name: $0.key, values: $0.value) }
    }

    /// The range of `label` (matched case-insensitively, as Gerrit does), if it may be voted on.
    public func values(of label: String) -> ClosedRange<Int>? {
        labels.first { $0.name.lowercased() == label.lowercased() }?.values
    }

    /// The label's name as the server spells it.
    public func name(of label: String) -> String? {
        labels.first { $0.name.lowercased() == label.lowercased() }?.name
    }

    /// "Code-Review -2..+2, Verified -1..+1", for messages.
    public var description: String {
        labels.map { "\($0.name) \(Self.signed($0.values.lowerBound))..\(Self.signed($0.values.upperBound))" }
            .joined(separator: ", ")
    }

    /// A vote as Gerrit writes it: `+2`, `0`, `-1`.
    public static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
}
