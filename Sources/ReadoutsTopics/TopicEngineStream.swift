import ReadoutsText

extension TopicEngine {
    /// Runs `analyse` on a detached background task at `.utility` priority and streams its
    /// progress: the reader iterates the stream, repaints with each `partial` analysis and
    /// stops at the one whose `partial.isComplete` is true (the last element).
    ///
    /// Ending the iteration early, or cancelling the task that iterates, cancels the
    /// analysis within a few hundred sentences. Only the newest updates are buffered: a slow
    /// consumer skips intermediate ones, never the final one.
    public func updates(for documents: [Document]) -> AsyncStream<Progress> {
        AsyncStream(bufferingPolicy: .bufferingNewest(2)) { continuation in
            let task = Task.detached(priority: .utility) {
                _ = self.analyse(documents, progress: { continuation.yield($0) }, isCancelled: { Task.isCancelled })
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
