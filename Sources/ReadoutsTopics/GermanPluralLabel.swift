/// The nominative of a German label that opens with adjectives before a plural noun: a label
/// is a phrase as the text writes it, and German declines the adjectives before a noun in an
/// oblique case ("Stand der bilateralen Beziehungen", "Bewältigung zukünftiger
/// Herausforderungen"): "bilateralen Beziehungen" reads as a torn-out fragment, "bilaterale
/// Beziehungen" names the subject. Without an article a plural's adjectives end in "-e" in
/// the nominative; they are made so only where the noun is plural without doubt (a family of
/// nouns whose plural ending no singular has: -ungen, -heiten, -keiten, -schaften, -ionen,
/// -täten) and each adjective before it is written in lower case and ends in "-en" or "-er"
/// ("Minsker Vereinbarungen" keeps its name). Any other label is left as written.
enum GermanPluralLabel {
    /// Endings only a plural noun has.
    static let pluralEndings = ["ungen", "heiten", "keiten", "schaften", "ionen", "täten"]

    static func nominative(_ label: String) -> String {
        let words = label.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 2, let head = words.firstIndex(where: { $0.first?.isUppercase == true }), head > 0,
              pluralEndings.contains(where: { words[head].hasSuffix($0) }) else { return label }
        var changed = words
        for index in 0..<head {
            let word = words[index]
            guard word.count >= 5, word.allSatisfy({ $0.isLetter && $0.isLowercase }),
                  word.hasSuffix("en") || word.hasSuffix("er") else { return label }
            changed[index] = String(word.dropLast())
        }
        return changed.joined(separator: " ")
    }
}
