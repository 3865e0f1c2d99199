import ReadoutsText

extension Analysis {
    /// The fewest words a sentence linked to nothing needs to be listed (`sentencesLinkedToNothing`).
    public static let linkedToNothingMinimumWords = 4

    /// Per version, in reading order, the sentences no topic holds and no link touches:
    /// headings aside, a dateline alone (`OpeningLineAside`: TASS's "MOSCOW, August 19.
    /// /TASS/." has four words), an agency's credit line (`CreditLine`), and sentences of fewer than `linkedToNothingMinimumWords`
    /// words ("Thank you."), which would be noise. The brief's "Linked to nothing" quotes
    /// them and `o` stops at them once linking is done (an intern's "Il a également appelé à
    /// « un retour à la diplomatie »", the White House's alone, was in the brief and no `o`
    /// stop): one rule for both. Words are runs of non-white-space, as the brief counts them.
    /// A sentence another version has word for word (white space aside) is not listed.
    public func sentencesLinkedToNothing(documents: [Document]) -> [[Int]] {
        unheldSentences(documents: documents).unheld
    }

    /// `sentencesLinkedToNothing`, and per version its opening call line (`bareCallLine`)
    /// when no topic holds it and no link touches it: left out of the first, and said to be
    /// who spoke with whom where the reader is at it (a diplomat found the two openings in no
    /// list and nothing saying why). One pass over the topics and links for both.
    func unheldSentences(documents: [Document]) -> (unheld: [[Int]], callLines: [Int?]) {
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
        var callLines = [Int?](repeating: nil, count: documents.count)
        let unheld: [[Int]] = documents.indices.map { version in
            guard version < versions.count else { return [] }
            let document = documents[version]
            let sentences = versions[version].sentences
            let aside = OpeningLineAside.sentence(sentences, document, language: versions[version].language)
            let callLine = Self.bareCallLine(sentences, document, after: aside)
            if let callLine, !held[version][callLine] { callLines[version] = callLine }
            let credits = CreditLine.sentences(sentences, document)
            return sentences.indices.filter { index in
                let sentence = sentences[index]
                return !sentence.isHeading && index != aside && index != callLine && !credits.contains(index) && !held[version][index]
                    && Self.hasWords(document.scalars, sentence.range.clamped(to: 0..<document.scalars.count),
                                     Self.linkedToNothingMinimumWords)
            }
        }
        guard unheld.contains(where: { !$0.isEmpty }) else { return (unheld, callLines) }
        // A sentence another version has word for word is not what its version says alone,
        // linked or not: a paragraph moved between two drafts ("moved", says `J`), or a line
        // repeated through a long text ("To the People of the State of New York:", 22 times
        // in each of two drafts, was 22 stops of `o`).
        let fingerprints = documents.indices.map { version in
            version < versions.count ? versions[version].sentences.map { SentenceFingerprint.of(documents[version].scalars, $0.range) } : []
        }
        let texts = fingerprints.map(Set.init)
        return (unheld.enumerated().map { version, sentences in
            sentences.filter { index in
                !texts.indices.contains { $0 != version && texts[$0].contains(fingerprints[version][index]) }
            }
        }, callLines)
    }

    /// The most words a call line set aside may have (`bareCallLine`).
    static let callLineWords = 30

    /// A version's opening sentence (the first that is no heading, after a dateline set
    /// aside) when it says a call or a meeting took place (`SentenceTexts.isCallWord`) in
    /// `callLineWords` words or fewer. Held by no topic and no link, it says only who spoke
    /// with whom: the Kremlin's "Состоялся телефонный разговор Владимира Путина с Президентом
    /// Французской Республики Эммануэлем Макроном." was an `o` stop "linked to nothing"
    /// beside an Élysée opening that named no one, and a student read it as something the
    /// Élysée left out. A line that says at whose request or initiative the call took place
    /// (`SentenceTexts.saysWhoInitiated`) says more, and is none.
    static func bareCallLine(_ sentences: [Sentence], _ document: Document, after aside: Int?) -> Int? {
        guard let first = sentences.indices.first(where: { index in !sentences[index].isHeading && aside.map { index > $0 } ?? true }) else {
            return nil
        }
        let range = sentences[first].range.clamped(to: 0..<document.scalars.count)
        let words = String(String.UnicodeScalarView(document.scalars.scalars(range))).split(whereSeparator: \.isWhitespace)
        guard words.count <= callLineWords else { return nil }
        let saysACall = words.contains { word in
            SentenceTexts.isCallWord(String(word.lowercased().filter(\.isLetter)))
        }
        guard saysACall else { return nil }
        // Who asked for the call is no bare fact: "По инициативе индийской стороны состоялся
        // телефонный разговор…" alone said that Delhi called, and a journalist found it in no
        // list and no `o` stop; China's "…at the request of the latter" as much.
        return SentenceTexts.saysWhoInitiated(words.joined(separator: " ")) ? nil : first
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
