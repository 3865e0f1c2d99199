import ReadoutsFixtures
import ArgumentParser
import Foundation
import ReadoutsTopics

/// `readouts-bench`: the figures of issue 7 (and issue 3's and 4's speed targets) on
/// deterministic synthetic versions, each size measured in a fresh child process so that
/// its peak memory is its own.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readouts-bench",
        abstract: "Measure Readouts on large synthetic versions: loading, first frame, linking, frame times, memory.",
        discussion: """
            Build in release first (swift build -c release), so that the less comparison finds the \
            readouts binary next to this one. Numbers on a shared machine are noisy: every figure is a \
            median (frames: percentiles over every keystroke).
            """)

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Bytes per version (k, m suffixes).", valueName: "SIZE"))
    var sizes: [ByteSize] = [ByteSize(bytes: 100_000), ByteSize(bytes: 1_000_000), ByteSize(bytes: 5_000_000), ByteSize(bytes: 10_000_000)]

    @Flag(help: "A quick run for CI: 100 KB and 1 MB, fewer runs, no shapes, no less comparison.")
    var quick = false

    @Option(help: "Runs per measurement (the median is shown).")
    var runs: Int?

    @Option(name: .customLong("link-runs"), help: "Runs of full linking per size (0 skips linking).")
    var linkRuns: Int?

    @Option(help: "Keystrokes timed while paging.")
    var keys: Int?

    @Option(help: "Seed of the synthetic versions.")
    var seed: UInt64 = 42

    @Option(help: "Versions per synthetic size.")
    var versions: Int = 2

    @Flag(inversion: .prefixedNo, help: "Also time the pathological shapes: 10 MB without newline, 10 MB without space or newline, a million 1-character lines, three versions of 10 MB.")
    var shapes = true

    @Option(help: ArgumentHelp("Time this pathological shape alone (no-newline, no-space, one-char-lines), 2 × 10 MB (2 MB for one-char-lines): no other size, no race.", valueName: "SHAPE"))
    var shape: Workload.Shape?

    @Flag(inversion: .prefixedNo, help: "Also race less and readouts to the first screen in tmux.")
    var race = true

    @Option(name: .customLong("race-size"), help: "Bytes per file in the less comparison.")
    var raceSize = ByteSize(bytes: 10_000_000)

    @Option(name: .customLong("race-runs"), help: "Starts of each program in the less comparison.")
    var raceRuns = 7

    @Option(help: "The readouts binary for the less comparison (default: next to this one).")
    var readouts: String?

    @Flag(help: "Print JSON instead of the table.")
    var json = false

    @Option(name: .customLong("table-from"), help: ArgumentHelp("Print the table of a saved --json report instead of measuring.", valueName: "FILE"))
    var tableFrom: String?

    @Option(name: .customLong("write-corpus"), help: ArgumentHelp("Write the synthetic versions of the first --sizes size into DIR (account-a.txt, account-b.txt, …) and exit, to try them in readouts or less by hand.", valueName: "DIR"))
    var writeCorpus: String?

    @Option(help: .hidden)
    var child: String?

    @Option(name: .customLong("child-files"), parsing: .upToNextOption, help: .hidden)
    var childFiles: [String] = []

    @Option(name: .customLong("scaling-child"), help: .hidden)
    var scalingChild: String?

    mutating func run() throws {
        if quick {
            sizes = [ByteSize(bytes: 100_000), ByteSize(bytes: 1_000_000)]
            shapes = false
            race = false
        }
        let runs = max(1, self.runs ?? (quick ? 3 : 5))
        let linkRuns = max(0, self.linkRuns ?? (quick ? 1 : 3))
        let keys = max(10, self.keys ?? (quick ? 300 : 2000))

        if let tableFrom {
            var report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: URL(fileURLWithPath: tableFrom)))
            let versions = report.sizes.first?.versions ?? 2
            report.scaling = report.scalingPoints.map(Report.scaling)
                ?? Report.scaling(report.sizes.filter { $0.name == "synthetic" && $0.versions == versions })
            print(report.table(), terminator: "")
            return
        }
        if let writeCorpus {
            let directory = URL(fileURLWithPath: writeCorpus)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let texts = SyntheticReadouts.texts(bytes: sizes.first?.bytes ?? 10_000_000, seed: seed, versions: versions)
            for (index, text) in texts.enumerated() {
                let name = "account-\(Character(Unicode.Scalar(UInt8(97 + index)))).txt"
                try Data(text.utf8).write(to: directory.appendingPathComponent(name))
                print(directory.appendingPathComponent(name).path)
            }
            return
        }
        if let scalingChild {
            let inputs = try JSONDecoder().decode([ScalingBenchmark.Input].self, from: Data(scalingChild.utf8))
            let points = ScalingBenchmark(inputs: inputs, linkRounds: linkRuns).run()
            print(String(decoding: try JSONEncoder().encode(points), as: UTF8.self))
            return
        }
        if let child {
            // A child measures one workload and prints its result as JSON.
            let workload = try JSONDecoder().decode(Workload.self, from: Data(child.utf8))
            let result = SizeBenchmark(workload: workload, files: childFiles, runs: runs, linkRuns: linkRuns, pagingKeys: keys).run()
            print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
            return
        }

        var workloads = sizes.sorted().map { Workload(shape: .synthetic, bytes: $0.bytes, versions: versions, seed: seed) }
        if let shape {
            workloads = [Workload(shape: shape, bytes: shape == .oneCharLines ? 2_000_000 : 10_000_000, versions: 2, seed: seed)]
            race = false
        } else if shapes {
            workloads += [
                Workload(shape: .noNewline, bytes: 10_000_000, versions: 2, seed: seed),
                Workload(shape: .noSpace, bytes: 10_000_000, versions: 2, seed: seed),
                Workload(shape: .oneCharLines, bytes: 2_000_000, versions: 2, seed: seed),
                Workload(shape: .synthetic, bytes: 10_000_000, versions: 3, seed: seed),
            ]
        }
        var results: [SizeResult] = []
        for workload in workloads {
            note("measuring \(workload.name) \(workload.versions) × \(ByteSize(bytes: workload.bytes))…")
            // Shapes are about opening without hanging; linking them once is enough.
            let childLinkRuns = workload.shape == .synthetic && workload.versions == versions ? linkRuns : min(linkRuns, 1)
            results.append(try measureInChild(workload, runs: runs, linkRuns: childLinkRuns, keys: keys))
        }

        var raceResult: FirstScreenRace.Result?
        if race {
            let binary = readouts ?? Self.siblingReadouts
            if !FileManager.default.isExecutableFile(atPath: binary) {
                note("no readouts binary at \(binary): run `swift build -c release` first, or pass --readouts; skipping the less comparison")
            } else if (try? Spawn.run(["tmux", "-V"]).status) != 0 {
                note("tmux is not installed: skipping the less comparison")
            } else {
                note("racing less and readouts to the first screen (\(raceRuns) runs each)…")
                raceResult = try raceLess(binary: binary)
            }
        }

        let synthetic = results.filter { $0.name == "synthetic" && $0.versions == versions }
        var scalingPoints: [ScalingBenchmark.Point]?
        if synthetic.count >= 2 {
            note("measuring growth with the sizes interleaved…")
            scalingPoints = try measureScaling(sizes.sorted().map(\.bytes), linkRuns: linkRuns)
        }
        let report = Report(machine: Self.machine, seed: seed, runs: runs, sizes: results,
                            scaling: scalingPoints.map(Report.scaling) ?? Report.scaling(synthetic),
                            scalingPoints: scalingPoints, race: raceResult)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.table(), terminator: "")
        }
    }

    /// Writes the workload's files (removed afterwards) and measures them in a child, which
    /// opens them as the reader does: its memory holds nothing but what reading them costs.
    func measureInChild(_ workload: Workload, runs: Int, linkRuns: Int, keys: Int) throws -> SizeResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-bench-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try workload.write(to: directory)
        let spec = String(decoding: try JSONEncoder().encode(workload), as: UTF8.self)
        let output = try Spawn.run([Self.executable, "--child", spec, "--runs", "\(runs)", "--link-runs", "\(linkRuns)", "--keys", "\(keys)",
                                    "--child-files"] + files)
        guard output.status == 0, let line = output.text.split(separator: "\n").last,
              let result = try? JSONDecoder().decode(SizeResult.self, from: Data(line.utf8)) else {
            throw ValidationError("the measurement of \(workload.name) failed (status \(output.status)):\n\(output.text)")
        }
        return result
    }

    /// Writes every size's files and measures their growth in one child, sizes interleaved.
    func measureScaling(_ sizes: [Int], linkRuns: Int) throws -> [ScalingBenchmark.Point] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-bench-\(getpid())-scaling")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var inputs: [ScalingBenchmark.Input] = []
        for bytes in sizes {
            let folder = directory.appendingPathComponent("\(bytes)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let workload = Workload(shape: .synthetic, bytes: bytes, versions: versions, seed: seed)
            inputs.append(.init(bytesPerVersion: bytes, files: try workload.write(to: folder)))
        }
        let spec = String(decoding: try JSONEncoder().encode(inputs), as: UTF8.self)
        let output = try Spawn.run([Self.executable, "--scaling-child", spec, "--link-runs", "\(linkRuns)"])
        guard output.status == 0, let line = output.text.split(separator: "\n").last,
              let points = try? JSONDecoder().decode([ScalingBenchmark.Point].self, from: Data(line.utf8)) else {
            throw ValidationError("the growth measurement failed (status \(output.status)):\n\(output.text)")
        }
        return points
    }

    /// Writes the race's files (not kept: the directory is removed afterwards).
    func raceLess(binary: String) throws -> FirstScreenRace.Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("readouts-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let texts = SyntheticReadouts.texts(bytes: raceSize.bytes, seed: seed, versions: 2)
        var files: [String] = []
        for (index, text) in texts.enumerated() {
            let path = directory.appendingPathComponent(index == 0 ? "account-a.txt" : "account-b.txt").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        return try FirstScreenRace(readouts: binary, files: files, runs: raceRuns).run()
    }

    func note(_ message: String) {
        FileHandle.standardError.write(Data("readouts-bench: \(message)\n".utf8))
    }

    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    static var siblingReadouts: String {
        URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("readouts").path
    }

    /// CPU count and model, printed with the figures since they depend on them.
    static var machine: String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown CPU"
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(model)"
    }
}
