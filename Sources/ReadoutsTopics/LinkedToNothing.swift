import ReadoutsText

extension Analysis {
    /// The fewest words a sentence linked to nothing needs to be listed (`sentencesLinkedToNothing`).
    public static let linkedToNothingMinimumWords = 4

    /// Per version, in reading order, the sentences no topic holds and no link touches:
    /// headings aside, and sentences of fewer than `linkedToNothingMinimumWords` words (a
    /// dateline, "Thank you."), which would be noise. The brief's "Linked to nothing" quotes
    /// them and `o` stops at them once linking is done (an intern's "Il a également appelé à
    /// « un retour à la diplomatie »", the White House's alone, was in the brief and no `o`
    /// stop): one rule for both. Words are runs of non-white-space, as the brief counts them.
    public func sentencesLinkedToNothing(documents: [Document]) -> [[Int]] {
        var held = documents.indices.map { version in
            [Bool](repeating: false, count: version < versions.count ? versions[version].sentences.count : 0)
        }
        func hold(_ version: Int, _ sentence: Int) {
            if held.indices.contains(version), held[version].indices.contains(sentence) { held[version][sentence] = true }
        }
        for topic in topics {
            for occurrence in topic.occurrences { hold(occurrence.version, occurrence.sentence) }
        }
        for link in links {
            hold(link.from.version, link.from.sentence)
            hold(link.to.version, link.to.sentence)
        }
        return documents.indices.map { version in
            guard version < versions.count else { return [] }
            let document = documents[version]
            return versions[version].sentences.indices.filter { index in
                let sentence = versions[version].sentences[index]
                return !sentence.isHeading && !held[version][index]
                    && Self.hasWords(document.scalars, sentence.range.clamped(to: 0..<document.scalars.count),
                                     Self.linkedToNothingMinimumWords)
            }
        }
    }

    /// Whether `range` of `text` has at least `count` runs of non-white-space (read in
    /// place: no string is made of every sentence of a version).
    /// A run of a script written without spaces counts as the words it holds
    /// (`UnspacedScript.wordCount`: one per two letters), as a one-sided passage's words do.
    static func hasWords(_ text: ScalarText, _ range: Range<Int>, _ count: Int) -> Bool {
        var words = 0
        var runStart: Int?
        for offset in range.lowerBound...range.upperBound {
            if offset < range.upperBound, !text[offset].properties.isWhitespace {
                if runStart == nil { runStart = offset }
                continue
            }
            guard let start = runStart else { continue }
            runStart = nil
            words += UnspacedScript.wordCount((start..<offset).lazy.map { text[$0] })
            if words >= count { return true }
        }
        return false
    }
}
