import ArgumentParser
import Foundation
import ReadoutsFixtures
import ReadoutsText

/// `readouts-bench startup`: issue 15's figures, all from one run of private tmux servers.
/// The reader and `less` race to their first screen (whole process, medians) on the bundled
/// readouts, on two synthetic 10 MB versions, on 10 MB without a newline and on a million
/// one-character lines; then keys are timed while the reader loads and links, and its peak
/// memory is read once linking is done.
struct StartupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readouts-bench startup",
        abstract: "Race readouts and less to the first screen in tmux; keys while loading; peak memory with linking.",
        discussion: "Build in release first (swift build -c release). Every time is a median over --runs starts.")

    @Option(help: "Starts of each program (the median is shown).")
    var runs = 9

    @Option(help: ArgumentHelp("Bytes per synthetic version (k, m suffixes).", valueName: "SIZE"))
    var size = ByteSize(bytes: 10_000_000)

    @Option(help: "Keys timed while the reader loads and links.")
    var keys = 60

    @Option(help: "The readouts binary (default: next to this one).")
    var readouts: String?

    @Flag(help: "Only the race to the first screens: no keys timed, no peak memory (a quick before and after).")
    var firstScreensOnly = false

    @Option(help: "How the race talks to tmux: control (one persistent tmux -C client), spawn (a tmux process per command, the older harness) or both, one after the other.")
    var harness = "control"

    @Flag(help: "Instead of the race: the reader's main-thread processor time per key once linked (2 versions of --size; try 300k), --runs times.")
    var keyCost = false

    @Flag(help: "Print JSON instead of the table.")
    var json = false

    func run() throws {
        let binary = readouts ?? BenchCommand.siblingReadouts
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("no readouts binary at \(binary): run `swift build -c release` first, or pass --readouts")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-startup-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ texts: [String], _ stem: String) throws -> [String] {
            try texts.enumerated().map { index, text in
                let path = directory.appendingPathComponent("\(stem)-\(Character(Unicode.Scalar(UInt8(97 + index)))).txt").path
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                return path
            }
        }
        if keyCost {
            let files = try write(Workload(shape: .synthetic, bytes: size.bytes, versions: 2, seed: 42).texts(), "key-cost")
            var costs: [Double] = []
            for _ in 0..<runs {
                guard let result = try KeyCost(readouts: binary, files: files, keys: keys).run() else {
                    throw ValidationError("the reader did not finish linking within 5 minutes")
                }
                print(result.line())
                costs.append(result.mainThreadMsPerKey)
            }
            print(String(format: "median of %d: %.3f ms per key", costs.count, Statistics.median(costs)))
            return
        }
        let synthetic = try write(Workload(shape: .synthetic, bytes: size.bytes, versions: 2, seed: 42).texts(), "synthetic")
        let noNewline = try write(Workload(shape: .noNewline, bytes: size.bytes, versions: 2, seed: 42).texts(), "no-newline")
        let oneChar = try write(Workload(shape: .oneCharLines, bytes: 2_000_000, versions: 2, seed: 42).texts(), "one-char")
        let bundled = try BundledReadouts.fileNames.map { name in
            let path = directory.appendingPathComponent(name).path
            try Data((BundledReadouts.source(named: name) ?? "").utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let harnesses: [RaceHarness] = harness == "both" ? [.spawn, .control] : [RaceHarness(rawValue: harness)].compactMap { $0 }
        guard !harnesses.isEmpty else { throw ValidationError("--harness: control, spawn or both") }
        var results: [StartupRace.Result] = []
        for harness in harnesses {
            let race = StartupRace(readouts: binary, runs: runs, harness: harness, keys: firstScreensOnly ? 0 : keys,
                                   measuresMemory: !firstScreensOnly, bundledFile: bundled[0], synthetic: synthetic,
                                   noNewline: noNewline, oneCharLines: oneChar)
            let result = try race.run()
            results.append(result)
            if !json { print(result.table(), terminator: harnesses.count > 1 ? "\n" : "") }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            // One harness: the result as before; both: the two, spawn first.
            let data = results.count == 1 ? try encoder.encode(results[0]) : try encoder.encode(results)
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
