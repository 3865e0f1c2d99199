extension SentenceSplitter {
    /// Whether the sentence `range` ends with a German ordinal number's period before the
    /// word it counts: "…der Erklärungen vom 9. November 2020 und 11. Januar 2021 erörtert."
    /// was three sentences ("November 2020 und 11." one of them), since German writes an
    /// ordinal as a number and a period ("am 24. Februar", "das 14. Sanktionspaket", "im 21.
    /// Jahrhundert") and ICU's German rules break before a capital after it. One to three
    /// digits standing as a word, then a month or a noun an ordinal counts, or after an
    /// article ("zum 75. Jubiläum"); a sentence that ends with a number ("…stieg auf 12. Die
    /// Regierung…") still ends there.
    static func endsWithGermanOrdinal(_ local: [Unicode.Scalar], _ range: Range<Int>, before next: Range<Int>, language: Language) -> Bool {
        guard language == .german, range.count >= 2, local[range.upperBound - 1] == "." else { return false }
        var start = range.upperBound - 1
        while start > range.lowerBound, local[start - 1].properties.numericType == .decimal { start -= 1 }
        let digits = range.upperBound - 1 - start
        guard (1...3).contains(digits), start == range.lowerBound || isSpace(local[start - 1]) || local[start - 1] == "(" else { return false }
        guard let first = leadingWords(local, next, count: 1).first else { return false }
        let word = String(String.UnicodeScalarView(local[first])).lowercased()
        if MonthNames.all.contains(word) || nounsAfterAnOrdinal.contains(word) { return true }
        // After an article or a preposition with one ("zum 75. Jubiläum", "das 23. Treffen"),
        // a number is an ordinal: a cardinal ending a sentence follows a verb or "auf".
        var before = start
        while before > range.lowerBound, isSpace(local[before - 1]) { before -= 1 }
        guard before > range.lowerBound, isLetter(local[before - 1]) else { return false }
        let wordStart = self.wordStart(local, endingAt: before - 1, from: range.lowerBound)
        return wordsBeforeAnOrdinal.contains(String(String.UnicodeScalarView(local[wordStart..<before])).lowercased())
    }

    /// German articles and prepositions joined to one, which an ordinal follows and a
    /// sentence's last number does not, lower-case.
    static let wordsBeforeAnOrdinal: Set<String> = [
        "der", "die", "das", "dem", "den", "des", "am", "im", "vom", "zum", "zur", "beim", "seinem", "seiner", "seines",
        "ihrem", "ihrer", "ihres", "unserem", "unserer",
    ]

    /// Nouns a German ordinal counts in readouts and statements ("im 21. Jahrhundert", "zum
    /// 80. Jahrestag", "das 14. Sanktionspaket", "die 2. Lesung"), lower-case.
    static let nounsAfterAnOrdinal: Set<String> = [
        "jahrhundert", "jahrhunderts", "jahrtausend", "jahrestag", "jahrestages", "jahrestags", "geburtstag",
        "sanktionspaket", "sanktionspakets", "runde", "sitzung", "tagung", "lesung", "gipfel", "gipfeltreffen",
        "treffen", "jubiläum", "jubiläums", "mal", "konferenz", "legislaturperiode", "wahlperiode", "bundestag",
        "parteitag", "armee", "brigade", "division", "flotte", "platz", "stelle", "kapitel", "absatz", "quartal",
        "halbjahr",
    ]
}
