import Foundation

/// The whole state of the simulated Gerrit: accounts, projects and changes, plus the clock.
///
/// A value type: the server actor owns one and mutates it for reviews and events, and the
/// `gerrit-sim` executable saves it as JSON between ssh calls.
public struct SimDataset: Codable, Sendable, Equatable {
    /// Everyone: humans (some with non-ASCII names), the `demo` user and the CI bots.
    public var accounts: [SimAccount]
    public var projects: [SimProject]
    /// Ordered by change number, ascending.
    public private(set) var changes: [SimChange]
    /// The simulated "now" in epoch seconds; events move it forward.
    public var now: Int
    /// The web URL prefix, e.g. `https://review.example.org`.
    public var webURL: String
    private var indexByNumber: [Int: Int] = [:]

    private enum CodingKeys: String, CodingKey {
        case accounts, projects, changes, now, webURL
    }

    init(accounts: [SimAccount], projects: [SimProject], changes: [SimChange], now: Int, webURL: String) {
        self.accounts = accounts
        self.projects = projects
        self.changes = changes.sorted { $0.number < $1.number }
        self.now = now
        self.webURL = webURL
        reindex()
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        accounts = try c.decode([SimAccount].self, forKey: .accounts)
        projects = try c.decode([SimProject].self, forKey: .projects)
        changes = try c.decode([SimChange].self, forKey: .changes).sorted { $0.number < $1.number }
        now = try c.decode(Int.self, forKey: .now)
        webURL = try c.decode(String.self, forKey: .webURL)
        reindex()
    }

    /// Generates a dataset; the same arguments always give the same dataset.
    ///
    /// - Parameters:
    ///   - seed: PRNG seed.
    ///   - changeCount: number of changes (300 is the default demo size).
    ///   - now: the moment the data is "as of"; every timestamp lies before it.
    public static func generate(seed: UInt64 = 42, changeCount: Int = 320, now: Date) -> SimDataset {
        var generator = DatasetGenerator(seed: seed, now: Int(now.timeIntervalSince1970))
        return generator.make(changeCount: changeCount)
    }

    private mutating func reindex() {
        indexByNumber = [:]
        for (i, c) in changes.enumerated() { indexByNumber[c.number] = i }
    }

    /// The change with this number, if any.
    public func change(_ number: Int) -> SimChange? {
        indexByNumber[number].map { changes[$0] }
    }

    /// Applies `body` to the change with this number; returns false when there is none.
    @discardableResult
    public mutating func update(_ number: Int, _ body: (inout SimChange) -> Void) -> Bool {
        guard let i = indexByNumber[number] else { return false }
        body(&changes[i])
        return true
    }

    /// Adds a new change (with a number above all others).
    public mutating func append(_ change: SimChange) {
        changes.append(change)
        indexByNumber[change.number] = changes.count - 1
    }

    /// The next unused change number.
    public var nextChangeNumber: Int { (changes.last?.number ?? 1000) + 1 }

    /// The index of the account with this username / email / name.
    public func accountIndex(_ who: String) -> Int? {
        accounts.firstIndex { $0.matches(who) }
    }

    /// Index of the `demo` user.
    public var demoIndex: Int { accountIndex("demo") ?? 0 }

    /// Indexes of the CI bots.
    public var botIndexes: [Int] { accounts.indices.filter { accounts[$0].isBot } }

    /// Changes that list `number` in their `dependsOn`.
    public func neededBy(_ number: Int) -> [Int] {
        changes.filter { $0.dependsOn.contains(number) }.map(\.number)
    }

    /// The web URL of a change in Gerrit 3.x shape.
    public func url(of change: SimChange, oldServer: Bool = false) -> String {
        oldServer ? "\(webURL)/\(change.number)" : "\(webURL)/c/\(change.project)/+/\(change.number)"
    }
}
