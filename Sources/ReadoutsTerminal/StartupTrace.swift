import Glibc
import Synchronization

/// Where the time to the first screen goes: with `READOUTS_STARTUP_TRACE=FILE`, the reader
/// notes the moments it passes and writes them to FILE once the first frame is painted, one
/// "LABEL MS CPU" a line: milliseconds since `main` on the clock, then the milliseconds of
/// processor time the main thread has used since `main` — on a busy machine the clock
/// counts waits for a core too, the processor time only the work. For `readouts-bench
/// startup` and profiling; nothing is noted without the variable.
public enum StartupTrace {
    private static let file: String? = getenv("READOUTS_STARTUP_TRACE").map { String(cString: $0) }
    private struct Mark {
        var label: String
        var time: UInt64
        var processorTime: UInt64
    }

    /// nil once written: later paints note nothing.
    private static let marks = Mutex<[Mark]?>([])

    private static func now(_ clock: clockid_t) -> UInt64 {
        var time = timespec()
        clock_gettime(clock, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Notes that the program has reached `label` (on the main thread: its processor time is noted).
    public static func mark(_ label: String) {
        guard file != nil else { return }
        let mark = Mark(label: label, time: now(CLOCK_MONOTONIC), processorTime: now(CLOCK_THREAD_CPUTIME_ID))
        marks.withLock { $0?.append(mark) }
    }

    /// Notes the first frame and writes every mark to the file (once).
    static func firstFrame() {
        guard let file else { return }
        mark("first frame painted")
        let lines = marks.withLock { marks -> String in
            guard let noted = marks, let start = noted.first else { return "" }
            marks = nil
            return noted.map { mark in
                "\(mark.label) \(milliseconds(mark.time - start.time)) \(milliseconds(mark.processorTime - start.processorTime))\n"
            }.joined()
        }
        guard !lines.isEmpty, let stream = fopen(file, "a") else { return }
        fputs(lines, stream)
        fclose(stream)
    }

    /// Nanoseconds as milliseconds with one decimal.
    private static func milliseconds(_ nanoseconds: UInt64) -> String {
        let tenths = nanoseconds / 100_000
        return "\(tenths / 10).\(tenths % 10)"
    }
}
