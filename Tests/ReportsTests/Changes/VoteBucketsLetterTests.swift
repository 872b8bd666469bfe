@testable import Reports
import Testing

/// Votes are bucketed by the label's first letter, read from its bytes: the same answer as
/// lowercasing the first Character, for every kind of label.
@Suite struct VoteBucketsLetterTests {
    @Test func theLetterIsTheFirstCharacterLowercasedWhenThatIsOneASCIILetter() {
        let labels = ["Code-Review", "CRVW", "code-review", "Verified", "VRIF", "Workflow", "APRV", "SUBM", "W", "c",
                      "", "Ç-Review", "c\u{301}ode", "Ｃode", "ĉ", "v\u{20DD}", "w🚀", "1-Label", "-", "Çode"]
        for label in labels {
            let expected: UInt8
            switch label.first?.lowercased() {
            case "c": expected = UInt8(ascii: "c")
            case "v": expected = UInt8(ascii: "v")
            case "w": expected = UInt8(ascii: "w")
            default: expected = 0
            }
            let letter = VoteBuckets.bucketLetter(of: label)
            let bucketed = [UInt8(ascii: "c"), UInt8(ascii: "v"), UInt8(ascii: "w")].contains(letter) ? letter : 0
            #expect(bucketed == expected, "\(label)")
        }
    }
}
