import ReadoutsThemes
import ReadoutsText

/// vim's `:` command line, small: `:N` goes to sentence N (`:$` the last), `:/text` and
/// `:?text` search forward and backward in the focused pane, `:q` (and `:x`) quits, `:set nu`
/// and `:set nonu` number sentences, `:w FILE` writes the brief or the page
/// (`ExportRequest`), `:n` and `:p` go to the next and previous version (less's next and
/// previous file), `:h` helps, `:noh` clears the search, `:f` says where you are, `:mes` shows
/// the last notice whole. Every other command answers in one line. A layer like the search
/// prompt, drawn on the status row.
public struct CommandPrompt: Equatable, Sendable {
    public internal(set) var characters: [Character] = []
    public var text: String { String(characters) }

    /// Longer input is not a command this line knows.
    static let maximumLength = 100

    public init() {}
}

/// The command line's own keys.
enum CommandPromptAction: Sendable {
    case type, deleteBackward, clearLine, run, cancel
}

extension CommandPrompt {
    static let keymap = Keymap<CommandPromptAction>([
        KeyGroup("In the : command line", [
            KeyBinding(keys: [.enter], .run, "run / cancel the command"),
            KeyBinding(keys: [.escape, .control("c")], .cancel, sharingRow: ()),
            // Ctrl-J ends the line as Enter does, as in vim's command line.
            KeyBinding(keys: [.control("j")], .run, unlisted: ()),
            KeyBinding([[.printable]], .type, "N $ /text ?text q n p h, set nu/nonu, w FILE"),
            KeyBinding(keys: [.backspace], .deleteBackward, "delete back"),
            KeyBinding(keys: [.control("u")], .clearLine, "clear the line"),
        ]),
    ])

    /// Shown at the right of the line while typing.
    static let hint = ":N sentence N · :/text search · :w brief.md / page.html · :q quit · :n :p next/previous version · :set nu / nonu numbers"
    /// The hint in a few columns, for a status line too short for the whole one.
    static let shortHint = ":N :/text :w FILE :q :n :p :h :set nu"

    /// vim's `:wq` and its kin: they write the file being edited, and Readouts edits none.
    static let writeAndQuit: Set<String> = ["wq", "wq!", "wqa", "wqa!", "wqall", "wqall!"]
}

extension ReaderState {
    /// Every key goes to the command line while it is open; Backspace on an empty line
    /// closes it, as in vim.
    mutating func handleCommandLineKey(_ key: Key, layer position: Int) -> LayerResponse {
        guard case .commandLine(var line) = layers[position] else { return .passed }
        guard case .action(let action, _) = CommandPrompt.keymap.resolve([key]) else { return .consumed([]) }
        switch action {
        case .type:
            if case .character(let character) = key, line.characters.count < CommandPrompt.maximumLength {
                line.characters.append(character)
            }
        case .deleteBackward:
            if line.characters.popLast() == nil {
                layers.remove(at: position)
                return .consumed([])
            }
        case .clearLine: line.characters = []
        case .cancel:
            layers.remove(at: position)
            return .consumed([])
        case .run:
            layers.remove(at: position)
            return .consumed(runCommand(line.text))
        }
        layers[position] = .commandLine(line)
        return .consumed([])
    }

    /// Runs one command line (without its `:`).
    mutating func runCommand(_ text: String) -> [Effect] {
        // `:/text` and `:?text`: the pattern as typed, its spaces too.
        let typed = text.drop { $0 == " " }
        if let sigil = typed.first, sigil == "/" || sigil == "?" {
            return searchFromCommandLine(String(typed.dropFirst()), backward: sigil == "?")
        }
        let command = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        if command.isEmpty { return [] }
        // `:w FILE`, `:export html FILE`: the path as typed, its spaces too.
        switch ExportRequest.parse(text) {
        case .success(let request): return requestExport(request)
        case .failure(let refusal):
            notice = .answer(refusal.message, shorter: refusal.shorterMessages)
            return []
        case nil: break
        }
        if let number = Int(command), number >= 0 {
            goToSentence(number)
            return []
        }
        if CommandPrompt.writeAndQuit.contains(String(command.prefix { $0 != " " })) {
            // As vim's `view` refuses `:wq`: it quit at once, and a reader who expected
            // something written was not told nothing was.
            notice = .answer("nothing to write: Readouts changes no file · :q quits · :w FILE writes the brief (.md) or the page (.html)",
                             shorter: ["nothing to write: Readouts changes no file · :q quits · :w FILE writes the brief",
                                       "nothing to write · :q quits · :w FILE writes the brief", "nothing to write · :q quits"])
            return []
        }
        switch command {
        case "q", "q!", "qa", "qa!", "quit", "quit!", "qall", "qall!":
            return perform(.quit)
        case "x", "xit", "exit", "xa", "xall":
            // vim's `:x` writes only a changed file: nothing here changes, so it quits.
            return perform(.quit)
        case "set nu", "set number":
            setNumbers(true)
        case "set nonu", "set nonumber":
            setNumbers(false)
        case "set nu!", "set number!", "set invnu", "set invnumber":
            setNumbers(!reading.numbersSentences)
        case "$":
            goToSentence(Int.max)
        case "n", "next", "bn", "bnext":
            // As less says of its files: no wrapping round from the last.
            if focus + 1 < documents.count { return perform(.focusNext, count: nil, keys: []) }
            notice = Notice("no next version: \(names[focus]) is the last (:p goes back)")
        case "p", "prev", "previous", "bp", "bprevious", "N", "Next":
            if focus > 0 { return perform(.focusPrevious, count: nil, keys: []) }
            notice = Notice("no previous version: \(names[focus]) is the first (:n goes on)")
        case "h", "help":
            return perform(.help, count: nil, keys: [])
        case "noh", "nohlsearch":
            // The search's highlights only; the focused topic stays (Esc clears both in turn).
            if search.isActive { clearSearch() }
        case "f", "file":
            showPosition()
        case "mes", "messages":
            // vim's `:messages`: the last notice again, whole (a narrow line showed a shorter
            // form, "~/…/copied.txt"); on rows above the line where it is too long for it.
            notice = .answer(lastNotice?.text ?? "no notice yet")
        default:
            // The text is the user's own typing, but keep the line one line (`Sanitiser`: no
            // control or format character reaches the terminal).
            let shown = Sanitiser.sanitisedLine(String(command.prefix(30)))
            // One line, as vim's "E492: Not an editor command": the whole hint on a wide
            // status line, a short one at 80 columns (the whole took two rows over the text).
            notice = .answer("not a command: :\(shown) (\(CommandPrompt.hint))",
                             shorter: ["not a command: :\(shown) · \(CommandPrompt.shortHint)", "not a command: :\(shown)"])
        }
        return []
    }

    /// `:/text` (`:?text` backward), vim's and less's habit: searches the focused pane as
    /// `/text` Enter does (a reader comparing bill drafts typed `:/Article 30` and was told
    /// "not a command"). A closing `/` (`?`) is dropped, as vim's `:/text/` allows; `:/`
    /// alone goes to the last search's next match that way.
    mutating func searchFromCommandLine(_ text: String, backward: Bool) -> [Effect] {
        var pattern = text
        let sigil: Character = backward ? "?" : "/"
        if pattern.count > 1, pattern.last == sigil, !pattern.dropLast().hasSuffix("\\") { pattern.removeLast() }
        guard !pattern.isEmpty else {
            // As `n` does: the match is now what `y` and Enter act on (`arriveAtMatch`).
            stepSearch(reverse: search.backward != backward)
            return []
        }
        openSearchPrompt(backward: backward, allPanes: false)
        guard var prompt = searchPrompt else { return [] }
        prompt.set(pattern)
        searchPrompt = prompt
        runIncrementalSearch()
        let before = search.history.entries
        confirmSearch()
        return search.history.entries != before ? [.saveSearchHistory(search.history.entries)] : []
    }
}

/// The status row while the command line is open: ":text", the hint, the input counter.
func renderCommandLine(_ frame: inout Frame, state: ReaderState, line: CommandPrompt, layout: Layout, counter: Int?) {
    guard !layout.isTooSmall else { return }
    let theme = state.theme
    let y = layout.statusRow
    frame.fill(x: 0, y: y, count: frame.width, style: theme.style("ui.status"))
    // The input counter stays at the very end (tests wait on it).
    let counter = counter.map { "#\($0) " } ?? ""
    let counterWidth = CellWidth.of(counter)
    let hint = CommandPrompt.hint + " "
    let hintWidth = min(CellWidth.of(hint), max(0, frame.width / 2 - counterWidth))
    let room = max(1, frame.width - hintWidth - counterWidth - 1)
    var shown = line.characters[...]
    while CellWidth.of(String(shown)) + 1 >= room && !shown.isEmpty { shown.removeFirst() }
    let style = theme.style("ui.prompt")
    frame.put(":", x: 0, y: y, style: style)
    let end = frame.put(String(shown), x: 1, y: y, style: style, limit: room - 1)
    frame.put(hint, x: frame.width - hintWidth - counterWidth, y: y, style: theme.style("ui.status.notice"), limit: hintWidth)
    frame.put(counter, x: frame.width - counterWidth, y: y, style: theme.style("ui.status"))
    frame.cursor = (x: min(frame.width - 1, end), y: y)
}
