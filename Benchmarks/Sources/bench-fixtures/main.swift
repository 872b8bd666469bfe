// Writes the benchmark fixtures into Benchmarks/.build/fixtures (or $GERRYMANDER_BENCH_FIXTURES).
import BenchmarkFixtures
import Foundation

do {
    try await FixtureWriter(log: { print("bench-fixtures: \($0)") }).writeAll()
} catch {
    FileHandle.standardError.write(Data("bench-fixtures: \(error)\n".utf8))
    exit(1)
}
