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
        .target(name: "ReadoutsEncoder", dependencies: ["CZlib"], swiftSettings: encoderSettings),
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
