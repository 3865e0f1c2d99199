import ReadoutsText
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

/// Everything that can change the reader's state. Input, background results and the
/// answers to effects all enter here: `ReaderState.apply` is the only place state changes.
public enum Event: Sendable {
    /// The reader is on screen: the first event, which starts the background work.
    case start
    case key(Key)
    /// Keys that arrived together (typed ahead, or pasted): handled in order, but a pattern
    /// edited by several of them is searched once, at the end.
    case keys([Key])
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Sent by the terminal loop while `hasBackgroundWork`: a bounded step of background
    /// work (the rest of a search's count).
    case tick
    /// The topic engine is made (after the first screen, with the analysis): the compare
    /// view aligns words with its lexicons from now on.
    case engineReady(SentenceAligner)
    /// A (partial or final) result of the topic engine, indexed for drawing off the key path.
    case topics(TopicIndex, progress: Double)
    /// How far the background analysis has got, 0…1, between results.
    case progress(Double)
    /// The answer to `Effect.loadTheme`: the theme, resolved for the terminal's colours…
    case themeLoaded(TerminalTheme)
    /// …or why the theme called `name` could not be loaded.
    case themeFailed(name: String, reason: String)
    /// A one-line notice from the terminal layer, and shorter ways of saying it, fullest
    /// first, for a narrow status line (`Notice.shorter`).
    case notice(String, shorter: [String] = [])
    /// What earlier sessions kept (marks, search history), read by the terminal layer at
    /// start; marks are re-found in the documents as they are now.
    case restored(RestoredSession)
    /// How much of the versions still loading has been read, 0…1 (`Document.isPartial`).
    case loadProgress(Double)
    /// Version `version` read to the end: it replaces the head shown until now.
    case loaded(version: Int, Document)
}

/// Work for the outside world that an event asks for. `apply` returns these instead of
/// doing them (bubbletea's commands): the terminal layer carries them out, and anything
/// they produce comes back as an event. So the core stays pure and testable.
public enum Effect: Equatable, Sendable {
    /// Link topics in the background; results arrive as `.topics` and `.progress`.
    case startAnalysis
    /// Stop the background analysis.
    case cancelAnalysis
    /// Load the theme that comes after `name` in the theme library; answered with
    /// `.themeLoaded` or `.themeFailed`.
    case loadTheme(after: String)
    /// Keep the theme named for the next session: the user chose it with `T`.
    case rememberTheme(String)
    /// End the program with this exit status.
    case quit(status: Int32)
    /// Copy text for the user: to the terminal's clipboard (OSC 52) where allowed and
    /// supported, else to a file; answered with a `.notice` saying where it went.
    case copy(Clip)
    /// Keep these marks for the next session with the same documents.
    case saveMarks([Character: ReadingMark])
    /// Keep the search history for the next session.
    case saveSearchHistory([SearchHistoryEntry])
    /// Write the comparison to a file (`:w FILE`); answered with a `.notice` saying where it
    /// went or why it could not.
    case export(ExportRequest)
    /// Turn the terminal's mouse tracking on or off.
    case setMouse(Bool)
    /// Tell the running analysis where each pane now reads (its anchor's scalar offset):
    /// the semantic linker links the sentences there first, then works outward.
    case showViewport([Int])
}
