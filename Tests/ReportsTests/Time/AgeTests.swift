import Foundation
import Reports
import Testing

@Suite("ages: one unit and count for the CLI's words and the lists' compact form")
struct AgeTests {
    @Test func wholeUnitsCountedDownWithDaysAtTheTop() {
        let cases: [(TimeInterval, Age.Unit, Int, String)] = [
            (0, .justNow, 0, "now"), (59, .justNow, 0, "now"), (60, .minutes, 1, "1m"), (3_599, .minutes, 59, "59m"),
            (3_600, .hours, 1, "1h"), (86_399, .hours, 23, "23h"), (86_400, .days, 1, "1d"), (1.5 * 86_400, .days, 1, "1d"),
            // No weeks or years: the CLI says "21 days" and "694 days", so the list says 21d and 694d.
            (21 * 86_400, .days, 21, "21d"), (694 * 86_400, .days, 694, "694d"),
        ]
        for (seconds, unit, count, compact) in cases {
            let age = Age(seconds: seconds)
            #expect(age?.unit == unit && age?.count == count, "\(seconds)s")
            #expect(age?.compact == compact, "\(seconds)s")
        }
    }

    @Test func theFutureIsJustNowAndNoNumberIsNoAge() {
        #expect(Age(seconds: -3_600) == Age(unit: .justNow, count: 0))
        #expect(Age(seconds: .nan) == nil)
        #expect(Age(seconds: .infinity) == nil)
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(Age(of: now.addingTimeInterval(120), now: now).unit == .justNow)
        #expect(Age(of: now.addingTimeInterval(-7_200), now: now) == Age(unit: .hours, count: 2))
    }
}
