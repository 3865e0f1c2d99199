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
    ///
    /// An acronym joined to a name by a hyphen ("the India-U.S. Strategic Partnership", "the
    /// Japan-U.S. Alliance") is an adjective: any capitalised word that is no stopword is its
    /// noun. Not after a prefix: "…seen as pro-U.S. Moscow condemned it." ends there. (MOFA's "…to further strengthen the Japan-U.S." and "Alliance." were two
    /// sentences, the second linked to nothing, the first by its participants alone.)
    static func endsWithAcronymBeforeItsNoun(_ local: [Unicode.Scalar], _ range: Range<Int>, before next: Range<Int>, language: Language) -> Bool {
        guard let joined = dottedAcronymEnding(local, range) else { return false }
        let words = leadingWords(local, next, count: 2)
        guard let first = words.first, local[first.lowerBound].properties.isUppercase else { return false }
        let stopwords = Stopwords.words(for: language)
        let firstWord = lowercased(local, first)
        guard !stopwords.contains(firstWord) else { return false }
        if joined || wordsAfterAnAcronym.contains(firstWord) { return true }
        guard words.count == 2, local[words[1].lowerBound].properties.isUppercase else { return false }
        return !stopwords.contains(lowercased(local, words[1]))
    }

    /// Titles and institutions, in the singular, an acronym of a country or a body stands
    /// before (lower-case). No plural nor a common noun ("Officials", "Forces", "Security"):
    /// such a word opens a sentence as often ("…imposed by the U.S. Officials in Beijing
    /// said…"); before a name ("U.S. Forces Korea") the two capitalised words keep it.
    static let wordsAfterAnAcronym: Set<String> = [
        "president", "vice", "secretary", "ambassador", "envoy", "government", "administration", "embassy",
        "consulate", "department", "congress", "senate", "senator", "representative", "treasury", "delegation",
        "counterpart", "attorney", "mission", "cabinet", "minister", "chancellor", "king", "queen", "prince",
        "spokesperson", "spokesman", "spokeswoman", "secretary-general", "ambassador-designate", "president's",
        "government's", "administration's", "parliament", "parliament's", "presidency", "commission",
        // An adjective no sentence opens with: "…will meet with U.S. Congressional leadership".
        "congressional",
    ]

    /// Whether `range` ends with capitals each followed by a period, two or more, standing as
    /// a word of their own ("U.S.", "E.U.", "U.S.A."; not "J." nor "etc.") or joined by a
    /// hyphen to the word before it ("India-U.S."): true when joined, false when standing
    /// alone, nil when there is no such acronym.
    static func dottedAcronymEnding(_ local: [Unicode.Scalar], _ range: Range<Int>) -> Bool? {
        var end = range.upperBound
        var letters = 0
        while end - 2 >= range.lowerBound, local[end - 1] == ".", isCapital(local[end - 2]) {
            letters += 1
            end -= 2
        }
        guard letters >= 2 else { return nil }
        if end == range.lowerBound || isSpace(local[end - 1]) || local[end - 1] == "(" || local[end - 1] == "\u{201C}" { return false }
        // A name before the hyphen ("India-U.S."), not a prefix ("pro-U.S.", "anti-U.S."): find
        // the word's first letter.
        if Tokenizer.isHyphen(local[end - 1]) {
            var start = end - 1
            while start - 1 >= range.lowerBound, isLetter(local[start - 1]) { start -= 1 }
            if start < end - 1, local[start].properties.isUppercase { return true }
        }
        return nil
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
