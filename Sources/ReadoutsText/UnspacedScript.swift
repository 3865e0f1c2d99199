/// Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
/// Burmese): a run of their letters is one token but many words. Where a sentence's words
/// are counted (whether it says enough to be "linked to nothing" or one-sided), such a run
/// counts one word per two letters, about the length of a Chinese or Japanese word: a
/// Tokyo correspondent's 「石破総理大臣から、拉致問題の即時解決に向けた理解と協力を求め…」
/// counted four "words" and was never flagged, though the UK's readout left it out.
public enum UnspacedScript {
    /// Whether `scalar` is a letter of a script written without spaces: Han and kana
    /// (`EastAsianScript`; Korean is written with spaces), Thai, Lao, Burmese, Khmer.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF:
            return true
        default:
            guard let script = EastAsianScript.script(value) else { return false }
            return script == .han || script == .kana
        }
    }

    /// The words a run of text without white space (a token) counts for: one, or one per
    /// two letters of an unspaced script when it has any.
    public static func wordCount<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var unspaced = 0
        for scalar in scalars where contains(scalar) { unspaced += 1 }
        return unspaced == 0 ? 1 : (unspaced + 1) / 2
    }
}
