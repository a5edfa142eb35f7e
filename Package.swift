// swift-tools-version:6.0
// Galley: turns articles from one form into another. No third-party dependencies; zlib comes
// from the system through the CZlib module map.
import PackageDescription

let package = Package(
    name: "Galley",
    products: [
        .library(name: "Galley", targets: ["Galley"]),
        .library(name: "GalleyCore", targets: ["GalleyCore"]),
        .library(name: "GalleyJSON", targets: ["GalleyJSON"]),
        .library(name: "GalleyText", targets: ["GalleyText"]),
        .library(name: "GalleyHTML", targets: ["GalleyHTML"]),
        .library(name: "GalleyWire", targets: ["GalleyWire"]),
        .library(name: "GalleyMarkdown", targets: ["GalleyMarkdown"]),
        .library(name: "GalleyZip", targets: ["GalleyZip"]),
        .library(name: "GalleyEPUB", targets: ["GalleyEPUB"]),
        .library(name: "GalleyRender", targets: ["GalleyRender"]),
        .library(name: "GalleyPasses", targets: ["GalleyPasses"]),
        .executable(name: "galley", targets: ["galley"]),
        .executable(name: "galley-bench", targets: ["galley-bench"]),
    ],
    targets: [
        // MARK: System libraries
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // MARK: The model: AST, protocols, pipeline, registry (no formats, no I/O)
        .target(name: "GalleyCore"),

        // MARK: Readers and writers, one module per family
        .target(name: "GalleyJSON", dependencies: ["GalleyCore"]),
        .target(name: "GalleyText", dependencies: ["GalleyCore"]),
        .target(name: "GalleyHTML", dependencies: ["GalleyCore"]),
        .target(name: "GalleyWire", dependencies: ["GalleyCore"]),
        .target(name: "GalleyMarkdown", dependencies: ["GalleyCore"]),
        .target(name: "GalleyZip", dependencies: ["CZlib", "GalleyCore"]),
        .target(name: "GalleyEPUB", dependencies: ["GalleyCore", "GalleyHTML", "GalleyZip"]),
        .target(name: "GalleyRender", dependencies: ["GalleyCore", "GalleyHTML", "GalleyText", "GalleyJSON"]),

        // MARK: Passes
        .target(name: "GalleyPasses", dependencies: ["GalleyCore", "GalleyWire"]),

        // MARK: Umbrella and driver
        .target(
            name: "Galley",
            dependencies: [
                "GalleyCore", "GalleyJSON", "GalleyText", "GalleyHTML", "GalleyWire",
                "GalleyMarkdown", "GalleyEPUB", "GalleyRender", "GalleyPasses",
            ]
        ),
        .executableTarget(name: "galley", dependencies: ["Galley"]),

        // MARK: Benchmarks (`make bench`; never part of `make test`)
        .executableTarget(
            name: "galley-bench",
            dependencies: ["GalleyHTML", "GalleyMarkdown", "GalleyPasses", "GalleyText", "GalleyWire", "GalleyCore"],
            path: "Benchmarks/GalleyBench"
        ),

        // MARK: Plugins
        .plugin(
            name: "RenderSamples",
            capability: .command(
                intent: .custom(verb: "render-samples", description: "Render every sample into Samples/output/"),
                permissions: [.writeToPackageDirectory(reason: "Writes the rendered samples to Samples/output/")]
            ),
            dependencies: ["galley"]
        ),

        // MARK: Tests
        .target(name: "TestSupport", dependencies: ["GalleyCore"], path: "Tests/TestSupport"),
        .testTarget(name: "GalleyCoreTests", dependencies: ["GalleyCore", "TestSupport"]),
        .testTarget(name: "GalleyJSONTests", dependencies: ["GalleyJSON", "TestSupport"]),
        .testTarget(name: "GalleyTextTests", dependencies: ["GalleyText", "TestSupport"]),
        .testTarget(
            name: "GalleyHTMLTests", dependencies: ["GalleyHTML", "TestSupport"],
            exclude: ["Parser/Fixtures"]  // read from disk by the conformance runner
        ),
        .testTarget(name: "GalleyWireTests", dependencies: ["GalleyWire", "TestSupport"]),
        .testTarget(name: "GalleyMarkdownTests", dependencies: ["GalleyMarkdown", "TestSupport"]),
        .testTarget(name: "GalleyZipTests", dependencies: ["GalleyZip", "TestSupport"]),
        .testTarget(name: "GalleyEPUBTests", dependencies: ["GalleyEPUB", "GalleyHTML", "TestSupport"]),
        .testTarget(name: "GalleyRenderTests", dependencies: ["GalleyRender", "TestSupport"]),
        .testTarget(name: "GalleyPassesTests", dependencies: ["GalleyPasses", "TestSupport"]),
        .testTarget(name: "GalleyDriverTests", dependencies: ["Galley", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
