import Foundation
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// Runs the topic engine on its own thread, indexes its (partial) results for drawing
/// there too, and hands the newest index to the event loop, which polls it between keys:
/// the reader shows text at once, highlights arrive as they are computed, and indexing a
/// large analysis never delays a key.
final class AnalysisRunner: @unchecked Sendable {
    /// Partial results are indexed at most this often; the final one always is.
    static let interval: TimeInterval = 0.25

    private let lock = NSLock()
    private var pending: (TopicIndex, Double)?
    private var fraction = 0.0
    private var hasNewProgress = false
    private var cancelled = false

    init(engine: TopicEngine, documents: [Document]) {
        let thread = Thread { [self] in
            // Only the colour slots are carried from one index to the next: the previous
            // index itself is the event loop's to keep or drop.
            var slots: [String: Int] = [:]
            var lastIndexed = Date.distantPast
            let analysis = engine.analyse(
                documents,
                progress: { update in
                    self.report(update.fraction)
                    guard Date().timeIntervalSince(lastIndexed) >= Self.interval, !update.partial.topics.isEmpty else { return }
                    let index = TopicIndex(update.partial, documents: documents, slots: slots)
                    slots = index.slots
                    lastIndexed = Date()
                    self.post(index, update.fraction)
                },
                isCancelled: { self.isCancelled })
            self.post(TopicIndex(analysis, documents: documents, slots: slots), 1)
        }
        thread.qualityOfService = .utility
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func report(_ progress: Double) {
        lock.lock()
        if progress - fraction >= 0.01 { hasNewProgress = true }
        fraction = progress
        lock.unlock()
    }

    private func post(_ index: TopicIndex, _ progress: Double) {
        lock.lock()
        pending = (index, progress)
        fraction = progress
        lock.unlock()
    }

    var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// The newest index since the last call, or else news of progress (with the index
    /// drawn so far), if any.
    func take() -> Event? {
        lock.lock()
        defer { lock.unlock() }
        if let (index, progress) = pending {
            pending = nil
            hasNewProgress = false
            return .topics(index, progress: progress)
        }
        return nil
    }

    /// Progress since the last call, for the status line, if it moved by 1% or more.
    func takeProgress() -> Double? {
        lock.lock()
        defer { lock.unlock() }
        guard hasNewProgress else { return nil }
        hasNewProgress = false
        return fraction
    }
}
