import ReadoutsText

/// A news report's dateline at the head of its first sentence: the place in capitals where
/// the report was filed ("TOKYO (Jiji Press) — Prime Minister…", "OTTAWA — Le premier
/// ministre…", "NEW DELHI, Oct 8: Prime Minister…"). It says where the agency wrote, not what
/// the topic is about: a topic's name is not looked for there (`TopicNamer`), though a
/// dateline alone is a sentence of its own (`SentenceSplitter.isDateline`).
enum LeadingDateline {
    /// The scalar range of the dateline's place in sentence `s`, when `s` is the version's
    /// first sentence that is no heading and opens with one to three words in capitals (three
    /// letters or more in all) followed by a bracket, a dash, or a comma and a date; nil
    /// otherwise ("NATO, the EU and…" is no dateline).
    static func place(_ version: PreparedVersion, _ document: Document, sentence s: Int) -> Range<Int>? {
        guard (0..<version.sentenceCount).first(where: { !version.sentences[$0].isHeading }) == s else { return nil }
        let range = version.sentences[s].range
        let text = String(String.UnicodeScalarView(document.scalars.scalars(range.prefix(64))))
        var words = 0, letters = 0
        var index = text.startIndex
        var end = index
        while index < text.endIndex, words < 3 {
            let word = text[index...].prefix { !$0.isWhitespace && $0 != "," && $0 != "(" }
            guard !word.isEmpty, word.allSatisfy({ $0 == "-" || $0.isLetter && $0.isUppercase }) else { break }
            words += 1
            letters += word.filter(\.isLetter).count
            index = word.endIndex
            end = index
            guard index < text.endIndex, text[index] == " ", text.index(after: index) < text.endIndex,
                  text[text.index(after: index)].isUppercase else { break }
            index = text.index(after: index)
        }
        guard words > 0, letters >= 3 else { return nil }
        let rest = text[end...].drop { $0 == " " }
        guard let mark = rest.first else { return nil }
        let isDateline: Bool
        // The agency's bracket or the date ends with a dash or a colon ("TOKYO (Jiji Press) —",
        // "NEW DELHI, Oct 8:", "MOSCOW, December 7 (TASS) —"): "NATO (North Atlantic Treaty
        // Organization) allies pledged…" and "NATO, 75 years after its founding, …" go on.
        let endsWithADash = rest.dropFirst().prefix(24).contains { $0 == "—" || $0 == "–" || $0 == ":" }
        switch mark {
        case "—", "–": isDateline = true
        case "(":
            let afterBracket = rest.drop { $0 != ")" }.dropFirst().drop { $0 == " " }
            isDateline = afterBracket.first.map { $0 == "—" || $0 == "–" || $0 == ":" } ?? false
        case ",":
            let date = rest.dropFirst().drop { $0 == " " }.prefix { !$0.isWhitespace && $0 != "," && $0 != ":" && $0 != "." }
            isDateline = (date.first?.isNumber == true || MonthNames.all.contains(date.lowercased())) && endsWithADash
        default: isDateline = false
        }
        guard isDateline else { return nil }
        return range.lowerBound..<(range.lowerBound + text.unicodeScalars[text.startIndex..<end].count)
    }
}
