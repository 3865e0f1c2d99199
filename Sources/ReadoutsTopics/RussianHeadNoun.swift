/// The nominative of a Russian label's first word, where its ending tells the case without
/// doubt. A label is a phrase as the text writes it, and Russian mostly writes a subject in
/// an oblique case ("о стабилизации", "в сфере безопасности", "развитие сотрудничества"):
/// "стабилизации" alone reads as a torn-out fragment, "стабилизация" names the subject. A
/// Russian noun phrase starts with its head, whose complements stay as they are
/// ("стабилизации обстановки" → "стабилизация обстановки"), so only the first word changes,
/// and only when it is a common noun of a family whose endings are unambiguous (-ция, -сия,
/// -ость, -ение, -ование, -ство); an adjective, a name ("Армении") or any other word is left
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
    ]

    /// `label` with its first word in the nominative where that is sure.
    static func nominative(_ label: String) -> String {
        let first = label.prefix { !$0.isWhitespace }
        guard first.count >= 6, first.allSatisfy({ $0.isLetter && $0.isLowercase }) else { return label }
        for (oblique, nominative) in endings where first.hasSuffix(oblique) {
            return String(first.dropLast(oblique.count)) + nominative + label.dropFirst(first.count)
        }
        return label
    }
}
