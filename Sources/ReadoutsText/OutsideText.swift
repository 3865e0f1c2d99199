/// Text that came from outside — a path, a name, an option's value, `TERM`, a theme's
/// description, a label — on its way into one line: a message on standard error, a
/// `--list-themes` row, a label in the export. The scalars that must never reach a
/// terminal are those `Sanitiser.placeholder(for:)` names (C0, DEL, C1, bidi controls,
/// line and paragraph separators), plus newline and tab, which would break the line.
extension Sanitiser {
    /// One line with every unsafe scalar written as a visible escape, for messages a user
    /// may copy back into a shell or a bug report: `\e` (ESC), `\a` `\b` `\t` `\n` `\v`
    /// `\f` `\r`, `\x01`…`\x1F`, `\x7F` and `\x80`…`\x9F` for the other C0 and the C1
    /// controls, `\u{202E}` for bidi controls and separators. Everything else — accents,
    /// Cyrillic, CJK, emoji, backslashes — is kept as it is.
    public static func escapedForMessage(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isSafeForTerminal(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += escape(scalar)
            }
        }
        return result
    }

    /// The visible escape for one unsafe scalar.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: return "\\e"
        case 0x07: return "\\a"
        case 0x08: return "\\b"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0B: return "\\v"
        case 0x0C: return "\\f"
        case 0x0D: return "\\r"
        case 0x00..<0xA0: return "\\x" + hex(scalar.value, digits: 2)
        default: return "\\u{" + hex(scalar.value, digits: 4) + "}"
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
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
