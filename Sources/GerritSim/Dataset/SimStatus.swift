/// Change status as Gerrit reports it.
public enum SimStatus: String, Codable, Sendable {
    case new = "NEW"
    case merged = "MERGED"
    case abandoned = "ABANDONED"

    var isOpen: Bool { self == .new }
}
