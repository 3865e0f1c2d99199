import Glibc
import Synchronization

/// Where the time to the first screen goes: with `READOUTS_STARTUP_TRACE=FILE`, the reader
/// notes the moments it passes (milliseconds since `main`) and writes them to FILE, one
/// "LABEL MS" a line, once the first frame is painted. For `readouts-bench startup` and
/// profiling; nothing is noted without the variable.
public enum StartupTrace {
    private static let file: String? = getenv("READOUTS_STARTUP_TRACE").map { String(cString: $0) }
    /// nil once written: later paints note nothing.
    private static let marks = Mutex<[(String, UInt64)]?>([])

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Notes that the program has reached `label`.
    public static func mark(_ label: String) {
        guard file != nil else { return }
        let time = now()
        marks.withLock { $0?.append((label, time)) }
    }

    /// Notes the first frame and writes every mark to the file (once).
    static func firstFrame() {
        guard let file else { return }
        mark("first frame painted")
        let lines = marks.withLock { marks -> String in
            guard let noted = marks, let start = noted.first?.1 else { return "" }
            marks = nil
            return noted.map { label, time in
                let tenths = (time - start) / 100_000
                return "\(label) \(tenths / 10).\(tenths % 10)\n"
            }.joined()
        }
        guard !lines.isEmpty, let stream = fopen(file, "a") else { return }
        fputs(lines, stream)
        fclose(stream)
    }
}
