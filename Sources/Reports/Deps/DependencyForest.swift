import GerritModel

/// Changes arranged as trees: each change under the change it depends on (`--deps`, spec §9.15).
///
/// Keyed by change number, so cherry-picks of one Change-Id on several branches stay apart (the
/// original keyed by Change-Id). Every `dependsOn` entry is tried in order, and the parent's
/// `neededBy` list too, so a change whose first dependency is outside the results still nests
/// under another one that is inside; a dependency known only by Change-Id is matched within the
/// same project and branch. A change with a parent outside the results is a root. Each change
/// appears once, under its first parent found, and loops are broken.
public struct DependencyForest: Sendable {
    /// One change and the changes that depend on it.
    public struct Node: Sendable, Hashable {
        /// The change.
        public var change: Change
        /// Changes that depend on it, in input order.
        public var children: [Node]
    }

    /// What the forest reads of a change beyond its list fields.
    public static let parts: ChangeParts = .dependencies

    /// Top-level changes in input order, each with its dependents (also in input order).
    public let roots: [Node]

    /// Builds the forest for `changes`.
    public init(_ changes: [Change]) {
        var indexByNumber: [Int: Int] = [:]
        var indexById: [String: [Int]] = [:]
        for (index, change) in changes.enumerated() {
            if change.number != 0, indexByNumber[change.number] == nil { indexByNumber[change.number] = index }
            if let id = change.id { indexById[id, default: []].append(index) }
        }
        func resolve(_ dependency: Dependency, near change: Change) -> Int? {
            if let number = dependency.number, number != 0 { return indexByNumber[number] }
            guard let id = dependency.id else { return nil }
            return indexById[id]?.first { changes[$0].project == change.project && changes[$0].branch == change.branch }
        }
        var parent: [Int: Int] = [:]
        func wouldLoop(_ child: Int, under candidate: Int) -> Bool {
            var current: Int? = candidate
            var steps = 0
            while let node = current, steps <= changes.count {
                if node == child { return true }
                current = parent[node]
                steps += 1
            }
            return false
        }
        for (index, change) in changes.enumerated() {
            for dependency in change.dependsOn {
                guard let candidate = resolve(dependency, near: change), candidate != index,
                      !wouldLoop(index, under: candidate) else { continue }
                parent[index] = candidate
                break
            }
        }
        for (index, change) in changes.enumerated() {
            for dependent in change.neededBy {
                guard let child = resolve(dependent, near: change), child != index, parent[child] == nil,
                      !wouldLoop(child, under: index) else { continue }
                parent[child] = index
            }
        }
        var childrenOf: [Int: [Int]] = [:]
        for index in changes.indices {
            if let up = parent[index] { childrenOf[up, default: []].append(index) }
        }
        func node(_ index: Int) -> Node {
            Node(change: changes[index], children: (childrenOf[index] ?? []).map(node))
        }
        roots = changes.indices.filter { parent[$0] == nil }.map(node)
    }
}
