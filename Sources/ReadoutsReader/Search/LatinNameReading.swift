import ReadoutsText

/// A Latin name read back into the Cyrillic letters it may spell, by `CyrillicSpellings`'s
/// tables, so that it finds the other Latin spellings of the same name: a translator's
/// `*Putin` found "Putin" in the English and nothing in the French ("Poutine"). `Putin` is
/// п-у-т-и-н and "Poutine" spells that too (у "ou", the silent "e"); `Zelensky` finds
/// "Zelenski", "Selenskyj", "Zelenskyy"; `Gorbachev` "Gorbatchev", "Gorbatschow".
///
/// Only a name is read so (`qualifies`): every word capitalised, of `nameLetters` letters at
/// least, matched where a word of the text starts; a word in lower case is matched as typed
/// (`chip` is no "ship", though `Chip` is: French writes ш "ch"). The spellings read back
/// leave out those that would turn common letters into others (`CyrillicSpellings
/// .nameSpellings`): `Hart` is no "Chart", `Bern` no "Born", `Station` no "Staten".
struct LatinNameReading {
    /// One way to read the pattern from an offset: a letter (or a pair: "y" for ий), how
    /// many pattern scalars spell it, and the spellings the text may write it with.
    struct Letter: Hashable {
        let length: Int
        let spellings: [[UInt32]]
    }

    /// Per pattern offset, the letters a spelling starting there reads as.
    let letters: [[Letter]]
    /// Per ASCII scalar, whether a match in the text may start with it (a name's spellings
    /// are ASCII: "Choïgou" folds to "Choigou").
    let starts: [Bool]

    /// Whether `pattern` (as typed) is read as a name: Latin letters and spaces, each word
    /// capitalised and of `SpellingMatcher.nameLetters` letters at least ("Putin", "Vladimir
    /// Putin"; not "station", nor "Le Pen", whose "Le" would read as "Lye").
    static func qualifies(_ pattern: String) -> Bool {
        SpellingMatcher.isName(pattern, letters: SpellingMatcher.nameLetters) { scalar in
            scalar.properties.isAlphabetic && Folding.fold(String(scalar)).unicodeScalars.allSatisfy { $0.value < 0x80 }
        }
    }

    /// Reads the folded `pattern`; `caseless`: folding lower-cased it, and the Cyrillic
    /// letters read are lower-case ones.
    init(pattern: [UInt32], table: CyrillicSpellings, caseless: Bool) {
        func spells(_ spelling: [UInt32], at p: Int) -> Bool {
            p + spelling.count <= pattern.count && pattern[p..<p + spelling.count].elementsEqual(spelling)
        }
        // Every (letter, pair) read at every offset, with the length of its spelling there.
        var read = Array(repeating: [(first: UInt32, second: UInt32?, length: Int)](), count: pattern.count)
        for value in CyrillicSpellings.block where CyrillicSpellings.letter(value, caseless: caseless) == value {
            for spelling in table.nameSpellings(value) {
                for p in pattern.indices where spells(spelling, at: p) { read[p].append((value, nil, spelling.count)) }
            }
        }
        // A pair is read from its spellings together or its letters' one by one ("x" or "ks"
        // for кс, "y" or "iy" for ий), and the text may write it either way.
        func together(_ pair: (first: UInt32, second: UInt32, spellings: [[UInt32]])) -> [[UInt32]] {
            var spellings = pair.spellings
            for one in table.nameSpellings(pair.first) {
                for other in table.nameSpellings(pair.second) where !spellings.contains(one + other) { spellings.append(one + other) }
            }
            return spellings
        }
        for pair in table.namePairs where CyrillicSpellings.letter(pair.first, caseless: caseless) == pair.first {
            for spelling in together(pair) {
                for p in pattern.indices where spells(spelling, at: p) { read[p].append((pair.first, pair.second, spelling.count)) }
            }
        }
        var afterHushing = Array(repeating: false, count: pattern.count + 1)
        for (p, here) in read.enumerated() {
            for letter in here where letter.second == nil && CyrillicSpellings.hushing.contains(letter.first) {
                afterHushing[p + letter.length] = true
            }
        }
        letters = read.enumerated().map { p, here in
            here.compactMap { letter -> Letter? in
                if let second = letter.second, let pair = table.namePairs.first(where: { $0.first == letter.first && $0.second == second }) {
                    return Letter(length: letter.length, spellings: together(pair))
                }
                // е's and ё's bare spellings find bare ones only, ё's only after ж, ч, ш, щ.
                let bare = CyrillicSpellings.isBare(letter.first, Array(pattern[p..<p + letter.length]))
                if bare, CyrillicSpellings.isYo(letter.first), !afterHushing[p] { return nil }
                let spellings = table.nameSpellings(letter.first).filter { CyrillicSpellings.isBare(letter.first, $0) == bare }
                return Letter(length: letter.length, spellings: spellings)
            }.reduce(into: [Letter]()) { unique, letter in if !unique.contains(letter) { unique.append(letter) } }
        }
        var starts = Array(repeating: false, count: 0x80)
        for letter in letters.first ?? [] {
            for spelling in letter.spellings { if let start = spelling.first, start < 0x80 { starts[Int(start)] = true } }
        }
        self.starts = starts
    }
}
