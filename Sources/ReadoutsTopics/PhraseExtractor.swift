import ReadoutsText

/// The stretches of a sentence that could name a topic: noun-phrase-like runs of one to four
/// content words, unbroken by punctuation, that neither start nor end with a stopword or a
/// word a label never rests on, and hold inside only the small words that bind a noun
/// phrase (French "exportations de céréales", "frontière avec l’Ukraine"; Spanish
/// "exportaciones de cereales", "seguridad energética"; English "exchange
/// of prisoners", "support for Ukraine", "entry into force"; adjective–noun and noun–noun
/// runs need none).
struct PhraseExtractor {
    /// One phrase: its distinct content keys, sorted (so "céréales exportées" and
    /// "exportations de céréales" meet), and its first and last token.
    struct Phrase {
        var keys: [Int32]
        var firstToken: Int
        var lastToken: Int
    }

    /// What a stopword can be inside a phrase.
    private enum Link { case none, preposition, article }

    static let maximumContentWords = 4
    /// Stopwords allowed inside a phrase: a preposition, then perhaps an article ("de la",
    /// "of the"). An article straight after a content word marks a verb and its object
    /// ("monitor the situation", "a entretenu le dialogue"), not a noun phrase.
    static let prepositions: [Language: Set<String>] = [
        .french: ["de", "d", "du", "des", "à", "au", "aux", "en", "avec"],
        .english: ["of", "for", "on", "with", "into"],
        // German: the genitive's article binds a noun to the next ("Lage der Menschen").
        .german: ["von", "vom", "zu", "zum", "zur", "für", "mit", "über", "im", "in", "des", "der"],
        // Spanish: "exportaciones de cereales", "apoyo a Ucrania", "ayuda para la reconstrucción".
        .spanish: ["de", "del", "a", "al", "en", "con", "para"],
    ]
    static let articles: [Language: Set<String>] = [
        .french: ["la", "le", "l", "les"],
        .english: ["the"],
        .german: ["die", "das", "den", "dem"],
        .spanish: ["la", "el", "los", "las"],
    ]

    let salience: TermSalience

    /// Calls `body` with every phrase of `sentence` of `version`.
    func phrases(_ version: PreparedVersion, _ sentence: Int, _ document: Document, body: (Phrase) -> Void) {
        let prepositions = Self.prepositions[version.language] ?? []
        let articles = Self.articles[version.language] ?? []
        // The tokens as words: a compound stands for its parts, which follow it.
        var units: [(token: Int, term: Int32, breakBefore: Bool, link: Link)] = []
        var coveredUntil: Int32 = -1
        var previousEnd: Int32 = -1
        func connector(_ range: Range<Int>) -> Link {
            // Every connector has at most four letters: longer stopwords are read no further.
            guard range.count <= 4 else { return .none }
            let word = document.scalars.string(range).lowercased()
            return prepositions.contains(word) ? .preposition : articles.contains(word) ? .article : .none
        }
        var keptEnd = version.sentences[sentence].range.lowerBound
        for t in version.tokens(of: sentence) {
            // The stopwords dropped before `t`, read again from the text.
            for gapToken in version.droppedTokens(from: keptEnd, before: t, document) {
                let breakBefore = previousEnd >= 0 && !Self.onlySpaces(document.scalars, Int(previousEnd)..<gapToken.range.lowerBound)
                units.append((-1, -1, breakBefore, connector(gapToken.range)))
                previousEnd = Int32(gapToken.range.upperBound)
            }
            keptEnd = max(keptEnd, Int(version.tokenEnd(t)))
            if version.tokenStart(t) < coveredUntil { continue }
            if version.flags[t] & PreparedVersion.compoundFlag != 0 { coveredUntil = version.tokenEnd(t) }
            let start = Int(version.tokenStart(t))
            let breakBefore = previousEnd >= 0 && !Self.onlySpaces(document.scalars, Int(previousEnd)..<start)
            let link = version.term[t] < 0 ? connector(version.tokenRange(t)) : .none
            units.append((t, version.term[t], breakBefore, link))
            previousEnd = version.tokenEnd(t)
        }
        // A word a label never rests on that opens a name of capitalised words ("Five Eyes",
        // "New Zealand", "Great Britain") may open a phrase: it is part of the name. Not a
        // date before a title ("Monday Prime Minister Kishida"): the name must go on with a
        // word of its own.
        func opensAName(_ i: Int) -> Bool {
            let (token, next) = (units[i].token, i + 1)
            guard token >= 0, units[i].term >= 0, next < units.count, units[next].token >= 0, units[next].term >= 0,
                  !units[next].breakBefore else { return false }
            return version.isInnerCapital(token) && version.isInnerCapital(units[next].token) && salience.isTelling(units[next].term)
        }
        for i in units.indices where canEdge(units[i].term) || opensAName(i) {
            var contentCount = 0
            var afterPreposition = false
            var connectorRun = 0
            var keys: [Int32] = []
            var j = i
            while j < units.count, j - i < 8 {
                let unit = units[j]
                if j > i, unit.breakBefore { break }
                if unit.term < 0 {
                    if connectorRun == 0, unit.link == .preposition {
                        afterPreposition = true
                    } else if connectorRun == 1, afterPreposition, unit.link == .article {
                        afterPreposition = false
                    } else {
                        break
                    }
                    connectorRun += 1
                    j += 1
                    continue
                }
                connectorRun = 0
                afterPreposition = false
                contentCount += 1
                if contentCount > Self.maximumContentWords { break }
                if !keys.contains(unit.term) { keys.append(unit.term) }
                if canEdge(unit.term), keys.contains(where: { salience.role[Int($0)] != .number }) {
                    body(Phrase(keys: keys.sorted(), firstToken: units[i].token, lastToken: unit.token))
                }
                j += 1
            }
        }
    }

    /// A phrase may start or end with a content word that is not empty.
    private func canEdge(_ term: Int32) -> Bool {
        term >= 0 && salience.role[Int(term)] != .empty
    }

    /// True when nothing but spaces and apostrophes (of an elision, "l’Ukraine") lies in `range`.
    private static func onlySpaces(_ scalars: ScalarText, _ range: Range<Int>) -> Bool {
        for index in range {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace || scalar == "'" || scalar == "\u{2019}" { continue }
            return false
        }
        return true
    }
}
