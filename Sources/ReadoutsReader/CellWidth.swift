/// How many terminal columns text takes — the one width table of the reader, used by
/// wrapping, drawing, the prompt and the overlays alike. Kept in the pure core so layout
/// never needs the terminal.
///
/// Widths are the C library's `wcwidth` (see `CellWidthTable.swift`), because ncursesw
/// places the cursor with that same function: when the two agree, the reader's idea of
/// where a character ends and the terminal's never part. A grapheme cluster takes the sum
/// of its scalars' widths — exactly what ncursesw does when it writes the cluster as a
/// spacing character followed by its zero-width ones — so a flag (two regional
/// indicators) is 2 columns, `क्ष` 2, an emoji with a skin tone 4, a ZWJ family 6, as
/// tmux and other wcwidth-based terminals draw them. Known, intended differences from
/// `wcwidth`: control characters count 1 (the reader never writes one: they are shown as
/// placeholders), and a cluster made only of combining marks is drawn on a dotted circle
/// (see `Wrapper.isStandaloneMark`).
public enum CellWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value == 0 ? 0 : 1 }
        if contains(zeroWidthRanges, value) { return 0 }
        return contains(doubleWidthRanges, value) ? 2 : 1
    }

    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let first = scalars.first { return of(first) }
        return scalars.reduce(0) { $0 + of($1) }
    }

    /// Columns of a whole string, grapheme by grapheme.
    public static func of(_ string: String) -> Int {
        string.reduce(0) { $0 + of($1) }
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if value < range.lowerBound { high = mid - 1 } else if value > range.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }
}
