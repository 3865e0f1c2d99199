/// Month names and their abbreviations, lower-case, in the languages the text pipeline reads
/// (French, Russian, Spanish and German ones as a date writes them: "13 janvier", "5 сентября", "7
/// окт", "13 de enero", "9. November"): what
/// a dateline (`SentenceSplitter.isDateline`) and a date ending a topic's name are told by,
/// and what a changed date is said by ("13 June" against "15 juin").
public enum MonthNames {
    /// Per month, January first, its names and abbreviations in every language read. Spanish
    /// ("14 de marzo"): not "ago" (agosto), an English word. German ("9. November", "24.
    /// Februar"; Austria's "Jänner"): those not written as in the others.
    private static let months: [[String]] = [
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

    /// A month's number, 1 to 12, by its name or abbreviation, lower-case (nil: no month):
    /// "june", "juin", "июня", "junio" and "jun" are all 6.
    public static func number(of name: String) -> Int? { numbers[name] }

    private static let numbers: [String: Int] = {
        var numbers: [String: Int] = [:]
        for (index, names) in months.enumerated() { for name in names { numbers[name] = index + 1 } }
        return numbers
    }()

    /// Every name and abbreviation.
    public static let all: Set<String> = Set(numbers.keys)
}
