/// What stem mode matches in a version whose language has no stemmer (`.undetermined`:
/// Ukrainian, Belarusian, Polish, Spanish…): words that begin like the pattern's word. Its
/// beginning is the word less its final vowels (and soft signs, й), cut to its first five
/// letters, the prefix length that stands in best for a stemmer across European languages:
/// `саміт` finds "саміту" and "саміті", `українці` ("украї") "українців", `обговорити`
/// ("обгов") "обговорили", `війни` ("війн") "війна". A beginning of fewer than three
/// letters is the word itself ("мою", "та"). Stem mode found less than plain search there:
/// a Ukrainian version read with English's stemmer (or Russian's, when it was read as
/// Russian) gave `обговорити` no match beside four "обговорили".
enum WordBeginning {
    /// How many letters a beginning keeps at most.
    static let letters = 5
    /// The fewest letters a beginning has, or the word is kept whole.
    static let shortest = 3

    /// Vowels and signs an ending may be made of, Latin and Cyrillic (lower case: the
    /// tokenizer's words are lower-cased).
    static let vowels: Set<Character> = Set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęįųаеёиоуыэюяіїєьъйў")

    /// The beginning of `word` (lower-cased), and whether it is the word kept whole (its
    /// beginning would be under `shortest` letters): matched as the whole word then.
    static func of(_ word: String) -> (key: String, isWhole: Bool) {
        var stripped = Substring(word)
        while let last = stripped.last, vowels.contains(last) { stripped = stripped.dropLast() }
        guard stripped.count >= shortest else { return (word, true) }
        return (String(stripped.prefix(letters)), false)
    }
}
