import ReadoutsText

/// The text of each sentence as the semantic linker embeds it: without the event's
/// participants, their titles and the reporting verbs.
///
/// Every readout of a call says who spoke with whom ("President Biden spoke with Prime
/// Minister Trudeau…"); those words pull the vectors of unrelated sentences together, so
/// two sentences sharing only the participants would look alike. They are left out:
/// reporting verbs and the words of every readout (`ReadoutVocabulary`), and the names of
/// the opening sentence or of a tenth of the sentences. A sentence made of nothing else
/// keeps its words.
enum SentenceTexts {
    static func masked(_ version: PreparedVersion, _ document: Document, ignored: Set<Int32>, participants: Set<Int32>) -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(version.sentenceCount)
        for s in 0..<version.sentenceCount {
            let tokens = version.tokens(of: s)
            let sentence = version.sentences[s].range
            var pieces = ""
            var cursor = sentence.lowerBound
            var kept = 0
            for t in tokens {
                let term = version.term[t]
                guard term >= 0 else { continue }
                if ignored.contains(term) || participants.contains(term) {
                    let range = version.tokenRange(t)
                    guard range.lowerBound >= cursor else { continue }
                    pieces += document.string(cursor..<range.lowerBound)
                    cursor = range.upperBound
                } else {
                    kept += 1
                }
            }
            if kept == 0 {
                texts.append(document.string(sentence))
                continue
            }
            pieces += document.string(cursor..<sentence.upperBound)
            texts.append(pieces.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        return texts
    }
}
