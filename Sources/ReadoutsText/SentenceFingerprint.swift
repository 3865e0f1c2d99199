/// A sentence's text as two versions are compared word for word, as a 64-bit FNV-1a
/// fingerprint made in place (2 × 1 MB's 20,000 sentences made into strings took 190 ms):
/// runs of white space read as one space and none at either end (a sentence re-wrapped is
/// the same), and its opening item number left out (`ItemNumber`: a subsection renumbered
/// after a deleted one is the same). What `J` pairs drafts' sentences by
/// (`SentenceChanges`), and what makes a sentence one another version has word for word,
/// never "linked to nothing" (`Analysis.sentencesLinkedToNothing`). A house style's
/// typography is no rewording: curly and straight apostrophes and quotation marks, and
/// dashes and hyphens, read as one (`typographicForm`: a reviser's two published versions of
/// one message differed only so, and `J` stopped four times at "Tsunami– → Tsunami-").
public enum SentenceFingerprint {
    /// The scalar value a sentence is compared by: an apostrophe (’ ‘ ʼ ′) as ', a quotation
    /// mark (“ ” „ « » ‹ ›) as ", a dash or minus (‐ ‑ ‒ – — ―  −) as -; any other as it is.
    static func typographicForm(_ value: UInt32) -> UInt32 {
        guard value >= 0xAB else { return value }
        switch value {
        case 0x2019, 0x2018, 0x02BC, 0x2032: return 0x27
        case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB, 0x2039, 0x203A: return 0x22
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return 0x2D
        default: return value
        }
    }

    /// The fingerprint of the sentence at `range` of `text`; 0 for one with nothing to compare.
    /// `keepingItemNumber`: its opening number counts too (two drafts' numbered items told
    /// apart by their numbers, `NumberedContext`).
    public static func of(_ text: ScalarText, _ range: Range<Int>, keepingItemNumber: Bool = false) -> UInt64 {
        let range = range.clamped(to: 0..<text.count)
        var hash: UInt64 = 0xcbf29ce484222325
        func mix(_ value: UInt32) {
            hash = (hash ^ UInt64(value)) &* 0x100000001b3
        }
        let skipped = keepingItemNumber ? 0 : ItemNumber.scalarLength(opening: range, of: text)
        var empty = true
        var pendingSpace = false
        for offset in (range.lowerBound + skipped)..<range.upperBound {
            let scalar = text[offset]
            let isSpace = scalar.value < 0x80 ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !empty
                continue
            }
            if pendingSpace { mix(0x20) }
            pendingSpace = false
            mix(Self.typographicForm(scalar.value))
            empty = false
        }
        return empty ? 0 : (hash == 0 ? 1 : hash)
    }
}
