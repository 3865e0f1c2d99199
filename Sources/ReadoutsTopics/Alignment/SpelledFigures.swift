import ReadoutsText

/// The figures a sentence gives without plain digits: ordinals written with digits ("75th",
/// "70e", "1er", "75.", "75-й", "75.º") and numbers written as words, one to twenty and
/// first to twentieth, in English, French, German, Russian and Spanish ("three", "deux",
/// "sixième", "пятое"). A translator's "75th anniversary" had become "70e anniversaire", and
/// neither Enter nor the reports said so: only digits were figures, and "75th" was a word.
///
/// What could be something else is left out, a rare figure missed rather than a false one
/// said: "one", "un", "ein", "uno", "один" (a pronoun or an article as often as a number);
/// "first of all", "en premier lieu", "in erster Linie", "en primer lugar", "в первую
/// очередь"; "Premier ministre", "primer ministro"; "second" and "segundo" but after a
/// determiner (a unit of time); French "second" and "neuf" (new); "a third", "un cinquième"
/// (fractions); "third parties"; German words with a capital ("Acht", "Dritte": nouns); a
/// part of a compound number ("twenty-one", "dix-sept", "vingt et un").
public enum SpelledFigures {
    /// A spelled or ordinal figure: its value and whether it is an ordinal.
    public struct Reading: Equatable, Sendable {
        public var value: Int
        public var isOrdinal: Bool
        public init(value: Int, isOrdinal: Bool) {
            self.value = value
            self.isOrdinal = isOrdinal
        }
    }

    /// The value of an ordinal written as digits and a suffix, as one word: "75th", "1st",
    /// "70e", "75ème", "1er", "1re", "2nde", "75º", "75ª"; nil for any other word ("3d", "5g", "2a").
    public static func digitOrdinal(_ word: String) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, let value = Int(digits) else { return nil }
        let suffix = word.dropFirst(digits.count).lowercased()
        return ordinalSuffixes.contains(suffix) ? value : nil
    }

    static let ordinalSuffixes: Set<String> = [
        "st", "nd", "rd", "th",
        "e", "ème", "eme", "è", "er", "re", "ère", "ere", "nde",
        "º", "ª",
    ]

    /// Whether the scalars after a number make it an ordinal in `language`: German "75."
    /// before a word ("zum 75. Jubiläum"; a day before its month is a date, left out before
    /// this is asked), Russian "75-й", "75-го", "75-е"; Spanish "75.º", "1.ª".
    public static func isOrdinal(after scalars: ArraySlice<Unicode.Scalar>, language: Language) -> Bool {
        var rest = scalars
        guard let first = rest.first else { return false }
        if first == ".", let next = rest.dropFirst().first, next == "º" || next == "ª" { return true }
        if language == .german, first == "." {
            rest = rest.dropFirst()
            guard rest.first == " " || rest.first == "\u{00A0}" else { return false }
            return rest.dropFirst().first?.properties.isAlphabetic == true
        }
        if language == .russian, first == "-" || first == "\u{2011}" || first == "\u{2010}" {
            let ending = String(String.UnicodeScalarView(rest.dropFirst().prefix { $0.properties.isAlphabetic })).lowercased()
            return russianDigitEndings.contains(ending)
        }
        return false
    }

    private static let russianDigitEndings: Set<String> = ["й", "я", "е", "го", "му", "м", "х", "ю", "ми", "ой", "ый", "ий", "ая", "ое", "ого", "ому", "ым", "ых", "ую"]

    /// The figure that the word `tokens[index]` spells in `language`, or nil: see the type's
    /// exclusions. `tokens`: the sentence's words and numbers (no compounds), lower-cased;
    /// `scalars`: the text they index, to tell a part of a hyphenated compound.
    public static func reading(_ tokens: [Token], at index: Int, scalars: [Unicode.Scalar], language: Language) -> Reading? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        let word = token.text
        guard let reading = table(language)[word] else { return nil }
        func text(_ at: Int) -> String? { tokens.indices.contains(at) ? tokens[at].text : nil }
        let previous = text(index - 1), next = text(index + 1)
        // A part of "twenty-one", "dix-sept", "во-вторых".
        let range = token.range
        func isHyphen(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" }
        if range.lowerBound > 0, isHyphen(scalars[range.lowerBound - 1]) { return nil }
        if range.upperBound < scalars.count, isHyphen(scalars[range.upperBound]) { return nil }
        // A part of "twenty one", "vingt et un", "veinte y dos", "three hundred and two".
        func isNumberWord(_ at: Int) -> Bool { text(at).map(isAnyNumberWord) ?? false }
        let joiners: Set<String> = ["et", "y", "and", "und", "и"]
        if !reading.isOrdinal {
            if isNumberWord(index + 1) || isNumberWord(index - 1) { return nil }
            if let next, joiners.contains(next), isNumberWord(index + 2) { return nil }
            if let previous, joiners.contains(previous), isNumberWord(index - 2) { return nil }
        } else if let previous, fractionBefore.contains(previous) || isNumberWord(index - 1) {
            // "a third of", "un cinquième des", "одна пятая": a fraction.
            return nil
        }
        switch language {
        case .english:
            if word == "first", next == "of" && text(index + 2) == "all" || previous == "at" || next == "lady" || next == "and" && text(index + 2) == "foremost" { return nil }
            if word == "second", !(previous.map(determiners.contains) ?? false) || next == nil || ["ago", "later", "of", "or"].contains(next!) { return nil }
            if word == "third", let next, ["party", "parties", "country", "countries", "state", "states", "world"].contains(next) { return nil }
        case .french:
            if word.hasPrefix("premi"), let next, next == "ministre" || next == "lieu" || next == "abord" { return nil }
        case .german:
            // A noun ("Acht", "Elf", "Dritte", "Zweiter Weltkrieg" aside: prefer missing it).
            if token.isCapitalised { return nil }
            if word.hasPrefix("erst"), next == "linie" { return nil }
        case .spanish:
            if word.hasPrefix("prim"), let next, next == "lugar" || next.hasPrefix("ministr") { return nil }
            if word.hasPrefix("segund") || word.hasPrefix("cuart"), !(previous.map(determiners.contains) ?? false) { return nil }
        case .russian:
            if word.hasPrefix("перв"), next == "очередь" { return nil }
        default:
            return nil
        }
        return reading
    }

    /// The value a word spells in `language`, wherever it stands ("deux": 2, "sixth": 6), or
    /// an ordinal written with digits ("75th"): what keeps the compare view from calling
    /// "three" and "deux" the same meaning.
    public static func value(ofWord word: String, language: Language) -> Int? {
        let lowered = word.lowercased()
        return digitOrdinal(lowered) ?? table(language)[lowered]?.value
    }

    /// Whether a word is a number in any of the languages, those left out of the tables
    /// included (`NumberWords`, and what it lacks): what makes "twenty one", "vingt et un",
    /// "two hundred" a compound number.
    private static func isAnyNumberWord(_ word: String) -> Bool {
        NumberWords.contains(word) || otherNumberWords.contains(word) || [english, french, german, spanish, russian].contains { $0[word] != nil }
    }

    /// Number words `NumberWords` does not list (German, Spanish, "un"/"une", sixty to ninety…).
    private static let otherNumberWords: Set<String> = [
        "un", "une", "uno", "una", "ein", "eine", "одно", "hundert", "cien", "ciento", "cientos", "сотни", "сотен",
        "sixty", "seventy", "eighty", "ninety", "soixante", "dreißig", "vierzig", "fünfzig", "treinta", "cuarenta",
        "cincuenta", "сорок", "пятьдесят", "tausend", "mil",
    ]

    /// Words before "second", "segundo", "cuarto" that make it an ordinal ("the second round",
    /// "por segunda vez", "el cuarto paquete"), not a unit of time or a quarter.
    private static let determiners: Set<String> = [
        "the", "its", "his", "her", "their", "our", "this",
        "el", "la", "los", "las", "su", "sus", "por", "del", "al",
    ]

    /// Words before an ordinal that make it a fraction: "a third", "un quart", "одна пятая".
    private static let fractionBefore: Set<String> = ["a", "an", "one", "un", "une", "una", "uno", "ein", "eine", "одна", "одну"]

    private static func table(_ language: Language) -> [String: Reading] {
        switch language {
        case .english: english
        case .french: french
        case .german: german
        case .spanish: spanish
        case .russian: russian
        default: [:]
        }
    }

    /// Words by value, from 1 (a value's forms in one string, split at spaces).
    private static func readings(cardinals: [String], ordinals: [String], firstCardinal: Int = 2) -> [String: Reading] {
        var table: [String: Reading] = [:]
        for (offset, forms) in cardinals.enumerated() {
            for form in forms.split(separator: " ") { table[String(form)] = Reading(value: firstCardinal + offset, isOrdinal: false) }
        }
        for (offset, forms) in ordinals.enumerated() {
            for form in forms.split(separator: " ") { table[String(form)] = Reading(value: 1 + offset, isOrdinal: true) }
        }
        return table
    }

    /// Cardinals from two (one is left out), ordinals from first, each to twenty.
    static let english = readings(
        cardinals: ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"],
        ordinals: ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                   "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                   "twentieth"])

    /// "neuf" (also "new") and "second", "seconde" (also a unit of time) are left out.
    static let french = readings(
        cardinals: ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "", "dix", "onze", "douze", "treize", "quatorze",
                    "quinze", "seize", "", "", "", "vingt"],
        ordinals: ["premier première premiers premières", "deuxième deuxièmes", "troisième troisièmes", "quatrième quatrièmes",
                   "cinquième cinquièmes", "sixième sixièmes", "septième septièmes", "huitième huitièmes", "neuvième neuvièmes",
                   "dixième dixièmes", "onzième onzièmes", "douzième douzièmes", "treizième treizièmes", "quatorzième quatorzièmes",
                   "quinzième quinzièmes", "seizième seizièmes", "", "", "", "vingtième vingtièmes"])

    static let german: [String: Reading] = {
        var table = readings(
            cardinals: ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn",
                        "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"],
            ordinals: [])
        let stems = ["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "elft", "zwölft",
                     "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt", "zwanzigst"]
        for (offset, stem) in stems.enumerated() {
            for ending in ["e", "en", "er", "es", "em"] { table[stem + ending] = Reading(value: 1 + offset, isOrdinal: true) }
        }
        return table
    }()

    /// "uno", "una", "un" are left out; "segundo" and "cuarto" only after a determiner.
    static let spanish = readings(
        cardinals: ["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce",
                    "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"],
        ordinals: ["primer primero primera primeros primeras", "segundo segunda segundos segundas", "tercer tercero tercera terceros terceras",
                   "cuarto cuarta cuartos cuartas", "quinto quinta quintos quintas", "sexto sexta sextos sextas",
                   "séptimo séptima séptimos séptimas", "octavo octava octavos octavas", "noveno novena novenos novenas",
                   "décimo décima décimos décimas", "undécimo undécima", "duodécimo duodécima", "decimotercero decimotercera",
                   "decimocuarto decimocuarta", "decimoquinto decimoquinta", "decimosexto decimosexta", "decimoséptimo decimoséptima",
                   "decimoctavo decimoctava", "decimonoveno decimonovena", "vigésimo vigésima"])

    /// Cardinals in their cases ("семью", also "family", left out); ordinals as a stem and
    /// an adjective's endings.
    static let russian: [String: Reading] = {
        var table = readings(
            cardinals: ["два две двух двум двумя", "три трёх трех трём трем тремя", "четыре четырёх четырех четырём четырем четырьмя",
                        "пять пяти пятью", "шесть шести шестью", "семь семи", "восемь восьми восемью", "девять девяти девятью",
                        "десять десяти десятью", "одиннадцать одиннадцати", "двенадцать двенадцати", "тринадцать тринадцати",
                        "четырнадцать четырнадцати", "пятнадцать пятнадцати", "шестнадцать шестнадцати", "семнадцать семнадцати",
                        "восемнадцать восемнадцати", "девятнадцать девятнадцати", "двадцать двадцати"],
            ordinals: [])
        let hard = ["ый", "ой", "ая", "ое", "ые", "ого", "ому", "ым", "ых", "ую", "ом", "ыми"]
        let stems: [(String, [String])] = [
            ("перв", hard), ("втор", hard),
            ("трет", ["ий", "ья", "ье", "ьи", "ьего", "ьему", "ьим", "ьих", "ью", "ьем", "ьей", "ьими"]),
            ("четвёрт", hard), ("четверт", hard), ("пят", hard), ("шест", hard), ("седьм", hard), ("восьм", hard),
            ("девят", hard), ("десят", hard), ("одиннадцат", hard), ("двенадцат", hard), ("тринадцат", hard),
            ("четырнадцат", hard), ("пятнадцат", hard), ("шестнадцат", hard), ("семнадцат", hard), ("восемнадцат", hard),
            ("девятнадцат", hard), ("двадцат", hard),
        ]
        let values = [1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
        for ((stem, endings), value) in zip(stems, values) {
            for ending in endings { table[stem + ending] = Reading(value: value, isOrdinal: true) }
        }
        return table
    }()
}
