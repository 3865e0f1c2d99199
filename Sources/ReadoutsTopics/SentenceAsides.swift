import ReadoutsText

/// The parts of a sentence that say where its words come from rather than what it is about:
/// a topic's name is not looked for there (`TopicNamer`, whose phrases in them count half).
///
/// - Brackets: a byline or a dateline ("TOKYO (Jiji Press) —", "(UrduPoint News / Sputnik…)").
/// - A source's clause, from its opener to the clause's end: "according to a GOJ briefing",
///   "selon l’Élysée", "по словам чиновника", "по данным агентства", "со ссылкой на Акорду".
/// - An attribution tail: the sentence's last clause, after a comma or a dash, of at most
///   `tailWords` words (small ones included), that a verb of attribution opens or closes ("…, a annoncé la présidence
///   française", "…, сообщил офис главы правительства республики", "…, German government
///   spokesman Steffen Seibert said"); not a longer clause that goes on with its matter
///   ("…, welcoming the progress of the Global Combat Air Programme…").
enum SentenceAsides {
    static let tailWords = 8

    /// Words that open a source, lower-case, as the tokenizer reads them (an elision split
    /// off: "d’après" is "d", "après").
    static let sourceOpeners: [Language: [[String]]] = [
        .english: [["according", "to"]],
        .french: [["selon"], ["d", "après"]],
        .russian: [["по", "словам"], ["по", "данным"], ["как", "сообщает"], ["как", "сообщил"], ["как", "сообщили"],
                   ["со", "ссылкой", "на"]],
        .german: [["laut"], ["nach", "angaben"], ["wie", "mitteilte"], ["wie", "berichtete"]],
        .spanish: [["según"], ["de", "acuerdo", "con"]],
    ]

    /// Words that attribute what was said, as written: verbs, and French "selon" (not
    /// `ReadoutVocabulary`'s reporting verbs, which also hold "important", "agreed",
    /// "discussed": a clause they open goes on with its matter).
    static let attributionWords: [Language: Set<String>] = [
        .english: ["said", "says", "told", "added", "reported", "reports", "stated", "announced", "tweeted", "wrote"],
        .french: ["annoncé", "annonce", "ajouté", "ajoute", "poursuit", "précisé", "précise", "indiqué", "indique",
                  "rapporté", "rapporte", "déclaré", "affirmé", "souligné", "souligne", "écrit", "selon"],
        .russian: ["сообщил", "сообщила", "сообщили", "сообщает", "сообщается", "заявил", "заявили", "отметил", "отметили",
                   "рассказал", "рассказали", "пишет", "передает", "передаёт", "уточнили", "уточнил", "добавил", "подчеркнул"],
        .german: ["sagte", "sagten", "erklärte", "erklärten", "teilte", "teilten", "berichtete", "berichteten", "schrieb",
                  "betonte", "betonten", "hieß", "laut"],
        .spanish: ["dijo", "declaró", "afirmó", "señaló", "indicó", "informó", "añadió", "subrayó", "destacó", "explicó",
                   "precisó", "según"],
    ]

    private static let clauseMarks: Set<Unicode.Scalar> = [",", ";", ":", "—", "–"]
    private static let conjunctions: Set<String> = ["and", "but", "et", "mais", "и", "а", "но", "und", "aber", "y", "pero"]

    /// The scalar ranges of sentence `s`'s asides.
    static func ranges(_ version: PreparedVersion, _ document: Document, sentence s: Int) -> [Range<Int>] {
        let range = version.sentences[s].range
        let scalars = document.scalars.scalars(range)
        var asides: [Range<Int>] = []
        // Brackets, and where each clause starts (after a mark outside brackets).
        var opened: [Int] = []
        var clauseStarts = [0]
        for (offset, scalar) in scalars.enumerated() {
            switch scalar {
            case "(", "[": opened.append(offset)
            case ")", "]": if let start = opened.popLast() { asides.append((range.lowerBound + start)..<(range.lowerBound + offset + 1)) }
            default: if opened.isEmpty, clauseMarks.contains(scalar) { clauseStarts.append(offset + 1) }
            }
        }
        func clauseEnd(after offset: Int) -> Int { clauseStarts.first { $0 > offset }.map { $0 - 1 } ?? scalars.count }

        // The words, lower-case, with their offsets (the tokenizer's, stopwords included; a
        // compound once, its parts skipped).
        var words: [(text: String, start: Int)] = []
        var coveredUntil = 0
        for token in Tokenizer.tokens(in: scalars[...]) where token.range.lowerBound >= coveredUntil {
            coveredUntil = token.range.upperBound
            words.append((token.text, token.range.lowerBound))
        }
        // An opener that opens its clause: "according to the 1956 joint declaration" within
        // a clause is "in keeping with", no source.
        func opensClause(_ index: Int) -> Bool {
            let start = words[index].start
            let clause = clauseStarts.last { $0 <= start } ?? 0
            return !words.contains { $0.start >= clause && $0.start < start }
        }
        for opener in sourceOpeners[version.language] ?? [] where words.count >= opener.count {
            for index in 0...(words.count - opener.count)
            where zip(words[index...], opener).allSatisfy({ $0.text == $1 }) && opensClause(index) {
                let from = words[index].start
                asides.append((range.lowerBound + from)..<(range.lowerBound + clauseEnd(after: from)))
            }
        }

        // The attribution tail: closed by a word of attribution, or opened by one (after an
        // auxiliary: "a annoncé", "has said") when what comes before it is a clause of its
        // own: not the predicate after an aside ("Путин, в свою очередь, отметил важность…",
        // "Kishida, for his part, said…") nor after "and" ("…, and announced a new fund").
        if let last = clauseStarts.last, last > 0, let attributing = attributionWords[version.language] {
            let tail = words.filter { $0.start >= last }
            let before = clauseStarts.dropLast().last ?? 0
            let clauseBefore = words.filter { $0.start >= before && $0.start < last }.count
            let opens = tail.prefix(2).contains { attributing.contains($0.text) } && clauseBefore >= 4
                && !(tail.first.map { conjunctions.contains($0.text) } ?? false)
            if let final = tail.last, tail.count <= tailWords, opens || attributing.contains(final.text) {
                asides.append((range.lowerBound + last)..<range.upperBound)
            }
        }
        return asides
    }
}
