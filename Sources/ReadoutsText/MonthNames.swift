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
}
