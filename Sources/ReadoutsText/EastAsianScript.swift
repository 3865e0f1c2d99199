/// Which scalars are Han, kana or Hangul (and Bopomofo): the scripts of Chinese, Japanese and
/// Korean, which Readouts reads as written. ICU's `Any-Latin` romanises every Han character
/// by its Mandarin reading whatever the language ("日本" became "ri ben"), kana by Hepburn
/// and Hangul by Revised Romanisation: a Japanese text's search for `ben` lit "本", and its
/// automatic topics were named "auto:ri benha…". Folding (`Folding`), the wrapper's line
/// breaking, figures and the page's language guess ask here.
public enum EastAsianScript {
    public enum Script: Sendable, Equatable { case han, kana, hangul, bopomofo }

    /// The script of `value`, or nil: by block, letters and the marks and signs that belong
    /// to them (the iteration marks "々" and "ゝ", the prolonged sound mark "ー", the voicing
    /// marks, half-width katakana), not the shared punctuation ("、", "。", "「").
    public static func script(_ value: UInt32) -> Script? {
        if value < 0x1100 { return nil }
        switch value {
        case 0x3041...0x309F, 0x30A0...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF, 0x3031...0x3035, 0xFF66...0xFF9F,
             0x1B000...0x1B16F:
            return .kana
        case 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0x20000...0x3134F:
            return .han
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xFFA0...0xFFDC:
            return .hangul
        case 0x3100...0x312F, 0x31A0...0x31BF:
            return .bopomofo
        default:
            return nil
        }
    }

    /// Whether `value` is of one of these scripts. Fast for the scalars of other scripts.
    @inlinable public static func contains(_ value: UInt32) -> Bool { value >= 0x1100 && script(value) != nil }
}
