/// The configuration file's `[keys]` table: a key (or a sequence of keys) rebound to a
/// command by name, or to `none`. Overrides come first in the keymap and in the help (a
/// group of their own), and the keys they take are removed from the bindings that had
/// them, so the help never lists a key for two things.
public struct KeyOverride: Equatable, Sendable {
    public var keys: [Key]
    /// nil: the keys do nothing (`"t" = "none"`).
    public var command: Command?

    public init(keys: [Key], command: Command?) {
        self.keys = keys
        self.command = command
    }
}

extension Command {
    /// The names the `[keys]` table uses, one per command a key can have (every command of
    /// the main keymap: a translator's `"] c" = "next-change"`, vim's `]c`, was refused as
    /// an unknown command).
    public static let byName: [String: Command] = [
        "scroll-down": .scroll(1), "scroll-up": .scroll(-1), "page-down": .page(1), "page-up": .page(-1),
        "half-page-down": .halfPage(1), "half-page-up": .halfPage(-1), "top": .top, "bottom": .bottom, "percent": .percent,
        "next-pane": .focusNext, "previous-pane": .focusPrevious, "pane-left": .focusLeft, "pane-right": .focusRight,
        "later-panes": .showNextPanes, "earlier-panes": .showPreviousPanes,
        "next-sentence": .nextSentence, "previous-sentence": .previousSentence,
        "next-occurrence": .nextOccurrence, "previous-occurrence": .previousOccurrence, "next-topic": .nextTopic,
        "previous-topic": .previousTopic, "follow-link": .followLink, "jump-back": .jumpBack, "jump-swap": .jumpSwap, "topic-list": .topicList,
        "next-topic-word": .nextTopicWord, "previous-topic-word": .previousTopicWord,
        "sentence-to-top": .place(.top), "sentence-to-middle": .place(.middle), "sentence-to-bottom": .place(.bottom),
        "one-sided": .oneSided, "previous-one-sided": .previousOneSided, "next-change": .nextChange, "previous-change": .previousChange,
        "compare": .compare, "toggle-follow": .toggleFollow, "clear": .clear,
        "search-forward": .search(.forward), "search-backward": .search(.backward), "search-all-panes": .search(.allPanes),
        "next-match": .search(.next), "previous-match": .search(.previous),
        "set-mark": .reading(.setMark), "jump-to-mark": .reading(.jumpToMark), "copy-sentence": .reading(.copySentence),
        "copy-linked": .reading(.copyLinked), "command-line": .reading(.commandLine), "toggle-numbers": .reading(.toggleNumbers),
        "toggle-smart-case": .search(.toggleCase(.smart)), "toggle-ignore-case": .search(.toggleCase(.ignore)),
        "toggle-mouse": .reading(.toggleMouse), "show-position": .reading(.showPosition), "next-theme": .nextTheme, "help": .help, "quit": .quit,
    ]

    /// The name of a command in the `[keys]` table.
    public var name: String? { Self.byName.first { $0.value == self }?.key }

    /// Marks take a letter after their key (`m` then `a`).
    var takesLetter: Bool { self == .reading(.setMark) || self == .reading(.jumpToMark) }
}

extension Key {
    /// Names for keys that are not a character, as the help writes them, plus the usual
    /// alternatives.
    public static let named: [String: Key] = [
        "Space": .character(" "), "Up": .up, "↑": .up, "Down": .down, "↓": .down, "Left": .left, "←": .left,
        "Right": .right, "→": .right, "PgUp": .pageUp, "PageUp": .pageUp, "PgDn": .pageDown, "PageDown": .pageDown,
        "Home": .home, "End": .end, "Enter": .enter, "Backspace": .backspace, "Delete": .delete, "Esc": .escape,
        "Escape": .escape, "Tab": .tab, "Shift-Tab": .backTab,
    ]

    /// Keys a terminal sends as the same byte as a Ctrl- letter, by the letter: `Ctrl-M` is
    /// Enter, `Ctrl-I` Tab and `Ctrl-H` Backspace wherever they are typed, in either case
    /// (`Ctrl-J` is a key of its own).
    static let controlAliases: [Character: Key] = ["m": .enter, "i": .tab, "h": .backspace]

    /// Parses one key as the help writes it: a character, `Ctrl-X`, `F1`…`F12`, or a name
    /// (`Space`, `PgDn`, `Esc`, …). Nil when it is none of those.
    public static func parse(_ text: String) -> Key? {
        if let key = named[text] { return key }
        if text.count == 1, let character = text.first, !character.isWhitespace,
            !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        {
            return .character(character)
        }
        if text.hasPrefix("Ctrl-"), text.count == 6, let letter = text.last, letter.isASCII, letter.isLetter {
            let lower = Character(letter.lowercased())
            return controlAliases[lower] ?? .control(lower)
        }
        if text.hasPrefix("F"), let number = Int(text.dropFirst()), (1...12).contains(number) { return .function(number) }
        return nil
    }

    /// Parses a sequence of keys separated by spaces (`"Z Z"`, `"g t"`); nil if any is not a key.
    public static func parseSequence(_ text: String) -> [Key]? {
        let parts = text.split(separator: " ").map(String.init)
        guard !parts.isEmpty else { return nil }
        var keys: [Key] = []
        for part in parts {
            guard let key = parse(part) else { return nil }
            keys.append(key)
        }
        return keys
    }
}

extension Keymap where Action == Command {
    /// This keymap with `overrides` applied (see `KeyOverride`).
    public func overriding(_ overrides: [KeyOverride]) -> Keymap<Command> {
        guard !overrides.isEmpty else { return self }
        let taken = overrides.map { $0.keys.map(KeyPattern.key) }
        var groups: [KeyGroup<Command>] = []
        for group in self.groups {
            var bindings: [KeyBinding<Command>] = []
            var droppedSummary: String?
            for var binding in group.bindings {
                binding.sequences.removeAll { sequence in taken.contains { sequence.starts(with: $0) } }
                if binding.sequences.isEmpty {
                    // A row's summary outlives its keys if the next binding shares the row.
                    if !binding.sharesRow { droppedSummary = binding.summary }
                    continue
                }
                if binding.sharesRow, let summary = droppedSummary ?? (bindings.isEmpty ? "" : nil) {
                    binding.summary = summary
                    binding.sharesRow = false
                }
                droppedSummary = nil
                bindings.append(binding)
            }
            if !bindings.isEmpty { groups.append(KeyGroup(group.title, bindings)) }
        }
        let yours = overrides.compactMap { override -> KeyBinding<Command>? in
            guard let command = override.command else { return nil }
            let sequence = override.keys.map(KeyPattern.key) + (command.takesLetter ? [.letter] : [])
            return KeyBinding([sequence], command, command.name ?? "")
        }
        if !yours.isEmpty { groups.insert(KeyGroup("Your keys (config.toml)", yours), at: 0) }
        return Keymap(groups)
    }
}
