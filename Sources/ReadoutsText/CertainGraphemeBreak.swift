/// Places where a grapheme cluster certainly ends, told from the two scalars on either
/// side alone: both are letters, digits, punctuation or maths and currency symbols, with
/// the few that join a neighbour set aside (Hangul jamo and syllables, prepended letters,
/// Thai and Lao SARA AM). Combining marks, joiners, emoji, modifiers and regional
/// indicators — whose clusters depend on what came before — never qualify. Lets a cut in
/// text without spaces be placed by looking at a few scalars rather than by reading the
/// chunk as `Character`s from its start (UAX #29: no rule joins two such scalars).
enum CertainGraphemeBreak {
    static func between(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        // Printable ASCII on both sides, the usual case, needs no table.
        if before.value >= 0x21 && before.value < 0x7F && after.value >= 0x21 && after.value < 0x7F { return true }
        return isPlain(before) && isPlain(after) && !isPrepend(before) && !isSpacingLetter(after)
    }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x21 || (0x7F..<0xA0).contains(value) { return false }
        if (0x1100...0x11FF).contains(value) || (0xA960...0xA97F).contains(value)
            || (0xAC00...0xD7FF).contains(value) { return false }  // Hangul jamo and syllables
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol:
            return !scalar.properties.isGraphemeExtend && !scalar.properties.isEmojiPresentation
        default:
            return false
        }
    }

    /// Grapheme_Cluster_Break=Prepend letters (the rest of Prepend is format characters).
    private static func isPrepend(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D4E, 0x111C2...0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02: return true
        default: return false
        }
    }

    /// Grapheme_Cluster_Break=SpacingMark letters (the rest of SpacingMark is marks).
    private static func isSpacingLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0E33 || scalar.value == 0x0EB3
    }
}
