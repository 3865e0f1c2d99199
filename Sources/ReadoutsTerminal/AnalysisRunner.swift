import ReadoutsReader
import ReadoutsText
import ReadoutsTopics
import Synchronization

/// Makes the topic engine and runs it on a background task, indexes its (partial) results
/// for drawing there too, and leaves the newest index in a mailbox the event loop empties
/// between keys: the reader shows text at once, highlights arrive as they are computed, and
/// neither making the engine (its lexicons, the sentence encoder's model) nor indexing a
/// large analysis ever delays the first screen or a key.
final class AnalysisRunner: Sendable {
    /// Partial results are indexed at most this often; the final one always is.
    static let interval: Duration = .milliseconds(250)
    /// The most a fraction reported while the engine runs may say: 1 comes with the complete
    /// analysis's index only.
    static let beforeTheEnd = 0.99

    private struct Mailbox {
        /// The engine's lexicons for the compare view, until taken.
        var aligner: SentenceAligner?
        /// Why the engine could not be made (a damaged model): the reader ends with it.
        var failure: TerminalError?
        var index: (TopicIndex, Double)?
        var fraction = 0.0
        var gate = ProgressGate()
        var hasNewProgress = false
    }

    private let mailbox = Mutex(Mailbox())
    private let task = Mutex<Task<Void, Never>?>(nil)
    /// The scalar offset each pane shows, as the event loop last said: the semantic linker
    /// embeds the sentences nearest it first.
    private let focus = Mutex<[Int]?>(nil)

    /// `colours`: how many topic colours the theme tells apart, so that topics likely to
    /// share a screen get different ones (`TopicIndex`).
    init(makeEngine: @escaping @Sendable () throws(TerminalError) -> TopicEngine, documents: [Document], colours: Int) {
        let handle = Task.detached(priority: .utility) { [self] in
            BackgroundPriority.lowerCurrentThread()
            let engine: TopicEngine
            do throws(TerminalError) {
                engine = try makeEngine()
            } catch {
                self.mailbox.withLock { $0.failure = error }
                return
            }
            // With the encoder, the compare view pairs a word with its translation too.
            let words = engine.semantic.map { EncoderWordMatcher(encoder: $0.encoder) }
            self.mailbox.withLock { $0.aligner = SentenceAligner(lexicons: engine.lexicons, semantic: words) }
            // Only the colour slots and letters are carried from one partial index to the next: the
            // previous index itself is the event loop's to keep or drop.
            var slots: [String: Int] = [:]
            var letters: [String: Int] = [:]
            let clock = ContinuousClock()
            var lastIndexed: ContinuousClock.Instant?
            // A new partial not indexed yet (it came too soon after the last): indexed with
            // the next report, which carries it still.
            var unindexed = false
            let analysis = engine.analyse(
                documents,
                progress: { update in
                    // Done is said with the complete analysis's index alone (below): a fraction
                    // of 1 reported first let the status line end "linking" over the last
                    // partial index, whose topics and letters were not the exports' (CI).
                    let fraction = min(update.fraction, Self.beforeTheEnd)
                    self.report(fraction)
                    // The complete analysis is indexed once `analyse` has returned, when the
                    // engine's working memory (tokens, pairs, naming) is gone: indexed here
                    // too, the reader's memory peaked with both alive.
                    guard !update.partial.isComplete else { return }
                    unindexed = unindexed || update.isNew
                    // The same partial again (only the fraction moved) is not indexed again.
                    guard unindexed else { return }
                    if let lastIndexed, clock.now - lastIndexed < Self.interval { return }
                    guard !update.partial.topics.isEmpty else { return }
                    unindexed = false
                    let index = TopicIndex(update.partial, documents: documents, slots: slots, letters: letters, colours: colours,
                                           keepsOccurrences: false)
                    slots = index.slots
                    letters = index.letters
                    lastIndexed = clock.now
                    MemoryTrace.mark("reader: partial indexed")
                    self.post(index, fraction)
                },
                isCancelled: { Task.isCancelled },
                focus: { self.focus.withLock { $0 } })
            guard !Task.isCancelled else { return }
            MemoryTrace.mark("reader: analysed")
            // The complete analysis gets the colours and letters every export and every later
            // opening (from the cache) give it, not those carried from the partial ones: the
            // HTML report's letters are the reader's. While linking, a topic keeps its colour.
            self.post(TopicIndex(analysis, documents: documents, colours: colours, keepsOccurrences: false), 1)
            MemoryTrace.mark("reader: final index posted")
        }
        task.withLock { $0 = handle }
    }

    private func report(_ progress: Double) {
        mailbox.withLock { mailbox in
            if mailbox.gate.admits(progress) { mailbox.hasNewProgress = true }
            mailbox.fraction = progress
        }
    }

    private func post(_ index: TopicIndex, _ progress: Double) {
        mailbox.withLock { mailbox in
            mailbox.index = (index, progress)
            mailbox.fraction = progress
            mailbox.gate.markShown(progress)
        }
    }

    /// Where the panes are (each pane's anchor offset), for the order of semantic linking.
    func setFocus(_ offsets: [Int]) {
        focus.withLock { $0 = offsets }
    }

    func cancel() {
        task.withLock { $0?.cancel() }
    }

    /// Why the engine could not be made, if it could not.
    var failure: TerminalError? {
        mailbox.withLock { $0.failure }
    }

    /// What arrived since the last call: the engine's aligner once it is made, then the
    /// newest index, or else the progress if it moved by 1% or more.
    func take() -> [Event] {
        mailbox.withLock { mailbox in
            var events: [Event] = []
            if let aligner = mailbox.aligner {
                mailbox.aligner = nil
                events.append(.engineReady(aligner))
            }
            if let (index, progress) = mailbox.index {
                mailbox.index = nil
                mailbox.hasNewProgress = false
                events.append(.topics(index, progress: progress))
            } else if mailbox.hasNewProgress {
                mailbox.hasNewProgress = false
                events.append(.progress(mailbox.fraction))
            }
            return events
        }
    }
}
