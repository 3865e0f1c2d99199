import Foundation
import ReadoutsText

/// Places written differently by different sides, languages and years, for the text
/// search: `/Kyiv` finds "Kiev", `/Kharkov` "Kharkiv", `/Odessa` "Odesa", `/Russia` "Russie"
/// and "России". Accounts of one
/// event spell these as their side does (the Kremlin's English writes "Kiev" and "Donbass",
/// the White House "Kyiv" and "Donbas"; a French agency "Kiev", an older readout "Peking"),
/// and a search for one spelling that said "no match" told a reader the place was never
/// named. Only a whole pattern that is one of these spellings (case and accents aside)
/// finds the others; a word of a longer pattern does not. The Cyrillic spellings are found
/// as written (their declined forms begin with them: "Киеве", "Харькова").
enum PlaceSpellings {
    /// Each place's spellings in the Latin and Cyrillic alphabets.
    static let groups: [[String]] = [
        ["Kyiv", "Kiev", "Kiew", "Kijów", "Kyjiw", "Киев", "Київ"],
        ["Kharkiv", "Kharkov", "Charkiw", "Харьков", "Харків"],
        ["Odesa", "Odessa", "Одесса", "Одеса"],
        ["Lviv", "Lvov", "Lwów", "Lemberg", "Львов", "Львів"],
        ["Mykolaiv", "Nikolaev", "Nikolayev", "Mykolajiw", "Николаев", "Миколаїв"],
        ["Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporijia", "Saporischschja", "Запорожье", "Запоріжжя"],
        ["Luhansk", "Lugansk", "Louhansk", "Луганск", "Луганськ"],
        ["Chernihiv", "Chernigov", "Tchernihiv", "Tschernihiw", "Чернигов", "Чернігів"],
        ["Chornobyl", "Chernobyl", "Tchernobyl", "Tschernobyl", "Czarnobyl", "Чернобыль", "Чорнобиль"],
        ["Bakhmut", "Artemovsk", "Artyomovsk", "Бахмут", "Артёмовск", "Артемовск"],
        ["Donbas", "Donbass", "Донбасс", "Донбас"],
        ["Sevastopol", "Sébastopol", "Sewastopol", "Севастополь"],
        ["Belarus", "Byelorussia", "Belorussia", "Biélorussie", "Weißrussland", "Беларусь", "Белоруссия"],
        ["Moldova", "Moldavia", "Moldavie", "Молдова", "Молдавия"],
        ["Kyrgyzstan", "Kirghizia", "Kirghizstan", "Kirgisistan", "Киргизия", "Кыргызстан"],
        ["Almaty", "Alma-Ata", "Алматы", "Алма-Ата"],
        ["Astana", "Nur-Sultan", "Астана", "Нур-Султан"],
        ["Ashgabat", "Ashkhabad", "Achgabat", "Ашхабад"],
        ["Beijing", "Peking", "Pékin", "Пекин"],
        ["Myanmar", "Burma", "Birmanie", "Мьянма", "Бирма"],
        ["Mumbai", "Bombay", "Мумбаи", "Бомбей"],
        ["Türkiye", "Turkey", "Turquie", "Türkei", "Турция"],
        // Countries and capitals as each language names them: a journalist's `*Russia` found
        // the Kremlin's "Russia" and not the Élysée's "Russie". A Cyrillic name whose
        // declined forms change its ending is given by its stem too ("Росси": "России",
        // "Российской Федерации").
        ["Russia", "Russie", "Russland", "Rusia", "Россия", "Росси"],
        ["Ukraine", "Ucrania", "Украина", "Украин", "Україна", "Україн"],
        ["China", "Chine", "Китай", "Кита"],
        ["United States", "USA", "États-Unis", "Etats-Unis", "Vereinigte Staaten", "Vereinigten Staaten", "Estados Unidos", "США"],
        ["United Kingdom", "Britain", "Great Britain", "Royaume-Uni", "Grande-Bretagne", "Großbritannien",
         "Vereinigtes Königreich", "Reino Unido", "Великобритания", "Великобритани"],
        ["Germany", "Allemagne", "Deutschland", "Alemania", "Германия", "Германи"],
        ["France", "Frankreich", "Francia", "Франция", "Франци"],
        ["Japan", "Japon", "Japón", "Япония", "Япони"],
        ["India", "Inde", "Indien", "Индия", "Инди"],
        ["Iran", "Иран"],
        ["Israel", "Israël", "Израиль", "Израил"],
        ["Syria", "Syrie", "Syrien", "Siria", "Сирия", "Сири"],
        ["Poland", "Pologne", "Polen", "Polonia", "Польша", "Польш"],
        ["Georgia", "Géorgie", "Georgien", "Грузия", "Грузи"],
        ["Armenia", "Arménie", "Armenien", "Армения", "Армени"],
        ["Azerbaijan", "Azerbaïdjan", "Aserbaidschan", "Azerbaiyán", "Азербайджан"],
        ["Kazakhstan", "Kasachstan", "Kazajistán", "Казахстан"],
        ["Canada", "Kanada", "Канада", "Канад"],
        ["Italy", "Italie", "Italien", "Italia", "Италия", "Итали"],
        ["Spain", "Espagne", "Spanien", "España", "Испания", "Испани"],
        ["Brazil", "Brésil", "Brasilien", "Brasil", "Бразилия", "Бразили"],
        ["Finland", "Finlande", "Finnland", "Finlandia", "Финляндия", "Финлянди"],
        ["Egypt", "Égypte", "Ägypten", "Egipto", "Египет", "Египт"],
        ["North Korea", "DPRK", "Corée du Nord", "RPDC", "Nordkorea", "Corea del Norte", "КНДР", "Северная Корея"],
        ["South Korea", "Republic of Korea", "Corée du Sud", "Südkorea", "Corea del Sur", "Южная Корея"],
        ["Saudi Arabia", "Arabie saoudite", "Saudi-Arabien", "Arabia Saudí", "Саудовская Аравия"],
        ["Crimea", "Crimée", "Krim", "Крым"],
        ["Moscow", "Moscou", "Moskau", "Moscú", "Москва", "Москв"],
        ["Washington", "Вашингтон"],
        ["London", "Londres", "Лондон"],
        ["Paris", "Париж"],
        ["Berlin", "Берлин"],
        ["Tokyo", "Tokio", "Токио"],
        ["Geneva", "Genève", "Genf", "Ginebra", "Женева", "Женев"],
        ["Brussels", "Bruxelles", "Brüssel", "Bruselas", "Брюссель"],
    ]

    /// The other spellings of the place `pattern` spells, each once; none when it spells none.
    static func others(of pattern: String) -> [String] {
        let trimmed = pattern.trimmingCharacters(in: .whitespaces)
        // A Cyrillic name in lower case is searched as typed (`сирия` finds "сирия" only),
        // as `SpellingMatcher` reads it.
        if let first = trimmed.unicodeScalars.first, CyrillicScript.contains(first), !first.properties.isUppercase { return [] }
        let key = Self.key(trimmed)
        guard let group = byKey[key] else { return [] }
        var seen: Set<String> = [key]
        return group.filter { seen.insert(Self.key($0)).inserted }
    }

    /// Case and accents aside, each alphabet as itself (`Folding.fold` would read "Киев"
    /// as "kiev", one key for two spellings to search).
    private static func key(_ spelling: String) -> String {
        spelling.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private static let byKey: [String: [String]] = {
        var table: [String: [String]] = [:]
        for group in groups { for spelling in group where table[key(spelling)] == nil { table[key(spelling)] = group } }
        return table
    }()
}
