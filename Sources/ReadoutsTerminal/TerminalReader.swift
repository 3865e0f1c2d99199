import CNCursesW
import Glibc
import ReadoutsReader

/// Runs the reader on the terminal: the loop that turns input into events for `update`
/// and states into frames for the screen.
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
        public init() {}
    }

    /// Shows `state` until the user quits; returns the exit status.
    public static func run(_ initial: ReaderState, options: Options) throws(TerminalError) -> Int32 {
        let screen = try Screen(keysFromTTY: options.keysFromTTY, noColor: options.noColor)
        defer { screen.close() }
        var state = initial
        state.showsFrameCounter = options.showsFrameCounter
        let size = screen.size
        state.apply(.resize(width: size.width, height: size.height))
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
            guard let event = screen.nextEvent() else {
                if state.hasBackgroundWork {
                    state.apply(.tick)
                    needsFrame = true
                }
                continue
            }
            state.apply(event)
            needsFrame = true
        }
        return 0
    }
}
