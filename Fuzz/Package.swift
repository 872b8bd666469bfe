// swift-tools-version:6.1
import PackageDescription

// Fuzz targets for what reads untrusted or hand-written input: Gerrit's query rows and stream
// events, git's diffs, the INI config, theme files and key names. A package of its own, built
// only by `make fuzz` with coverage and AddressSanitizer, so normal builds and CI never pay for it.
let package = Package(
    name: "gerrymander-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "gerrymander", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzQueryRows", dependencies: [
            "FuzzSupport", .product(name: "GerritModel", package: "gerrymander"),
        ]),
        .executableTarget(name: "FuzzEvents", dependencies: [
            "FuzzSupport", .product(name: "GerritModel", package: "gerrymander"),
        ]),
        .executableTarget(name: "FuzzDiff", dependencies: [
            "FuzzSupport", .product(name: "GerritModel", package: "gerrymander"),
            .product(name: "Reports", package: "gerrymander"), .product(name: "Output", package: "gerrymander"),
        ]),
        .executableTarget(name: "FuzzINI", dependencies: [
            "FuzzSupport", .product(name: "Config", package: "gerrymander"),
        ]),
        .executableTarget(name: "FuzzSettings", dependencies: [
            "FuzzSupport", .product(name: "Config", package: "gerrymander"),
        ]),
        .executableTarget(name: "FuzzTheme", dependencies: [
            "FuzzSupport", .product(name: "Config", package: "gerrymander"),
        ]),
        .executableTarget(name: "FuzzKeyNames", dependencies: [
            "FuzzSupport", .product(name: "TUI", package: "gerrymander"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
