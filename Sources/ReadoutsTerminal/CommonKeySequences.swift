import CNCursesW

/// The sequences terminals send for Home, End, the arrows and the like, taught to ncurses
/// where the terminal type's terminfo entry names others: tmux under `TERM=xterm-256color`
/// sends "ESC [ 1 ~" for Home, which xterm's entry calls "ESC O H", and ncurses split it
/// into Escape, "[" (the previous topic) and "~". less and vim take them all.
enum CommonKeySequences {
    static let escape = "\u{1B}"
    static let sequences: [(sequence: String, key: Int32)] = [
        ("[1~", KEY_HOME), ("[7~", KEY_HOME), ("[H", KEY_HOME), ("OH", KEY_HOME),
        ("[4~", KEY_END), ("[8~", KEY_END), ("[F", KEY_END), ("OF", KEY_END),
        ("[5~", KEY_PPAGE), ("[6~", KEY_NPAGE), ("[3~", KEY_DC), ("[Z", KEY_BTAB),
        ("[A", KEY_UP), ("[B", KEY_DOWN), ("[C", KEY_RIGHT), ("[D", KEY_LEFT),
        ("OA", KEY_UP), ("OB", KEY_DOWN), ("OC", KEY_RIGHT), ("OD", KEY_LEFT),
        ("OP", KEY_F0 + 1), ("OQ", KEY_F0 + 2), ("OR", KEY_F0 + 3), ("OS", KEY_F0 + 4),
        ("[11~", KEY_F0 + 1), ("[12~", KEY_F0 + 2), ("[13~", KEY_F0 + 3), ("[14~", KEY_F0 + 4),
    ].map { (escape + $0.0, $0.1) }

    /// Defines each sequence the terminal's entry leaves undefined (one it defines, or that
    /// would clash with a longer one it defines, stays as the entry says).
    static func define() {
        for (sequence, key) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, key)
        }
    }
}
