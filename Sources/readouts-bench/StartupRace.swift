import Foundation
import ReadoutsFixtures

/// The race of `readouts-bench startup` (issue 15): each contender is started in one
/// private tmux server (200×60) and its pane looked at with `capture-pane` until its first
/// screen shows; both programs pay the same tmux start-up and polling, so the ratios are
/// fair. `harness` says how the race talks to tmux (`RaceHarness`).
struct StartupRace {
    var readouts: String
    var runs: Int
    var harness = RaceHarness.control
    /// Keys timed while the reader loads and links (none: no key latency).
    var keys: Int
    /// Whether a reader is left to link and its peak memory read (`--first-screens-only`: not).
    var measuresMemory = true
    /// The first bundled readout as a file, for `less`: the yardstick of the bundled start.
    var bundledFile: String
    var synthetic: [String]
    var noNewline: [String]
    var oneCharLines: [String]
    var width = 200
    var height = 60

    struct Contender: Codable {
        var name: String
        var medianMs: Double
        var timesMs: [Double]
        var timedOut: Int
    }

    struct Result: Codable {
        var harness: RaceHarness
        var contenders: [Contender]
        var keyLatency: FirstScreenRace.KeyLatency?
        /// `less` on one 10 MB version, the same keys timed the same way: the yardstick for
        /// what the harness and tmux add to a key.
        var lessKeyLatency: FirstScreenRace.KeyLatency?
        var processMemory: FirstScreenRace.ProcessMemory?

        func median(_ name: String) -> Double? { contenders.first { $0.name == name }?.medianMs }

        func table() -> String {
            var rows = [["program", "median", "min", "max", "ratio"]]
            for contender in contenders {
                let yardstick = contender.name.hasSuffix("bundled readouts") ? median(StartupRace.lessBundled) : median(StartupRace.lessSynthetic)
                let reference = contender.name.hasPrefix("less") ? "" : yardstick.map { String(format: "%.1f× less", contender.medianMs / max(0.001, $0)) } ?? ""
                rows.append([contender.name, FirstScreenRace.Result.ms(contender.medianMs), FirstScreenRace.Result.ms(contender.timesMs.min() ?? 0),
                             FirstScreenRace.Result.ms(contender.timesMs.max() ?? 0), reference + (contender.timedOut > 0 ? " (\(contender.timedOut) timed out)" : "")])
            }
            var text = "process start to first screen in tmux, 200×60 (median of \(contenders.first?.timesMs.count ?? 0) starts each; harness: \(harness.rawValue)):\n" + Report.align(rows)
            if let latency = lessKeyLatency {
                text += String(format: "less on one 10 MB version, the same keys (%d × j): median %.1f ms, p90 %.1f ms, max %.1f ms\n",
                               latency.keys, latency.medianMs, latency.p90Ms, latency.maxMs)
            }
            var lines = ["targets (issue 15):"]
            func check(_ name: String, _ value: String, _ ok: Bool) { lines.append("  \(ok ? "met   " : "MISSED") \(name): \(value)") }
            if let bundled = median(StartupRace.readoutsBundled) {
                check("bundled readouts' first screen ≤ 25 ms", FirstScreenRace.Result.ms(bundled)
                      + (median(StartupRace.lessBundled).map { String(format: " (%.1f× less on kremlin.md)", bundled / max(0.001, $0)) } ?? ""), bundled <= 25)
                for name in [StartupRace.readoutsSynthetic, StartupRace.readoutsNoNewline, StartupRace.readoutsOneChar] {
                    if let other = median(name) {
                        check("\(name.dropFirst("readouts, ".count)) ≤ 1.5 × the bundled readouts' first screen",
                              String(format: "%.0f ms = %.2f×", other, other / max(0.001, bundled)), other <= 1.5 * bundled)
                    }
                }
            }
            if let latency = keyLatency {
                check("keys while loading and linking: median ≤ 15 ms, max ≤ 50 ms (\(latency.keys) × j, \(latency.duringLinking) while loading or linking)",
                      String(format: "median %.1f ms, p90 %.1f ms, max %.1f ms", latency.medianMs, latency.p90Ms, latency.maxMs),
                      latency.medianMs <= 15 && latency.maxMs <= 50)
            }
            if let memory = processMemory {
                check(String(format: "peak memory ≤ 5 × input with linking, 2 versions (%.1f MB)", Double(memory.inputBytes) / 1e6),
                      String(format: "%.0f MB = %.1f×; linked and shown %.2f s after start", Double(memory.peakBytes) / 1e6, memory.ratio,
                             memory.linkedAfterMs / 1000), memory.ratio <= 5)
            }
            text += "\n" + lines.joined(separator: "\n") + "\n"
            return text
        }
    }

    static let lessBundled = "less, kremlin.md"
    static let readoutsBundled = "readouts, bundled readouts"
    static let lessSynthetic = "less, one 10 MB version"
    static let readoutsSynthetic = "readouts, 2 × 10 MB"
    static let readoutsNoNewline = "readouts, 2 × 10 MB without a newline"
    static let readoutsOneChar = "readouts, 2 × a million 1-character lines"

    func run() throws -> Result {
        let server = try RaceTmux(name: "readouts-startup-\(getpid())", width: width, height: height, harness: harness)
        defer { server.close() }
        let words = try Self.firstWords(synthetic[0])
        let bundledWords = try Self.firstWords(bundledFile, skippingFrontMatter: true)
        let contains: (String) -> (String) -> Bool = { needle in { $0.contains(needle) } }
        // Name, command, and what marks the first screen.
        let contenders: [(String, [String], (String) -> Bool)] = [
            (Self.lessBundled, ["less", bundledFile], contains(bundledWords)),
            (Self.readoutsBundled, [readouts], contains("TASS/.")),
            (Self.lessSynthetic, ["less", synthetic[0]], contains(words)),
            (Self.readoutsSynthetic, [readouts] + synthetic, contains(words)),
            (Self.readoutsNoNewline, [readouts] + noNewline, contains(words)),
            (Self.readoutsOneChar, [readouts] + oneCharLines, Self.showsLetterRows),
        ]
        var times = [[Double]](repeating: [], count: contenders.count)
        var timeouts = [Int](repeating: 0, count: contenders.count)
        var latency: FirstScreenRace.KeyLatency?
        var lessLatency: FirstScreenRace.KeyLatency?
        for run in 0..<runs {
            // Alternate the order, so no one always runs on the warmer page cache.
            let order = run % 2 == 0 ? Array(contenders.indices) : contenders.indices.reversed()
            for index in order {
                let (pane, elapsed) = try server.timeToFirstScreen("race\(run)-\(index)", command: contenders[index].1, width: width,
                                                                   height: height, pollEvery: 1_000, shows: contenders[index].2)
                if let elapsed { times[index].append(elapsed) } else { timeouts[index] += 1 }
                if elapsed != nil && run == runs - 1 && keys > 0 {
                    if contenders[index].0 == Self.readoutsSynthetic {
                        latency = try FirstScreenRace.keyLatency(pane: pane, server: server, keys: keys)
                    } else if contenders[index].0 == Self.lessSynthetic {
                        lessLatency = try FirstScreenRace.keyLatency(pane: pane, server: server, keys: keys)
                    }
                }
                server.kill(pane)
            }
        }
        // A start of its own, left alone until linking is done: its peak memory then.
        var memory: FirstScreenRace.ProcessMemory?
        if measuresMemory {
            let start = DispatchTime.now().uptimeNanoseconds
            let pane = try server.start("memory", command: [readouts] + synthetic, width: width, height: height)
            memory = try FirstScreenRace.processMemory(pane: pane, start: start, firstScreen: words, files: synthetic, height: height,
                                                       server: server)
            server.kill(pane)
        }
        return Result(harness: harness, contenders: contenders.indices.map { index in
            Contender(name: contenders[index].0, medianMs: Statistics.median(times[index]), timesMs: times[index], timedOut: timeouts[index])
        }, keyLatency: latency, lessKeyLatency: lessLatency, processMemory: memory)
    }

    /// The one-character-lines versions on screen: rows that hold one letter per pane.
    static func showsLetterRows(_ screen: String) -> Bool {
        screen.split(separator: "\n").filter { row in
            // "a │ b" (the divider between the panes) or "a b".
            let parts = row.split(separator: " ").filter { $0 != "│" }
            return parts.count == 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
        }.count >= 10
    }

    /// The file's first three words (after a `---` front matter block if asked), which
    /// both programs show on their first screen.
    static func firstWords(_ path: String, skippingFrontMatter: Bool = false) throws -> String {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var lines = String(decoding: handle.readData(ofLength: 4000), as: UTF8.self).split(separator: "\n")
        if skippingFrontMatter, lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            lines = Array(lines[(end + 1)...])
        }
        let line = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") } ?? ""
        return line.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
