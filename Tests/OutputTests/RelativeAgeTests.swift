import Foundation
import Output
import Testing

@Suite struct RelativeAgeTests {
    let now = Sample.now

    private func age(_ seconds: TimeInterval) -> String {
        relativeAge(of: now.addingTimeInterval(-seconds), now: now)
    }

    @Test func boundariesReadInWholeSingularOrPluralUnits_bug9_19() {
        #expect(age(0) == "just now")
        #expect(age(59) == "just now")
        #expect(age(60) == "1 min")
        #expect(age(119) == "1 min")
        #expect(age(120) == "2 mins")
        #expect(age(3_599) == "59 mins")
        #expect(age(3_600) == "1 hour")
        #expect(age(7_199) == "1 hour")
        #expect(age(7_200) == "2 hours")
        #expect(age(86_399) == "23 hours")
        #expect(age(86_400) == "1 day")
        #expect(age(1.5 * 86_400) == "1 day")
        #expect(age(2 * 86_400) == "2 days")
        #expect(age(694 * 86_400) == "694 days")
    }

    @Test func futureDatesReadJustNow() {
        #expect(age(-3_600) == "just now")
    }

    @Test func durationsReadLikeAges() {
        #expect(ageText(seconds: 4 * 86_400 + 5) == "4 days")
        #expect(ageText(seconds: 30) == "just now")
        #expect(ageText(seconds: .nan) == "")
    }
}
