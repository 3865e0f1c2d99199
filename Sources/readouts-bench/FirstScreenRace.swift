import ReadoutsFixtures
import Foundation

/// Time to the first screen of text, whole process included, for `less` and for the
/// reader on the same 10 MB file: each is started in one private tmux server (200×60) and
/// its pane captured (`RaceTmux`, control harness) until the file's first words show. Both
/// pay the same tmux start-up and the same captures, so the ratio is fair even if the
/// absolute figures include tmux's own work.
struct FirstScreenRace {
    var readouts: String
    var files: [String]
    var runs: Int
    var width = 200
    var height = 60

    struct Contender: Codable {
        var name: String
        var command: [String]
        var medianMs: Double
        var timesMs: [Double]
        var timedOut: Int
    }

    /// Key to screen while the engine links in the background: `j` pressed in the reader
    /// just after its first screen, timed until the pane's first row of text changes
    /// (tmux's own send-keys and capture-pane work included: see `keyLatency`).
    struct KeyLatency: Codable {
        var keys: Int
        /// Of those, pressed while the status row still showed "linking".
        var duringLinking: Int
        var medianMs: Double
        var p90Ms: Double
        var maxMs: Double
    }

    /// The reader process itself, on the 2 versions: how long until the status line stops
    /// saying "linking" (from start, tmux polling included), and its peak resident memory
    /// then (the kernel's VmHWM: text, analysis, topic index, curses, everything).
    struct ProcessMemory: Codable {
        var inputBytes: Int
        var linkedAfterMs: Double
        var peakBytes: Int
        var ratio: Double { Double(peakBytes) / Double(max(1, inputBytes)) }
    }

    struct Result: Codable {
        var bytes: Int
        var contenders: [Contender]
        var keyLatency: KeyLatency?
        var processMemory: ProcessMemory?

        func table() -> String {
            let out = "time to first screen in tmux (\(ByteSize(bytes: bytes)) per file, whole process, median of \(contenders.first?.timesMs.count ?? 0)):\n"
            let base = contenders.first { $0.name == "less" }?.medianMs
            var rows = [["program", "median", "min", "max", "× less"]]
            for contender in contenders {
                rows.append([contender.name, Self.ms(contender.medianMs), Self.ms(contender.timesMs.min() ?? 0),
                             Self.ms(contender.timesMs.max() ?? 0),
                             base.map { String(format: "%.1f×", contender.medianMs / max(0.001, $0)) } ?? "?"])
            }
            var text = out + Report.align(rows)
            if let latency = keyLatency {
                text += String(format: "keys while linking runs (readouts, 2 versions): %d × j, %d of them during linking; key to screen median %.0f ms, p90 %.0f ms, max %.0f ms\n",
                               latency.keys, latency.duringLinking, latency.medianMs, latency.p90Ms, latency.maxMs)
            }
            if let memory = processMemory {
                text += String(format: "reader process, 2 versions (%.1f MB in all): linked and shown %.1f s after start; peak resident memory %.0f MB = %.1f× the input\n",
                               Double(memory.inputBytes) / 1e6, memory.linkedAfterMs / 1000, Double(memory.peakBytes) / 1e6, memory.ratio)
            }
            return text
        }

        static func ms(_ value: Double) -> String { String(format: "%.0f ms", value) }
    }

    func run() throws -> Result {
        let server = try RaceTmux(name: "readouts-bench-\(getpid())", width: width, height: height)
        defer { server.close() }

        let needle = try firstWords(files[0])
        // Name, command, and the text whose appearance marks the first screen.
        let contenders: [(String, [String], String)] = [
            ("less", ["less", files[0]], needle),
            ("readouts (same file twice)", [readouts, files[0], files[0]], needle),
            ("readouts (2 versions)", [readouts] + files, needle),
        ] + (files.count > 2 ? [("readouts (\(files.count) versions)", [readouts] + files, needle)] : [])
            + [("readouts (bundled readouts)", [readouts], "TASS/.")]
        var times = [[Double]](repeating: [], count: contenders.count)
        var timeouts = [Int](repeating: 0, count: contenders.count)
        var latency: KeyLatency?
        var memory: ProcessMemory?
        for run in 0..<runs {
            // Alternate the order, so neither always runs on the warmer page cache.
            let order = run % 2 == 0 ? Array(contenders.indices) : contenders.indices.reversed()
            for index in order {
                let marker = contenders[index].2
                let (pane, elapsed) = try server.timeToFirstScreen("race\(run)-\(index)", command: contenders[index].1, width: width,
                                                                   height: height, pollEvery: 2_000, shows: { $0.contains(marker) })
                if let elapsed { times[index].append(elapsed) } else { timeouts[index] += 1 }
                if elapsed != nil && run == runs - 1 && contenders[index].0 == "readouts (2 versions)" {
                    latency = try Self.keyLatency(pane: pane, server: server)
                }
                server.kill(pane)
            }
        }
        // A start of its own, left alone until linking is done: how long that takes and
        // what the process holds then, without keys pressed in between.
        if let index = contenders.firstIndex(where: { $0.0 == "readouts (2 versions)" }) {
            let start = DispatchTime.now().uptimeNanoseconds
            let pane = try server.start("memory", command: contenders[index].1, width: width, height: height)
            memory = try Self.processMemory(pane: pane, start: start, firstScreen: contenders[index].2, files: files, height: height,
                                            server: server)
            server.kill(pane)
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: files[0]))?[.size] as? Int) ?? 0
        return Result(bytes: size, contenders: contenders.indices.map { index in
            Contender(name: contenders[index].0, command: contenders[index].1, medianMs: Statistics.median(times[index]),
                      timesMs: times[index], timedOut: timeouts[index])
        }, keyLatency: latency, processMemory: memory)
    }

    /// Waits (up to 5 minutes) for the first screen and then for linking to finish, then
    /// reads the reader's peak memory.
    static func processMemory(pane: RaceTmux.Pane, start: UInt64, firstScreen: String, files: [String], height: Int,
                              server: RaceTmux) throws -> ProcessMemory? {
        guard let pid = try server.pid(pane) else { return nil }
        let deadline = start + 300_000_000_000
        var linkedAt: UInt64?
        var shown = false
        while DispatchTime.now().uptimeNanoseconds < deadline {
            let screen = try server.capture(pane)
            shown = shown || screen.contains(firstScreen)
            // The status row (the bottom one) says "loading N%", then "linking N%", until
            // linking is done; the text above may contain the words too. It always ends with
            // "?" (help): a screen captured before the row is painted does not count.
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            let status = rows.count >= height ? String(rows[height - 1]) : ""
            if shown && status.contains("?") && !status.contains("linking") && !status.contains("loading") {
                linkedAt = DispatchTime.now().uptimeNanoseconds
                break
            }
            usleep(20_000)
        }
        guard let linkedAt, let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kib = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        let inputBytes = GeneratedFiles.bytes(Array(files.prefix(2)))
        return ProcessMemory(inputBytes: inputBytes, linkedAfterMs: Double(linkedAt - start) / 1e6, peakBytes: kib * 1024)
    }

    /// Times `keys` presses of `j`, 50 ms apart: from just before tmux is asked to send the
    /// key until the pane's second row (the reader's first row of text; `less`'s second
    /// line) is no longer what it was. With the control harness the pane is looked at
    /// after each of its writes; with spawn, as fast as `capture-pane` processes go.
    static func keyLatency(pane: RaceTmux.Pane, server: RaceTmux, keys: Int = 60) throws -> KeyLatency {
        var samples: [Double] = []
        var duringLinking = 0
        for _ in 0..<keys {
            let screen = try server.capture(pane).split(separator: "\n", omittingEmptySubsequences: false)
            guard screen.count > 1 else { break }
            let before = screen[1]
            if let status = screen.last(where: { !$0.isEmpty }), status.contains("linking") || status.contains("loading") { duringLinking += 1 }
            var mark = server.outputMark(pane)
            let start = DispatchTime.now().uptimeNanoseconds
            try server.sendKeys(pane, "j")
            while DispatchTime.now().uptimeNanoseconds - start < 5_000_000_000 {
                let rows = try server.capture(pane).split(separator: "\n", omittingEmptySubsequences: false)
                if rows.count > 1 && rows[1] != before { break }
                try server.waitForOutput(pane, after: mark, poll: 0)
                mark = server.outputMark(pane)
            }
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            usleep(50_000)
        }
        return KeyLatency(keys: samples.count, duringLinking: duringLinking, medianMs: Statistics.median(samples),
                          p90Ms: Statistics.percentile(samples, 90), maxMs: samples.max() ?? 0)
    }

    /// The file's first few words, which both programs show on their first screen.
    private func firstWords(_ path: String) throws -> String {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 200), as: UTF8.self)
        let words = head.split(separator: " ").prefix(3)
        return words.joined(separator: " ")
    }
}
