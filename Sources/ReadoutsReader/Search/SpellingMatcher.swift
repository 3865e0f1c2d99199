import ReadoutsText

/// Finds a folded pattern in folded text where Cyrillic letters, on either side, are kept
/// as letters and match any of their Latin spellings (`CyrillicSpellings`): `shevardnadze`
/// finds "Шеварднадзе", `Lubinets` "Лубинец", and `Зеленский` "Zelenskiy" — while Latin
/// against Latin, and Cyrillic against Cyrillic, compare as folding always did.
///
/// Each place a match may start is tried as a search over (pattern offset, text offset)
/// pairs, each visited once once spellings branch (ambiguous ones: "s" or "sh" for ш, then
/// "h" or "kh" for х), so no start costs more than the pattern's length times the match's;
/// and a block stops after `stepsPerScalar` steps a scalar (`exhausted`: real text takes
/// one or two; "шхшх…" against "shsh…q" took seconds), so a block is bounded work. Of the
/// ways a match may end, the longest is kept ("Зеленский", not "Зеленски", for
/// `zelenski`). A pattern may end inside a letter's spelling, so that typing "khrush"
/// keeps "Хрущ" found on the way to "khrushchev".
///
/// A Latin name against Latin text is matched through the Cyrillic it reads back into
/// (`LatinNameReading`): `Putin` finds "Poutine", `Zelensky` "Selenskyj".
///
/// Not thread-safe (its scratch space): one per matcher.
final class SpellingMatcher {
    let pattern: [UInt32]
    let table: CyrillicSpellings
    let patternHasCyrillic: Bool
    /// Per letter of the Cyrillic block, whether a match may start on it: for a pattern
    /// starting with a Latin scalar, whether a spelling of the letter (alone or in a pair)
    /// starts with it; for one starting with a Cyrillic letter, whether the two fold alike.
    private var cyrillicStarts: [Bool] = []
    /// For a Latin name (`LatinNameReading.qualifies`): the Cyrillic it reads back into, to
    /// find its other Latin spellings by; nil for any other pattern.
    let nameReading: LatinNameReading?
    /// For a pattern starting with a Cyrillic letter: the Latin scalars its spellings start with.
    private var latinStarts: Set<UInt32> = []
    private var visited = Set<Int>()
    private var stack: [(pattern: Int, text: Int)] = []
    /// Steps (a state tried) a block may take per folded scalar, and per pattern scalar.
    static let stepsPerScalar = 16
    private var steps = 0
    /// A Latin pattern word is read as a name (its final "e" may stand for nothing after a
    /// Cyrillic consonant, as in French "Poutine"; a case ending may follow it, "Дмитрия")
    /// when it has this many letters before that: `ne` is no "н", `da net` no "дамы нет".
    static let nameLetters = 3

    private static func isE(_ value: UInt32) -> Bool { value == 0x65 || value == 0x45 }
    /// A Latin vowel, after which a final "e" is a letter ("Chloe"), not a silent one.
    private static func isLatinVowel(_ value: UInt32) -> Bool { "aeiouyAEIOUY".unicodeScalars.contains { $0.value == value } }
    /// An apostrophe as folding leaves it ("’" and "ʼ" fold to "'"; all three, to be sure).
    private static func isApostrophe(_ value: UInt32) -> Bool { value == 0x27 || value == 0x2019 || value == 0x2BC }

    /// Whether `letters[i]` is an apostrophe inside a Cyrillic word: Ukrainian's, which its
    /// romanisation leaves out ("Об’єднання": "Obiednannia").
    private static func isCyrillicApostrophe(at i: Int, in letters: [UInt32]) -> Bool {
        i > 0 && i + 1 < letters.count && isApostrophe(letters[i])
            && CyrillicScript.contains(letters[i - 1]) && CyrillicScript.contains(letters[i + 1])
    }
    private static let space: UInt32 = 0x20
    /// The most case-ending letters a declined name adds ("-ому", "-ыми").
    static let caseEndingLetters = 3

    /// The pattern's letters from the word holding offset `p` up to it.
    private func wordLength(before p: Int) -> Int {
        var length = 0
        var i = p - 1
        while i >= 0, pattern[i] != Self.space { length += 1; i -= 1 }
        return length
    }

    /// Whether the text's word ends at `t`, or after a short case ending ("а", "ом"; not "ья").
    private func wordEnds(after t: Int, in text: [UInt32]) -> Bool {
        var i = t
        while i < text.count, i - t < 2, CyrillicSpellings.isShortCaseEnding(text[i]) { i += 1 }
        return i == text.count || !Self.isLetter(text[i])
    }

    /// How many case-ending letters come right before `t` in the text (within the match).
    private func endingLettersBefore(_ t: Int, in text: [UInt32], from start: Int) -> Int {
        var count = 0
        var i = t - 1
        while i >= start, count < Self.caseEndingLetters, CyrillicSpellings.isCaseEnding(text[i]) { count += 1; i -= 1 }
        return count
    }
    /// The spellings letter `letter` has at a word's start only, when they count here.
    private func wordStartSpellings(_ letter: UInt32) -> [[UInt32]] {
        readsUkrainianSpellings ? table.wordStartSpellings(letter) : []
    }

    /// A folded scalar that continues a word: a Latin letter or a Cyrillic one.
    private static func isLetter(_ value: UInt32) -> Bool {
        (value | 0x20) &- 0x61 < 26 || CyrillicSpellings.letter(value, caseless: false) != nil
    }

    /// Whether Ukrainian's word-start spellings (и y, г h, ґ h) count: not in a version read
    /// as Russian, where `how` found "Говоря", `he` "Германия" and `my` "Министр".
    private var readsUkrainianSpellings = true

    /// A Cyrillic name as typed (`declinesAsName`): its words may end in another case in the
    /// text.
    let declinesAsName: Bool

    /// Whether `pattern`, as typed, is a Cyrillic name: each word capitalised, Cyrillic
    /// letters only, at least `nameLetters` + 1 of them. Russian declines names, and a
    /// diplomat's `*Путина` found nothing beside two "Путин", `*Сирия` no "Сирии".
    static func declinesAsName(_ pattern: String) -> Bool {
        isName(pattern, letters: nameLetters + 1) { CyrillicScript.contains($0) && $0.properties.isAlphabetic }
    }

    /// Whether every word of `pattern` (words one space apart) opens with a capital and has
    /// at least `letters` scalars, each one `isLetter` accepts: a name as typed, Latin
    /// (`LatinNameReading.qualifies`) or Cyrillic (`declinesAsName`).
    static func isName(_ pattern: String, letters: Int, isLetter: (Unicode.Scalar) -> Bool) -> Bool {
        let words = pattern.split(separator: " ", omittingEmptySubsequences: false)
        return !words.isEmpty && words.allSatisfy { word in
            guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.unicodeScalars.count >= letters
            else { return false }
            return word.unicodeScalars.allSatisfy(isLetter)
        }
    }

    /// `readsAsName`: the pattern as typed is a Latin name (`LatinNameReading.qualifies`);
    /// `declinesAsName`: a Cyrillic one (`declinesAsName(_:)`).
    init(pattern: [UInt32], caseless: Bool, readsUkrainianSpellings: Bool = true, readsAsName: Bool = false, declinesAsName: Bool = false) {
        self.pattern = pattern
        self.declinesAsName = declinesAsName
        self.readsUkrainianSpellings = readsUkrainianSpellings
        let table = caseless ? CyrillicSpellings.caseless : CyrillicSpellings.cased
        self.table = table
        patternHasCyrillic = pattern.contains(where: CyrillicScript.contains)
        nameReading = readsAsName && !patternHasCyrillic ? LatinNameReading(pattern: pattern, table: table, caseless: caseless) : nil
        guard let first = pattern.first else { return }
        if CyrillicScript.contains(first) {
            cyrillicStarts = CyrillicSpellings.block.map { table.isSilent(first) || table.key($0) == table.key(first) }
            for spelling in table.spellings(first) + wordStartSpellings(first) { if let start = spelling.first { latinStarts.insert(start) } }
            if pattern.count > 1, let together = table.pairSpellings[CyrillicSpellings.pairKey(first, pattern[1])] {
                for spelling in together { if let start = spelling.first { latinStarts.insert(start) } }
            }
        } else {
            cyrillicStarts = CyrillicSpellings.block.map { letter in
                (table.spellings(letter) + wordStartSpellings(letter)).contains { $0.first == first }
            }
            for (key, together) in table.pairSpellings where together.contains(where: { $0.first == first }) {
                cyrillicStarts[Int(UInt32(key >> 32) - CyrillicSpellings.block.lowerBound)] = true
            }
        }
    }

    /// The matches in `text` (ranges of it), in order, none overlapping, and whether the
    /// block took too many steps and was left (`exhausted`; the ranges found before stay).
    func matches(in text: [UInt32]) -> (ranges: [Range<Int>], exhausted: Bool) {
        steps = Self.stepsPerScalar * (text.count + pattern.count)
        guard let first = pattern.first else { return ([], false) }
        let firstIsCyrillic = CyrillicScript.contains(first)
        let firstIsSilent = firstIsCyrillic && table.isSilent(first)
        var ranges: [Range<Int>] = []
        var index = 0
        while index < text.count {
            let scalar = text[index]
            let candidate: Bool
            if CyrillicScript.contains(scalar) {
                candidate = cyrillicStarts[Int(scalar - CyrillicSpellings.block.lowerBound)]
            } else {
                candidate = firstIsCyrillic ? (firstIsSilent || latinStarts.contains(scalar))
                    : scalar == first || scalar < 0x80 && nameReading?.starts[Int(scalar)] == true && (index == 0 || !Self.isLetter(text[index - 1]))
            }
            if candidate, let end = end(from: index, in: text) {
                ranges.append(index..<end)
                index = end
            } else {
                index += 1
            }
            if steps < 0 { return (ranges, true) }
        }
        return (ranges, false)
    }

    /// The end of the longest match starting at `start`, or nil.
    private func end(from start: Int, in text: [UInt32]) -> Int? {
        stack.removeAll(keepingCapacity: true)
        stack.append((0, start))
        let (m, n) = (pattern.count, text.count)
        var best: Int?
        // Ukraine's spellings of и, г, ґ ("y", "h") only where the match starts a word.
        let startsAWord = start == 0 || !Self.isLetter(text[start - 1])
        // Until a state has two ways on, states form one path and none repeats (each step
        // moves the pattern or the text on): the set of states visited is kept from then.
        var branched = false
        var pushed = 0
        func push(_ p: Int, _ t: Int) {
            stack.append((p, t))
            pushed += 1
        }
        while let (p, t) = stack.popLast() {
            if p == m {
                if t > start { best = max(best ?? t, t) }
                // "Putin" finds "Poutine" whole: the text's final silent "e", after a consonant.
                if nameReading != nil, startsAWord, t > start, t < n, Self.isE(text[t]), !Self.isLatinVowel(text[t - 1]),
                   Self.isLetter(text[t - 1]), !CyrillicScript.contains(text[t - 1]), t + 1 == n || !Self.isLetter(text[t + 1]) {
                    best = max(best ?? t + 1, t + 1)
                }
                continue
            }
            if branched {
                guard visited.insert(p << 32 | (t - start)).inserted else { continue }
            }
            steps -= 1
            if steps < 0 { return best }
            pushed = 0
            defer {
                if pushed > 1, !branched {
                    branched = true
                    visited.removeAll(keepingCapacity: true)
                }
            }
            let pc = pattern[p]
            let patternCyrillic = CyrillicScript.contains(pc)
            // French "Poutine" for "Путин", "Alexandre Loukachenko" for "Александр Лукашенко":
            // a word's final "e" is no letter of the name.
            // Only for a name: the match starts a word, and the Cyrillic word ends here or
            // after a short case ending ("Путин", "Путина"), not inside another word ("state"
            // is no "статья", "grade" no "Сталинград").
            if Self.isE(pc), p + 1 == m || pattern[p + 1] == Self.space, wordLength(before: p) >= Self.nameLetters,
               t > start, CyrillicSpellings.takesSilentE(text[t - 1]), start == 0 || !Self.isLetter(text[start - 1]),
               wordEnds(after: t, in: text) {
                push(p + 1, t)
            }
            // A name declined in the text: "Dmitri Peskov" finds "Дмитрия Пескова",
            // "Alexandre Loukachenko" "Александром Лукашенко" — a few case-ending letters
            // before the pattern's next word, after a Latin word only (Cyrillic against
            // Cyrillic matches as it always did: "он сказал" is no "она сказал").
            if pc == Self.space, p > 0, !CyrillicScript.contains(pattern[p - 1]), wordLength(before: p) >= Self.nameLetters,
               t > start, t < n,
               CyrillicSpellings.isCaseEnding(text[t]),
               CyrillicScript.contains(text[t - 1]), endingLettersBefore(t, in: text, from: start) < Self.caseEndingLetters {
                push(p, t + 1)
            }
            // A Cyrillic name in another case: the pattern word's own ending (one or two
            // case-ending letters, after `nameLetters` of its stem) may give way to the text's
            // (up to `caseEndingLetters`, then the word ends): `Путина` finds "Путин" and
            // "Путину", `Сирия` "Сирии"; not "Путинизм".
            if declinesAsName, patternCyrillic, t > start, wordLength(before: p) >= Self.nameLetters {
                var e = p
                while e < m, pattern[e] != Self.space, CyrillicSpellings.isCaseEnding(pattern[e]) { e += 1 }
                if e - p <= 2, e == m || pattern[e] == Self.space {
                    var k = 0
                    while true {
                        if t + k == n || !Self.isLetter(text[t + k]) { push(e, t + k); break }
                        guard k < Self.caseEndingLetters, CyrillicScript.contains(text[t + k]),
                              CyrillicSpellings.isCaseEnding(text[t + k]) else { break }
                        k += 1
                    }
                }
            }
            // Ukrainian's apostrophe, left out by its romanisation: `obiednannia` finds
            // "Об’єднання", and "Об’єднання" finds "Obiednannia".
            if t > start, !patternCyrillic, Self.isCyrillicApostrophe(at: t, in: text) { push(p, t + 1) }
            if Self.isCyrillicApostrophe(at: p, in: pattern) { push(p + 1, t) }
            guard t < n else {
                // The text ends: only letters the pattern may leave out are left to match.
                if patternCyrillic, table.isSilent(pc) { push(p + 1, t) }
                if nameReading != nil, startsAWord, Self.isE(pc), p + 1 == m, !Self.isLatinVowel(pattern[p - 1]) { push(m, t) }
                continue
            }
            let tc = text[t]
            switch (patternCyrillic, CyrillicScript.contains(tc)) {
            case (false, false):
                if pc == tc { push(p + 1, t + 1) }
                // A Latin name against another Latin spelling: each letter the pattern reads
                // as here, spelled in the text any way the tables have ("ou" for the "u" of
                // `Putin`), where the match starts a word.
                if let nameReading, startsAWord {
                    for letter in nameReading.letters[p] {
                        for spelling in letter.spellings {
                            var k = 0
                            while k < spelling.count, t + k < n, text[t + k] == spelling[k] { k += 1 }
                            if k == spelling.count { push(p + letter.length, t + k) }
                        }
                    }
                    // "Poutine" finds "Putin": the pattern's final silent "e", after a consonant.
                    if Self.isE(pc), p + 1 == m || pattern[p + 1] == Self.space, p > 0, !Self.isLatinVowel(pattern[p - 1]),
                       wordLength(before: p) >= Self.nameLetters, !Self.isLetter(tc) {
                        push(p + 1, t)
                    }
                }
            case (true, true):
                if table.key(pc) == table.key(tc) { push(p + 1, t + 1) }
                if t > start, table.isSilent(tc) { push(p, t + 1) }
                if table.isSilent(pc) { push(p + 1, t) }
            case (false, true):
                // A Latin pattern against a Cyrillic letter: each spelling of it (or of it
                // and the next letter) the pattern goes on with.
                func spelled(_ spelling: [UInt32], letters: Int) {
                    if spelling.isEmpty {
                        if t > start { push(p, t + letters) }
                        return
                    }
                    var k = 0
                    while k < spelling.count, p + k < m, pattern[p + k] == spelling[k] { k += 1 }
                    if k == spelling.count { push(p + k, t + letters) } else if p + k == m { push(m, t + letters) }
                }
                if t + 1 < n, let together = table.pairSpellings[CyrillicSpellings.pairKey(tc, text[t + 1])] {
                    for spelling in together { spelled(spelling, letters: 2) }
                }
                for spelling in table.spellings(tc) { spelled(spelling, letters: 1) }
                if startsAWord { for spelling in wordStartSpellings(tc) { spelled(spelling, letters: 1) } }
            case (true, false):
                // A Cyrillic pattern against Latin text: each spelling of the pattern's letter
                // (or of it and the next) the text goes on with.
                func spelled(_ spelling: [UInt32], letters: Int) {
                    var k = 0
                    while k < spelling.count, t + k < n, text[t + k] == spelling[k] { k += 1 }
                    guard k == spelling.count else { return }
                    push(p + letters, t + k)
                    // "Путин" finds "Poutine" whole: a French name's final silent "e".
                    let e = t + k
                    if p + letters == m, CyrillicSpellings.takesSilentE(pattern[m - 1]), e < n, Self.isE(text[e]),
                       e + 1 == n || !Self.isLetter(text[e + 1]) {
                        push(m, e + 1)
                    }
                }
                if p + 1 < m, let together = table.pairSpellings[CyrillicSpellings.pairKey(pc, pattern[p + 1])] {
                    for spelling in together { spelled(spelling, letters: 2) }
                }
                for spelling in table.spellings(pc) { spelled(spelling, letters: 1) }
                if startsAWord { for spelling in wordStartSpellings(pc) { spelled(spelling, letters: 1) } }
            }
        }
        return best
    }
}
