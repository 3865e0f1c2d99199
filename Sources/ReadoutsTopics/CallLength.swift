import ReadoutsText

/// Sentences that say how long the call lasted ("The call lasted approximately 1 hour",
/// "The conversation lasted about an hour, 50 minutes to be exact", « L’entretien a duré
/// une heure », "Разговор продолжался около часа"). Linked, they share the call's length, not
/// a subject, and the namer named them by what stood around the figure, the units being no
/// label's words: "exact", "interested" (of "If you're interested, this conversation this
/// time lasted about 1 hour and 10 minutes"). Their topic is "length of the call".
enum CallLength {
    /// The name of a topic whose every passage tells how long the call lasted, per label language.
    static func label(_ language: Language) -> String {
        switch language {
        case .french: "durée de l’entretien"
        case .russian: "продолжительность разговора"
        case .german: "Dauer des Gesprächs"
        case .spanish: "duración de la conversación"
        default: "length of the call"
        }
    }

    /// Words that say something lasted, any language read ("last" alone is also "last week",
    /// "lasting" a lasting peace, "durant" the French "during").
    private static let lasting: Set<String> = [
        "lasted", "lasts", "duration",
        "duré", "durée", "durait",
        "длился", "длилась", "длилось", "продолжался", "продолжалась", "продолжалось", "продолжительность",
        "dauerte", "dauerten", "dauert", "dauer",
        "duró", "duraron", "duración",
    ]

    /// The beginnings of the words for an hour and a minute ("часа", "минут", "Stunden").
    private static let units = ["hour", "minute", "heure", "час", "минут", "stunde", "hora", "minuto"]

    /// Whether `text` says how long something lasted: a word of lasting and a unit of time.
    static func isTold(in text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        func isUnit(_ word: Substring) -> Bool { units.contains { word.hasPrefix($0) } }
        // "Lasting" tells a length only just before its unit: "…quite long, lasting 2 hours
        // and 5 minutes" (a translator's call was named "quite long"), not "a lasting peace".
        if let at = words.firstIndex(of: "lasting"), words[(at + 1)...].prefix(3).contains(where: isUnit) { return true }
        guard words.contains(where: { lasting.contains(String($0)) }) else { return false }
        return words.contains(where: isUnit)
    }
}
