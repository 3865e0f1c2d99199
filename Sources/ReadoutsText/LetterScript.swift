/// The script a letter is written in, as Readouts tells texts apart by it: Latin (the
/// alphabet and its accented and extended letters), Cyrillic (`CyrillicScript`), or
/// another. One answer for the names a translation changed (compared within one script),
/// a label's `lang` on the page, and the topic list's names in two scripts.
public enum LetterScript: Sendable, Equatable {
    case latin, cyrillic, other

    /// The script of letter `scalar`.
    public static func of(_ scalar: Unicode.Scalar) -> LetterScript {
        if CyrillicScript.contains(scalar) { return .cyrillic }
        return scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value) ? .latin : .other
    }

    /// The script of the first letter of `text`, or nil when it has none.
    public static func first(in text: String) -> LetterScript? {
        text.unicodeScalars.first { $0.properties.isAlphabetic }.map(of)
    }

    /// The script every letter of `text` is written in, or nil when it has no letter or
    /// letters of two scripts.
    public static func only(in text: String) -> LetterScript? {
        var found: LetterScript?
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            let script = of(scalar)
            if let found, found != script { return nil }
            found = script
        }
        return found
    }
}
