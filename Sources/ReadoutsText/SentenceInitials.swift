/// A person's initials before the name: "Joseph R. Biden", "Mr. J. F. Dulles", "M. J.-F.
/// Dulles", "Э. А. Шеварднадзе", "с В.В. Путиным", "пригласил Ж.-Б. Раймона". ICU ends a
/// sentence after most of them (a historian's "Mr. J. F. Dulles met…" was "Mr. J." and "F.
/// Dulles met…", a quote cut in two and a false omission): a sentence that really ends in
/// a one-letter word is rare, an initial is the common case.
extension SentenceSplitter {
    /// True when the sentence `range` ends with a person's initials and `next` goes on with
    /// the name: a capitalised word that is no stopword ("Biden", not "The"), or more
    /// initials ("Mr. J." before "F. Dulles").
    ///
    /// Initials are a capital and a period, or several joined by hyphens ("J.-F.", "Ж.-Б.")
    /// or, in Cyrillic, written together ("В.В."). Cyrillic and hyphenated ones are initials
    /// wherever they stand. A lone Latin capital is one too, except after a word that names
    /// things by a letter ("They discussed Plan B. Russia objected."), after an article ("got
    /// an A.") or, as "I", "V" or "X", after a capitalised word (a Roman numeral: "World War
    /// I."); "U.S." is no initial ("Sanctions hit the U.S. Trade fell.").
    static func endsWithInitial(_ local: [Unicode.Scalar], _ range: Range<Int>, before next: Range<Int>, language: Language) -> Bool {
        guard let start = initialsStart(local, endingAt: range.upperBound, from: range.lowerBound),
              isInitial(local, startingAt: start, endingAt: range.upperBound, in: range) else { return false }
        return opensWithInitials(local, next) || opensWithName(local, next, language: language)
    }

    /// Words after which a lone capital names a thing, not a person: "Plan B", "Annex C",
    /// "Group A", "vitamin C" (English and French, lower-case).
    static let wordsNamingByALetter: Set<String> = [
        "plan", "annex", "annexe", "appendix", "schedule", "group", "groupe", "option", "category", "catégorie",
        "class", "classe", "type", "grade", "phase", "stage", "étape", "level", "niveau", "zone", "sector", "secteur",
        "block", "bloc", "building", "bâtiment", "gate", "porte", "point", "model", "modèle", "version", "part",
        "partie", "section", "article", "chapter", "chapitre", "title", "titre", "exhibit", "figure", "table",
        "tableau", "item", "letter", "lettre", "vitamin", "vitamine", "hepatitis", "hépatite", "series", "série",
        "form", "list", "liste", "team", "équipe", "unit", "unité", "wing", "line", "ligne", "route", "row", "column",
        "colonne", "room", "salle", "hall", "terminal", "pool", "poule", "scenario", "scénario", "variant", "variante",
    ]

    /// Articles: a capital after one is a letter ("an A", "the X"), never a person's initial.
    static let articles: Set<String> = ["a", "an", "the", "le", "la", "les", "un", "une", "des", "du"]

    /// Where the initials that end just before `end` start (at a capital), when they stand
    /// as a word of their own (after a space or at `lower`): "J.", "J.-F.", "В.В.".
    static func initialsStart(_ local: [Unicode.Scalar], endingAt end: Int, from lower: Int) -> Int? {
        func initialEnds(at position: Int) -> Bool {
            position - 2 >= lower && local[position - 1] == "." && isCapital(local[position - 2])
        }
        guard initialEnds(at: end) else { return nil }
        var start = end - 2
        while true {
            if start - 1 >= lower, Tokenizer.isHyphen(local[start - 1]), initialEnds(at: start - 1) {
                start -= 3
            } else if CyrillicScript.contains(local[start]), initialEnds(at: start), CyrillicScript.contains(local[start - 2]) {
                start -= 2
            } else {
                break
            }
        }
        guard start == lower || isSpace(local[start - 1]) else { return nil }
        return start
    }

    /// Whether the initials at `start..<end` are a person's, from the word before them.
    private static func isInitial(_ local: [Unicode.Scalar], startingAt start: Int, endingAt end: Int, in range: Range<Int>) -> Bool {
        let letter = local[end - 2]
        if CyrillicScript.contains(letter) || end - start > 2 { return true }
        var before = start
        while before > range.lowerBound, isSpace(local[before - 1]) { before -= 1 }
        // Opening the sentence ("J. F. Dulles met…"), after a title's or another initial's
        // period ("Mr. J.", "J. F.") or a comma (a name in apposition).
        guard before > range.lowerBound else { return true }
        let last = local[before - 1]
        if last == "." || last == "," { return true }
        guard isLetter(last) else { return false }
        let wordStart = wordStart(local, endingAt: before - 1, from: range.lowerBound)
        let word = String(String.UnicodeScalarView(local[wordStart..<before])).lowercased()
        if wordsNamingByALetter.contains(word) { return false }
        if local[wordStart].properties.isUppercase { return !["I", "V", "X"].contains(letter) }
        return !articles.contains(word)
    }

    /// Whether `next` opens with initials ("F. Dulles", "А. Шеварднадзе", "J.-F."), not an
    /// acronym ("U.S.").
    private static func opensWithInitials(_ local: [Unicode.Scalar], _ next: Range<Int>) -> Bool {
        let first = next.lowerBound
        guard next.count >= 2, isCapital(local[first]), local[first + 1] == "." else { return false }
        guard first + 2 < next.upperBound else { return true }
        let after = local[first + 2]
        return isSpace(after) || Tokenizer.isHyphen(after) || CyrillicScript.contains(local[first]) && CyrillicScript.contains(after) && isCapital(after)
    }

    /// Whether `next` opens with a capitalised word that is no stopword: a name.
    private static func opensWithName(_ local: [Unicode.Scalar], _ next: Range<Int>, language: Language) -> Bool {
        var nextEnd = next.lowerBound
        while nextEnd < next.upperBound, isLetter(local[nextEnd]) { nextEnd += 1 }
        guard nextEnd > next.lowerBound, local[next.lowerBound].properties.isUppercase else { return false }
        let word = String(String.UnicodeScalarView(local[next.lowerBound..<nextEnd])).lowercased()
        return !Stopwords.words(for: language).contains(word)
    }

    @inline(__always) static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) && scalar.properties.isUppercase
    }

}
