import ReadoutsText

/// How Latin text spells each Cyrillic letter: ICU's scholarly form, which folding gives
/// ("Шеварднадзе" → "sevardnadze", "Москалькова" → "moskal'kova"), and the ordinary
/// English ones (BGN/PCGN-like) that readers type and English readouts print: ш "sh",
/// ж "zh", ч "ch", щ "shch", х "kh", ц "ts", ю "yu", я "ya", ё "yo", е "ye", й "y" or "i",
/// ь and ъ nothing, "-ий" "-iy", "-y" or "-i". A journalist's `shevardnadze`, `Lubinets`,
/// `Zelenskiy` and `Moskalkova` found nothing in the Russian readouts. French and German
/// readers spell the same names their own way ("Poutine", "Choïgou", "Gorbatchev",
/// "Loukachenko"; "Lawrow", "Gorbatschow", "Medwedew"): у "ou", ш "ch" or "sch", ч "tch"
/// or "tsch", ж "j", в "w", з "s" ("Selenskyj"), "-ий" "-ij" or "-yj", х "ch", ю "iou", г "gu"
/// ("Sergueï"), and a French name's final silent "e" after a consonant (`SpellingMatcher`).
/// Ukrainian's official romanisation (2010) beside them: и "y", г "h", ґ "g" (or "h", as
/// it was written г until 1990), ї "yi" or "i", є "ye" or "ie", -ий "yi", зг "zgh", and
/// the apostrophe inside a word left out (`SpellingMatcher`): `Kyiv` finds "Київщині",
/// `Volodymyr` "Володимир", `Shmyhal` "Шмигаль", `obiednannia` "Об’єднання", and `Київ`
/// finds "Kyiv". A Kyiv analyst's Ukrainian names were found only by their Russian spellings.
/// Those of и, г and ґ, common English letters for common Russian ones, count only in a
/// match that starts a word (`wordStartSpellings`): `how` finds no "гов" in "разговор".
///
/// Made once per process for each case mode, for the Cyrillic blocks (`CyrillicScript`):
/// what `SpellingMatcher` matches with.
struct CyrillicSpellings: Sendable {
    /// The Cyrillic code points kept as themselves by folding, to be matched by spelling: the
    /// tables' domain, read wherever `CyrillicScript.contains` is true.
    static let block = CyrillicScript.blocks

    /// The English, French and German spellings of a lower-case letter, beside ICU's (a
    /// letter absent is spelled ICU's way alone). "" : the letter may be left out (ь, ъ).
    private static let spelled: [Unicode.Scalar: [String]] = [
        "е": ["e", "ye", "je"], "ё": ["yo", "e", "jo", "io", "o"], "ж": ["zh", "j", "sch"], "й": ["y", "i", "j"],
        "х": ["kh", "ch"], "ц": ["ts", "z"], "ч": ["ch", "tch", "tsch"], "ш": ["sh", "ch", "sch"],
        "щ": ["shch", "sch", "chtch", "schtsch"], "ъ": [""], "ы": ["y"], "ь": ["", "y"], "э": ["e"],
        "ю": ["yu", "iu", "ju", "iou", "you"], "я": ["ya", "ia", "ja"], "ї": ["yi", "ji"], "є": ["ye", "ie", "je"],
        "у": ["ou"], "в": ["w"], "г": ["gu"], "з": ["s"], "ґ": ["g"],
    ]

    /// `text` in the Latin letters English readers type: each Cyrillic letter by its first
    /// spelling above, else as folding transliterates it ("Санкции" → "sanktsii"); what the
    /// topic list's filter reads a Cyrillic name by (`TopicListState.foldLabel`).
    static func englishSpelling(_ text: String) -> String {
        text.lowercased().unicodeScalars.map { scalar in
            CyrillicScript.contains(scalar.value) ? spelled[scalar]?.first ?? Folding.fold(String(scalar)) : String(scalar)
        }.joined()
    }

    /// Ukraine's spellings of letters Russian spells otherwise, for a match that starts a word.
    private static let spelledAtAWord: [Unicode.Scalar: [String]] = ["и": ["y"], "г": ["h"], "ґ": ["h"]]

    /// Cyrillic vowels and signs, lower and upper case: after any other letter a French
    /// spelling may end in a silent "e" ("Путин": "Poutine", "Сталин": "Staline").
    static let vowelsAndSigns: Set<UInt32> = Set("аеёиоуыэюяіїєьъйАЕЁИОУЫЭЮЯІЇЄЬЪЙ".unicodeScalars.map(\.value))

    /// The letters of Russian case endings ("Дмитрия", "Пескова", "Александром", "Путину").
    static let caseEndingLetters: Set<UInt32> = Set("аяуюоеёиыймхьАЯУЮОЕЁИЫЙМХЬ".unicodeScalars.map(\.value))

    /// The letters of the short case endings a French name's silent "e" may stand before
    /// ("Путина", "Путину", "Путиным", "Путином"; not the "ья" of "статья").
    static let shortCaseEndingLetters: Set<UInt32> = Set("аеиоуыямАЕИОУЫЯМ".unicodeScalars.map(\.value))

    static func isShortCaseEnding(_ value: UInt32) -> Bool { shortCaseEndingLetters.contains(value) }

    /// Whether `value` may end a declined name.
    static func isCaseEnding(_ value: UInt32) -> Bool { caseEndingLetters.contains(value) }

    /// Whether `value` is a Cyrillic letter a French spelling may follow with a silent "e".
    static func takesSilentE(_ value: UInt32) -> Bool { CyrillicScript.contains(value) && !vowelsAndSigns.contains(value) }

    /// Two letters spelled together: an adjective's or a surname's ending ("Зеленский":
    /// "Zelensky", "Zelenskyy"; "Навальный": "Navalny"), "кс" as "x" ("Алексей": "Alexei"),
    /// "др" as "der" ("Александр": "Alexander", "Alexandre"), and a name in -ий declined,
    /// its "y" kept: "Dmitry" finds "Дмитрия", "Дмитрию", "Дмитрием".
    private static let pairs: [String: [String]] = ["ий": ["y", "i", "yy", "ij", "yj", "yi"], "ый": ["y", "yj"], "кс": ["x"], "др": ["der"],
                                                    "ия": ["y"], "ию": ["y"], "ии": ["y"], "ие": ["y"], "зг": ["zgh"]]

    /// Letters whose ICU form no English, French or German reader writes (ш "š" folds to
    /// "s", х "h", ц "c"): a Latin name is not read back into them by it (`LatinNameReading`),
    /// or `Hart` would find "Chart" by х, `Sip` "Ship" by ш.
    private static let spelledOtherwise: Set<Unicode.Scalar> = Set("жхцчшщэюяёєїъь".unicodeScalars)

    /// Pairs no Latin name is read back into: those spelled together only as a declined
    /// name's ("Дмитрия" for "Dmitry": `Henry` is no "Henria"), and др, whose "der" and "dr"
    /// are common English (`Derive` is no "Drive").
    private static let pairsNotInNames: Set<String> = ["ия", "ию", "ии", "ие", "др"]

    /// The letters after which ё is written "e" in English and "o" in German (Горбачёв:
    /// "Gorbachev", "Gorbatschow"; Хрущёв): only there do a Latin name's "e" and "o" read as
    /// ё, or `Bern` would find "Born".
    static let hushing: Set<UInt32> = Set("жчшщЖЧШЩ".unicodeScalars.map(\.value))

    /// Whether `spelling` is е's or ё's without its "y" ("e"; "e", "o"): a Latin name's bare
    /// vowel finds only a bare one and "ye" only a "ye", "je", or `Year` would find "Ear",
    /// `Yet` "Été" (`LatinNameReading`); ё's bare ones count only after `hushing` letters.
    static func isBare(_ letter: UInt32, _ spelling: [UInt32]) -> Bool {
        spelling.count == 1 && (isYo(letter) || letter == 0x435 || letter == 0x415)
    }

    static func isYo(_ letter: UInt32) -> Bool { letter == 0x451 || letter == 0x401 }

    /// Per letter of `block` (its offset): ICU's folding as an identifier (letters that fold
    /// alike match each other, as they did when both were folded), and its spellings.
    let key: [Int32]
    let spellings: [[[UInt32]]]
    /// Per letter, the spellings that count only in a match that starts a word.
    let wordStartSpellings: [[[UInt32]]]
    /// Per pair of letters (`pairKey`), their spellings together.
    let pairSpellings: [UInt64: [[UInt32]]]
    /// The letters that may be left out (ь, ъ: "Moskalkova").
    let silent: [Bool]
    /// Per letter, the spellings one Latin name is read back by and another's are matched
    /// by (`LatinNameReading`): those above, but for `spelledOtherwise` letters' ICU forms,
    /// Ukraine's word-start ones (`Hold` is no "Gold" by г "h") and "" (a letter must show).
    let nameSpellings: [[[UInt32]]]
    /// The pairs of letters a Latin name is read back into, and their spellings together.
    let namePairs: [(first: UInt32, second: UInt32, spellings: [[UInt32]])]

    static let caseless = CyrillicSpellings(caseless: true)
    static let cased = CyrillicSpellings(caseless: false)

    /// The letter `value` as folding keeps it (lower-cased when `caseless`), or nil when it
    /// is no Cyrillic letter (a combining mark of the block, or another script).
    static func letter(_ value: UInt32, caseless: Bool) -> UInt32? {
        guard CyrillicScript.contains(value) else { return nil }
        let kept = (caseless ? lowerCased : asWritten)[Int(value - 0x400)]
        return kept == 0 ? nil : kept
    }

    /// Per code point of `block`: the letter lower-cased, and as written (0: no letter).
    private static let lowerCased: [UInt32] = block.map { value in
        let scalar = Unicode.Scalar(value)!
        guard scalar.properties.isAlphabetic, scalar.properties.generalCategory != .nonspacingMark else { return 0 }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : value
    }
    private static let asWritten: [UInt32] = zip(block, lowerCased).map { $1 == 0 ? 0 : $0 }

    static func pairKey(_ first: UInt32, _ second: UInt32) -> UInt64 { UInt64(first) << 32 | UInt64(second) }

    /// `caseless`: the text and pattern are lower-cased, and spellings are too; otherwise a
    /// capital is spelled with one ("Ш": "Sh", "SH", "S").
    private init(caseless: Bool) {
        var keys: [String: Int32] = [:]
        var key: [Int32] = []
        var spellings: [[[UInt32]]] = []
        var wordStartSpellings: [[[UInt32]]] = []
        var silent: [Bool] = []
        var nameSpellings: [[[UInt32]]] = []
        func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        /// The spellings of a lower-case `word` for a letter written `original`.
        func cased(_ words: [String], like original: [Unicode.Scalar]) -> [String] {
            guard !caseless, let first = original.first, first.properties.isUppercase else { return words }
            let allCapitals = original.count > 1 && original.allSatisfy { $0.properties.isUppercase }
            return words.flatMap { word in
                allCapitals ? [word.uppercased()] : [word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()]
            }
        }
        for value in Self.block {
            let scalar = Unicode.Scalar(value)!
            let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
            var folded = Folding.fold(String(scalar))
            if !caseless && scalar.properties.isUppercase { folded = folded.uppercased() }
            let id = keys[folded] ?? Int32(keys.count)
            keys[folded] = id
            key.append(id)
            var all: [String] = []
            for word in [folded] + cased(Self.spelled[lower] ?? [], like: [scalar]) where !all.contains(word) { all.append(word) }
            spellings.append(all.map(scalars))
            wordStartSpellings.append(cased(Self.spelledAtAWord[lower] ?? [], like: [scalar]).filter { !all.contains($0) }.map(scalars))
            silent.append(all.contains(""))
            let icuForm = Self.spelledOtherwise.contains(lower) ? [] : [folded]
            var named: [String] = []
            for word in icuForm + cased(Self.spelled[lower] ?? [], like: [scalar]) where !word.isEmpty && !named.contains(word) {
                named.append(word)
            }
            nameSpellings.append(named.map(scalars))
        }
        var pairSpellings: [UInt64: [[UInt32]]] = [:]
        var namePairs: [(first: UInt32, second: UInt32, spellings: [[UInt32]])] = []
        for (pair, words) in Self.pairs.sorted(by: { $0.key < $1.key }) {
            let letters = Array(pair.unicodeScalars)
            let forms: [[Unicode.Scalar]] = caseless ? [letters]
                : [letters, [Unicode.Scalar(letters[0].properties.uppercaseMapping)!, letters[1]],
                   letters.map { Unicode.Scalar($0.properties.uppercaseMapping)! }]
            for form in forms {
                pairSpellings[Self.pairKey(form[0].value, form[1].value)] = cased(words, like: form).map(scalars)
                if !Self.pairsNotInNames.contains(pair) {
                    namePairs.append((form[0].value, form[1].value, cased(words, like: form).map(scalars)))
                }
            }
        }
        self.key = key
        self.spellings = spellings
        self.wordStartSpellings = wordStartSpellings
        self.pairSpellings = pairSpellings
        self.silent = silent
        self.nameSpellings = nameSpellings
        self.namePairs = namePairs
    }

    func key(_ value: UInt32) -> Int32 { key[Int(value - Self.block.lowerBound)] }
    func spellings(_ value: UInt32) -> [[UInt32]] { spellings[Int(value - Self.block.lowerBound)] }
    func wordStartSpellings(_ value: UInt32) -> [[UInt32]] { wordStartSpellings[Int(value - Self.block.lowerBound)] }
    func isSilent(_ value: UInt32) -> Bool { silent[Int(value - Self.block.lowerBound)] }
    func nameSpellings(_ value: UInt32) -> [[UInt32]] { nameSpellings[Int(value - Self.block.lowerBound)] }
}
