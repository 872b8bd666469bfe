/// What a text being written is for.
public enum ComposePurpose: Codable, Sendable, Hashable {
    /// A message on a change's patch set.
    case message(change: Int, patchSet: Int)
    /// A reply to the comment thread at `file:line` (an inline comment on the patch set);
    /// `unresolved` nil leaves it to the server.
    case reply(change: Int, patchSet: Int, file: String, line: Int?, unresolved: Bool?)
    /// The message of the review form that is open.
    case formMessage

    /// The change it is about, if any.
    public var change: Int? {
        switch self {
        case .message(let change, _), .reply(let change, _, _, _, _): return change
        case .formMessage: return nil
        }
    }

    /// How the editor's title names it: "message on 87329,3", "reply at nova/api.py:12".
    public var title: String {
        switch self {
        case .message(let change, let patchSet): return "message on \(change),\(patchSet)"
        case .reply(_, _, let file, let line, _): return "reply at \(file)\(line.map { ":\($0)" } ?? "")"
        case .formMessage: return "review message"
        }
    }
}
