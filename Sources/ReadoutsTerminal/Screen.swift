import CNCursesW
import CSignalGuard
import Glibc
import ReadoutsReader
import ReadoutsText
import ReadoutsThemes

/// The curses screen: set up on a checked terminal, given the cells to paint, read for
/// keys, mouse reports and resizes, and always restored.
final class Screen {
    private var screen: OpaquePointer?
    private let painter: Painter
    /// The colour tier chosen for this terminal.
    var tier: ColorTier { painter.tier }
    private var input: UnsafeMutablePointer<FILE>?

    /// Opens the terminal. `keysFromTTY`: read keys from /dev/tty because standard input
    /// carried a document.
    init(keysFromTTY: Bool, noColor: Bool, mouse: Bool = true) throws(TerminalError) {
        Screen.prepareLocale()
        let type = getenv("TERM").map { String(cString: $0) } ?? ""
        if type.isEmpty { throw TerminalError(description: "TERM is not set; cannot start the reader (try --export json)") }
        switch rd_check_terminal(type) {
        case 1: throw TerminalError(description: "unknown terminal type '\(type)' (no terminfo entry)")
        case 2: throw TerminalError(description: "terminal type '\(type)' cannot address the cursor; the reader needs a full-screen terminal")
        default: break
        }
        if keysFromTTY {
            input = fopen("/dev/tty", "r")
            if input == nil { throw TerminalError(description: "cannot open /dev/tty to read keys") }
        }
        SignalGuard.install()
        guard let screen = rd_newterm(type, input) else {
            throw TerminalError(description: "cannot initialise terminal type '\(type)'")
        }
        self.screen = screen
        // Armed at once: from here a signal finds the terminal in curses' hands. Again once
        // the mouse is set up, which `has_mouse` knows only then.
        armedHeight = Int(getmaxy(rd_stdscr()))
        SignalGuard.arm(height: armedHeight)
        painter = Painter(noColor: noColor)
        cbreak()
        noecho()
        nonl()
        intrflush(rd_stdscr(), false)
        keypad(rd_stdscr(), true)
        CommonKeySequences.define()
        set_escdelay(25)
        // get_wch returns regularly, which also re-enables keypad mode after Ctrl-Z / fg.
        wtimeout(rd_stdscr(), 100)
        setMouse(mouse)
        mouseinterval(0)
        curs_set(0)
        SignalGuard.arm(height: armedHeight)
    }

    /// The screen height the signal guard's restore sequence was made for: it puts the
    /// cursor on the last row, so a new height makes it anew.
    private var armedHeight = 0

    /// Whether the screen has been suspended once (`bufferOutput`).
    private var buffersOutput = false

    /// Makes curses write each frame in one go. Until its screen has been suspended once,
    /// ncurses (6.4) flushes its output at every cursor move (`_nc_mvcur` while `_endwin` is
    /// still `ewInitial`, meant for terminfo programs that call `mvcur` themselves): a frame
    /// went out in one `write` per row — 60 for a full screen, each waking the terminal
    /// (tmux, the emulator) to read 100–250 bytes and take a core from the reader. Suspended
    /// just before the first refresh, which resumes it, the screen runs as after Ctrl-Z and
    /// `fg` (`ewRunning`): a frame is one write, or a few for a whole screen (ncurses'
    /// buffer holds about (rows + 2) × (columns + 6) bytes). The resume sets the terminal up
    /// again (alternate screen, keypad, mouse, cursor as set in `init`) and clears it, which
    /// the first frame does anyway; the main screen shows between two writes, a fraction of
    /// a millisecond apart.
    private func bufferOutput() {
        guard !buffersOutput else { return }
        buffersOutput = true
        endwin()
    }

    /// ncursesw drops every non-ASCII character in the C locale: insist on UTF-8.
    static func prepareLocale() {
        _ = setlocale(LC_ALL, "")
        if String(cString: rd_codeset()) != "UTF-8" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// False: `nextEvent` returns at once when no key is waiting (background work to do).
    var waitsForInput = true {
        didSet { if waitsForInput != oldValue { wtimeout(rd_stdscr(), timeout) } }
    }

    /// How long `nextEvent` waits for a key when it waits: shorter while versions load,
    /// so what arrives is shown soon.
    var waitMilliseconds: Int32 = 100 {
        didSet { if waitMilliseconds != oldValue { wtimeout(rd_stdscr(), timeout) } }
    }

    private var timeout: Int32 { waitsForInput ? waitMilliseconds : 0 }

    var size: (width: Int, height: Int) {
        (Int(getmaxx(rd_stdscr())), Int(getmaxy(rd_stdscr())))
    }

    func close() {
        if !isendwin() { endwin() }
        // After `endwin`: a signal while it runs still restores (twice does no harm).
        SignalGuard.disarm()
        if let screen { delscreen(screen) }
        screen = nil
        if let input { fclose(input) }
        input = nil
    }

    deinit { close() }

    /// Puts `frame` on the screen, which shows `shown` (nil: nothing yet), places or hides
    /// the cursor, and refreshes: the clusters the core's frame diff finds
    /// (`Frame.changes(since:)`), or the whole frame on a cleared screen (the first frame,
    /// or a new size).
    func show(_ frame: Frame, over shown: Frame?) {
        bufferOutput()
        if frame.height != armedHeight {
            armedHeight = frame.height
            SignalGuard.arm(height: armedHeight)
        }
        let window = rd_stdscr()
        if frame.needsClear(after: shown) {
            werase(window)
            writeWhole(frame)
        } else {
            frame.forEachChange(since: shown) { change in put(change.cell, x: change.x, y: change.y) }
        }
        StartupTrace.mark("cells written")
        if let cursor = frame.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }

    /// Writes every cluster of `frame` on a cleared screen, what `changes(since: nil)` lists:
    /// with no frame to compare, rows go to curses as they are, each run of plain cells
    /// (nearly all of a screen's 12,000) in one `mvwadd_wchnstr` call rather than a
    /// `CellChange` and an `mvwadd_wch` each; other clusters as `put` writes them.
    private func writeWhole(_ frame: Frame) {
        let window = rd_stdscr()
        var run = [cchar_t](repeating: cchar_t(), count: max(1, frame.width))
        for y in 0..<frame.height {
            var count = 0
            var start = 0
            func flush() {
                if count > 0 { _ = mvwadd_wchnstr(window, Int32(y), Int32(start), &run, Int32(count)) }
                count = 0
            }
            // The bottom-right cell is never written: writing it scrolls some terminals.
            let end = y == frame.height - 1 ? frame.width - 1 : frame.width
            var x = 0
            while x < end {
                let cell = frame[x, y]
                if let scalar = Self.plainScalar(cell.text) {
                    if count == 0 { start = x }
                    run[count] = painter.cell(scalar, style: cell.style)
                    count += 1
                    x += 1
                    continue
                }
                flush()
                var columns = 1
                while x + columns < frame.width && frame[x + columns, y].isContinuation { columns += 1 }
                // A cluster that would cover the bottom-right cell is left out, as in the diff.
                if !cell.isContinuation && x + columns <= end { put(cell, x: x, y: y) }
                x += columns
            }
            flush()
        }
    }

    /// Writes a whole cluster from column x, unit by unit (`TerminalUnits`: a spacing
    /// character with its zero-width ones, ncursesw's `cchar_t`), so a flag, a conjunct or
    /// an emoji sequence arrives whole and takes the columns `CellWidth` gave it.
    private func put(_ cell: Cell, x: Int, y: Int) {
        if let scalar = Self.plainScalar(cell.text) {
            // Nearly every cell: one printable scalar of one column, written without the
            // arrays of the general case (a 200 × 60 screen is 12,000 of them).
            var character = painter.cell(scalar, style: cell.style)
            mvwadd_wch(rd_stdscr(), Int32(y), Int32(x), &character)
            return
        }
        let (attributes, pair) = painter.attributes(for: cell.style)
        for unit in TerminalUnits.units(of: cell.text, capacity: Int(rd_ccharw_max()) - 1) {
            var characters = unit.scalars.map { wchar_t(bitPattern: $0.value) } + [0]
            var character = cchar_t()
            var pairNumber = pair
            setcchar(&character, &characters, attributes, 0, &pairNumber)
            mvwadd_wch(rd_stdscr(), Int32(y), Int32(x + unit.column), &character)
        }
    }

    /// The cell's only scalar if it is printable ASCII or Latin-1 (one column, nothing
    /// withheld, nothing to sanitise): what `TerminalUnits` would send as one unit.
    static func plainScalar(_ text: String) -> Unicode.Scalar? {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        let value = first.value
        if (0x20..<0x7F).contains(value) { return first }
        return (0xA0..<0x300).contains(value) && Sanitiser.isSafeForTerminal(first) ? first : nil
    }

    /// Ctrl-Z, between two frames (`SignalGuard`): the terminal given back to the shell as
    /// on leaving, the process stopped, and on `fg` the shell's modes saved anew (the user
    /// may have changed them meanwhile), the screen set up again and repainted whole from
    /// what curses holds, so the frame the loop last showed stays true.
    private func suspend() {
        endwin()
        // Continued in the foreground (`fg`), the guard has the shell's modes anew: curses too.
        if rd_guard_stop() != 0 { def_shell_mode() }
        clearok(rd_curscr(), true)
        wrefresh(rd_stdscr())
    }

    /// How many inputs (keys, mouse reports, resizes) have been read, decoded or not.
    private(set) var inputsRead = 0

    /// The most inputs taken in one burst.
    static let burstLimit = 4096

    /// Waits up to 100 ms for input (not at all when `waitsForInput` is false), then takes
    /// whatever else is already waiting: keys that arrive together (a paste, keys typed
    /// ahead of a slow frame) come as one `.keys` event, so the reader handles them in one
    /// go and searches a pasted pattern once.
    func nextEvents() -> [Event] {
        if rd_guard_take_suspension() != 0 { suspend() }
        // Ctrl-C while a line is typed (`SignalGuard.interruptAsKey`) is that line's key. One
        // noted as the line closed (Enter ran the search, Ctrl-C came meanwhile) ends the
        // reader as Ctrl-C does elsewhere, by the signal (130).
        if rd_guard_take_interrupt() != 0 {
            if SignalGuard.interruptIsKey { return [.key(.control("c"))] }
            raise(SIGINT)
        }
        guard let first = readInput() else {
            if terminalHungUp() { SignalGuard.hangUp() }
            return []
        }
        var events = [first]
        wtimeout(rd_stdscr(), 0)
        defer { wtimeout(rd_stdscr(), timeout) }
        while events.count < Self.burstLimit, let next = readInput() { events.append(next) }
        // Runs of keys become bursts.
        var grouped: [Event] = []
        var keys: [Key] = []
        func flush() {
            if keys.count == 1 { grouped.append(.key(keys[0])) } else if !keys.isEmpty { grouped.append(.keys(keys)) }
            keys = []
        }
        for event in events {
            if case .key(let key) = event { keys.append(key) } else { flush(); grouped.append(event) }
        }
        flush()
        return grouped
    }

    /// Whether the terminal the keys come from is gone (its window closed, the connection
    /// dropped): reading it then fails at once, and a reader outside the terminal's
    /// foreground group, which the hangup signal missed, went on waiting for keys in a loop
    /// that never waited, at full processor load, for good.
    private func terminalHungUp() -> Bool {
        var descriptor = pollfd(fd: input.map { fileno($0) } ?? STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// One input, if one is waiting (within the current timeout); undecodable input is
    /// counted and skipped.
    private func readInput() -> Event? {
        while true {
            var code: wint_t = 0
            let result = wget_wch(rd_stdscr(), &code)
            if result == ERR { return nil }
            inputsRead += 1
            let event = result == rd_key_code_yes()
                ? KeyDecoder.decode(keyCode: Int32(bitPattern: code), screen: self)
                : KeyDecoder.decode(character: UInt32(code))
            if let event { return event }
        }
    }

    /// Turns mouse tracking on or off (off: the terminal's own selection works without Shift).
    func setMouse(_ on: Bool) {
        _ = mousemask(on ? rd_all_mouse_events() : 0, nil)
    }

    /// Whether the terminfo entry declares OSC 52 (the `Ms` extension).
    var declaresClipboard: Bool {
        guard let ms = tigetstr("Ms") else { return false }
        return Int(bitPattern: ms) != -1
    }

    /// Sets the terminal's clipboard (OSC 52) with terminfo's `putp`, after curses has
    /// written what it holds; `base64` holds nothing that could act as a control. `putp`
    /// writes through C's standard output, which curses does not flush: flush it here.
    func writeClipboard(base64: String) {
        wrefresh(rd_stdscr())
        _ = putp("\u{1B}]52;c;" + base64 + "\u{07}")
        fflush(nil)
    }

    func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let x = Int(event.x)
        let y = Int(event.y)
        if state & rd_button4_pressed() != 0 { return MouseEvent(.wheelUp, x: x, y: y) }
        if state & rd_button5_pressed() != 0 { return MouseEvent(.wheelDown, x: x, y: y) }
        if state & (rd_button1_pressed() | rd_button1_clicked()) != 0 { return MouseEvent(.press, x: x, y: y) }
        if state & rd_button1_released() != 0 { return MouseEvent(.release, x: x, y: y) }
        return nil
    }
}
