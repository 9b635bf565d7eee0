// swift-tools-version:6.0
import PackageDescription

/// One settings list for every target, as swift-nio does: strict concurrency is
/// the language mode, so data crossing stages must be Sendable.
let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Versus",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "versus", targets: ["versus"]),
        // For Fuzz/, the libFuzzer package, which is built apart with -sanitize=fuzzer.
        .library(name: "VersusModules", targets: [
            "VersusCore", "VersusContent", "VersusMarkdown", "VersusLinks", "VersusCharts", "VersusSearch",
            "VersusTemplates", "VersusPublish", "VersusCache", "VersusSite", "VersusPreview",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        // The build cache (.versus-cache/): SQLite, with transactions that a killed build cannot half-write.
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        // Tests only: property-based checks (Swift Testing).
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "VersusCore", swiftSettings: settings),
        // The default theme: Sources/VersusTheme/Theme/ compiled in by the EmbedTheme plugin (see Plugins/EmbedTheme).
        .executableTarget(name: "VersusThemeEmbed", path: "Sources/VersusThemeEmbed"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["VersusThemeEmbed"]),
        .target(name: "VersusTheme", dependencies: ["VersusCore"], exclude: ["Theme"], swiftSettings: settings, plugins: ["EmbedTheme"]),
        .target(
            name: "VersusContent",
            dependencies: ["VersusCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: settings
        ),
        .target(name: "VersusMarkdown", dependencies: ["VersusCore", "CCmarkGFM"], swiftSettings: settings),
        .target(
            name: "VersusLinks",
            dependencies: ["VersusCore", "VersusContent", "VersusMarkdown"],
            swiftSettings: settings
        ),
        .target(
            name: "VersusCharts",
            dependencies: ["VersusCore", "VersusContent", "VersusMarkdown", "VersusLinks"],
            swiftSettings: settings
        ),
        .target(name: "VersusSearch", dependencies: ["VersusCore", "VersusContent", "VersusMarkdown", "VersusLinks"], swiftSettings: settings),
        .target(
            name: "VersusTemplates",
            dependencies: ["VersusCore"],
            swiftSettings: settings
        ),
        .target(
            name: "VersusPublish",
            dependencies: ["VersusCore", "VersusContent", "VersusMarkdown", "VersusLinks"],
            swiftSettings: settings
        ),
        .target(
            name: "VersusCache",
            dependencies: ["VersusCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: settings
        ),
        .target(
            name: "VersusSite",
            dependencies: [
                "VersusCore", "VersusContent", "VersusMarkdown", "VersusLinks", "VersusCharts", "VersusSearch", "VersusTemplates",
                "VersusPublish", "VersusCache",
            ],
            swiftSettings: settings
        ),
        .target(
            name: "VersusPreview",
            dependencies: [
                "VersusCore", "VersusSite",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "versus",
            dependencies: ["VersusContent", "VersusSite", "VersusPreview", "VersusTheme", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: settings,
            // jemalloc in place of glibc's malloc: a build makes and frees
            // millions of small strings and arrays on two threads, and glibc's
            // malloc and free took 15% of a clean build's time (Benchmarks/README.md).
            // Not in the release binary (Release/build.sh sets VERSUS_RELEASE): there
            // --static-swift-stdlib hides every static library's symbols, so a static
            // jemalloc would not replace the malloc that libc itself calls, and memory
            // from one would be freed by the other.
            linkerSettings: Context.environment["VERSUS_RELEASE"] == nil
                ? [.linkedLibrary("jemalloc", .when(platforms: [.linux]))] : []
        ),
        .testTarget(name: "VersusCoreTests", dependencies: ["VersusCore", .product(name: "PropertyBased", package: "swift-property-based")], swiftSettings: settings),
        .testTarget(name: "VersusContentTests", dependencies: ["VersusContent", .product(name: "Yams", package: "Yams")], swiftSettings: settings),
        .testTarget(name: "VersusMarkdownTests", dependencies: ["VersusMarkdown"], swiftSettings: settings),
        .testTarget(name: "VersusLinksTests", dependencies: ["VersusLinks"], swiftSettings: settings),
        .testTarget(name: "VersusChartsTests", dependencies: ["VersusCharts"], swiftSettings: settings),
        .testTarget(name: "VersusSearchTests", dependencies: ["VersusSearch", .product(name: "PropertyBased", package: "swift-property-based")], swiftSettings: settings),
        .testTarget(name: "VersusTemplatesTests", dependencies: ["VersusTemplates"], swiftSettings: settings),
        .testTarget(name: "VersusSiteTests", dependencies: ["VersusSite"], swiftSettings: settings),
        .testTarget(name: "VersusCacheTests", dependencies: ["VersusCache", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: settings),
        .testTarget(name: "VersusPreviewTests", dependencies: ["VersusPreview", "VersusSite", .product(name: "PropertyBased", package: "swift-property-based")], swiftSettings: settings),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["VersusCore"],
            resources: [],
            swiftSettings: settings
        ),
    ]
)
