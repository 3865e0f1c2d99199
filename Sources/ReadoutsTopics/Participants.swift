/// The event's participants: who spoke with whom. Every readout of a call names them in its
/// opening sentence and again and again after ("President Biden spoke with Prime Minister
/// Trudeau…", "Trudeau", "Путин"), so their names are in sentences of every subject and say
/// nothing about any: the lexical linker weighs them little, a topic's name never rests on
/// them, and the semantic linker leaves them out of the text it embeds.
///
/// A participant is a name (a capitalised word that does not start its sentence, not a
/// number) of a version's opening sentence — the first that is no heading and has more than
/// three words — or found in a tenth of its sentences (at least three), unless it is an
/// acronym: an organisation that recurs ("ОДКБ", "NATO", "CPTPP") is what the account is
/// about, not who is speaking, so only the opening sentence makes one a participant
/// ("UK Prime Minister Keir Starmer spoke…"). This one definition
/// serves the four: `TermWeights` (a participant weighs a fifth), `TermSalience` (weak in a
/// topic's name), `SentenceTexts` (left out of the embedded text) and the lexicon's hits (a
/// participant's name after a title names who speaks, not a subject: "the first President
/// of Kazakhstan" is no "Central Asia" topic).
enum Participants {
    /// Per version, the key ids of its participants' names.
    static func names(_ versions: [PreparedVersion]) -> [Set<Int32>] { versions.map(names) }

    /// The participants' names of one version.
    static func names(_ version: PreparedVersion) -> Set<Int32> {
        var result = Set<Int32>()
        var df: [Int32: Int] = [:]
        var opening: Int?
        for s in 0..<version.sentenceCount {
            let tokens = version.tokens(of: s)
            if opening == nil, !version.sentences[s].isHeading, tokens.count > 3 { opening = s }
            var seen = Set<Int32>()
            for t in tokens where !version.startsSentence(t) && version.term[t] >= 0
                && version.flags[t] & PreparedVersion.capitalisedFlag != 0 && version.flags[t] & PreparedVersion.numberFlag == 0 {
                let term = version.term[t]
                if s == opening { result.insert(term) }
                if seen.insert(term).inserted { df[term, default: 0] += 1 }
            }
        }
        let floor = max(3, Int((0.1 * Double(version.sentenceCount)).rounded(.up)))
        for (term, count) in df where count >= floor && !isAcronym(version.surface[term]) { result.insert(term) }
        return result
    }

    /// `hits` of `version` without those that name a participant by their title: one word,
    /// a participant's name, right after a person's title (`titles`: "president", "leader",
    /// "глава"), stopwords aside — not after any word of every readout: "la question de
    /// l'Ukraine" is the subject, however often the account names Ukraine: "the first President of Kazakhstan" is who speaks, not a
    /// "Central Asia" topic. Elsewhere the same name is a subject ("measures taken in
    /// Kazakhstan", "the situation in Lebanon"), and a phrase ("Great Patriotic War") always is.
    static func withoutTitleHits(_ hits: [LexiconHit], _ version: PreparedVersion, _ participants: Set<Int32>,
                                 titles: Set<Int32>) -> [LexiconHit] {
        guard !participants.isEmpty, !titles.isEmpty else { return hits }
        return hits.filter { hit in
            let first = Int(hit.firstToken)
            let term = version.term[first]
            guard hit.firstToken == hit.lastToken, term >= 0, participants.contains(term) else { return true }
            let sentenceStart = version.tokens(of: Int(hit.sentence)).lowerBound
            var t = first - 1
            while t >= sentenceStart, version.term[t] < 0 { t -= 1 }
            return t < sentenceStart || !titles.contains(version.term[t])
        }
    }

    /// Whether a word is written in capitals alone, with at least two letters ("ОДКБ", "NATO").
    static func isAcronym(_ word: String?) -> Bool {
        guard let word else { return false }
        var letters = 0
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }
}
