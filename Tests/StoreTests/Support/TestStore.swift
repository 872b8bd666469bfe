import Foundation
import Testing
@testable import Store

/// Drives `reduce` one action at a time and checks the whole resulting state and every effect.
///
/// Each `send` states how the state changes (a closure applied to the previous expected state)
/// and exactly which effects come out; anything else that changed, or any other effect, fails
/// the test with a line diff of the two states.
struct TestStore {
    private(set) var state: AppState

    init(_ state: AppState) {
        self.state = state
    }

    mutating func send(_ action: Action, effects expected: [Effect] = [],
                       sourceLocation: SourceLocation = #_sourceLocation,
                       _ update: (inout AppState) -> Void = { _ in }) {
        var expectedState = state
        update(&expectedState)
        var actual = state
        let effects = reduce(&actual, action)
        if actual != expectedState {
            Issue.record("State after \(action) differs from the expected one:\n\(Self.diff(expected: expectedState, actual: actual))",
                         sourceLocation: sourceLocation)
        }
        #expect(effects == expected, "effects of \(action)", sourceLocation: sourceLocation)
        state = actual
    }

    /// Lines of `dump` that differ, marked - (expected) and + (actual).
    static func diff(expected: AppState, actual: AppState) -> String {
        var left = "", right = ""
        dump(expected, to: &left)
        dump(actual, to: &right)
        let l = left.split(separator: "\n", omittingEmptySubsequences: false)
        let r = right.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for index in 0..<max(l.count, r.count) {
            let a = index < l.count ? String(l[index]) : ""
            let b = index < r.count ? String(r[index]) : ""
            if a != b {
                out.append("- " + a)
                out.append("+ " + b)
            }
            if out.count > 60 { out.append("…"); break }
        }
        return out.joined(separator: "\n")
    }
}
