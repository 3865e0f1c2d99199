import ReadoutsText
import ReadoutsTopics

/// A search for a shipped lexicon topic's name in one language also finds its name in the
/// language of the pane searched: `/NATO` finds "OTAN" in a French version, `Geneva`
/// "Genève", `Genf` "Geneva". A student searched the French readouts for "NATO", read "no
/// match", and concluded the subject was never raised (the Kremlin's "l'OTAN" is there).
/// Only a whole name the lexicon gives (its labels, `Lexicon.Topic.labels`), never a word
/// of one, and only the name of that language: no topic's aliases widen a search.
enum TopicNameReading {
    /// The names of the topic `pattern` names (case and accents aside) in `language`, other
    /// than the pattern itself; none when it names no topic.
    static func names(for pattern: String, in language: Language) -> [String] {
        let key = Folding.fold(pattern.trimmingCharacters(in: .whitespaces)).lowercased()
        guard key.count >= 2, let labels = byName[key], let name = labels[language.rawValue] else { return [] }
        return Folding.fold(name).lowercased() == key ? [] : [name]
    }

    /// The shipped lexicon's topics by each of their names (folded, lower case): the topic's
    /// names by language code.
    private static let byName: [String: [String: String]] = {
        var table: [String: [String: String]] = [:]
        for topic in Lexicon.international.topics {
            for name in topic.labels.values where !name.isEmpty {
                let key = Folding.fold(name).lowercased()
                if table[key] == nil { table[key] = topic.labels }
            }
        }
        return table
    }()
}
