import ReadoutsText

/// The clauses of a long sentence, each embedded on its own (`SemanticLinker.clauseLinks`).
///
/// A readout packs several subjects into one sentence ("…Моди отказался проводить ежегодную
/// встречу с российским коллегой после того, как Путин якобы пригрозил применить ядерное
/// оружие"). The sentence's vector is the mean of its subjects', close to each and closest to
/// none, so a sentence of the other version saying one of them is rarely its best match.
/// Each clause's vector says one thing.
///
/// Clauses are cut where a sentence's punctuation (a comma, a semicolon, a colon, a closing
/// bracket or quotation mark, an opening one, a lone dash) or a conjunction ("and", "et",
/// "и", "including", "notamment"…) begins a new part, then joined again, left to right,
/// until each keeps at least `minimumWords` words of its own (`SentenceTexts.ownWords`: not
/// the participants, titles and reporting verbs): a clause must say something. A sentence
/// that does not make two such clauses has none; nor has one that makes more than `limit`
/// (a run-on list, whose clauses would cost more than they tell). A clause ends before the
/// white space that separates it from the next.
enum SentenceClauses {
    /// Words that open a new part of a sentence, in the languages the lexicons know.
    static let conjunctions: Set<String> = [
        "and", "but", "while", "whereas", "including",
        "et", "mais", "tandis", "notamment", "ainsi", "dont",
        "и", "а", "но", "также",
        // German and Spanish (not Spanish "y", French's "il y a", nor German "als"):
        "und", "aber", "sowie", "während", "einschließlich", "darunter",
        "pero", "mientras", "incluido", "incluida", "incluidos", "incluidas",
    ]

    /// Marks after which a new part begins.
    static let closingMarks: Set<Unicode.Scalar> = [",", ";", ":", ")", "»", "”"]
    /// Marks before which a new part begins.
    static let openingMarks: Set<Unicode.Scalar> = ["(", "«", "“"]
    /// Dashes that begin a part when they stand alone between spaces.
    static let dashes: Set<Unicode.Scalar> = ["—", "–", "-"]

    /// The document scalar ranges of sentence `s`'s clauses, in order; empty when it has
    /// fewer than two or more than `limit`. `ignored` and `participants`: the words that are
    /// not a sentence's own (as its masked text leaves them out).
    static func clauses(_ version: PreparedVersion, _ document: Document, sentence s: Int, minimumWords: Int, limit: Int,
                        ignored: Set<Int32>, participants: Set<Int32>) -> [Range<Int>] {
        let range = version.sentences[s].range
        let scalars = document.scalars.scalars(range)
        let starts = partStarts(scalars).map { $0 + range.lowerBound }
        guard starts.count > 1 else { return [] }
        // Own words per part: each counted in the part where it starts.
        var words = [Int](repeating: 0, count: starts.count)
        var part = 0
        SentenceTexts.forEachOwnWord(version, s, ignored: ignored, participants: participants) { t in
            let start = Int(version.tokenStart(t))
            while part + 1 < starts.count, starts[part + 1] <= start { part += 1 }
            words[part] += 1
        }
        // Parts joined left to right until each has enough; a short tail joins the clause before it.
        var clauses: [Range<Int>] = []
        var open: (start: Int, words: Int)?
        for index in starts.indices {
            let end = index + 1 < starts.count ? starts[index + 1] : range.upperBound
            let current = (start: open?.start ?? starts[index], words: (open?.words ?? 0) + words[index])
            if current.words >= max(1, minimumWords) {
                clauses.append(current.start..<end)
                open = nil
            } else {
                open = current
            }
        }
        if open != nil, let last = clauses.popLast() { clauses.append(last.lowerBound..<range.upperBound) }
        guard (2...max(2, limit)).contains(clauses.count) else { return [] }
        return clauses.map { clause in
            var end = clause.upperBound
            while end > clause.lowerBound, scalars[end - 1 - range.lowerBound].properties.isWhitespace { end -= 1 }
            return clause.lowerBound..<end
        }
    }

    /// Where each part of a sentence begins (offsets into `scalars`; the first is 0): at each
    /// word that is a conjunction, opens with an opening mark or is a lone dash, or follows
    /// a word ending with a closing mark.
    static func partStarts(_ scalars: [Unicode.Scalar]) -> [Int] {
        var starts = [0]
        var index = 0
        var previousEnd: Unicode.Scalar?
        while index < scalars.count {
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            guard index < scalars.count else { break }
            let start = index
            while index < scalars.count, !scalars[index].properties.isWhitespace { index += 1 }
            let word = scalars[start..<index]
            defer { previousEnd = word.last }
            guard start > 0, let first = word.first else { continue }
            let letters = String(String.UnicodeScalarView(word.filter { $0.properties.isAlphabetic })).lowercased()
            let opens = conjunctions.contains(letters) || openingMarks.contains(first) || (word.count == 1 && dashes.contains(first))
                || previousEnd.map(closingMarks.contains) ?? false
            if opens { starts.append(start) }
        }
        return starts
    }
}
