/// A tiny seeded random generator, so the same seed always yields the same dataset.
///
/// `SystemRandomNumberGenerator` is never used: determinism across runs and platforms matters more
/// than quality here.
public struct SplitMix64: RandomNumberGenerator, Sendable, Codable, Equatable {
    public var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (bound > 0); modulo bias is irrelevant for fake data.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }

    /// A uniform integer in the closed range.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform double in `0..<1`.
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// True with the given probability.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// 40 lowercase hex digits, the shape of a git sha1.
    mutating func sha1() -> String {
        hex(count: 40)
    }

    /// `count` lowercase hex digits (at most 64).
    mutating func hex(count: Int) -> String {
        // Built byte by byte from a static table: the generator makes tens of thousands of these.
        let table: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: count) { buffer in
            var bits = next()
            var left = 16
            for i in 0..<count {
                if left == 0 { bits = next(); left = 16 }
                buffer[i] = table.utf8Start[Int(bits & 0xF)]
                bits >>= 4
                left -= 1
            }
            return count
        }
    }
}
