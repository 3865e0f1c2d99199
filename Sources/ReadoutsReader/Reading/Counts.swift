/// Counts before commands, as in less and vim: `5j` and `50%` are handled where the
/// command runs; here, the commands a count changes in other ways: `10G` (row 10), `3}`
/// (three steps, one place in the jump list), `5y` (five sentences).
extension Command {
    /// Steps that a count repeats.
    var repeatsWithCount: Bool {
        switch self {
        case .nextOccurrence, .previousOccurrence, .nextTopic, .previousTopic, .oneSided, .search(.next), .search(.previous):
            return true
        default:
            return false
        }
    }
}

extension ReaderState {
    /// The most steps one count repeats (`999}` is as far as anyone means).
    static let repeatLimit = 10_000

    /// Runs `command` as its count asks, or returns nil when the count needs nothing special.
    mutating func performCounted(_ command: Command, count: Int?) -> [Effect]? {
        guard let count else { return nil }
        switch command {
        case .top, .bottom:
            goToRow(count)
            return []
        case .reading(.copySentence):
            return copySentences(count)
        case _ where command.repeatsWithCount && count > 1:
            // Backspace after `3}` goes back to where the reader was before, not two steps.
            let before = navigation.jumps
            _ = perform(command)
            let afterFirst = navigation.jumps != before ? navigation.jumps : nil
            for _ in 1..<min(count, Self.repeatLimit) { _ = perform(command) }
            if let afterFirst { navigation.jumps = afterFirst }
            return []
        default:
            return nil
        }
    }

    /// `NG` and `Ng`: row N of the focused pane (counted from 1, as shown at the current
    /// width: every wrapped row and blank line counts) goes to the top, as in less.
    mutating func goToRow(_ number: Int) {
        rememberJump()
        let text = text(focus)
        let position = text.step(.top, by: max(0, number - 1)) ?? .top
        reading.point = ReadingPoint(version: focus, offset: text.offset(at: position))
        scroll(focus, to: position)
    }

    /// Runs a command from a key; a topic step or a search that moves the reader elsewhere
    /// forgets the reading point `:N` or a mark left.
    mutating func performKeepingPoint(_ command: Command, count: Int?, keys: [Key]) -> [Effect] {
        let before = (navigation.current, search.current)
        let effects = perform(command, count: count, keys: keys)
        // `J`, `K`, `)` and `(` set the reading point themselves, as `:N` does; so does `o` at a sentence
        // no topic holds, and a move of the focus to another pane (`FocusCarry`, which leaves
        // a search's match where the reader is when it carries nothing).
        if [.nextChange, .previousChange, .oneSided, .nextSentence, .previousSentence].contains(command) {
            reading.matchIsNewer = false
            return effects
        }
        if [.focusNext, .focusPrevious, .focusLeft, .focusRight, .showNextPanes, .showPreviousPanes].contains(command) { return effects }
        if navigation.current != before.0 || search.current != before.1 { reading.point = nil }
        if search.current != before.1 { reading.matchIsNewer = search.current != nil }
        // An occurrence made current is newer than the match; a search leaving none is not.
        if navigation.current != before.0, navigation.current != nil { reading.matchIsNewer = false }
        return effects
    }
}
