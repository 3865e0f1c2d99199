// swift-tools-version:6.1
import Foundation
import PackageDescription

// CPU features: the sentence encoder's matrix kernels use the widest vectors the build
// machine has (Readouts is built where it runs, as `swift run` does), AVX-512 or AVX2 with
// FMA on x86-64; READOUTS_PORTABLE=1 builds for any x86-64. See MatrixKernels.swift.
let encoderSettings: [SwiftSetting] = {
    var settings: [SwiftSetting] = [.unsafeFlags(["-O"])]  // optimised in debug builds too: the tests embed hundreds of sentences
    #if os(Linux) && arch(x86_64)
    let environment = ProcessInfo.processInfo.environment
    guard environment["READOUTS_PORTABLE"] != "1",
          let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
          let flagLine = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
    else { return settings }
    let flags = Set(flagLine.split(separator: " ").map(String.init))
    if flags.isSuperset(of: ["avx512f", "avx512vl", "avx2", "fma"]) {
        settings += [.unsafeFlags(["-Xcc", "-mavx512f", "-Xcc", "-mavx512vl", "-Xcc", "-mavx2", "-Xcc", "-mfma"]),
                     .define("READOUTS_FMA"), .define("READOUTS_AVX512")]
    } else if flags.isSuperset(of: ["avx2", "fma"]) {
        settings += [.unsafeFlags(["-Xcc", "-mavx2", "-Xcc", "-mfma"]), .define("READOUTS_FMA")]
    }
    #endif
    return settings
}()

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
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CMalloc"),
        .target(name: "CSignalGuard"),
        // The signal guard's test children (ReadoutsTerminalTests), in C like the guard.
        .target(name: "CSignalGuardChildren", dependencies: ["CSignalGuard"]),

        // Build-time embedding of data files (readouts, themes, lexicon) into the binary.
        .executableTarget(name: "EmbedTool"),
        .plugin(name: "EmbedPlugin", capability: .buildTool(), dependencies: ["EmbedTool"], path: "Sources/EmbedPlugin"),

        // The pure core.
        .target(name: "ReadoutsOutsideText"),
        .target(name: "ReadoutsTOML", dependencies: ["ReadoutsOutsideText"]),
        .target(
            name: "ReadoutsText", dependencies: ["CICU", "CStemmer", "CMalloc", "ReadoutsOutsideText"],
            exclude: ["Embedded", "embed.txt"], plugins: ["EmbedPlugin"]),
        .target(
            name: "ReadoutsTopics", dependencies: ["ReadoutsText", "ReadoutsTOML", "ReadoutsEncoder"],
            exclude: ["Embedded", "embed.txt"], plugins: ["EmbedPlugin"]),
        .target(
            name: "ReadoutsThemes", dependencies: ["ReadoutsTOML"],
            exclude: ["embed.txt"], plugins: ["EmbedPlugin"]),
        // The optional sentence encoder (issue 17): tokenizer, forward pass, model files.
        .target(name: "ReadoutsEncoder", dependencies: ["CZlib"], swiftSettings: encoderSettings),
        .target(name: "ReadoutsReader", dependencies: ["ReadoutsText", "ReadoutsTopics", "ReadoutsThemes", "ReadoutsTOML", "CICU"]),
        // Link quality against the hand-annotated pairs, shared by the tests and the bench.
        .target(name: "ReadoutsQuality", dependencies: ["ReadoutsText", "ReadoutsTopics", "ReadoutsEncoder"]),
        .target(name: "ReadoutsExport", dependencies: ["ReadoutsReader", "ReadoutsTopics", "ReadoutsText", "ReadoutsThemes", "ReadoutsEncoder"]),

        // The user's configuration file, read through ReadoutsTOML.
        .target(name: "ReadoutsConfig", dependencies: ["ReadoutsTOML", "ReadoutsReader"]),

        // The thin terminal layer and the command line.
        .target(name: "ReadoutsTerminal", dependencies: ["ReadoutsReader", "CNCursesW", "CSignalGuard"]),
        .executableTarget(
            name: "readouts",
            dependencies: ["ReadoutsTerminal", "ReadoutsText", "ReadoutsExport", "ReadoutsEncoder", "ReadoutsConfig", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // A release build links the Swift runtime and Foundation in, as the install step's
            // `--static-swift-stdlib` does: 13 libraries for the dynamic loader instead of 27,
            // and the first screen about 6 ms sooner (README, "Start-up, fifth pass"). Debug
            // builds, which the tests link against the executable's objects, stay dynamic.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-lCoreFoundation", "-l_FoundationCShims", "-l_FoundationCollections", "-l_FoundationICU"], .when(platforms: [.linux], configuration: .release))]),
        .executableTarget(name: "readouts-bench", dependencies: ["ReadoutsFixtures", "ReadoutsQuality", "ReadoutsTOML", "ReadoutsThemes", "ReadoutsEncoder", .product(name: "ArgumentParser", package: "swift-argument-parser")], exclude: ["RECORD.md"]),

        // Synthetic versions, benchmark helpers and process spawning, shared by the bench and the tests.
        .target(name: "ReadoutsFixtures", dependencies: ["ReadoutsReader", "ReadoutsTopics", "ReadoutsText"]),

        .testTarget(name: "ReadoutsTextTests", dependencies: ["ReadoutsText"]),
        .testTarget(name: "ReadoutsTopicsTests", dependencies: ["ReadoutsTopics", "ReadoutsFixtures", "ReadoutsQuality", "ReadoutsEncoder"], exclude: ["Annotations"]),
        .testTarget(name: "ReadoutsThemesTests", dependencies: ["ReadoutsThemes"]),
        .testTarget(name: "ReadoutsTOMLTests", dependencies: ["ReadoutsTOML"]),
        .testTarget(name: "ReadoutsReaderTests", dependencies: ["ReadoutsReader", "ReadoutsFixtures"], exclude: ["Tools"]),
        .testTarget(name: "ReadoutsExportTests", dependencies: ["ReadoutsExport", "ReadoutsFixtures", "ReadoutsQuality", "ReadoutsEncoder"]),
        .testTarget(name: "EndToEndTests", dependencies: ["readouts", "ReadoutsFixtures"], exclude: ["Screenshots"]),
        .testTarget(name: "ReadoutsEncoderTests", dependencies: ["ReadoutsEncoder", "ReadoutsFixtures"], exclude: ["Reference"]),
        .testTarget(name: "ReadoutsConfigTests", dependencies: ["ReadoutsConfig"]),
        // The signal handlers' contract, in forked children on pseudo-terminals; the key decoder.
        .testTarget(name: "ReadoutsTerminalTests", dependencies: ["CSignalGuard", "CSignalGuardChildren", "ReadoutsTerminal"]),
        // The benchmark helpers' own logic (the tmux control-mode protocol).
        .testTarget(name: "ReadoutsFixturesTests", dependencies: ["ReadoutsFixtures"]),
        // The command line itself (the executable's module, with ArgumentParser).
        .testTarget(name: "ReadoutsCommandTests", dependencies: ["readouts", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    ],
    swiftLanguageModes: [.v6]
)
