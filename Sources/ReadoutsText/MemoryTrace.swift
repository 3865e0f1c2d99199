import Glibc

/// Where memory goes, phase by phase: with `READOUTS_MEMORY_TRACE` set, `mark` writes the
/// phase's name, the resident size and its peak so far to standard error, with the wall
/// clock in milliseconds (`CLOCK_REALTIME`, so a trace sampled from outside, such as
/// `/proc/PID/status` read every 20 ms, lines up with it). A tool for finding the peak's
/// composition; silent and free otherwise. The reader marks its own phases too (a version's
/// rest read, an analysis indexed, an index applied): run it with `2> FILE`.
public enum MemoryTrace {
    public static let isOn = getenv("READOUTS_MEMORY_TRACE") != nil

    public static func mark(_ phase: StaticString) {
        guard isOn else { return }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let milliseconds = Int(now.tv_sec) * 1000 + Int(now.tv_nsec) / 1_000_000
        let line = "memory \(phase): at \(milliseconds), rss \(status("VmRSS:") / 1024) MB, peak \(status("VmHWM:") / 1024) MB\n"
        var bytes = Array(line.utf8)
        _ = write(2, &bytes, bytes.count)
    }

    /// A `/proc/self/status` figure in KiB.
    private static func status(_ field: String) -> Int {
        guard let file = fopen("/proc/self/status", "r") else { return 0 }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 256)
        while fgets(&buffer, Int32(buffer.count), file) != nil {
            let end = buffer.firstIndex(of: 0) ?? buffer.count
            let line = String(decoding: buffer[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if line.hasPrefix(field) { return Int(line.dropFirst(field.count).filter(\.isNumber)) ?? 0 }
        }
        return 0
    }
}
