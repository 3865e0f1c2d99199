import Glibc

/// Where memory goes, phase by phase: with `READOUTS_MEMORY_TRACE` set, `mark` writes the
/// phase's name, the resident size and its peak so far to standard error. A tool for finding the peak's composition; silent and free otherwise.
public enum MemoryTrace {
    public static let isOn = getenv("READOUTS_MEMORY_TRACE") != nil

    public static func mark(_ phase: StaticString) {
        guard isOn else { return }
        let line = "memory \(phase): rss \(status("VmRSS:") / 1024) MB, peak \(status("VmHWM:") / 1024) MB\n"
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
