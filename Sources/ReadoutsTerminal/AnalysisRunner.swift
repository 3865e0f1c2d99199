import ReadoutsReader
import ReadoutsText
import ReadoutsTopics
import Synchronization

/// Runs the topic engine on a background task, indexes its (partial) results for drawing
/// there too, and leaves the newest index in a mailbox the event loop empties between
/// keys: the reader shows text at once, highlights arrive as they are computed, and
/// indexing a large analysis never delays a key.
final class AnalysisRunner: Sendable {
    /// Partial results are indexed at most this often; the final one always is.
    static let interval: Duration = .milliseconds(250)

    private struct Mailbox {
        var index: (TopicIndex, Double)?
        var fraction = 0.0
        var hasNewProgress = false
    }

    private let mailbox = Mutex(Mailbox())
    private let task = Mutex<Task<Void, Never>?>(nil)
    /// The scalar offset each pane shows, as the event loop last said: the semantic linker
    /// embeds the sentences nearest it first.
    private let focus = Mutex<[Int]?>(nil)

    /// `colours`: how many topic colours the theme tells apart, so that topics likely to
    /// share a screen get different ones (`TopicIndex`).
    init(engine: TopicEngine, documents: [Document], colours: Int) {
        let handle = Task.detached(priority: .utility) { [self] in
            // Only the colour slots are carried from one index to the next: the previous
            // index itself is the event loop's to keep or drop.
            var slots: [String: Int] = [:]
            let clock = ContinuousClock()
            var lastIndexed: ContinuousClock.Instant?
            let analysis = engine.analyse(
                documents,
                progress: { update in
                    self.report(update.fraction)
                    if let lastIndexed, clock.now - lastIndexed < Self.interval { return }
                    guard !update.partial.topics.isEmpty else { return }
                    let index = TopicIndex(update.partial, documents: documents, slots: slots, colours: colours)
                    slots = index.slots
                    lastIndexed = clock.now
                    self.post(index, update.fraction)
                },
                isCancelled: { Task.isCancelled },
                focus: { self.focus.withLock { $0 } })
            guard !Task.isCancelled else { return }
            self.post(TopicIndex(analysis, documents: documents, slots: slots, colours: colours), 1)
        }
        task.withLock { $0 = handle }
    }

    private func report(_ progress: Double) {
        mailbox.withLock { mailbox in
            if progress - mailbox.fraction >= 0.01 { mailbox.hasNewProgress = true }
            mailbox.fraction = progress
        }
    }

    private func post(_ index: TopicIndex, _ progress: Double) {
        mailbox.withLock { mailbox in
            mailbox.index = (index, progress)
            mailbox.fraction = progress
        }
    }

    /// Where the panes are (each pane's anchor offset), for the order of semantic linking.
    func setFocus(_ offsets: [Int]) {
        focus.withLock { $0 = offsets }
    }

    func cancel() {
        task.withLock { $0?.cancel() }
    }

    /// The newest index since the last call, if any.
    func take() -> Event? {
        mailbox.withLock { mailbox in
            guard let (index, progress) = mailbox.index else { return nil }
            mailbox.index = nil
            mailbox.hasNewProgress = false
            return .topics(index, progress: progress)
        }
    }

    /// Progress since the last call, for the status line, if it moved by 1% or more.
    func takeProgress() -> Double? {
        mailbox.withLock { mailbox in
            guard mailbox.hasNewProgress else { return nil }
            mailbox.hasNewProgress = false
            return mailbox.fraction
        }
    }
}
