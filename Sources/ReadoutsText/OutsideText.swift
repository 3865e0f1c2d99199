import ReadoutsOutsideText

/// Text that came from outside — a path, a name, an option's value, `TERM`, a theme's
/// description, a label — on its way into one line: a message on standard error, a
/// `--list-themes` row, a label in the export. The scalars that must never reach a
/// terminal are those `Sanitiser.placeholder(for:)` names (C0, DEL, C1, bidi controls,
/// line and paragraph separators), plus newline and tab, which would break the line.
extension Sanitiser {
    /// One line with every unsafe scalar written as a visible escape (see `OutsideText`).
    public static func escapedForMessage(_ text: String) -> String {
        OutsideText.escapedForMessage(text)
    }

    /// One line with the document-text treatment: every unsafe scalar, newline and tab
    /// included, becomes its placeholder (`␛`, `␊`, `␉`, `␦`), as in the reader's panes.
    /// For labels and ids that are shown, or exported, where document text is.
    public static func sanitisedLine(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(isSafeForTerminal) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isSafeForTerminal(scalar) {
                result.append(scalar)
            } else {
                result.append(placeholder(for: scalar) ?? formatPlaceholder)
            }
        }
        return String(result)
    }
}
