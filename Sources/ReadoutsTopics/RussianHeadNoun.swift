/// The nominative of a Russian label's head, where its ending tells the case without doubt.
/// A label is a phrase as the text writes it, and Russian mostly writes a subject in an
/// oblique case ("о стабилизации", "в сфере безопасности", "развитие сотрудничества"):
/// "стабилизации" alone reads as a torn-out fragment, "стабилизация" names the subject. A
/// Russian noun phrase starts with its head, or with one or two adjectives and then its head,
/// whose complements stay as they are ("стабилизации обстановки" → "стабилизация
/// обстановки"), so only the head changes, with the adjectives before it, which agree
/// ("стратегического партнерства" → "стратегическое партнерство"); and only when the head is
/// a common noun of a family whose endings are unambiguous (-ция, -сия, -ость, -ение,
/// -ование, -ство, -стка, -жка, -вка, -здка ("поездку"), and a few irregular heads such as «день»), its gender
/// told by the family. Any other word, a name ("Армении") or a head of another family
/// ("российской экономики") leaves the label as written, and so does "-ения", as often a
/// plural ("отношения") as an oblique case.
enum RussianHeadNoun {
    /// Oblique endings and their nominative, longest first within a family.
    static let endings: [(oblique: String, nominative: String)] = [
        ("цией", "ция"), ("ции", "ция"), ("цию", "ция"),
        ("сией", "сия"), ("сии", "сия"), ("сию", "сия"),
        ("остью", "ость"), ("ости", "ость"),
        ("ением", "ение"), ("ению", "ение"), ("ении", "ение"),
        ("ованием", "ование"), ("ования", "ование"), ("ованию", "ование"), ("овании", "ование"),
        ("ством", "ство"), ("ства", "ство"), ("ству", "ство"), ("стве", "ство"),
        // Feminine nouns in -ка after -ст-, -ж-, -в- ("повестке дня", "поддержки", "обстановку"):
        // the masculine nouns in -к that would share these endings are few and short.
        // Not -ки, as often a plural ("поставки оружия") as an oblique case.
        ("сткой", "стка"), ("стке", "стка"), ("стку", "стка"),
        ("жкой", "жка"), ("жке", "жка"), ("жку", "жка"),
        ("вкой", "вка"), ("вке", "вка"), ("вку", "вка"),
        ("здкой", "здка"), ("здке", "здка"), ("здку", "здка"),
    ]

    /// Common heads whose oblique forms no ending rule reaches ("с днём рождения").
    static let irregular: [String: String] = ["днем": "день", "днём": "день", "дня": "день", "дню": "день"]

    /// `label` with its head in the nominative where that is sure: its first word, or the
    /// noun after one or two adjectives, which then agree with it ("стратегического
    /// партнерства" → "стратегическое партнерство", "Шанхайской организации" → "Шанхайская
    /// организация"). An adjective before a head whose case is not sure stays as written.
    static func nominative(_ label: String) -> String {
        var words = label.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        // A lone word of an irregular head is no phrase's head ("дня" of "повестка дня").
        guard words.count >= 2 || irregular[label] == nil else { return label }
        // A first word that is a head of a sure family is the head ("поддержкой Украины"),
        // whatever its ending shares with an adjective's.
        var head = 0
        while head < min(2, words.count - 1), headNominative(words[head]) == nil, isAdjective(words[head]) { head += 1 }
        guard let (nominative, gender) = headNominative(words[head]) else { return label }
        for index in 0..<head {
            guard let agreed = adjectiveNominative(words[index], gender: gender) else { return label }
            words[index] = agreed
        }
        words[head] = nominative
        return words.joined(separator: " ")
    }

    enum Gender { case feminine, neuter, masculine }

    /// A head noun's nominative and gender, where its ending tells them without doubt.
    private static func headNominative(_ word: String) -> (String, Gender)? {
        if let head = irregular[word] { return (head, .masculine) }
        guard word.count >= 6, word.allSatisfy({ $0.isLetter && $0.isLowercase }) else { return nil }
        for (oblique, nominative) in endings where word.hasSuffix(oblique) {
            let gender: Gender = nominative.hasSuffix("е") || nominative.hasSuffix("о") ? .neuter : .feminine
            return (String(word.dropLast(oblique.count)) + nominative, gender)
        }
        return nil
    }

    /// Singular oblique endings of adjectives that nouns do not share, and their nominative
    /// per gender (feminine, neuter), longest first: "-ской" → "-ская", "-ьной" → "-ьная",
    /// "-шей" → "-шая", "-ного" → "-ное". Not "-ой", "-ной", "-вой", "-кой", "-чей", "-ом",
    /// "-ном", which nouns share ("страной", "причиной", "основой", "политикой", "задачей",
    /// "законом", "регионом").
    private static let adjectiveEndings: [(oblique: String, feminine: String?, neuter: String?)] = [
        ("ской", "ская", nil), ("цкой", "цкая", nil), ("ьной", "ьная", nil), ("шей", "шая", nil), ("щей", "щая", nil),
        ("скую", "ская", nil), ("ьную", "ьная", nil),
        ("шего", nil, "шее"), ("щего", nil, "щее"), ("шему", nil, "шее"), ("щему", nil, "щее"),
        ("ского", nil, "ское"), ("скому", nil, "ское"), ("ного", nil, "ное"), ("ному", nil, "ное"),
        ("ском", nil, "ское"), ("ским", nil, "ское"),
    ]

    /// Pronouns and nouns of six letters or more with an ending of `adjectiveEndings`.
    private static let notAdjectives: Set<String> = [
        "нашего", "вашего", "своего", "нашему", "вашему", "своему", "другого", "другому", "каждого", "каждому",
        "самого", "самому", "одного", "одному", "овощей",
    ]

    private static func ending(of word: String) -> (oblique: String, feminine: String?, neuter: String?)? {
        guard word.count >= 6, word.allSatisfy(\.isLetter), word.dropFirst().allSatisfy(\.isLowercase),
              !notAdjectives.contains(word.lowercased()),
              let ending = adjectiveEndings.first(where: { word.hasSuffix($0.oblique) }) else { return nil }
        // A capital: a name's adjective in -ский ("Шанхайской"); any other is a name ("Москвой").
        let isCapitalised = word.first?.isUppercase ?? false
        return !isCapitalised || ending.oblique.hasPrefix("ск") || ending.oblique.hasPrefix("цк") ? ending : nil
    }

    /// Whether a word is an adjective in a singular oblique case: six letters or more,
    /// lowercase or a name's ("Шанхайской").
    private static func isAdjective(_ word: String) -> Bool { ending(of: word) != nil }

    /// An adjective's nominative in `gender`; nil when its ending is not one of that gender's.
    private static func adjectiveNominative(_ word: String, gender: Gender) -> String? {
        guard let ending = ending(of: word) else { return nil }
        let nominative = gender == .feminine ? ending.feminine : gender == .neuter ? ending.neuter : nil
        return nominative.map { String(word.dropLast(ending.oblique.count)) + $0 }
    }
}
