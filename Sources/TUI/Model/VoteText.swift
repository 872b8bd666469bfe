/// How votes are written: `+2`, `+1`, `-1`, `-2`.
public enum VoteText {
    /// `+2`, `-1`, `0`.
    public static func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : value == 0 ? "0" : "\(value)"
    }
}
