/// One line of `gerrit query --format=JSON` output.
///
/// Change rows have no `type` key; control rows are `{"type":"stats"}` and `{"type":"error"}`
/// (a row with `rowCount` but no `type`, `number` or `project` is also read as stats).
/// Any other `type` is rejected with "unexpected row type" so it shows up as a line error.
public enum QueryRow: Codable, Hashable, Sendable {
    case change(Change)
    case stats(QueryStats)
    case error(GerritServerError)

    private enum CodingKeys: String, CodingKey { case type, rowCount, number, project }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.lenientString(forKey: .type) {
        case nil:
            // The original tool treated any line with `rowCount` as the trailer; keep that for
            // wrappers that drop `type`, as long as the row does not look like a change.
            if c.contains(.rowCount) && !c.contains(.number) && !c.contains(.project) {
                self = .stats(try QueryStats(from: decoder))
            } else {
                self = .change(try Change(from: decoder))
            }
        case "stats": self = .stats(try QueryStats(from: decoder))
        case "error": self = .error(try GerritServerError(from: decoder))
        case let other?:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c,
                debugDescription: "unexpected row type '\(other)' in query output")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .change(let change): try change.encode(to: encoder)
        case .stats(let stats): try stats.encode(to: encoder)
        case .error(let error): try error.encode(to: encoder)
        }
    }
}
