// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for Versus, kept apart from the main package because
/// they are built with -sanitize=fuzzer (which brings its own `main`).
/// `make fuzz` builds and runs them; see Fuzz/README.md.
let package = Package(
    name: "VersusFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Versus", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "VersusFuzz",
            dependencies: [
                "CFuzzDriver",
                .product(name: "VersusModules", package: "Versus"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
