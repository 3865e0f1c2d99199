import ReadoutsText

/// How a cell's grapheme cluster is sent to the terminal: as ncursesw's units (a
/// `cchar_t`: one spacing character and the zero-width ones that follow it), each written
/// at its own column. ncursesw advances its cursor by `wcwidth` of the spacing character,
/// as `CellWidth` does; the terminal must advance by the same amount, or everything after
/// the cluster on that row lands in the wrong column (the divider included).
///
/// Two joiners are therefore not sent, although the cell keeps them (search, the export
/// and the width table see the whole cluster): U+200D ZERO WIDTH JOINER and U+FE0F
/// VARIATION SELECTOR-16. Terminals disagree on what the sequences they form are worth:
/// tmux 3.3 folds a ZWJ family (👨‍👩‍👧) into one 2-column cell where `wcwidth` counts 6,
/// and kitty or WezTerm widen ❤️ to 2 columns where `wcwidth` counts 1. Without them every
/// `wcwidth` terminal draws the same columns: a family as its members side by side, ❤ in
/// its text form. Anything that could act as a control becomes U+FFFD (the last line of
/// defence after the loader's sanitiser).
public enum TerminalUnits {
    public struct Unit: Equatable, Sendable {
        /// A spacing scalar and the zero-width scalars after it.
        public var scalars: [Unicode.Scalar]
        /// Columns from the cluster's first column.
        public var column: Int
    }

    /// Scalars a cluster keeps but the terminal is not sent.
    static func isWithheld(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{200D}" || scalar == "\u{FE0F}"
    }

    /// The units of `text`, each at most `capacity` scalars (extra zero-width scalars are
    /// dropped: a cell holds a spacing character and a few combining ones).
    public static func units(of text: String, capacity: Int) -> [Unit] {
        var units: [Unit] = []
        var column = 0
        for original in text.unicodeScalars where !isWithheld(original) {
            let scalar = Sanitiser.isSafeForTerminal(original) ? original : "\u{FFFD}"
            let width = CellWidth.of(scalar)
            if width > 0 || units.isEmpty {
                if let last = units.last { column += max(1, CellWidth.of(last.scalars[0])) }
                units.append(Unit(scalars: [scalar], column: column))
            } else if units[units.count - 1].scalars.count < capacity {
                units[units.count - 1].scalars.append(scalar)
            }
        }
        return units.isEmpty ? [Unit(scalars: [" "], column: 0)] : units
    }
}
