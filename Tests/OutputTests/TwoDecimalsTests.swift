import Foundation
@testable import Output
import Testing

/// Statistics cells format their numbers with `TwoDecimals` instead of Foundation's
/// `String(format:)`; the text must be the same, ties and signs included.
struct TwoDecimalsTests {
    static let edges: [Double] = [
        0, -0.0, 1, -1, 0.5, 0.125, 0.375, 0.625, 2.675, 1.005, 1.015, 0.005, 0.015, 0.045, -0.125, -0.001,
        -0.005, 0.004999999, 0.995, 0.999, 9.995, 99.995, 1234.5678, 1e14 + 0.125, 999_999_999_999_999,
        Double.leastNonzeroMagnitude, Double.leastNormalMagnitude, 1.0 / 3, 2.0 / 3, 0.1, 0.2, 0.3,
    ]

    @Test func edgeCasesMatchFoundation() {
        for number in Self.edges {
            #expect(TwoDecimals.format(number) == String(format: "%.2f", number), "\(number)")
        }
    }

    @Test func manyNumbersMatchFoundation() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let scales: [Double] = [1, 10, 1000, 1e6, 1e12]
            let scale: Double = scales.randomElement(using: &generator) ?? 1
            let number = Double.random(in: -scale...scale, using: &generator)
            #expect(TwoDecimals.format(number) == String(format: "%.2f", number), "\(number)")
            // Exact ties: multiples of 1/8 and of 1/200 are where rounding can go either way.
            let tie = Double(Int.random(in: -100_000...100_000, using: &generator)) / 8
            #expect(TwoDecimals.format(tie) == String(format: "%.2f", tie), "\(tie)")
            let hundredthTie = Double(Int.random(in: -100_000...100_000, using: &generator)) / 200
            #expect(TwoDecimals.format(hundredthTie) == String(format: "%.2f", hundredthTie), "\(hundredthTie)")
        }
    }

    /// The trimmed form cells show, against trimming Foundation's text as cells used to.
    static func trimmedReference(_ number: Double) -> String {
        var text = String(format: "%.2f", number)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    @Test func trimmedMatchesFoundationTrimmed() {
        var generator = SystemRandomNumberGenerator()
        var numbers = Self.edges + [10, 100, 0.1, 0.01, -0.01, -0.1, 0.001, -0.004, 20.5, 1000.01, 7.10, -3.3]
        for _ in 0..<20_000 {
            numbers.append(Double(Int.random(in: -100_000...100_000, using: &generator)) / 8)
            numbers.append(Double(Int.random(in: -100_000...100_000, using: &generator)) / 200)
            numbers.append(Double(Int.random(in: -1_000...1_000, using: &generator)) / 10)
            numbers.append(Double.random(in: -1e6...1e6, using: &generator))
        }
        for number in numbers {
            #expect(TwoDecimals.trimmed(number) == Self.trimmedReference(number), "\(number)")
        }
        #expect(TwoDecimals.trimmed(1e15) == nil && TwoDecimals.trimmed(.nan) == nil)
    }

    @Test func hugeAndNonFiniteNumbersAreLeftToFoundation() {
        #expect(TwoDecimals.format(1e15) == nil)
        #expect(TwoDecimals.format(.infinity) == nil)
        #expect(TwoDecimals.format(.nan) == nil)
    }
}
