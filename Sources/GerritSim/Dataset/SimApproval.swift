/// One vote. Accounts are indexes into `SimDataset.accounts`, which keeps the dataset compact.
public struct SimApproval: Codable, Sendable, Equatable {
    public var label: String
    public var value: Int
    public var by: Int
    public var grantedOn: Int
}
