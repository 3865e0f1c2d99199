import ReadoutsText

/// The clauses of a long sentence, each embedded on its own (`ClauseLinks`).
///
/// A readout packs several subjects into one sentence ("« Ils se sont remerciés pour leur
/// amitié » et ont estimé que la coopération bilatérale avait « fait la différence »…"). The
/// sentence's vector is the mean of its subjects', close to each and closest to none, so a
/// sentence of the other version saying one of them is rarely its best match. Each clause's
/// vector says one thing.
///
/// Clauses are cut where a sentence's punctuation (a comma, a semicolon, a colon, a dash,
/// brackets and quotation marks) or a conjunction ("and", "et", "и", "including",
/// "notamment"…) begins a new part, then joined again, left to right, until each keeps at
/// least `minimumWords` words of its own (`SentenceTexts.ownWords`): a clause must say
/// something. A sentence that does not make two such clauses has none.
enum SentenceClauses {
    /// Words that open a new part of a sentence, in the languages the lexicons know.
    static let conjunctions: Set<String> = [
        "and", "but", "while", "whereas", "including",
        "et", "mais", "tandis", "notamment", "ainsi", "dont",
        "и", "а", "но", "также",
    ]

    /// Marks after which a new part begins.
    static let closingMarks: Set<Unicode.Scalar> = [",", ";", ":", ")", "»", "”"]
    /// Marks before which a new part begins.
    static let openingMarks: Set<Unicode.Scalar> = ["(", "«", "“"]
    /// Dashes that stand alone between spaces.
    static let dashes: Set<Unicode.Scalar> = ["—", "–", "-"]

    /// The document scalar ranges of sentence `s`'s clauses, in order, covering it; empty
    /// when it has fewer than two. `ignored` and `participants`: the words that are not a
    /// sentence's own (as its masked text leaves them out).
    static func clauses(_ version: PreparedVersion, _ document: Document, sentence s: Int, minimumWords: Int,
                        ignored: Set<Int32>, participants: Set<Int32>) -> [Range<Int>] {
        let range = version.sentences[s].range
        let scalars = document.scalars.scalars(range)
        let starts = partStarts(scalars).map { $0 + range.lowerBound }
        guard starts.count > 1 else { return [] }
        // Own words per part: each kept token counted where it starts.
        var words = [Int](repeating: 0, count: starts.count)
        var part = 0
        var compoundEnd = Int.min
        for t in version.tokens(of: s) {
            let tokenRange = version.tokenRange(t)
            if tokenRange.upperBound <= compoundEnd { continue }
            let term = version.term[t]
            if version.flags[t] & PreparedVersion.compoundFlag != 0, term >= 0 { compoundEnd = tokenRange.upperBound }
            while part + 1 < starts.count, starts[part + 1] <= tokenRange.lowerBound { part += 1 }
            if term >= 0, !ignored.contains(term), !participants.contains(term) { words[part] += 1 }
        }
        // Parts joined left to right until each has enough; a short tail joins the clause before it.
        var clauses: [Range<Int>] = []
        var open: (start: Int, words: Int)?
        for index in starts.indices {
            let end = index + 1 < starts.count ? starts[index + 1] : range.upperBound
            let current = (start: open?.start ?? starts[index], words: (open?.words ?? 0) + words[index])
            if current.words >= minimumWords {
                clauses.append(current.start..<end)
                open = nil
            } else {
                open = current
            }
        }
        if open != nil, let last = clauses.popLast() { clauses.append(last.lowerBound..<range.upperBound) }
        return clauses.count > 1 ? clauses : []
    }

    /// Where each part of a sentence begins (offsets into `scalars`; the first is 0).
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
            guard start > 0 else { continue }
            let lowered = String(String.UnicodeScalarView(word.filter { $0.properties.isAlphabetic })).lowercased()
            let isDash = word.count == 1 && dashes.contains(word.first!)
            let opens = conjunctions.contains(lowered) || openingMarks.contains(word.first!) || isDash
                || previousEnd.map { closingMarks.contains($0) || (isDashWord($0, before: start, in: scalars)) } ?? false
            if opens, starts.last != start { starts.append(start) }
        }
        return starts
    }

    /// Whether the previous word was a lone dash (the part after it is a new one).
    private static func isDashWord(_ last: Unicode.Scalar, before start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard dashes.contains(last) else { return false }
        // The word before `start` is the dash alone: white space on both sides of it.
        var index = start - 1
        while index >= 0, scalars[index].properties.isWhitespace { index -= 1 }
        return index >= 0 && (index == 0 || scalars[index - 1].properties.isWhitespace)
    }
}
