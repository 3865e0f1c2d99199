// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Readouts",
    products: [
        .executable(name: "readouts", targets: ["readouts"]),
        .executable(name: "readouts-bench", targets: ["readouts-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // C bridges: the only targets that see C headers.
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer0d"])]),
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]),

        // Build-time embedding of data files (readouts, themes, lexicon) into the binary.
        .executableTarget(name: "EmbedTool"),
        .plugin(name: "EmbedPlugin", capability: .buildTool(), dependencies: ["EmbedTool"], path: "Sources/EmbedPlugin"),

        // The pure core.
        .target(name: "ReadoutsTOML"),
        .target(
            name: "ReadoutsText", dependencies: ["CICU", "CStemmer"],
            exclude: ["Embedded", "embed.txt"], plugins: ["EmbedPlugin"]),
        .target(
            name: "ReadoutsTopics", dependencies: ["ReadoutsText", "ReadoutsTOML"],
            exclude: ["Embedded", "embed.txt"], plugins: ["EmbedPlugin"]),
        .target(
            name: "ReadoutsThemes", dependencies: ["ReadoutsTOML"],
            exclude: ["embed.txt"], plugins: ["EmbedPlugin"]),
        .target(name: "ReadoutsReader", dependencies: ["ReadoutsText", "ReadoutsTopics", "ReadoutsThemes", "CICU"]),
        // Link quality against the hand-annotated pairs, shared by the tests and the bench.
        .target(name: "ReadoutsQuality", dependencies: ["ReadoutsText", "ReadoutsTopics"]),

        // The user's configuration file, read through ReadoutsTOML.
        .target(name: "ReadoutsConfig", dependencies: ["ReadoutsTOML", "ReadoutsReader"]),

        // The thin terminal layer and the command line.
        .target(name: "ReadoutsTerminal", dependencies: ["ReadoutsReader", "CNCursesW"]),
        .executableTarget(
            name: "readouts",
            dependencies: ["ReadoutsTerminal", "ReadoutsConfig", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "readouts-bench", dependencies: ["ReadoutsFixtures", "ReadoutsQuality", "ReadoutsTOML", "ReadoutsThemes", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Synthetic versions, benchmark helpers and process spawning, shared by the bench and the tests.
        .target(name: "ReadoutsFixtures", dependencies: ["ReadoutsReader", "ReadoutsTopics", "ReadoutsText"]),

        .testTarget(name: "ReadoutsTextTests", dependencies: ["ReadoutsText"]),
        .testTarget(name: "ReadoutsTopicsTests", dependencies: ["ReadoutsTopics", "ReadoutsFixtures", "ReadoutsQuality"], exclude: ["Annotations"]),
        .testTarget(name: "ReadoutsThemesTests", dependencies: ["ReadoutsThemes"]),
        .testTarget(name: "ReadoutsTOMLTests", dependencies: ["ReadoutsTOML"]),
        .testTarget(name: "ReadoutsReaderTests", dependencies: ["ReadoutsReader"], exclude: ["Tools"]),
        .testTarget(name: "ReadoutsConfigTests", dependencies: ["ReadoutsConfig"]),
        .testTarget(name: "EndToEndTests", dependencies: ["readouts", "ReadoutsFixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
