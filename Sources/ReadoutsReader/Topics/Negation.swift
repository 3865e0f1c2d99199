import ReadoutsText

/// Whether one of two linked passages is negated and the other is not: "Le gouvernement ne
/// prévoit pas de hausse des tarifs" linked to "The government plans to raise tariffs" was
/// said to be a match (a translator's reversed sentence; the aligner pairs prévoit/plans,
/// hausse/raise). Enter, `c`, the brief, the page and the JSON export say it
/// ("negation: «ne … pas» in FR only").
///
/// Negations are counted per sentence from word lists, and a pair is flagged only when one
/// side has at least one and the other none: a double negation, or one negation answered by
/// a negative word the lists lack ("urged against"), is not told apart. Only passages that
/// are otherwise close are compared (`isClose`): two accounts of one call word things
/// differently, and a "not" in one of them is no reversal. Counterparts in a translation
/// (`TranslationCounterparts`: linked sentences of two versions in two languages that the
/// semantic linker aligned as one text) are compared from a similarity of 0.5: a
/// translation's reversed sentences are less alike than the 0.68 asked of other passages.
public enum Negation {
    /// The cosine similarity from which two passages are close enough to compare: on the 368
    /// links of the 64 dev and test pairs of accounts (`Tests/ReadoutsTopicsTests/Annotations`),
    /// 16 had a negation on one side only, the closest at 0.66 ("urged against any
    /// negotiations" / "il ne fallait pas négocier"); the translator's reversed sentence was
    /// at 0.79, and the translation's other links 0.57–0.97. 0.7 missed a new user's reversed
    /// translation at 0.697 ("The Council does not plan to raise tariffs…" / "Le Conseil
    /// prévoit de relever les droits de douane…"); a historian's "s'efforceront de ne pas
    /// déployer" / "воздержатся от размещения" (no reversal: "refrain from") stays out at 0.654.
    public static let closeSimilarity = 0.68

    /// Without a similarity (the lexical linker): close when at least this share of the longer
    /// passage's words are kept in order in the other, as Enter's "reworded" says (a draft;
    /// a translation or another account never is).
    static let closeShareKept = 0.4

    /// Whether two linked passages are close enough for a negation on one side alone to be
    /// a reversal: their similarity when the semantic linker scored the link, else the words
    /// they keep in order.
    public static func isClose(_ left: String, _ right: String, similarity: Double?) -> Bool {
        if let similarity { return similarity >= closeSimilarity }
        guard let (kept, longer) = WordChange.keptWords(left, right) else { return false }
        return Double(kept) >= Double(longer) * closeShareKept
    }

    /// The side negated (0: `left`, 1: `right`) and its negations as `words(in:)` says them,
    /// when one passage has a negation and the other has none and they are close (`isClose`)
    /// or `counterparts` in a translation (`TranslationCounterparts`); else nil, and always
    /// nil when either is in a language Readouts does not read.
    public static func difference(_ left: String, _ leftLanguage: Language, _ right: String, _ rightLanguage: Language,
                                  similarity: Double?, counterparts: Bool = false) -> (side: Int, words: [String])? {
        guard left.unicodeScalars.count <= WordChange.scalarLimit, right.unicodeScalars.count <= WordChange.scalarLimit else { return nil }
        // A language Readouts does not read (Chinese, Italian: undetermined) has no negation
        // known, so it lacks none: "This is not “de-risking”" against 这不是“去风险” was listed.
        guard leftLanguage != .undetermined, rightLanguage != .undetermined else { return nil }
        let (a, b) = (words(in: left, language: leftLanguage), words(in: right, language: rightLanguage))
        guard a.isEmpty != b.isEmpty, counterparts || isClose(left, right, similarity: similarity) else { return nil }
        return a.isEmpty ? (1, b) : (0, a)
    }

    /// What Enter and `c` say: "negation: «ne … pas» in FR only".
    public static func saying(_ words: [String], in name: String) -> String {
        "negation: " + quoted(words, in: name)
    }

    /// "«ne … pas» in fr.txt only", as the reports' "Negation differs" lists say it: at most
    /// three negations, each once.
    public static func quoted(_ words: [String], in name: String) -> String {
        var distinct: [String] = []
        for word in words where !distinct.contains(word) { distinct.append(word) }
        return distinct.prefix(3).map { "«\($0)»" }.joined(separator: ", ") + " in \(name) only"
    }

    /// The negations of a sentence, in reading order, lower-cased: English "not", "never",
    /// "don't"; French "ne … pas", "personne … ne", "non"; Russian "не", "никогда"; German "nicht", "kein";
    /// Spanish "no", "nunca", "ni". A text of undetermined language is read with every
    /// list (but `difference` compares none).
    /// English words after which "no" affirms: "no different" is "the same", "no less"
    /// "as much", "no doubt" "surely".
    static let affirmingAfterNo: Set<String> = ["different", "less", "doubt", "exception", "small", "mean", "stranger"]

    public static func words(in text: String, language: Language) -> [String] {
        let tokens = tokens(text)
        var found: [String] = []
        for (index, token) in tokens.enumerated() where !token.isNumber {
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let word = token.text
            if language == .english || language == .undetermined {
                // "not only … but also" and "No 10 (Downing Street)" deny nothing, nor do "no
                // different", "no less", "no doubt", "no exception" (a translator's "This time
                // will be no different." / "Il en sera de même cette fois-ci." was listed).
                if english.contains(word), !(word == "not" && next?.text == "only"), !(word == "no" && next?.isNumber == true),
                   !(word == "no" && next.map { Self.affirmingAfterNo.contains($0.text) } == true) {
                    found.append(word)
                    continue
                }
                if word.count > 3, word.hasSuffix("n't") || word.hasSuffix("n\u{2019}t") || word.hasSuffix("n\u{02BC}t") {
                    found.append(word)
                    continue
                }
            }
            if language == .french || language == .undetermined {
                if let said = french(tokens, at: index) {
                    found.append(said)
                    continue
                }
            }
            if language == .russian || language == .undetermined {
                // "не только … но и" is "not only … but also".
                if russian.contains(word), !(word == "не" && next?.text == "только"), !russianAffirms(tokens, at: index) {
                    found.append(word)
                    continue
                }
            }
            if language == .german || language == .undetermined {
                // "nicht nur … sondern auch" is "not only … but also"; "PDF, 152 KB, nicht
                // barrierefrei", the note German government sites put after a download, says
                // the file is not accessible, no statement's negation (a translation's "Download:
                // Read the conclusions" was said to lack it).
                // "es sei denn": "unless".
                if word == "denn", index >= 2, tokens[index - 1].text == "sei", tokens[index - 2].text == "es" {
                    found.append("es sei denn")
                    continue
                }
                if german.contains(word), !(word == "nicht" && (next?.text == "nur" || next?.text == "barrierefrei")) {
                    found.append(word)
                    continue
                }
            }
            if language == .spanish || language == .undetermined {
                // "no solo … sino también" is "not only … but also", "no obstante"
                // "nevertheless". "sin" (without) is none, as "without" and "sans" are none:
                // "sin precedentes" is "unprecedented", "sin condiciones" "unconditional".
                // "a menos que", "salvo que": "unless".
                if word == "que", index >= 1, tokens[index - 1].text == "salvo" || index >= 2 && tokens[index - 1].text == "menos" && tokens[index - 2].text == "a" {
                    found.append(tokens[index - 1].text == "salvo" ? "salvo que" : "a menos que")
                    continue
                }
                if spanish.contains(word), !(word == "no" && ["solo", "sólo", "solamente", "obstante"].contains(next?.text ?? "")) {
                    found.append(word)
                    continue
                }
            }
        }
        return found
    }

    /// Russian "ни" and "не" that deny nothing: "ни" after "бы" is concessive ("без какого бы
    /// то ни было различия", "где бы он ни находился": "whatever", "wherever"); "не" after
    /// "пока" before "будет" is "until" ("пока его виновность не будет установлена": "until
    /// proved guilty"), after "чуть" or "едва" "nearly", and "не менее", "не раз", "не без"
    /// are "at least", "more than once", "not without" (with). A translator's official
    /// Russian text of the Universal Declaration was said to add four negations.
    static func russianAffirms(_ tokens: [Token], at index: Int) -> Bool {
        let word = tokens[index].text
        let before = tokens[max(0, index - 4)..<index].map(\.text)
        if word == "ни" { return before.contains("бы") || before.contains("б") }
        guard word == "не" else { return false }
        let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
        if ["менее", "раз", "без"].contains(next) { return true }
        if let previous = before.last, previous == "чуть" || previous == "едва" || previous == "было" && before.dropLast().last == "чуть" { return true }
        let earlier = tokens[max(0, index - 6)..<index].map(\.text)
        return earlier.contains("пока") && ["будет", "будут", "станет", "станут"].contains(next)
    }

    /// "unless" is "if not": "where not prohibited by law" and "unless doing so is prohibited
    /// by law" (two drafts of a privacy statement) were listed as a negation lost.
    static let english: Set<String> = ["not", "no", "never", "neither", "nor", "none", "nothing", "cannot", "unless"]
    static let german: Set<String> = ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
                                      "nichts", "weder", "niemand"]
    static let spanish: Set<String> = ["no", "nunca", "jamás", "ni", "ningún", "ninguna", "ninguno", "nada", "nadie",
                                       "tampoco"]

    /// French: "ne" or "n’" with its second part — after it (pas, jamais, plus, rien, aucun,
    /// aucune, personne, guère, point, ni) or, as a subject, before it ("Rien n’a été
    /// décidé", "Personne ne…", "Aucun accord n’…", "qu’aucune négociation ne…", "Nulle
    /// négociation ne…") — "ni … ni" without "ne" ("ni Paris ni Madrid"), and "non" on its own.
    /// "plus", "jamais", "personne" or "nul" without "ne" is no negation ("plus de 12 000",
    /// "une personne", "match nul"), and "ne" without a second part is "ne … que", "only".
    /// "sans" is none, as English "without" is none.
    static let frenchAfter: Set<String> = ["pas", "jamais", "plus", "rien", "aucun", "aucune", "personne", "guère", "point", "ni"]
    static let frenchBefore: Set<String> = ["rien", "personne", "aucun", "aucune", "nul", "nulle", "ni", "jamais"]

    private static func french(_ tokens: [Token], at index: Int) -> String? {
        let word = tokens[index].text
        // "à moins que", "sauf si": "if not", as English "unless" ("à moins de" is also "less
        // than": "à moins de deux semaines du sommet").
        if word == "moins", index > 0, tokens[index - 1].text == "à", index + 1 < tokens.count,
           tokens[index + 1].text == "que" || tokens[index + 1].text.hasPrefix("qu'") || tokens[index + 1].text.hasPrefix("qu\u{2019}") {
            return "à moins que"
        }
        if word == "si", index > 0, tokens[index - 1].text == "sauf" { return "sauf si" }
        if word == "non" {
            // "non seulement … mais" is "not only … but".
            return index + 1 < tokens.count && tokens[index + 1].text == "seulement" ? nil : "non"
        }
        // "ni Paris ni Madrid" without "ne" (with it, "ni … ne" or "ne … ni" says it).
        if word == "ni" {
            let later = tokens[(index + 1)...]
            return later.contains { $0.text == "ni" } && !tokens.contains { isNe($0.text) } ? "ni … ni" : nil
        }
        let elided = word.count > 2 && (word.hasPrefix("n'") || word.hasPrefix("n\u{2019}") || word.hasPrefix("n\u{02BC}"))
        guard word == "ne" || elided else { return nil }
        // The second part after it, up to the next "ne" (another negation's)…
        var k = index + 1
        while k < tokens.count, !isNe(tokens[k].text) {
            if frenchAfter.contains(tokens[k].text) { return "ne … " + tokens[k].text }
            k += 1
        }
        // …else a subject before it, back to the previous "ne".
        k = index - 1
        while k >= 0, !isNe(tokens[k].text) {
            let subject = withoutElision(tokens[k].text)
            if frenchBefore.contains(subject) { return subject + " … ne" }
            k -= 1
        }
        return nil
    }

    /// A word after an elided "qu’", "d’", "l’" ("qu’aucune" is "aucune"): the part after its
    /// last apostrophe.
    private static func withoutElision(_ word: String) -> String {
        guard let apostrophe = word.lastIndex(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{02BC}" }) else { return word }
        return String(word[word.index(after: apostrophe)...])
    }

    private static func isNe(_ word: String) -> Bool {
        word == "ne" || (word.count > 2 && (word.hasPrefix("n'") || word.hasPrefix("n\u{2019}") || word.hasPrefix("n\u{02BC}")))
    }

    static let russian: Set<String> = [
        "не", "нет", "ни", "никогда", "ничего", "ничто", "ничем", "ничему", "никто", "никого", "никому", "никем",
        "нигде", "никуда", "никак", "нельзя", "никакой", "никакая", "никакое", "никакие", "никакого", "никакому",
        "никаким", "никаких", "никакую", "никакими", "никакою",
    ]

    /// A word (letters, with apostrophes and hyphens inside: "n’est", "don't",
    /// "non-prolifération" are one word each, so "non" inside a compound is not "non") or a
    /// run of digits, lower-cased.
    struct Token {
        var text: String
        var isNumber: Bool
    }

    static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.lowercased().unicodeScalars)
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
        }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType == .decimal }
        func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
        }
        var tokens: [Token] = []
        var i = 0
        while i < scalars.count {
            if isDigit(scalars[i]) {
                let start = i
                while i < scalars.count, isDigit(scalars[i]) { i += 1 }
                tokens.append(Token(text: String(String.UnicodeScalarView(scalars[start..<i])), isNumber: true))
            } else if isLetter(scalars[i]) {
                let start = i
                while i < scalars.count {
                    if isLetter(scalars[i]) { i += 1 } else if isJoiner(scalars[i]), i + 1 < scalars.count, isLetter(scalars[i + 1]) { i += 2 } else { break }
                }
                tokens.append(Token(text: String(String.UnicodeScalarView(scalars[start..<i])), isNumber: false))
            } else {
                i += 1
            }
        }
        return tokens
    }
}
