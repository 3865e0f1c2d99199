import ReadoutsText

/// Groups what the engine found into topics with stable ids:
///
/// - every lexicon hit is an occurrence of its lexicon topic (id = the lexicon's topic id),
///   linked or not, so a topic found in one version only is reported as one-sided;
/// - a link that shares no lexicon topic joins the automatic topic of its strongest shared
///   key (id "auto:" + key, labelled with the key's surface form); the link's evidence
///   words are that topic's occurrences;
/// - a passage only one version has (`OneSidedPassages`, after every link) is a topic of
///   its own (id "auto:only-" + its weightiest key no other passage took).
///
/// Ids depend only on the lexicon and the keys, never on the order of discovery (but for
/// passages, found once, in the complete analysis alone), so the topics of a partial
/// analysis keep their ids (and colours) in later ones.
///
/// Occurrences are appended as they come, repeats included, and sorted and made unique
/// when the topics are read: a set per topic to turn repeats away costs more than the few
/// repeats do.
struct TopicGrouper {
    let lexiconTopics: [Lexicon.Topic]
    let labelLanguage: Language
    private var topics: [Analysis.Topic] = []
    private var indexOfTopic: [String: Int] = [:]
    /// How many occurrences each topic had when last sorted: topics with none since are not
    /// sorted again (which would also copy the arrays the last analysis shares).
    private var sortedCounts: [Int] = []

    init(lexiconTopics: [Lexicon.Topic], labelLanguage: Language) {
        self.lexiconTopics = lexiconTopics
        self.labelLanguage = labelLanguage
    }

    mutating func add(_ occurrence: Analysis.Occurrence, topic id: String, label: @autoclosure () -> String, origin: Analysis.Origin) {
        if let index = indexOfTopic[id] {
            topics[index].occurrences.append(occurrence)
        } else {
            indexOfTopic[id] = topics.count
            topics.append(Analysis.Topic(id: id, label: label(), origin: origin, occurrences: [occurrence]))
            sortedCounts.append(0)
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

    /// The id and provisional label (the naming step gives the final one) of a one-sided
    /// passage named after `key`: apart from the automatic topics of links and names, so
    /// that no word occurrence found later joins it.
    static func passageTopic(key: String, surface: String?) -> (id: String, label: String) {
        let (id, label) = automaticTopic(key: key, surface: surface)
        return (passagePrefix + id.dropFirst("auto:".count), label)
    }

    /// The start of a one-sided passage's topic id (`passageTopic`, `Analysis.Topic.isPassage`).
    static let passagePrefix = "auto:only-"

    /// The automatic topic id and label for a key.
    static func automaticTopic(key: String, surface: String?) -> (id: String, label: String) {
        let label = surface.map { word in
            // Keep names ("Genève") and acronyms ("PRC") as written; lower-case the rest.
            let capitalised = word.first?.isUppercase == true
            let acronym = word.count > 1 && word.allSatisfy { $0.isUppercase || $0.isNumber }
            let capitalOnlyFirst = capitalised && !word.dropFirst().contains(where: \.isUppercase)
            return acronym || capitalOnlyFirst ? word : word.lowercased()
        } ?? key
        return ("auto:" + key, DisplayLabel.normalised(label))
    }

    /// Topics for display: lexicon topics first, then by first occurrence; the occurrences of
    /// each in order of version and offset, once each (as if repeats had never been added).
    mutating func sortedTopics() -> [Analysis.Topic] {
        for index in topics.indices where topics[index].occurrences.count != sortedCounts[index] {
            topics[index].occurrences = Self.sortedUnique(topics[index].occurrences)
            sortedCounts[index] = topics[index].occurrences.count
        }
        return topics
    }

    /// Sorted stably by version and start offset, without the occurrences equal to an earlier
    /// one (equal occurrences have the same version and start, so only the run sharing both
    /// is searched), in a new array: the old one has room for the growth it is done with.
    private static func sortedUnique(_ occurrences: [Analysis.Occurrence]) -> [Analysis.Occurrence] {
        let sorted = occurrences.sorted { ($0.version, $0.range.lowerBound) < ($1.version, $1.range.lowerBound) }
        var unique: [Analysis.Occurrence] = []
        unique.reserveCapacity(sorted.count)
        var runStart = 0
        for occurrence in sorted {
            if runStart < unique.count, (unique[runStart].version, unique[runStart].range.lowerBound)
                != (occurrence.version, occurrence.range.lowerBound) {
                runStart = unique.count
            }
            if !unique[runStart...].contains(occurrence) { unique.append(occurrence) }
        }
        unique.settleByMeaning()
        return unique
    }
}
