import CNCursesW
import Glibc
import ReadoutsReader
import ReadoutsThemes
import ReadoutsTopics

/// Runs the reader on the terminal: the loop that turns input into events for `update`,
/// states into frames for the screen, and carries out the reader's requests.
public enum TerminalReader {
    public struct Options: Sendable {
        /// Read keys from /dev/tty (a version came from standard input).
        public var keysFromTTY = false
        /// `NO_COLOR` was set: attributes only.
        public var noColor = false
        /// Show the frame counter in the status row (end-to-end tests wait on it).
        public var showsFrameCounter = false
        /// Crash deliberately after the first frame, so tests can check that a crash
        /// restores the terminal (`READOUTS_TEST_CRASH=1`).
        public var crashesAfterFirstFrame = false
        /// The engine to link topics with, in the background; nil shows text only.
        public var engine: TopicEngine?
        /// Where `T` finds the next theme.
        public var themes = ThemeLibrary()
        public init() {}
    }

    /// Shows `state` with `theme` until the user quits; returns the exit status.
    public static func run(_ initial: ReaderState, theme: Theme, options: Options) throws(TerminalError) -> Int32 {
        let screen = try Screen(keysFromTTY: options.keysFromTTY, noColor: options.noColor)
        defer { screen.close() }
        var state = initial
        var themeName = theme.name
        state.theme = TerminalTheme(theme: theme, tier: screen.tier)
        state.showsFrameCounter = options.showsFrameCounter
        let size = screen.size
        state.apply(.resize(width: size.width, height: size.height))
        let runner = options.engine.map { AnalysisRunner(engine: $0, documents: state.documents) }
        defer { runner?.cancel() }
        var needsFrame = true
        while state.isRunning {
            if needsFrame {
                state.frameNumber += 1
                screen.draw(render(state))
                needsFrame = false
                if options.crashesAfterFirstFrame { fatalError("deliberate crash for the terminal-restore test") }
            }
            // While a search is still counting, poll without waiting and step it between keys.
            screen.waitsForInput = !state.hasBackgroundWork
            if let event = screen.nextEvent() {
                state.apply(event)
                needsFrame = true
            } else if state.hasBackgroundWork {
                state.apply(.tick)
                needsFrame = true
            }
            if let result = runner?.take() {
                state.apply(result)
                needsFrame = true
            } else if let progress = runner?.takeProgress() {
                state.apply(.progress(progress))
                needsFrame = true
            }
            for request in state.takeRequests() {
                switch request {
                case .nextTheme:
                    let next = options.themes.name(after: themeName)
                    do {
                        let loaded = try options.themes.load(named: next)
                        themeName = next
                        state.apply(.theme(TerminalTheme(theme: loaded, tier: screen.tier)))
                    } catch {
                        state.apply(.notice("theme \(next): \(error)"))
                    }
                }
                needsFrame = true
            }
        }
        return 0
    }
}
