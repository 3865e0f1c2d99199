/// The reading habits of less and vim users that are neither topics nor search.
public enum ReadingCommand: Equatable, Sendable {
    /// `m{a-z}` and `'{a-z}`: the letter is the binding's last key.
    case setMark, jumpToMark
    /// `y`: the current sentence (`Ny`: N sentences, `copySentences`); `Y`: it and its linked
    /// passages, with the versions' labels.
    case copySentence, copyLinked
    /// `:`: the command line (`:N`, `:q`, `:set nu`).
    case commandLine
    /// `#` and less's `-N`: sentence numbers on/off.
    case toggleNumbers
    /// `M`: the terminal's mouse tracking on/off.
    case toggleMouse
    /// Ctrl-G: where the focused pane is, as less and vim say it.
    case showPosition
    /// `-` and a key that is no option here: which options `-` takes (`DashOptions`).
    case listOptions
}

extension ReaderState {
    mutating func perform(_ command: ReadingCommand, keys: [Key]) -> [Effect] {
        switch command {
        case .setMark: return setMark(named: keys.last)
        case .jumpToMark: jumpToMark(named: keys.last)
        case .copySentence: return copySentence(withLinks: false)
        case .copyLinked: return copySentence(withLinks: true)
        case .commandLine: push(.commandLine(CommandPrompt()))
        case .toggleNumbers: setNumbers(!reading.numbersSentences)
        case .showPosition: showPosition()
        case .listOptions: listOptions(after: keys.last)
        case .toggleMouse:
            reading.mouseEnabled.toggle()
            notice = Notice(reading.mouseEnabled
                ? "mouse on: the wheel scrolls, a click focuses (M turns it off)"
                : "mouse off: select text with the terminal (M turns it back on)")
            return [.setMouse(reading.mouseEnabled)]
        }
        return []
    }
}
