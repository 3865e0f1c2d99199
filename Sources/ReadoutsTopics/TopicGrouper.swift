import ReadoutsText

/// Groups what the engine found into topics with stable ids:
///
/// - every lexicon hit is an occurrence of its lexicon topic (id = the lexicon's topic id),
///   linked or not, so a topic found in one version only is reported as one-sided;
/// - a link that shares no lexicon topic joins the automatic topic of its strongest shared
///   key (id "auto:" + key, labelled with the key's surface form); the link's evidence
///   words are that topic's occurrences.
///
/// Ids depend only on the lexicon and the keys, never on the order of discovery, so the
/// topics of a partial analysis keep their ids (and colours) in later ones.
struct TopicGrouper {
    let lexiconTopics: [Lexicon.Topic]
    let labelLanguage: Language
    private(set) var topics: [Analysis.Topic] = []
    private var indexOfTopic: [String: Int] = [:]
    private var seenOccurrences: [String: Set<Analysis.Occurrence>] = [:]

    init(lexiconTopics: [Lexicon.Topic], labelLanguage: Language) {
        self.lexiconTopics = lexiconTopics
        self.labelLanguage = labelLanguage
    }

    mutating func add(_ occurrence: Analysis.Occurrence, topic id: String, label: @autoclosure () -> String, origin: Analysis.Origin) {
        if seenOccurrences[id, default: []].contains(occurrence) { return }
        seenOccurrences[id, default: []].insert(occurrence)
        if let index = indexOfTopic[id] {
            topics[index].occurrences.append(occurrence)
        } else {
            indexOfTopic[id] = topics.count
            topics.append(Analysis.Topic(id: id, label: label(), origin: origin, occurrences: [occurrence]))
        }
    }

    mutating func addHits(_ hits: [LexiconHit], version: Int, prepared: PreparedVersion) {
        for hit in hits {
            let topic = lexiconTopics[Int(hit.topic)]
            let occurrence = Analysis.Occurrence(
                version: version, sentence: Int(hit.sentence), range: EvidenceBuilder.range(of: hit, in: prepared))
            let label = topic.label(for: labelLanguage)
            add(occurrence, topic: topic.id, label: label, origin: .lexicon)
        }
    }

    /// The automatic topic id and label for a key.
    static func automaticTopic(key: String, surface: String?) -> (id: String, label: String) {
        let label = surface.map { word in
            // Keep names ("Genève") and acronyms ("PRC") as written; lower-case the rest.
            let capitalised = word.first?.isUppercase == true
            let acronym = word.count > 1 && word.allSatisfy { $0.isUppercase || $0.isNumber }
            let capitalOnlyFirst = capitalised && !word.dropFirst().contains(where: \.isUppercase)
            return acronym || capitalOnlyFirst ? word : word.lowercased()
        } ?? key
        return ("auto:" + key, label)
    }

    /// Topics sorted for display: lexicon topics first, then by first occurrence.
    var sortedTopics: [Analysis.Topic] {
        topics.map { topic in
            var sorted = topic
            sorted.occurrences.sort { ($0.version, $0.range.lowerBound) < ($1.version, $1.range.lowerBound) }
            return sorted
        }
    }
}
