import ReadoutsText
import ReadoutsTopics

/// The shipped lexicon's topic names in every language (`Lexicon.Topic.labels`), for the
/// two places a reader types one: the topic list's filter (`nato` finds "OTAN") and the
/// text search (`/NATO` finds "OTAN" in a French version, `Geneva` "Genève", `Genf`
/// "Geneva"). A student searched the French readouts for "NATO", read "no match", and
/// concluded the subject was never raised (the Kremlin's "l'OTAN" is there). Only a whole
/// name the lexicon gives, never a word of one, and never a topic's aliases.
enum ShippedTopicNames {
    /// The shipped lexicon's identity, computed once (a hash of the lexicon), to tell an
    /// analysis linked with it (`Analysis.lexicons`).
    static let identity = Lexicon.international.identity

    /// Topic `id`'s names in the other languages, each once, not `shownAs`.
    static func otherNames(of id: String, shownAs label: String) -> [String] {
        (byID[id] ?? []).filter { $0 != label }
    }

    /// The name in `language` of the topic `pattern` names (case and accents aside), when it
    /// is not the pattern itself; none when it names no topic.
    static func names(for pattern: String, in language: Language) -> [String] {
        let key = Self.key(pattern.trimmingCharacters(in: .whitespaces))
        guard key.count >= 2, let labels = byName[key], let name = labels[language.rawValue] else { return [] }
        return Self.key(name) == key ? [] : [name]
    }

    private static func key(_ name: String) -> String { Folding.fold(name).lowercased() }

    /// Each topic's names, each once, in the order of their languages' codes.
    private static let byID: [String: [String]] = Dictionary(
        Lexicon.international.topics.map { topic in (topic.id, topic.labels.keys.sorted().compactMap { topic.labels[$0] }.uniqued()) },
        uniquingKeysWith: { first, _ in first })

    /// Each topic's names by language code, under each of its names (folded, lower case).
    private static let byName: [String: [String: String]] = {
        var table: [String: [String: String]] = [:]
        for topic in Lexicon.international.topics {
            for name in topic.labels.values where !name.isEmpty && table[key(name)] == nil { table[key(name)] = topic.labels }
        }
        return table
    }()
}
