import CICU

/// Diacritic and script folding for matching keys: `œuvre` → `oeuvre`, `États` → `etats`,
/// `Путин` → `putin`. Foundation's diacritic-insensitive folding leaves `œ` alone and does
/// not transliterate, hence ICU's `Any-Latin; Latin-ASCII; Lower`.
///
/// Han, kana and Hangul (`EastAsianScript`) are kept as written: ICU romanises every Han
/// character by its Mandarin reading, Japanese or not ("日本" → "ri ben"), so a search for
/// `ben` lit "本" in a Japanese text, and kana would match `no`, `to` and `ha` at every
/// particle. Cyrillic and Greek keep their transliteration (`putin` finds "Путин").
public enum Folding {
    static let transform = "Any-Latin; Latin-ASCII; Lower"

    /// The folded key of `text`. Plain ASCII takes a fast path that never calls ICU.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        guard text.unicodeScalars.contains(where: { EastAsianScript.contains($0.value) }) else { return transliterated(text) }
        // Runs of the East Asian scripts as written (with the marks that follow them: a
        // variation selector, a combining voicing mark), the rest folded.
        var result = ""
        var run = String.UnicodeScalarView()
        var runIsKept = false
        // A run kept as written is still read at its usual width: half-width katakana
        // ("ｶﾀｶﾅ", "ｶﾞ") as full-width ("カタカナ", "ガ"), as ICU romanised both the same before.
        func asWritten(_ run: String.UnicodeScalarView) -> String {
            run.contains(where: { (0xFF61...0xFF9F).contains($0.value) }) ? transliterated(String(run), using: "NFKC") : String(run)
        }
        for scalar in text.unicodeScalars {
            let category = scalar.properties.generalCategory
            let kept = EastAsianScript.contains(scalar.value)
                || runIsKept && !run.isEmpty && (category == .nonspacingMark || category == .format || category == .enclosingMark)
            if kept != runIsKept, !run.isEmpty {
                result += runIsKept ? asWritten(run) : transliterated(String(run))
                run.removeAll()
            }
            runIsKept = kept
            run.append(scalar)
        }
        if !run.isEmpty { result += runIsKept ? asWritten(run) : transliterated(String(run)) }
        return result
    }

    /// `text` through ICU's transform `id` (lower-cased as it is when ICU fails).
    static func transliterated(_ text: String, using id: String = transform) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var units = Array(text.utf16)
        var capacity = units.count * 4 + 16
        while true {
            units.reserveCapacity(capacity)
            var buffer = units + Array(repeating: 0, count: capacity - units.count)
            let length = buffer.withUnsafeMutableBufferPointer {
                // The main transform's is cached per thread (opening it costs milliseconds);
                // another, rare, is opened for the call, not to evict it.
                id == transform ? readouts_transliterate_cached(id, $0.baseAddress, Int32(units.count), Int32(capacity))
                    : readouts_transliterate(id, $0.baseAddress, Int32(units.count), Int32(capacity))
            }
            if length == -2 { capacity *= 2; continue }
            if length < 0 { return text.lowercased() }
            return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
        }
    }
}

extension Folding {
    /// A letter and the combining mark after it as one scalar, where Unicode composes them
    /// (ICU's NFC: "e" + U+0301 → "é"), else nil: what an exact-accents search compares, so
    /// a word typed with "é" finds one written "e" and a combining accent, and the other
    /// way round, while "e" alone still never finds "é".
    public static func composed(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
        let units = Array((String(base) + String(mark)).utf16)
        var out = [UInt16](repeating: 0, count: 8)
        let length = units.withUnsafeBufferPointer { text in
            out.withUnsafeMutableBufferPointer { readouts_compose(text.baseAddress, Int32(text.count), $0.baseAddress, 8) }
        }
        guard length > 0 else { return nil }
        let scalars = Array(String(decoding: out[0..<Int(length)], as: UTF16.self).unicodeScalars)
        return scalars.count == 1 ? scalars[0] : nil
    }
}
