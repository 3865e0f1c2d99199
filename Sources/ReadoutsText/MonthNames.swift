/// Month names and their abbreviations, lower-case, in the languages the text pipeline reads
/// (French, Russian, Spanish and German ones as a date writes them: "13 janvier", "5 сентября", "7
/// окт", "13 de enero", "9. November"): what
/// a dateline (`SentenceSplitter.isDateline`) and a date ending a topic's name are told by.
public enum MonthNames {
    public static let all: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre", "janv", "févr", "fév", "avr", "juil", "déc",
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
        "декабря", "янв", "фев", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек",
        // Spanish ("14 de marzo"); not "ago" (agosto), an English word.
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
        "noviembre", "diciembre", "ene", "abr", "dic",
        // German ("9. November", "24. Februar"; Austria's "Jänner"), those not written as above.
        "januar", "jänner", "februar", "märz", "juni", "juli", "oktober", "dezember", "okt", "dez",
    ]

    /// A month's number, 1 to 12, by its name or abbreviation, lower-case (nil: no month):
    /// "june", "juin", "июня", "junio" and "jun" are all 6. A changed date is said by it
    /// ("13 June" against "15 juin").
    public static func number(of name: String) -> Int? { numbers[name] }

    private static let numbers: [String: Int] = {
        let months: [[String]] = [
            ["january", "jan", "janvier", "janv", "января", "янв", "enero", "ene", "januar", "jänner"],
            ["february", "feb", "février", "févr", "fév", "февраля", "фев", "febrero", "februar"],
            ["march", "mar", "mars", "марта", "мар", "marzo", "märz"],
            ["april", "apr", "avril", "avr", "апреля", "апр", "abril", "abr"],
            ["may", "mai", "мая", "mayo"],
            ["june", "jun", "juin", "июня", "июн", "junio", "juni"],
            ["july", "jul", "juillet", "juil", "июля", "июл", "julio", "juli"],
            ["august", "aug", "août", "августа", "авг", "agosto"],
            ["september", "sep", "sept", "septembre", "сентября", "сен", "сент", "septiembre", "setiembre"],
            ["october", "oct", "octobre", "октября", "окт", "octubre", "oktober", "okt"],
            ["november", "nov", "novembre", "ноября", "ноя", "нояб", "noviembre"],
            ["december", "dec", "décembre", "déc", "декабря", "дек", "diciembre", "dic", "dezember", "dez"],
        ]
        var numbers: [String: Int] = [:]
        for (index, names) in months.enumerated() { for name in names { numbers[name] = index + 1 } }
        return numbers
    }()
}
