/// Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
/// Burmese): a run of their letters is one token but many words. Where a sentence's words
/// are counted (whether it says enough to be "linked to nothing" or one-sided), such a run
/// counts one word per two letters, about the length of a Chinese or Japanese word: a
/// Tokyo correspondent's 「石破総理大臣から、拉致問題の即時解決に向けた理解と協力を求め…」
/// counted four "words" and was never flagged, though the UK's readout left it out.
public enum UnspacedScript {
    /// Whether `scalar` is a letter of a script written without spaces.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF,  // Hiragana, Katakana
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F,  // Han
             0x0E00...0x0EFF,  // Thai, Lao
             0x1000...0x109F,  // Myanmar
             0x1780...0x17FF:  // Khmer
            return true
        default:
            return false
        }
    }

    /// The words `scalars` (one token, or a run without white space) count for: one, or one
    /// per two letters of an unspaced script when it has any.
    public static func wordCount<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var unspaced = 0
        for scalar in scalars where contains(scalar) { unspaced += 1 }
        return unspaced == 0 ? 1 : (unspaced + 1) / 2
    }
}
