import ReadoutsText

/// Fractions written in words: "a third", "one half", "two thirds", "un tiers", "la
/// moitié", "trois quarts", "треть", "две трети", "половина", "die Hälfte", "la mitad", "dos
/// tercios". A reviser's altered French turned "un tiers de la population mondiale" into "la
/// moitié", and neither `J` nor the brief said so: only digits and whole numbers were figures.
/// A fraction pairs only with another (`FigureQuantity.isFraction`).
enum FractionWords {
    /// A fraction read at `tokens[index]`: its value and the tokens it spans (the count
    /// before the fraction's word included), or nil.
    static func reading(_ tokens: [Token], at index: Int, language: Language) -> (value: Double, first: Int, last: Int)? {
        guard tokens[index].kind == .word else { return nil }
        let word = tokens[index].text.lowercased()
        guard let denominator = denominators[word] else { return nil }
        let previous = index > 0 && tokens[index - 1].kind == .word ? tokens[index - 1].text.lowercased() : nil
        // The count before it: "two thirds", "deux tiers", "две трети"; "a", "one", "un", "la"
        // for one; none for the words that are a fraction alone ("half", "moitié", "треть").
        if let previous, let count = counts[previous] {
            return (Double(count) / denominator, index - 1, index)
        }
        guard standsAlone.contains(word) else { return nil }
        // "the third quarter", "un quart d'heure" aside: only the words that are a fraction
        // whatever precedes them stand alone.
        return (1 / denominator, index, index)
    }

    /// The fraction words and the denominators they name, in the five languages.
    static let denominators: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
        "moitié": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5,
        "половина": 2, "половину": 2, "половины": 2, "половиной": 2, "треть": 3, "трети": 3, "третей": 3,
        "четверть": 4, "четверти": 4, "четвертью": 4,
        "hälfte": 2, "drittel": 3, "viertel": 4,
        "mitad": 2, "tercio": 3, "tercios": 3,
    ]

    /// The words that are a fraction with no count before them.
    static let standsAlone: Set<String> = ["half", "moitié", "половина", "половину", "половины", "половиной", "треть", "трети",
                                          "четверть", "hälfte", "mitad"]

    /// The counts before a fraction's word ("a" and the articles count one).
    static let counts: [String: Int] = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4,
        "un": 1, "une": 1, "la": 1, "deux": 2, "trois": 3, "quatre": 4,
        "одна": 1, "одну": 1, "две": 2, "три": 3, "четыре": 4,
        "die": 1, "ein": 1, "eine": 1, "einem": 1, "zwei": 2, "drei": 3,
        "una": 1, "dos": 2, "tres": 3,
    ]
}
