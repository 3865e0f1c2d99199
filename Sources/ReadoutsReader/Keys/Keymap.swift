/// One step of a key sequence in a binding: a key, or any key of a class (a mark's letter,
/// a character typed into a prompt).
public enum KeyPattern: Hashable, Sendable {
    case key(Key)
    /// Any character key: what is typed into the search prompt or the topic-list filter.
    case printable
    /// A lower-case letter a–z (vim's mark names).
    case letter
    /// Any key at all ("any key closes").
    case any

    func matches(_ key: Key) -> Bool {
        switch self {
        case .key(let expected): return key == expected
        case .printable:
            if case .character = key { return true }
            return false
        case .letter:
            if case .character(let character) = key, character.isASCII, character.isLowercase { return true }
            return false
        case .any: return true
        }
    }

    /// How the help shows this step.
    var label: String {
        switch self {
        case .key(let key): return key.label
        case .printable: return "text"
        case .letter: return "{a-z}"
        case .any: return "any key"
        }
    }
}

/// A key sequence bound to an action, with the line the help shows for it.
public struct KeyBinding<Action: Sendable>: Sendable {
    /// Each sequence triggers the action; most are one key, `''` is two.
    public var sequences: [[KeyPattern]]
    public var action: Action
    /// The help's text for this binding. A binding that `sharesRow` has none of its own:
    /// the help shows it on the previous binding's row ("j ↓ / k ↑  down / up one line"),
    /// whose summary speaks for both.
    public var summary: String
    public var sharesRow: Bool
    /// False for a habit's second key for an action the help already lists (less's `z`,
    /// vim's `Ctrl-O`): it works, and the README lists it, but the help keeps its rows for
    /// the keys to learn.
    public var isListed = true

    public init(_ sequences: [[KeyPattern]], _ action: Action, _ summary: String) {
        self.sequences = sequences
        self.action = action
        self.summary = summary
        sharesRow = false
    }

    /// Single keys, the common case: `KeyBinding(keys: [.character("j"), .down], ...)`.
    public init(keys: [Key], _ action: Action, _ summary: String) {
        self.init(keys.map { [.key($0)] }, action, summary)
    }

    /// A binding shown on the previous binding's help row.
    public init(keys: [Key], _ action: Action, sharingRow: Void) {
        self.init(keys.map { [.key($0)] }, action, sharingRow: ())
    }

    /// A binding of key sequences shown on the previous binding's help row.
    public init(_ sequences: [[KeyPattern]], _ action: Action, sharingRow: Void) {
        self.init(sequences, action, "")
        sharesRow = true
    }

    /// A binding the help does not list (`isListed`).
    public init(keys: [Key], _ action: Action, unlisted: Void) {
        self.init(keys.map { [.key($0)] }, action, unlisted: ())
    }

    /// A binding of key sequences the help does not list.
    public init(_ sequences: [[KeyPattern]], _ action: Action, unlisted: Void) {
        self.init(sequences, action, "")
        isListed = false
    }

    /// The keys as the help shows them: "j ↓", "Ctrl-R", "''".
    public var label: String {
        sequences.map { sequence in sequence.map(\.label).joined(separator: sequence.count > 1 && sequence.allSatisfy(\.isCharacter) ? "" : " ") }
            .joined(separator: " ")
    }
}

extension KeyPattern {
    fileprivate var isCharacter: Bool {
        if case .key(.character) = self { return true }
        return self == .letter
    }
}

/// A titled list of bindings, as the help groups them.
public struct KeyGroup<Action: Sendable>: Sendable {
    public var title: String
    public var bindings: [KeyBinding<Action>]

    public init(_ title: String, _ bindings: [KeyBinding<Action>]) {
        self.title = title
        self.bindings = bindings
    }

    /// The help's rows: each binding's keys and summary, with bindings that share a row
    /// joined to the one before ("j ↓ / k ↑").
    public var helpRows: [(keys: String, summary: String)] {
        var rows: [(keys: String, summary: String)] = []
        for binding in bindings where binding.isListed {
            if binding.sharesRow, let last = rows.popLast() {
                rows.append((last.keys + " / " + binding.label, last.summary))
            } else {
                rows.append((binding.label, binding.summary))
            }
        }
        return rows
    }
}

/// Keys as data (helix's keymaps): the bindings of one mode, from which both the dispatch
/// and the help are made, so the help can never list a key that does nothing.
public struct Keymap<Action: Sendable>: Sendable {
    public var groups: [KeyGroup<Action>]

    public init(_ groups: [KeyGroup<Action>]) {
        self.groups = groups
    }

    /// What a sequence of keys typed so far means.
    public enum Resolution {
        /// A complete binding; `keys` are the keys it consumed (a mark's letter is the last).
        case action(Action, keys: [Key])
        /// A complete binding that also begins a longer one (`g`, top, when the configuration
        /// binds `g t`): wait for the next key. If it continues the longer binding, that one
        /// runs; otherwise this action does, and the key is then handled as if typed alone
        /// (vim's mappings, without the timeout).
        case actionUnlessContinued(Action, keys: [Key])
        /// The keys begin some binding: wait for the next key.
        case pending
        /// No binding starts with these keys.
        case unbound
    }

    /// Resolves `keys` (the pending keys plus the new one). Bindings are tried in order, so
    /// an exact key listed earlier wins over a class such as `.any` listed later.
    public func resolve(_ keys: [Key]) -> Resolution {
        var complete: Action?
        var isPrefix = false
        for group in groups {
            for binding in group.bindings {
                for sequence in binding.sequences where sequence.count >= keys.count {
                    guard zip(sequence, keys).allSatisfy({ $0.matches($1) }) else { continue }
                    if sequence.count > keys.count {
                        isPrefix = true
                    } else if complete == nil {
                        complete = binding.action
                    }
                }
            }
        }
        switch (complete, isPrefix) {
        case (let action?, false): return .action(action, keys: keys)
        case (let action?, true): return .actionUnlessContinued(action, keys: keys)
        case (nil, true): return .pending
        case (nil, false): return .unbound
        }
    }

    /// The first key of every sequence, for tests that check no two bindings clash.
    var allSequences: [[KeyPattern]] { groups.flatMap { $0.bindings.flatMap(\.sequences) } }
}

extension Key {
    /// A key typed on purpose, whose doing nothing is worth a word: a character, Ctrl- or a
    /// function key (not Esc or the arrows, pressed by reflex where nothing is to cancel).
    var isTyped: Bool {
        switch self {
        case .character(let character): return character != " "
        // Ctrl-L redraws in less and vim, pressed by reflex: the reader redraws what changes.
        case .control(let letter): return letter != "l"
        case .function: return true
        default: return false
        }
    }

    /// How the help and the README name a key.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-" + letter.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .function(let number): return "F\(number)"
        }
    }
}
