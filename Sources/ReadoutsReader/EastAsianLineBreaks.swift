import ReadoutsText

/// Where a line of Chinese or Japanese may break without a space: between two characters
/// where either is an ideograph, a kana or CJK punctuation, unless the rules of Japanese
/// typesetting (kinsoku, JIS X 4051; Unicode's line breaking, UAX #14, says the same) forbid
/// it: no line starts with closing punctuation, "、", "。", "！", "？", "・", a small kana
/// ("っ", "ャ"), the prolonged sound mark "ー" or an iteration mark; none ends with an opening
/// bracket ("「", "（", "『", "【"); and a run of digits or Latin letters, full-width or not
/// ("２０２５", "ＣＰＴＰＰ", "2+2"), stays whole, as a word does. Korean breaks at spaces, as
/// a Latin text does ("keep-all", how Korean is set today). A Japanese readout at 80 columns
/// began rows with "、", "）" and "ー", split "２" from "０２５年" and left a "。" alone on a row.
///
/// ICU's line break iterator implements UAX #14 but not what the wrapper needs: it breaks
/// after a hyphen ("États-" / "Unis", which the wrapper keeps whole), between full-width
/// digits (UAX #14's class ID: "２" / "０２５"), and would take a UTF-16 copy of each
/// paragraph; these few tables, asked only of scalars past U+2E80, cost the Latin text nothing.
enum EastAsianLineBreaks {
    /// Whether a line may break between a character starting with `before` and one starting
    /// with `after` (each a grapheme's first scalar; no space between).
    @inline(__always) static func mayBreak(_ before: UInt32, _ after: UInt32) -> Bool {
        // Both below the CJK blocks (most text): no break but at a space.
        if before < 0x2E80 && after < 0x2E80 { return false }
        return breaksAround(before, after)
    }

    private static func breaksAround(_ before: UInt32, _ after: UInt32) -> Bool {
        guard isIdeographic(before) || isIdeographic(after) else { return false }
        if neverStarts(after) || neverEnds(before) { return false }
        // A full-width decimal point or group comma inside a figure ("１．５", "１，０００").
        if before == 0xFF0E || before == 0xFF0C, isDigit(after) { return false }
        return true
    }

    /// Characters a line may break before and after: Han, kana (those that may start a line
    /// are told apart by `neverStarts`), CJK symbols and punctuation, full-width punctuation
    /// (not the full-width letters and digits, nor "＋", "－", "＜", "＝", "＞", which join runs).
    static func isIdeographic(_ value: UInt32) -> Bool {
        switch value {
        case 0x3000...0x303F, 0xFE30...0xFE4F: return true
        case 0xFF01...0xFF0F: return value != 0xFF0B && value != 0xFF0D
        case 0xFF1A...0xFF20: return !(0xFF1C...0xFF1E).contains(value)
        case 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        default:
            guard let script = EastAsianScript.script(value) else { return false }
            return script != .hangul
        }
    }

    private static func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value) }

    /// What never starts a line: closing brackets and quotes, the comma and full stop and
    /// other marks that end a phrase, small kana, the prolonged sound mark, iteration marks,
    /// the wave dash, the ideographic space (a paragraph's indent, never a row's start).
    static func neverStarts(_ value: UInt32) -> Bool {
        if value < 0x80 { return asciiNeverStarts.contains(value) }
        return neverStartingSet.contains(value)
    }

    /// What never ends a line: opening brackets and quotes, currency signs before a figure.
    static func neverEnds(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x28 || value == 0x5B || value == 0x7B }
        return neverEndingSet.contains(value)
    }

    private static let asciiNeverStarts: Set<UInt32> = Set(")]},.:;!?%".unicodeScalars.map(\.value))

    private static let neverStartingSet: Set<UInt32> = Set((
        "、。，．：；！？・ー〜～゠―‐…‥々〻ゝゞヽヾ〃" + "）〕］｝〉》」』】〙〗〟｠｣”’"
        + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯｰﾞﾟ゛゜"
        + "％‰℃°′″｡､･\u{3000}"
    ).unicodeScalars.map(\.value))

    private static let neverEndingSet: Set<UInt32> = Set("（〔［｛〈《「『【〘〖〝｟｢“‘＄￥￡€£¥＃".unicodeScalars.map(\.value))
}
