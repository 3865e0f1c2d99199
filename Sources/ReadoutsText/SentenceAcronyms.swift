/// An acronym written with periods inside a sentence: "spoke with U.S. President Joe Biden",
/// "The U.K. Prime Minister", "the U.N. Secretary-General". ICU ends a sentence after
/// "U.S." whenever a capital follows, and the White House writes "U.S." before every title:
/// a researcher's brief quoted "…President Xi Jinping spoke with U.S." as a sentence of its
/// own, and "President Joe Biden on Tuesday." as another, a topic only in one version.
extension SentenceSplitter {
    /// True when the sentence `range` ends with an acronym of two letters or more written with
    /// periods ("U.S.", "U.K.", "E.U.", "U.S.A.") and `next` goes on with what such an
    /// acronym stands before: a title or an institution ("President", "Secretary",
    /// "Embassy", `wordsAfterAnAcronym`), or two capitalised words that are no stopwords
    /// ("Trade Representative", "Joe Biden"). "Sanctions hit the U.S. Trade fell." and
    /// "…imposed by the U.S. The President said…" stay two sentences.
    static func endsWithAcronymBeforeItsNoun(_ local: [Unicode.Scalar], _ range: Range<Int>, before next: Range<Int>, language: Language) -> Bool {
        guard endsWithDottedAcronym(local, range) else { return false }
        let words = leadingWords(local, next, count: 2)
        guard let first = words.first, local[first.lowerBound].properties.isUppercase else { return false }
        let stopwords = Stopwords.words(for: language)
        let firstWord = lowercased(local, first)
        guard !stopwords.contains(firstWord) else { return false }
        if wordsAfterAnAcronym.contains(firstWord) { return true }
        guard words.count == 2, local[words[1].lowerBound].properties.isUppercase else { return false }
        return !stopwords.contains(lowercased(local, words[1]))
    }

    /// Titles and institutions an acronym of a country or a body stands before (lower-case).
    static let wordsAfterAnAcronym: Set<String> = [
        "president", "vice", "secretary", "ambassador", "envoy", "special", "government", "administration",
        "embassy", "consulate", "department", "state", "congress", "senate", "senator", "senators", "house",
        "representative", "representatives", "treasury", "official", "officials", "forces", "army", "navy",
        "military", "troops", "delegation", "delegations", "side", "counterpart", "counterparts", "national",
        "defense", "defence", "intelligence", "allies", "partners", "companies", "firms", "citizens", "nationals",
        "dollar", "dollars", "economy", "policy", "security", "commerce", "federal", "attorney", "mission",
        "permanent", "negotiators", "diplomats", "cabinet", "minister", "ministers", "marines", "command",
        "charter", "council", "peacekeepers", "peacekeeping", "agencies", "agency", "high", "general",
        "chancellor", "king", "queen", "prince", "leader", "leaders", "spokesperson", "spokesman", "spokeswoman",
        "authorities", "administration's", "president's", "government's", "secretary-general", "ambassador-designate",
    ]

    /// Whether `range` ends with capitals each followed by a period, two or more, standing as
    /// a word of their own ("U.S.", "E.U.", "U.S.A."; not "J." nor "etc.").
    static func endsWithDottedAcronym(_ local: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        var letters = 0
        while end - 2 >= range.lowerBound, local[end - 1] == ".", isCapital(local[end - 2]) {
            letters += 1
            end -= 2
        }
        guard letters >= 2 else { return false }
        return end == range.lowerBound || isSpace(local[end - 1]) || local[end - 1] == "(" || local[end - 1] == "\u{201C}"
    }

    /// The first `count` words of `range` (runs of letters, hyphens and apostrophes), each
    /// right after the one before it across spaces only: a punctuation mark ends the run.
    static func leadingWords(_ local: [Unicode.Scalar], _ range: Range<Int>, count: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var position = range.lowerBound
        while words.count < count, position < range.upperBound, isLetter(local[position]) {
            let start = position
            while position < range.upperBound,
                  isLetter(local[position]) || (Tokenizer.isHyphen(local[position]) || local[position] == "'" || local[position] == "\u{2019}")
                    && position + 1 < range.upperBound && isLetter(local[position + 1]) {
                position += 1
            }
            words.append(start..<position)
            guard position < range.upperBound, isSpace(local[position]) else { break }
            while position < range.upperBound, isSpace(local[position]) { position += 1 }
        }
        return words
    }

    private static func lowercased(_ local: [Unicode.Scalar], _ word: Range<Int>) -> String {
        String(String.UnicodeScalarView(local[word])).lowercased()
    }
}
