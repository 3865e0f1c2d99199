import ReadoutsText

/// Folds text scalar by scalar for matching and remembers, for every folded scalar, the
/// original scalar it came from: "œuvre" folds to "oeuvre" with origins 0,0,1,2,3,4, so a
/// match in the folded text highlights the original characters.
///
/// Folding uses ReadoutsText's ICU transform (accents, ligatures, other scripts to Latin),
/// cached per scalar. Not thread-safe (the cache): one folder per matcher.
final class ScalarFolder {
    /// Lower-cases (smart case: the pattern has no capitals).
    let caseless: Bool
    /// Removes accents and splits ligatures.
    let accentless: Bool
    /// Keeps Cyrillic letters as letters (lower-cased when `caseless`) instead of ICU's
    /// Latin, for `SpellingMatcher` to match by their several spellings ("sh" and "s" for ш).
    let keepsCyrillic: Bool
    private var cache: [UInt32: [UInt32]] = [:]
    /// Letter and mark pairs composed so far (0: they do not compose).
    private var compositions: [UInt64: UInt32] = [:]

    init(caseless: Bool, accentless: Bool, keepsCyrillic: Bool = false) {
        self.caseless = caseless
        self.accentless = accentless
        self.keepsCyrillic = keepsCyrillic && accentless
    }

    /// The folded form of one scalar (possibly empty: a combining accent disappears).
    func fold(_ scalar: Unicode.Scalar) -> [UInt32] {
        let value = scalar.value
        if value < 0x80 {
            if caseless && value >= 0x41 && value <= 0x5A { return [value + 0x20] }
            return [value]
        }
        if let cached = cache[value] { return cached }
        var folded: String
        if accentless && scalar.properties.generalCategory == .nonspacingMark {
            folded = ""  // a combining accent on its own (decomposed text) disappears
        } else if keepsCyrillic, let letter = CyrillicSpellings.letter(value, caseless: caseless) {
            return [letter]
        } else if accentless {
            folded = Folding.fold(String(Character(scalar)))
            if !caseless && scalar.properties.isUppercase { folded = folded.uppercased() }
        } else {
            folded = caseless ? String(Character(scalar)).lowercased() : String(Character(scalar))
        }
        let result = folded.unicodeScalars.map(\.value)
        cache[value] = result
        return result
    }

    /// Folds `scalars[range]`. `origin` has one entry per folded scalar plus the end offset.
    func fold(_ scalars: [Unicode.Scalar], range: Range<Int>) -> FoldedText {
        var folded: [UInt32] = []
        var origin: [Int] = []
        var hasCyrillic = false
        folded.reserveCapacity(range.count)
        origin.reserveCapacity(range.count + 1)
        for offset in range {
            let scalar = scalars[offset]
            let value = scalar.value
            if value < 0x80 {
                folded.append(caseless && value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                origin.append(offset)
                continue
            }
            // A Cyrillic letter kept as itself, from a table: Russian text is nearly all such
            // letters, and a dictionary lookup each made a 10 MB search's steps twice as long.
            if keepsCyrillic, let letter = CyrillicSpellings.letter(value, caseless: caseless) {
                folded.append(letter)
                origin.append(offset)
                hasCyrillic = true
                continue
            }
            // Exact accents: a combining mark composes with the letter before it where
            // Unicode has the pair as one ("e" + U+0301 → "é"), so text and pattern meet
            // however either writes it (a student's search missed the decomposed "sécurité");
            // the mark's offset stays with its letter's match.
            if !accentless, scalar.properties.generalCategory == .nonspacingMark, let last = folded.last,
               let composite = composition(last, value) {
                folded[folded.count - 1] = composite
                continue
            }
            for part in fold(scalar) {
                folded.append(part)
                origin.append(offset)
            }
        }
        origin.append(range.upperBound)
        return FoldedText(scalars: folded, origin: origin, hasCyrillic: hasCyrillic)
    }

    /// The scalar `base` and `mark` compose to, or nil, cached.
    private func composition(_ base: UInt32, _ mark: UInt32) -> UInt32? {
        let key = UInt64(base) << 32 | UInt64(mark)
        if let known = compositions[key] { return known == 0 ? nil : known }
        let composite = Unicode.Scalar(base).flatMap { Folding.composed($0, Unicode.Scalar(mark)!) }?.value ?? 0
        compositions[key] = composite
        return composite == 0 ? nil : composite
    }

    /// Folds a pattern the same way as the text, so both meet in the folded space.
    func fold(pattern: String) -> [UInt32] {
        let scalars = Array(pattern.unicodeScalars)
        return fold(scalars, range: 0..<scalars.count).scalars
    }
}

/// Folded text and the map back to original scalar offsets.
struct FoldedText {
    var scalars: [UInt32]
    /// `origin[i]` is the original offset of folded scalar `i`; the last entry is the end.
    var origin: [Int]
    /// Whether Cyrillic letters were kept (`ScalarFolder.keepsCyrillic`).
    var hasCyrillic = false

    /// The original range covered by folded scalars `range`: from the first one's original
    /// scalar to the next kept scalar (so dropped combining marks stay with their letter).
    func original(_ range: Range<Int>) -> Range<Int> {
        let start = origin[range.lowerBound]
        let end = max(origin[range.upperBound], origin[max(range.lowerBound, range.upperBound - 1)] + 1)
        return start..<max(start + 1, end)
    }
}
