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

    @Test func hugeAndNonFiniteNumbersAreLeftToFoundation() {
        #expect(TwoDecimals.format(1e15) == nil)
        #expect(TwoDecimals.format(.infinity) == nil)
        #expect(TwoDecimals.format(.nan) == nil)
    }
}
