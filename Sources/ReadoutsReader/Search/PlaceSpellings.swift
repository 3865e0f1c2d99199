import Foundation
import ReadoutsText

/// Places written differently by different sides and in different years, for the text
/// search: `/Kyiv` finds "Kiev", `/Kharkov` "Kharkiv", `/Odessa` "Odesa". Accounts of one
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
    ]

    /// The other spellings of the place `pattern` spells, each once; none when it spells none.
    static func others(of pattern: String) -> [String] {
        let key = Self.key(pattern.trimmingCharacters(in: .whitespaces))
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
