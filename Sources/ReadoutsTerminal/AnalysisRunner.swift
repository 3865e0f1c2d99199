import Foundation
import ReadoutsText
import ReadoutsTopics

/// Runs the topic engine on its own thread and hands the newest (partial) analysis to
/// the event loop, which polls it between keys: the reader shows text at once and
/// highlights arrive as they are computed.
final class AnalysisRunner: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: (Analysis, Double)?
    private var cancelled = false

    init(engine: TopicEngine, documents: [Document]) {
        let thread = Thread { [self] in
            let analysis = engine.analyse(
                documents,
                progress: { update in self.post(update.partial, update.fraction) },
                isCancelled: { self.isCancelled })
            self.post(analysis, 1)
        }
        thread.qualityOfService = .utility
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func post(_ analysis: Analysis, _ fraction: Double) {
        lock.lock()
        pending = (analysis, fraction)
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

    /// The newest analysis since the last call, if any.
    func take() -> (Analysis, Double)? {
        lock.lock()
        defer { lock.unlock() }
        let result = pending
        pending = nil
        return result
    }
}
