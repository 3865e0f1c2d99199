/// The event's participants: who spoke with whom. Every readout of a call names them in its
/// opening sentence and again and again after ("President Biden spoke with Prime Minister
/// Trudeau…", "Trudeau", "Путин"), so their names are in sentences of every subject and say
/// nothing about any: the lexical linker weighs them little, a topic's name never rests on
/// them, and the semantic linker leaves them out of the text it embeds.
///
/// A participant is a name (a capitalised word that does not start its sentence, not a
/// number) of a version's opening sentence — the first that is no heading and has more than
/// three words — or found in a tenth of its sentences (at least three). This one definition
/// serves the three: `TermWeights` (a participant weighs a fifth), `TermSalience` (weak in a
/// topic's name) and `SentenceTexts` (left out of the embedded text).
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
        for (term, count) in df where count >= floor { result.insert(term) }
        return result
    }
}
