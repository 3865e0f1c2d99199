import Dispatch
import Glibc
import Synchronization

/// The reader's one way of splitting a long job over two cores. The calling thread does
/// its share while `SecondCore` runs the other share on a utility-priority worker (never
/// above the calling thread's own priority: the reader's background work stays behind its
/// key loop on both cores, see `BackgroundPriority`); the
/// worker's progress, its result and the stop flag cross between the two only through a
/// `Mutex`. `join` waits for the worker while still reporting progress and honouring
/// cancellation, so to its caller a job split in two is one call on one thread: nothing
/// outlives `join` (fork-join, structured).
///
/// ```swift
/// let other = SecondCore { report in scoreSecondHalf(report: report) }   // report(fraction) -> keep going?
/// let mine = scoreFirstHalf()
/// let theirs = other.join { fraction in step(fraction) }                  // nil if step said stop
/// ```
public final class SecondCore<Result: Sendable>: Sendable {
    private struct Shared {
        var progress = 0.0
        var stopped = false
        var result: Result?
    }

    private let shared = Mutex(Shared())
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` on another core. It calls `report` with its progress (in whatever unit
    /// the caller reads back from `progress`) and stops early when `report` answers false.
    /// It returns nil when stopped.
    public init(_ work: @escaping @Sendable (_ report: (Double) -> Bool) -> Result?) {
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        let callersNiceness = getpriority(which, 0)
        DispatchQueue.global(qos: .utility).async { [self] in
            // Linux: a nice value is the thread's own; a higher one is a lower priority.
            if getpriority(which, 0) < callersNiceness { _ = setpriority(which, 0, callersNiceness) }
            let result = work { progress in
                shared.withLock { shared in
                    shared.progress = progress
                    return !shared.stopped
                }
            }
            shared.withLock { $0.result = result }
            finished.signal()
        }
    }

    /// The worker's last reported progress.
    public var progress: Double { shared.withLock { $0.progress } }

    /// Waits for the worker, calling `poll` with its progress every 20 ms. When `poll`
    /// answers false, the worker is told to stop; `join` then waits for it and answers nil.
    public func join(poll: (Double) -> Bool) -> Result? {
        var stopping = false
        while finished.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if !stopping && !poll(progress) {
                stopping = true
                shared.withLock { $0.stopped = true }
            }
        }
        return stopping ? nil : shared.withLock { shared in
            defer { shared.result = nil }  // the caller owns it alone, without a copy
            return shared.result
        }
    }
}
