/// The review form (`r`): a value for each label the change takes, and a message.
public struct ReviewForm: Sendable, Hashable {
    /// One label's row.
    public struct Row: Sendable, Hashable {
        public var label: String
        public var values: ClosedRange<Int>
        /// What will be sent.
        public var value: Int
        /// My vote when the form opened (0 for none): unchanged rows are not sent.
        public var original: Int

        public init(label: String, values: ClosedRange<Int>, value: Int, original: Int) {
            self.label = label
            self.values = values
            self.value = value
            self.original = original
        }
    }

    public var change: Int
    public var patchSet: Int
    public var rows: [Row]
    public var message: String
    /// The highlighted row: a label, or `rows.count` for the message.
    public var selected: Int

    public init(change: Int, patchSet: Int, rows: [Row], message: String = "", selected: Int = 0) {
        self.change = change
        self.patchSet = patchSet
        self.rows = rows
        self.message = message
        self.selected = selected
    }

    /// The votes that differ from mine when the form opened.
    public var changedVotes: [String: Int] {
        var votes: [String: Int] = [:]
        for row in rows where row.value != row.original { votes[row.label] = row.value }
        return votes
    }

    /// Whether the message row is highlighted.
    public var isOnMessage: Bool { selected >= rows.count }
}
