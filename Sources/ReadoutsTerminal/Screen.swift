import CNCursesW
import Glibc
import ReadoutsReader
import ReadoutsText
import ReadoutsThemes

/// The curses screen: set up on a checked terminal, fed frames (only changed cells are
/// written), read for keys, mouse reports and resizes, and always restored.
final class Screen {
    private var screen: OpaquePointer?
    private var previous: Frame?
    private let painter: Painter
    /// The colour tier chosen for this terminal.
    var tier: ColorTier { painter.tier }
    private var input: UnsafeMutablePointer<FILE>?

    /// Opens the terminal. `keysFromTTY`: read keys from /dev/tty because standard input
    /// carried a document.
    init(keysFromTTY: Bool, noColor: Bool) throws(TerminalError) {
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
        painter = Painter(noColor: noColor)
        cbreak()
        noecho()
        nonl()
        intrflush(rd_stdscr(), false)
        keypad(rd_stdscr(), true)
        set_escdelay(25)
        // get_wch returns regularly, which also re-enables keypad mode after Ctrl-Z / fg.
        wtimeout(rd_stdscr(), 100)
        _ = mousemask(rd_all_mouse_events(), nil)
        mouseinterval(0)
        curs_set(0)
    }

    /// ncursesw drops every non-ASCII character in the C locale: insist on UTF-8.
    static func prepareLocale() {
        _ = setlocale(LC_ALL, "")
        if String(cString: rd_codeset()) != "UTF-8" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    var size: (width: Int, height: Int) {
        (Int(getmaxx(rd_stdscr())), Int(getmaxy(rd_stdscr())))
    }

    func close() {
        if !isendwin() { endwin() }
        if let screen { delscreen(screen) }
        screen = nil
        if let input { fclose(input) }
        input = nil
    }

    deinit { close() }

    /// Copies the cells that changed since the last frame and refreshes.
    func draw(_ frame: Frame) {
        let window = rd_stdscr()
        let full = previous.map { $0.width != frame.width || $0.height != frame.height } ?? true
        if full { werase(window) }
        for y in 0..<frame.height {
            var x = 0
            while x < frame.width {
                let cell = frame[x, y]
                defer { x += 1 }
                if cell.isContinuation { continue }
                if !full, let previous, previous[x, y] == cell,
                    x + 1 >= frame.width || previous[x + 1, y] == frame[x + 1, y]
                {
                    continue
                }
                // The bottom-right cell scrolls some terminals: skip it.
                if y == frame.height - 1 && x == frame.width - 1 { continue }
                put(cell, x: x, y: y)
            }
        }
        if let cursor = frame.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
        previous = frame
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var wide: [wchar_t] = []
        for scalar in cell.text.unicodeScalars.prefix(4) {
            // Last line of defence: nothing that could act as a control reaches the terminal.
            let safe = Sanitiser.isSafeForTerminal(scalar) ? scalar : "\u{FFFD}"
            wide.append(wchar_t(bitPattern: safe.value))
        }
        if wide.isEmpty { wide = [32] }
        wide.append(0)
        let (attributes, pair) = painter.attributes(for: cell.style)
        var character = cchar_t()
        var pairNumber = pair
        setcchar(&character, wide, attributes, 0, &pairNumber)
        mvwadd_wch(rd_stdscr(), Int32(y), Int32(x), &character)
    }

    /// Waits up to 100 ms for input.
    func nextEvent() -> Event? {
        var code: wint_t = 0
        let result = wget_wch(rd_stdscr(), &code)
        if result == ERR { return nil }
        if result == rd_key_code_yes() {
            return KeyDecoder.decode(keyCode: Int32(bitPattern: code), screen: self)
        }
        return KeyDecoder.decode(character: UInt32(code))
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
