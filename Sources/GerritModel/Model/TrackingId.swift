/// An issue-tracker reference extracted by the server's `trackingid` configuration.
public struct TrackingId: Codable, Hashable, Sendable {
    /// Tracker name, e.g. "Bugzilla".
    public var system: String?
    /// Issue id in that tracker.
    public var id: String?

    public init(system: String? = nil, id: String? = nil) {
        self.system = system
        self.id = id
    }

    private enum CodingKeys: String, CodingKey { case system, id }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        system = try c.lenientString(forKey: .system)
        id = try c.lenientString(forKey: .id)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(system, forKey: .system)
        try c.encodeIfPresent(id, forKey: .id)
    }
}
