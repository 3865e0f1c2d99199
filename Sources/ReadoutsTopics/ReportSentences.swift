import ReadoutsText

/// Sentences about the accounts themselves rather than the event: a news agency's framing
/// of the readouts it reports ("Le Kremlin a donné un compte rendu détaillé des pourparlers",
/// "La Maison Blanche a cependant publié un bref communiqué de cinq phrases", "TASS a
/// rassemblé les principaux points…"). Linked to nothing, they were `o` stops and the brief
/// listed them beside what one side said alone: a student read TASS's commentary as the
/// White House's. Among the sentences linked to nothing, one is about the report when it
/// names a report ("compte rendu", "communiqué", "readout", "press release", "пресс-релиз",
/// "Pressemitteilung"…) or an agency its version credits in its source (a word in capitals
/// of three letters or more there: "as reported by TASS"), or is an attribution line: a short
/// sentence that points back at what was said and says who said it ("Das teilte
/// Regierungssprecher Steffen Hebestreit am Freitagnachmittag mit.", "Об этом сообщили в
/// пресс-службе Кремля.", "Así lo informó la Moncloa.").
extension Analysis {
    /// Report nouns, as the tokenizer reads them (lower case; a phrase is consecutive words).
    static let reportWords: [[String]] = [
        ["compte", "rendu"], ["comptes", "rendus"], ["communiqué"], ["communiqués"], ["dépêche"],
        ["readout"], ["readouts"], ["press", "release"], ["news", "release"],
        ["пресс-релиз"], ["пресс-релизе"], ["коммюнике"],
        ["pressemitteilung"], ["pressemeldung"],
        // Japan's MOFA opens its readouts with "The overview of the talk is as follows.":
        // a data journalist found it listed as an omission.
        ["overview"], ["is", "as", "follows"], ["are", "as", "follows"],
    ]

    /// Per version, `sentencesLinkedToNothing` split: those about the event (the `o` stops,
    /// the brief's list) and those about the reports themselves (listed apart), each in
    /// reading order; and the opening call line set aside from both (`unheldSentences`). The
    /// reader, the brief, the page and the JSON all read this one split.
    public func sentencesLinkedToNothingByKind(documents: [Document]) -> (event: [[Int]], reports: [[Int]], callLines: [Int?]) {
        var event: [[Int]] = []
        var reports: [[Int]] = []
        let (unheld, callLines) = unheldSentences(documents: documents)
        for (version, sentences) in unheld.enumerated() {
            guard version < documents.count, !sentences.isEmpty else { event.append(sentences); reports.append([]); continue }
            let document = documents[version]
            let credited = Self.creditedAgencies(document.source)
            let isReport = sentences.map { Self.speaksOfTheReport(document, versions[version].sentences[$0].range, credited: credited) }
            event.append(zip(sentences, isReport).filter { !$0.1 }.map(\.0))
            reports.append(zip(sentences, isReport).filter { $0.1 }.map(\.0))
        }
        return (event, reports, callLines)
    }

    /// The words an attribution line opens with, pointing back at what was said (lower case,
    /// as the tokenizer reads them): German "Das"/"Dies", Russian "Об этом", Spanish "Así lo".
    static let pointersBack: [[String]] = [["das"], ["dies"], ["об", "этом"], ["así", "lo"]]

    /// The most words an attribution line has: "Das teilte Regierungssprecher Steffen
    /// Hebestreit am späten Freitagabend mit" has nine; a longer sentence after "Das…" goes
    /// on with its matter.
    static let attributionLineWords = 12

    /// Whether `words` (a sentence's, lower case) are an attribution line: they open with a
    /// pointer back (`pointersBack`) followed at once by a verb of attribution
    /// (`SentenceAsides.attributionWords`, any language: "Das teilte…", "Об этом сообщили…"),
    /// are no more than `attributionLineWords`, and go on with no clause of their own
    /// (`hasClause`: a comma). "Das Ziel sei ein gerechter Frieden, betonte Scholz." says what
    /// Scholz said, with "Das" its article; "Así lo destacó Sánchez, que prometió 500 millones…"
    /// says more than who said it.
    static func isAttributionLine(_ words: [String], hasClause: Bool) -> Bool {
        guard !hasClause, words.count <= attributionLineWords,
              let pointer = pointersBack.first(where: { words.starts(with: $0) }),
              words.count > pointer.count else { return false }
        let verb = words[pointer.count]
        return SentenceAsides.attributionWords.values.contains { $0.contains(verb) }
    }

    /// Words that attribute what follows to a report ("selon le communiqué, M. Scholz a
    /// appelé à une paix juste"): such a sentence says what was said, not who published what.
    static let attributions: Set<String> = ["selon", "according", "d'après", "согласно", "словам", "говорится", "laut", "zufolge"]

    /// Whether `range` of `document` names a report (`reportWords`) or one of `credited`
    /// (`creditedAgencies` of its source), and attributes nothing to it (`attributions`).
    /// (The one-sided passages keep such sentences: on `dev/`, leaving them out there lost
    /// two right one-sided topics for two wrong ones.)
    static func speaksOfTheReport(_ document: Document, _ range: Range<Int>, credited: Set<String>) -> Bool {
        let words = Tokenizer.tokens(in: document.scalars, range.clamped(to: 0..<document.scalars.count)).map(\.text)
        let scalars = document.scalars.scalars(range.clamped(to: 0..<document.scalars.count))
        if isAttributionLine(words, hasClause: scalars.contains(",")) { return true }
        guard !words.contains(where: attributions.contains) else { return false }
        return words.contains { credited.contains($0) } || reportWords.contains { phrase in
            words.indices.contains { start in
                start + phrase.count <= words.count && zip(words[start...], phrase).allSatisfy { $0 == $1 }
            }
        }
    }

    /// The agencies a source credits: its words in capitals of three letters or more,
    /// lower-cased, outside quotation marks and other than the states and alliances a
    /// readout's title names. A diplomat's source line "kremlin.ru, «Телефонный разговор с
    /// Президентом США Дональдом Трампом»" credited "США", and the sentence on hockey matches
    /// "в США и России" was filed as about the reports, and no `o` stop.
    static func creditedAgencies(_ source: String?) -> Set<String> {
        guard let source else { return [] }
        // The closing marks each open quotation waits for: « », “ ”, „ “ (German) or „ ”, ‹ ›.
        let closers: [Character: Set<Character>] = ["«": ["»"], "“": ["”"], "„": ["“", "”"], "‹": ["›"], "‟": ["”"]]
        var outside = ""
        var open: [Set<Character>] = []
        for character in source {
            if let expected = open.last, expected.contains(character) {
                open.removeLast()
                continue
            }
            if let closer = closers[character] {
                open.append(closer)
                continue
            }
            if open.isEmpty { outside.append(character) }
        }
        // Straight quotation marks open and close alike: the text between each pair is a title.
        let unquoted = outside.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        return Set(unquoted.split(whereSeparator: { !$0.isLetter })
            .filter { $0.count >= 3 && $0.allSatisfy(\.isUppercase) }.map { $0.lowercased() })
            .subtracting(Self.statesAndAlliances)
    }

    /// Capitals that name a state or an alliance, not an agency that reports (lower case).
    static let statesAndAlliances: Set<String> = [
        "usa", "сша", "rfa", "frg", "фрг", "brd", "uae", "оаэ", "prc", "кнр", "dprk", "кндр",
        "nato", "нато", "otan", "osce", "обсе", "oscé", "osze", "ons", "onu", "оон", "cis", "снг",
        "csto", "одкб", "eaeu", "еаэс", "asean", "brics", "брикс",
    ]
}
