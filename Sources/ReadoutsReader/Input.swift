import ReadoutsThemes
import ReadoutsTopics

/// A key as the terminal layer decodes it.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    case control(Character)  // Ctrl-letter, lower-case letter
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, backspace, delete, escape, tab, backTab
    case function(Int)
}

/// A mouse report, in screen cells.
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case press, release, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// Everything that can change the reader's state. Side effects (input, the clock,
/// background results) enter here; `update` is the only place state changes.
public enum Event: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Sent by the terminal loop while `hasBackgroundWork`: a bounded step of background
    /// work (the rest of a search's count).
    case tick
    /// A (partial or final) result of the topic engine running in the background.
    case analysis(Analysis, progress: Double)
    /// The same, already indexed for drawing (built off the key path by the terminal layer).
    case topics(TopicIndex, progress: Double)
    /// How far the background analysis has got, 0…1, between results.
    case progress(Double)
    /// A theme the terminal layer loaded after a `Request.nextTheme`, or why it failed.
    case theme(TerminalTheme)
    case notice(String)
}

/// Work the reader asks of the outside world (the terminal layer carries it out and
/// answers with an event), so that `update` itself stays pure.
public enum Request: Equatable, Sendable {
    case nextTheme
}
