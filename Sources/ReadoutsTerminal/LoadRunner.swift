import Glibc
import ReadoutsReader
import ReadoutsText
import Synchronization

/// Reads the rest of the versions shown from their heads (`VersionRest`), one background
/// task each, and leaves what arrives in a mailbox the event loop empties between keys:
/// progress for the status line, then each whole document.
final class LoadRunner: Sendable {
    private struct Mailbox {
        var fractions: [Int: Double] = [:]
        /// The fraction shown (the versions' mean) last posted as new: small read steps add up to it.
        var gate = ProgressGate()
        var finished: [(Int, Document)] = []
        var hasNewProgress = false
        /// What the status line shows: the mean of the versions' fractions.
        var shownFraction: Double { fractions.values.reduce(0, +) / Double(max(1, fractions.count)) }
    }

    private let mailbox = Mutex(Mailbox())
    private let tasks = Mutex<[Task<Void, Never>]>([])
    /// Versions still loading.
    private let pending = Mutex(0)

    /// `gate` (tests only): the rest is read once that file exists, so a test can change a
    /// file between the first screen and the reading of its rest. `failingReads` (tests
    /// only): every rest's reading fails with an I/O error.
    init(rests: [(version: Int, rest: VersionRest)], gate: String? = nil, failingReads: Bool = false) {
        pending.withLock { $0 = rests.count }
        mailbox.withLock { box in for (version, _) in rests { box.fractions[version] = 0 } }
        let handles = rests.map { version, rest in
            Task.detached(priority: .userInitiated) { [self] in
                BackgroundPriority.lowerCurrentThread()
                if let gate {
                    while access(gate, F_OK) != 0 {
                        if Task.isCancelled { rest.abandon(); return }
                        try? await Task.sleep(for: .milliseconds(10))
                    }
                }
                let document = rest.finish(failingReads: failingReads) { fraction in self.report(version, fraction) }
                if Task.isCancelled { return }
                self.mailbox.withLock { box in
                    box.finished.append((version, document))
                    box.fractions[version] = 1
                }
            }
        }
        tasks.withLock { $0 = handles }
    }

    /// Stops the reading of every rest (the reader quits): each task stops at its next
    /// chunk and closes its file, and nothing more arrives in the mailbox.
    func cancel() {
        tasks.withLock { handles in for task in handles { task.cancel() } }
    }

    /// Whether any version is still being read or waits to be taken.
    var isLoading: Bool {
        pending.withLock { $0 > 0 }
    }

    private func report(_ version: Int, _ fraction: Double) {
        mailbox.withLock { box in
            // Compared with the last fraction posted, not the last reported (`ProgressGate`):
            // steps under 1% would otherwise never move the status line.
            box.fractions[version] = fraction
            if box.gate.admits(box.shownFraction) { box.hasNewProgress = true }
        }
    }

    /// The events that arrived since the last call: whole documents, else the progress.
    func take() -> [Event] {
        let (finished, progress) = mailbox.withLock { box -> ([(Int, Document)], Double?) in
            let finished = box.finished
            box.finished = []
            let progress = box.hasNewProgress || !finished.isEmpty ? box.shownFraction : nil
            box.hasNewProgress = false
            return (finished, progress)
        }
        if !finished.isEmpty { pending.withLock { $0 -= finished.count } }
        return (progress.map { [Event.loadProgress($0)] } ?? []) + finished.map { Event.loaded(version: $0.0, $0.1) }
    }
}
