import Foundation

/// Wall-clock timing and the summaries the report prints. Medians and percentiles rather
/// than means, because the benchmark machines are shared and a single stall would skew a mean.
enum Statistics {
    /// Milliseconds taken by `body`, with its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 50) }

    /// The nearest-rank percentile `p` (0–100) of `values`; 0 for none.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(sorted.count - 1, max(0, rank))]
    }
}

/// The process's peak resident memory, in bytes: getrusage's ru_maxrss (KiB on Linux), or
/// the kernel's high-water mark `VmHWM` after `reset()`. The peak only ever grows, which is
/// why each workload runs in a fresh child process and resets it before the reader's path.
enum PeakMemory {
    static var bytes: Int {
        if let hwm = highWaterMark { return hwm }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// Whether `reset()` worked (Linux ≥ 4.0): then `bytes` is the peak since the reset.
    nonisolated(unsafe) private static var wasReset = false

    /// Lowers the peak to the current resident size (writing 5 to /proc/self/clear_refs).
    static func reset() {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return }
        defer { close(fd) }
        wasReset = write(fd, "5", 1) == 1
    }

    private static var highWaterMark: Int? {
        guard wasReset, let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kib = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kib * 1024
    }
}
