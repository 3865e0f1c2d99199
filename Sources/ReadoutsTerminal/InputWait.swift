import Glibc
import ReadoutsReader
import ReadoutsThemes

/// Waits, on screen, for versions that stream in (a FIFO, standard input from a pipe)
/// to have something to read: `WaitingScreen` until each has data or has ended, so a
/// writer that has not started yet never leaves a blank terminal. q or Esc leaves;
/// Ctrl-C is SIGINT, which `SignalGuard` turns into a restored terminal and exit 130.
public enum InputWait {
    public struct Input: Sendable {
        /// How the version is named on screen: its path, or "standard input".
        public var name: String
        public var descriptor: Int32
        public init(name: String, descriptor: Int32) {
            self.name = name
            self.descriptor = descriptor
        }
    }

    /// The inputs that have nothing to read yet after waiting up to `milliseconds` (data
    /// waiting, or the writer gone, counts as ready).
    public static func pending(_ inputs: [Input], milliseconds: Int32 = 0) -> [Input] {
        guard !inputs.isEmpty else { return [] }
        var fds = inputs.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
        while poll(&fds, nfds_t(fds.count), milliseconds) < 0 && errno == EINTR {}
        return zip(inputs, fds).filter { $0.1.revents == 0 }.map(\.0)
    }

    /// Shows the waiting screen until every input is ready (true) or the user leaves
    /// (false). `keysFromTTY`: read keys from /dev/tty (standard input is one of the inputs).
    public static func run(_ inputs: [Input], theme: Theme, keysFromTTY: Bool, noColor: Bool) throws(TerminalError) -> Bool {
        var waiting = pending(inputs)
        if waiting.isEmpty { return true }
        let screen = try Screen(keysFromTTY: keysFromTTY, noColor: noColor, mouse: false)
        defer { screen.close() }
        let terminalTheme = TerminalTheme(theme: theme, tier: screen.tier)
        screen.waitsForInput = false
        var shown: Frame?
        while !waiting.isEmpty {
            let size = screen.size
            let frame = WaitingScreen.render(names: waiting.map(\.name), width: size.width, height: size.height, theme: terminalTheme)
            if frame != shown {
                screen.show(frame, over: shown)
                shown = frame
            }
            for event in screen.nextEvents() {
                switch event {
                case .key(let key) where WaitingScreen.quits(key): return false
                case .keys(let keys) where keys.contains(where: WaitingScreen.quits): return false
                default: break
                }
            }
            // Keys are answered within 50 ms, and so is the first byte of input.
            waiting = pending(waiting, milliseconds: 50)
        }
        return true
    }
}
