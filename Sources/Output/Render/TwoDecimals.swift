/// `String(format: "%.2f", number)` computed in integer arithmetic.
///
/// Foundation's formatting costs about 15,000 instructions a call on Linux, and a statistics
/// table formats thousands of numbers. The result is the same: the exact binary value rounded
/// to two decimals, ties to even (as C's printf rounds), with a minus sign for negative numbers
/// (−0.001 is "-0.00").
enum TwoDecimals {
    /// The text, or nil for numbers this does not handle (not finite, or 10^15 and beyond);
    /// the caller then asks Foundation.
    static func format(_ number: Double) -> String? {
        guard number.isFinite, number.magnitude < 1e15 else { return nil }
        let hundredths = roundedHundredths(of: number.magnitude)
        let whole = hundredths / 100, fraction = hundredths % 100
        return (number.sign == .minus ? "-" : "") + String(whole) + (fraction < 10 ? ".0" : ".") + String(fraction)
    }

    /// `format` with trailing zeros and a bare point dropped and "-0" read as "0" (1.5, 0.33, 2):
    /// what statistics cells show, made directly instead of trimming the formatted text (a
    /// rate table formats thousands of cells). Nil where `format` is nil.
    static func trimmed(_ number: Double) -> String? {
        guard number.isFinite, number.magnitude < 1e15 else { return nil }
        let hundredths = roundedHundredths(of: number.magnitude)
        guard hundredths != 0 else { return "0" }
        let whole = String(hundredths / 100), fraction = hundredths % 100
        let sign = number.sign == .minus ? "-" : ""
        if fraction == 0 { return sign + whole }
        if fraction % 10 == 0 { return sign + whole + "." + String(fraction / 10) }
        return sign + whole + (fraction < 10 ? ".0" : ".") + String(fraction)
    }

    /// `magnitude × 100`, rounded to the nearest integer, ties to even, exactly.
    private static func roundedHundredths(of magnitude: Double) -> UInt64 {
        guard magnitude != 0 else { return 0 }
        // magnitude = significand × 2^-shift, with the significand below 2^53.
        let significand: UInt64, shift: Int
        if magnitude.isNormal {
            significand = (1 << 52) | magnitude.significandBitPattern
            shift = 52 - Int(magnitude.exponent)
        } else {
            significand = magnitude.significandBitPattern
            shift = 1074
        }
        // Below 10^15 < 2^50 the exponent is under 50, so the shift is at least 3; the scaled
        // significand stays below 2^53 × 100 < 2^60.
        let scaled = significand * 100
        guard shift < 64 else { return 0 }  // under 2^-4 of a hundredth: rounds to 0
        var quotient = scaled >> UInt64(shift)
        let remainder = scaled & ((1 << UInt64(shift)) - 1)
        let half: UInt64 = 1 << UInt64(shift - 1)
        if remainder > half || (remainder == half && quotient & 1 == 1) { quotient += 1 }
        return quotient
    }
}
