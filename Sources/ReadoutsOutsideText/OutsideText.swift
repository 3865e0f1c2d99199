/// The one rule for text that came from outside (a document, a path, a name, an option's
/// value, `TERM`, a theme's description, a label) on its way to a terminal: which scalars
/// must never reach it, and how a message shows them. Shared by the document sanitiser
/// (`ReadoutsText`), the TOML errors (`ReadoutsTOML`) and the command line, so a control
/// character looks the same wherever it is reported. No dependencies: every target that
/// writes outside text can use it.
public enum OutsideText {
    /// Scalars that could drive a terminal or break a line: C0 controls (newline and tab
    /// included), DEL, C1 controls, the bidi embeddings, overrides and isolates, and the
    /// line and paragraph separators.
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// One line with every unsafe scalar written as a visible escape, for messages a user
    /// may copy back into a shell or a bug report: `\e` (ESC), `\a` `\b` `\t` `\n` `\v`
    /// `\f` `\r`, `\x01`…`\x1F`, `\x7F` and `\x80`…`\x9F` for the other C0 and the C1
    /// controls, `\u{202E}` for bidi controls and separators. Everything else — accents,
    /// Cyrillic, CJK, emoji, backslashes — is kept as it is.
    public static func escapedForMessage(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) { result += escape(scalar) } else { result.unicodeScalars.append(scalar) }
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
}
