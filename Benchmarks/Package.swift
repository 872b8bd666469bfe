// swift-tools-version:6.1
import PackageDescription

// The benchmarks live in a package of their own so that the main build, `make test` and CI
// never resolve or compile package-benchmark. Run them with `make bench` (or, from this folder,
// `swift package --allow-writing-to-package-directory benchmark`).
//
// The main package is a path dependency: only its library products are visible here.
let gerrymander = "gerrymander"

let package = Package(
    name: "gerrymander-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: gerrymander, path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Fixed simulator data shared by every suite, generated once into .build/fixtures.
        .target(name: "BenchmarkFixtures", dependencies: [
            .product(name: "GerritModel", package: gerrymander),
            .product(name: "GerritRemote", package: gerrymander),
            .product(name: "GerritSim", package: gerrymander),
            .product(name: "GerritClient", package: gerrymander),
            .product(name: "Config", package: gerrymander),
            .product(name: "Store", package: gerrymander),
        ]),
        .executableTarget(name: "bench-fixtures", dependencies: ["BenchmarkFixtures"]),
        // One workload in a plain process, for callgrind and perf.
        .executableTarget(name: "bench-profile", dependencies: [
            "BenchmarkFixtures",
            .product(name: "GerritModel", package: gerrymander),
            .product(name: "GerritClient", package: gerrymander),
            .product(name: "Reports", package: gerrymander),
            .product(name: "Output", package: gerrymander),
            .product(name: "Store", package: gerrymander),
            .product(name: "TUI", package: gerrymander),
        ]),
        .executableTarget(name: "DecodingBenchmarks", dependencies: [
            "BenchmarkFixtures",
            .product(name: "GerritModel", package: gerrymander),
            .product(name: "Benchmark", package: "benchmark"),
        ], path: "Benchmarks/DecodingBenchmarks", plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(name: "ReportBenchmarks", dependencies: [
            "BenchmarkFixtures",
            .product(name: "GerritModel", package: gerrymander),
            .product(name: "Reports", package: gerrymander),
            .product(name: "Output", package: gerrymander),
            .product(name: "Config", package: gerrymander),
            .product(name: "Benchmark", package: "benchmark"),
        ], path: "Benchmarks/ReportBenchmarks", plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(name: "StoreBenchmarks", dependencies: [
            "BenchmarkFixtures",
            .product(name: "GerritModel", package: gerrymander),
            .product(name: "GerritRemote", package: gerrymander),
            .product(name: "Store", package: gerrymander),
            .product(name: "Benchmark", package: "benchmark"),
        ], path: "Benchmarks/StoreBenchmarks", plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(name: "RenderingBenchmarks", dependencies: [
            "BenchmarkFixtures",
            .product(name: "GerritModel", package: gerrymander),
            .product(name: "GerritRemote", package: gerrymander),
            .product(name: "Store", package: gerrymander),
            .product(name: "TUI", package: gerrymander),
            .product(name: "Benchmark", package: "benchmark"),
        ], path: "Benchmarks/RenderingBenchmarks", plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(name: "MemoryBenchmarks", dependencies: [
            "BenchmarkFixtures",
            .product(name: "GerritModel", package: gerrymander),
            .product(name: "GerritClient", package: gerrymander),
            .product(name: "Store", package: gerrymander),
            .product(name: "Benchmark", package: "benchmark"),
        ], path: "Benchmarks/MemoryBenchmarks", plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ],
    swiftLanguageModes: [.v6]
)
