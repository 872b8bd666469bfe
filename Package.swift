// swift-tools-version:6.1
import PackageDescription

// Module layout: docs/ARCHITECTURE.md. Arrows only point down.

/// Concrete generic types (`Set<String>`, `OptionGroup<GlobalOptions>`, …) are made through their
/// metadata accessors, not by demangling their names at run time: each demangled name's generic
/// requirements are checked by searching the binary's ~7,400 conformance records (~460 K
/// instructions a time, 2.2 M of a 20 M warm report). BENCHMARKS.md, fourth pass.
let directMetadata: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

/// The executable is linked by lld (the toolchain's own) with its ~84,000 relative relocations
/// packed (DT_RELR, glibc 2.36): the loader walks a 16 KB bitmap instead of a 2 MB table on
/// every start (~0.2-0.3 ms of each command, BENCHMARKS.md seventh pass). The executable stays
/// position-independent.
let packedRelocations: [LinkerSetting] = [
    .unsafeFlags(["-Xclang-linker", "-fuse-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                 .when(platforms: [.linux])),
]

/// The executable takes libstdc++ and SQLite from their static archives (the linker scripts in
/// Sources/gerrymander/StaticLink, found before the shared libraries): a quarter of a short
/// command's instructions went to the loader opening them and resolving their symbols
/// (BENCHMARKS.md, eighth pass).
let staticLibraries: [LinkerSetting] = [
    // Release only: a debug build links the Swift runtime's shared libraries, which bring the
    // shared libstdc++ with them, and two copies of it in one process is asking for trouble.
    .unsafeFlags(["-L", Context.packageDirectory + "/Sources/gerrymander/StaticLink"],
                 .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "gerrymander",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gerrymander", targets: ["gerrymander"]),
        .executable(name: "gerrit-sim", targets: ["gerrit-sim"]),
        .library(name: "GerritModel", targets: ["GerritModel"]),
        .library(name: "GerritRemote", targets: ["GerritRemote"]),
        .library(name: "GerritClient", targets: ["GerritClient"]),
        .library(name: "Reports", targets: ["Reports"]),
        // For the fuzz package (Fuzz/) and the benchmarks package (Benchmarks/): a path
        // dependency sees products only.
        .library(name: "Config", targets: ["Config"]),
        .library(name: "GerritSim", targets: ["GerritSim"]),
        .library(name: "Output", targets: ["Output"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "TUI", targets: ["TUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // ncurses (headers from libncursesw5-dev): CNcursesw.h switches on the wide API and wraps
        // the macros; the library is opened on first use (LazyNcursesw.c), not linked, so a
        // command that draws no screen never loads it. Hidden: the forwarders must not be
        // what the library's own calls find.
        .target(name: "CNcursesw", path: "Sources/CNcursesw",
                cSettings: [.unsafeFlags(["-fvisibility=hidden", "-gdwarf-4"])]),
        // libssh2 is opened on first use (LazyLibSSH2.c), not linked: a command answered from the
        // cache never loads it and the OpenSSL it brings (1.4 ms of every start). Its header
        // comes from libssh2-1-dev.
        // DWARF 4: Debian's valgrind (3.19, the profiler of BENCHMARKS.md) gives up on clang's
        // default DWARF 5 and with it on the whole binary.
        // SQLite, the cache's file format, through its C API: the cache's few statements need no
        // more, and a library over it cost every warm command its start-up (BENCHMARKS.md).
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "CLibSSH2", path: "Sources/CLibSSH2", cSettings: [.unsafeFlags(["-gdwarf-4"])]),

        .target(name: "GerritModel", swiftSettings: directMetadata),
        // Cell widths, truncation and sanitizing of untrusted server text: shared by Output and TUI.
        .target(name: "TerminalText", swiftSettings: directMetadata),
        .target(name: "Config", swiftSettings: directMetadata),
        // The contracts between the store, the client and the simulator: transport, service,
        // remote-command values and their errors.
        .target(name: "GerritRemote", dependencies: ["GerritModel"], swiftSettings: directMetadata),
        .target(name: "GerritSim", dependencies: ["GerritModel", "GerritRemote"]),
        .target(name: "GerritClient", dependencies: [
            "GerritModel", "GerritRemote", "Config", "CLibSSH2",
            .product(name: "Logging", package: "swift-log"),
            "CSQLite",
        ], swiftSettings: directMetadata),
        .target(name: "Reports", dependencies: ["GerritModel", "Config"], swiftSettings: directMetadata),
        .target(name: "Output", dependencies: ["Reports", "GerritModel", "TerminalText"], swiftSettings: directMetadata),
        .target(name: "Store", dependencies: ["GerritModel", "GerritRemote", "Reports", "Config"], swiftSettings: directMetadata),
        .target(name: "TUI", dependencies: ["Store", "Config", "Reports", "GerritModel", "TerminalText"], swiftSettings: directMetadata),
        .target(name: "TerminalBackend", dependencies: ["TUI", "CNcursesw"], swiftSettings: directMetadata),
        // Test-only. The core needs no SSH and no SQLite, so the store's tests link neither.
        .target(name: "GerritTestSupport", dependencies: [
            "GerritModel", "GerritRemote", "GerritSim", "Config", "TUI", "TerminalText",
        ]),
        // Test-only: a real sshd, an ssh-agent, and clients over the simulator.
        .target(name: "GerritClientTestSupport", dependencies: [
            "GerritClient", "GerritRemote", "GerritSim", "GerritTestSupport",
        ]),

        .executableTarget(name: "gerrymander", dependencies: [
            "GerritModel", "GerritRemote", "Config", "GerritClient", "GerritSim", "Reports", "Output",
            "Store", "TUI", "TerminalBackend", "TerminalText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ], exclude: ["StaticLink"], swiftSettings: directMetadata, linkerSettings: packedRelocations + staticLibraries),
        .executableTarget(name: "gerrit-sim", dependencies: ["GerritSim", "GerritModel"]),

        .testTarget(name: "GerritModelTests", dependencies: ["GerritModel", "GerritTestSupport"]),
        .testTarget(name: "TerminalTextTests", dependencies: ["TerminalText"]),
        .testTarget(name: "ConfigTests", dependencies: ["Config", "GerritTestSupport"]),
        .testTarget(name: "GerritSimTests", dependencies: ["GerritSim", "GerritModel", "GerritTestSupport"]),
        .testTarget(name: "GerritClientTests", dependencies: [
            "GerritClient", "GerritRemote", "GerritSim", "GerritTestSupport", "GerritClientTestSupport", "Reports",
        ]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "GerritSim", "GerritRemote", "GerritTestSupport"]),
        .testTarget(name: "OutputTests", dependencies: ["Output", "Reports", "GerritTestSupport"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "GerritRemote", "GerritSim", "GerritTestSupport"]),
        .testTarget(name: "TUITests", dependencies: [
            "TUI", "Store", "Reports", "GerritRemote", "GerritSim", "GerritTestSupport",
        ], exclude: ["Snapshots"]),
        // Runs the built gerrymander binary as a user would.
        .testTarget(name: "CLITests", dependencies: ["GerritTestSupport"], exclude: ["Golden"]),
        // Need a real OpenSSH sshd / tmux: kept apart so the fast suite can run alone.
        .testTarget(name: "SSHIntegrationTests", dependencies: [
            "GerritClient", "GerritRemote", "GerritTestSupport", "GerritClientTestSupport",
        ]),
        .testTarget(name: "TmuxIntegrationTests", dependencies: ["GerritTestSupport", "GerritClientTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
