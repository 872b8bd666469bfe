/// A parsed Gerrit search expression.
public indirect enum SimQuery: Sendable, Equatable {
    case all
    case term(op: String, value: String)
    case and([SimQuery])
    case or([SimQuery])
    case not(SimQuery)

    /// Every `op:value` term in the expression, wherever it sits.
    func terms(_ op: String) -> [String] {
        switch self {
        case .all: return []
        case .term(let o, let v): return o == op ? [v] : []
        case .and(let qs), .or(let qs): return qs.flatMap { $0.terms(op) }
        case .not(let q): return q.terms(op)
        }
    }
}
