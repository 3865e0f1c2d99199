// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Readouts",
    products: [
        .executable(name: "readouts", targets: ["readouts"]),
        .executable(name: "readouts-bench", targets: ["readouts-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // C bridges: the only targets that see C headers.
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer0d"])]),
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // Build-time embedding of data files (readouts, themes, lexicon) into the binary.
        .executableTarget(name: "EmbedTool"),
        .plugin(name: "EmbedPlugin", capability: .buildTool(), dependencies: ["EmbedTool"], path: "Sources/EmbedPlugin"),

        // The pure core.
        .target(
            name: "ReadoutsText", dependencies: ["CICU", "CStemmer"],
            exclude: ["Embedded", "embed.txt"], plugins: ["EmbedPlugin"]),
        .target(
            name: "ReadoutsTopics", dependencies: ["ReadoutsText", "TOMLKit"],
            exclude: ["Embedded", "embed.txt"], plugins: ["EmbedPlugin"]),
        .target(
            name: "ReadoutsThemes", dependencies: ["TOMLKit"],
            exclude: ["embed.txt"], plugins: ["EmbedPlugin"]),
        // The optional sentence encoder (issue 17): tokenizer, forward pass, model files.
        // Optimised in debug builds too: the tests embed hundreds of sentences.
        .target(name: "ReadoutsEncoder", dependencies: ["CZlib"], swiftSettings: [.unsafeFlags(["-O"])]),
        .target(name: "ReadoutsReader", dependencies: ["ReadoutsText", "ReadoutsTopics", "ReadoutsThemes"]),

        // The thin terminal layer and the command line.
        .target(name: "ReadoutsTerminal", dependencies: ["ReadoutsReader", "CNCursesW"]),
        .executableTarget(
            name: "readouts",
            dependencies: ["ReadoutsTerminal", "ReadoutsEncoder", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "readouts-bench", dependencies: ["ReadoutsReader", "ReadoutsTopics", "ReadoutsText", "ReadoutsEncoder", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        .testTarget(name: "ReadoutsTextTests", dependencies: ["ReadoutsText"]),
        .testTarget(name: "ReadoutsTopicsTests", dependencies: ["ReadoutsTopics"], exclude: ["Annotations"]),
        .testTarget(name: "ReadoutsThemesTests", dependencies: ["ReadoutsThemes"]),
        .testTarget(name: "ReadoutsReaderTests", dependencies: ["ReadoutsReader"]),
        .testTarget(name: "ReadoutsEncoderTests", dependencies: ["ReadoutsEncoder"], exclude: ["Reference"]),
        .testTarget(name: "EndToEndTests", dependencies: ["readouts"]),
    ],
    swiftLanguageModes: [.v6]
)
