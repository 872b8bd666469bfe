/// The version printed by `gerrymander --version`.
enum GerrymanderVersion {
    static let string = "0.1.0"
}
