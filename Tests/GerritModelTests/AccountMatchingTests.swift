import Foundation
import Testing
@testable import GerritModel

@Suite struct AccountMatchingTests {
    @Test func asciiCaseFoldingAgreesWithFoundation() {
        let samples = ["a@x", "A@X", "a@y", "demo", "DEMO", "DEMO ", "", "Zoë@example.org", "ZOË@EXAMPLE.ORG",
                       "straße", "STRASSE", "İ", "i", "I", "[x]", "{x}", "@", "`"]
        for first in samples {
            for second in samples {
                #expect(Account.equalIgnoringCase(first, second) == (first.caseInsensitiveCompare(second) == .orderedSame),
                        "\(first) vs \(second)")
            }
        }
    }

    @Test func emailMatchesIgnoringCaseOnly() {
        let account = Account(name: "Demo User", email: "Demo@Example.org", username: "demo")
        #expect(account.matches("demo@example.ORG"))
        #expect(!account.matches("demo@example.or"))
        #expect(account.matches("demo"))
        #expect(!account.matches("DEMO"))
    }
}
