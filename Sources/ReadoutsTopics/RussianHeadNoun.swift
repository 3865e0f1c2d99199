/// The nominative of a Russian label's first word, where its ending tells the case without
/// doubt. A label is a phrase as the text writes it, and Russian mostly writes a subject in
/// an oblique case ("о стабилизации", "в сфере безопасности", "развитие сотрудничества"):
/// "стабилизации" alone reads as a torn-out fragment, "стабилизация" names the subject. A
/// Russian noun phrase starts with its head, whose complements stay as they are
/// ("стабилизации обстановки" → "стабилизация обстановки"), so only the first word changes,
/// and only when it is a common noun of a family whose endings are unambiguous (-ция, -сия,
/// -ость, -ение, -ование, -ство, -стка, -жка, -вка, and a few irregular heads such as «день»);
/// an adjective, a name ("Армении") or any other word is left
/// as written, and so is "-ения", as often a plural ("отношения") as an oblique case.
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
    ]

    /// Common heads whose oblique forms no ending rule reaches ("с днём рождения").
    static let irregular: [String: String] = ["днем": "день", "днём": "день", "дня": "день", "дню": "день"]

    /// `label` with its first word in the nominative where that is sure.
    static func nominative(_ label: String) -> String {
        let first = label.prefix { !$0.isWhitespace }
        if let head = irregular[String(first)], label.count > first.count { return head + label.dropFirst(first.count) }
        guard first.count >= 6, first.allSatisfy({ $0.isLetter && $0.isLowercase }) else { return label }
        for (oblique, nominative) in endings where first.hasSuffix(oblique) {
            return String(first.dropLast(oblique.count)) + nominative + label.dropFirst(first.count)
        }
        return label
    }
}
