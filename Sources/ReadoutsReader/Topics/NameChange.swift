import ReadoutsText
import ReadoutsTOML
import ReadoutsTopics

/// Persons' names that differ between a sentence and its translation: a translator's planted
/// "Boris Johnson" rendered "Theresa May" went unsaid while a changed figure was caught.
/// Compared between counterparts in a translation only (`TranslationCounterparts`): two
/// accounts of one call name whom each pleases, and two drafts say their changed words
/// already (`WordChange.summary`).
///
/// A name is a run of two or more capitalised words ("Boris Johnson"), or one after a title
/// ("President Biden", "le président Biden", "M. Johnson"), with no title, stopword, month or
/// acronym in it and no word of an institution ("White House", "Maison Blanche": they are
/// translated, not kept; `ReadoutVocabulary.institutionWords`). A name is kept in the
/// translation when one of its words is there, written alike (`sameName`: "Putin" and "Poutine", "Zelenskyy" and "Zelensky"). The
/// names each side lacks are paired in reading order when each side lacks as many, as
/// figures are (`WordChange.figures`): a name one side alone gives ("Prime Minister Trudeau"
/// against "le premier ministre") says nothing. Texts in two scripts are not compared:
/// "Johnson" and "Джонсон" are one name.
public enum NameChange {
    /// The names that differ, each as written on its side, or an empty list.
    public static func pairs(_ left: String, _ right: String, languages: (Language, Language)) -> [(left: String, right: String)] {
        guard left.unicodeScalars.count <= WordChange.scalarLimit, right.unicodeScalars.count <= WordChange.scalarLimit,
              let leftScript = LetterScript.first(in: left), leftScript == LetterScript.first(in: right) else { return [] }
        let a = names(in: left, language: languages.0), b = names(in: right, language: languages.1)
        guard !a.isEmpty || !b.isEmpty else { return [] }
        let (wordsA, wordsB) = (capitalisedWords(in: left), capitalisedWords(in: right))
        let lackedByRight = a.filter { name in !name.words.contains { word in wordsB.contains { sameName(word, $0) } } }
        let lackedByLeft = b.filter { name in !name.words.contains { word in wordsA.contains { sameName(word, $0) } } }
        guard !lackedByRight.isEmpty, lackedByRight.count == lackedByLeft.count else { return [] }
        var pairs: [(left: String, right: String)] = []
        for (x, y) in zip(lackedByRight, lackedByLeft) where !pairs.contains(where: { $0.left == x.written && $0.right == y.written }) {
            pairs.append((x.written, y.written))
        }
        return pairs
    }

    /// Pairs as Enter says them: "names Boris Johnson → Theresa May".
    public static func saying(_ pairs: [(left: String, right: String)]) -> String? {
        pairs.isEmpty ? nil : "names " + WordChange.saying(pairs)
    }

    /// A name of a passage: as written, and its words folded (`Folding`).
    struct Name {
        var written: String
        var words: [String]
    }

    /// Days of the week, capitalised in English and German and no names.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    ]

    /// The names of a passage, in reading order (`NameChange`).
    static func names(in text: String, language: Language) -> [Name] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars[...])
        let stopwords = Stopwords.words(for: language)
        // Words: hyphened compounds whole ("Jean-Yves"), their parts skipped.
        var words: [Token] = []
        var coveredUpTo = 0
        for token in tokens where token.range.lowerBound >= coveredUpTo {
            if token.kind == .compound { coveredUpTo = token.range.upperBound }
            words.append(token)
        }
        func written(_ token: Token) -> String { String(String.UnicodeScalarView(scalars[token.range])) }
        let titles = ReadoutVocabulary.titleWords
        func isTitle(_ word: String) -> Bool {
            titles.contains(word) || word.split(separator: "-").contains { titles.contains(String($0)) }
        }
        // A month's name or a stopword continues a name ("Theresa May"), but begins none
        // ("May 5", "May I").
        func isNameWord(_ token: Token, continuing: Bool = false) -> Bool {
            guard token.kind != .number, token.isCapitalised, !isTitle(token.text), continuing || !stopwords.contains(token.text),
                  continuing || !MonthNames.all.contains(token.text), !weekdays.contains(token.text),
                  !ReadoutVocabulary.institutionWords.contains(token.text) else { return false }
            // An acronym ("NATO", "OTAN", "II") is an institution's or a numeral, not a person's.
            let letters = written(token).unicodeScalars.filter(\.properties.isAlphabetic)
            return !letters.allSatisfy(\.properties.isUppercase)
        }
        // A title just before a token; "M. Johnson" reads "m." as the title (the tokens
        // leave the full stop out).
        func followsTitle(_ index: Int) -> Bool {
            guard index > 0 else { return false }
            let before = words[index - 1]
            let abbreviated = before.range.upperBound < scalars.count && scalars[before.range.upperBound] == "."
            return isTitle(before.text) || abbreviated && isTitle(before.text + ".")
        }
        var found: [Name] = []
        var index = 0
        while index < words.count {
            guard isNameWord(words[index]) else { index += 1; continue }
            // A run: name words one space apart (a no-break space too).
            var end = index
            while end + 1 < words.count, isNameWord(words[end + 1], continuing: true),
                  words[end + 1].range.lowerBound == words[end].range.upperBound + 1,
                  [" ", "\u{00A0}"].contains(scalars[words[end].range.upperBound]) {
                end += 1
            }
            let run = words[index...end]
            // A run with an institution's word next to it ("White House", "Conseil de
            // sécurité") is the institution's.
            let nextIsInstitution = end + 1 < words.count && ReadoutVocabulary.institutionWords.contains(words[end + 1].text)
                && words[end + 1].isCapitalised
            let previousIsInstitution = index > 0 && ReadoutVocabulary.institutionWords.contains(words[index - 1].text) && words[index - 1].isCapitalised
            if (run.count >= 2 || followsTitle(index)) && !nextIsInstitution && !previousIsInstitution {
                let range = run.first!.range.lowerBound..<run.last!.range.upperBound
                found.append(Name(written: String(String.UnicodeScalarView(scalars[range])), words: run.map { Folding.fold($0.text) }))
            }
            index = end + 1
        }
        return found
    }

    /// The folded capitalised words of a passage, where a name is looked for.
    static func capitalisedWords(in text: String) -> [String] {
        Tokenizer.tokens(in: text).filter { $0.isCapitalised && $0.kind == .word }.map { Folding.fold($0.text) }
    }

    /// Whether two folded words are one name written in two languages: the same, one the
    /// other's start (four letters or more: "Zelensky" / "Zelenskyy"), or a third of their
    /// letters apart at most ("Putin" / "Poutine", "Francis" / "François").
    static func sameName(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if min(a.count, b.count) >= 4, a.hasPrefix(b) || b.hasPrefix(a) { return true }
        return Spelling.distance(a, b) <= max(a.count, b.count) / 3
    }
}
