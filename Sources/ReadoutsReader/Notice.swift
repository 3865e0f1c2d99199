/// A one-line notice for the status row, cleared by the next key. Too long for the status
/// line in every form, it is shown whole on rows above it (`MessageRows`).
public struct Notice: Equatable, Sendable {
    /// What it says, whole.
    public let text: String
    /// Shorter ways of saying it, fullest first, each keeping what it answers (where the
    /// copy went): a narrow status line shows the first that fits whole.
    public let shorter: [String]
    /// Whether it is what a key was pressed for (Ctrl-G's where am I, where `y` put the
    /// text): kept over the focused topic's name where the line is short. At 80 columns
    /// Ctrl-G showed nothing beside a topic's "only in", and `y` lost where the text went.
    public let answersAKey: Bool
    /// What it waits for while linking runs (`awaitingLinking`): its percentage follows the
    /// linking, and `done` replaces it once linking is done. A journalist's `J` during
    /// linking left "changes are found once linking is done (linking 25%)" on screen for
    /// almost two minutes after linking was done.
    public let awaiting: AwaitedLinking?

    public struct AwaitedLinking: Equatable, Sendable {
        public let waitsFor: String
        public let done: String
        /// Whether the sentences are what it waits for (the first partial analysis has
        /// them), not the whole linking.
        public let sentencesOnly: Bool
    }

    /// A notice the reader gives on its own (a mode switched, a key that does nothing): on a
    /// narrow line it gives way to the focused topic's name.
    init(_ text: String, shorter: [String] = []) {
        self.init(text, shorter: shorter, answersAKey: false)
    }

    /// What a key was pressed for: it outlasts the focused topic's name.
    static func answer(_ text: String, shorter: [String] = []) -> Notice {
        Notice(text, shorter: shorter, answersAKey: true)
    }

    /// Something a key asked for that waits for linking: "`waitsFor` (linking 25%)", then
    /// `done` once linking is done (`ReaderState.followLinking`).
    /// `sentencesOnly`: it waits for the sentences, which the first partial analysis brings.
    static func awaitingLinking(_ waitsFor: String, progress: Double, done: String, sentencesOnly: Bool = false) -> Notice {
        Notice("\(waitsFor) (linking \(Int(progress * 100))%)", shorter: [], answersAKey: true,
               awaiting: AwaitedLinking(waitsFor: waitsFor, done: done, sentencesOnly: sentencesOnly))
    }

    private init(_ text: String, shorter: [String], answersAKey: Bool, awaiting: AwaitedLinking? = nil) {
        self.text = text
        self.shorter = shorter
        self.answersAKey = answersAKey
        self.awaiting = awaiting
    }

    /// Every way of saying it, fullest first.
    var forms: [String] { [text] + shorter }
}
