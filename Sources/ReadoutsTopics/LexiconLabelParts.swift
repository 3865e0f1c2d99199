import ReadoutsText

/// Names a lexicon topic of several subjects ("Chine et Indo-Pacifique", "sanctions and
/// economic measures") by those of its subjects the versions' words named: an analyst read
/// "Chine et Indo-Pacifique — only in Élysée" of a passage on the Indo-Pacific alone, and
/// "technologies et intelligence artificielle" where no one spoke of AI.
///
/// A label is split at its commas and conjunctions into parts, in every language the lexicon
/// labels the topic in; the parts answer each other by position where a language has as many
/// as the label language. Each alias matched in a version's text (not a passage given the
/// topic by meaning) is given to the parts of its language's label whose words it shares;
/// when every alias matched is given to some part, the topic is named by the parts that got
/// one, in the label language. An alias that names no part ("Pékin", "forces russes") keeps
/// the whole label, as does a topic every part of which was named. A place's alias that
/// holds a part's name among more words ("South China Sea") names the topic alone: a
/// researcher read "China — only in White House" of a passage on the South China Sea, beside
/// China's own account.
struct LexiconLabelParts {
    let labelLanguage: Language
    private var normalisers: [Language: Normaliser] = [:]

    init(labelLanguage: Language) {
        self.labelLanguage = labelLanguage
    }

    /// The conjunctions a label's parts are joined by, per language.
    static func conjunction(_ language: Language) -> String {
        switch language {
        case .french: "et"
        case .russian: "и"
        case .german: "und"
        case .spanish: "y"
        default: "and"
        }
    }

    /// The parts of `label`: split at commas and at " and ", " et ", " и ", " und ", " y ", " e "
    /// (Spanish "y" before an "i" sound: "China e Indopacífico"), " & "; an English part's
    /// leading "the" is dropped ("the Indo-Pacific" alone is "Indo-Pacific").
    static func parts(of label: String) -> [String] {
        var parts = [label]
        for separator in [", ", " and ", " et ", " и ", " und ", " y ", " e ", " & "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { part in
            let trimmed = part.trimmingSpaces
            return trimmed.hasPrefix("the ") ? String(trimmed.dropFirst(4)) : trimmed
        }.filter { !$0.isEmpty }
    }

    /// `parts` joined as a label: "A", "A et B", "A, B et C".
    static func joined(_ parts: [String], language: Language) -> String {
        var conjunction = " \(Self.conjunction(language)) "
        // Spanish "y" is "e" before an "i" sound ("tecnología e inteligencia artificial"), not "hie".
        if language == .spanish, let last = parts.last?.lowercased(),
           ["i", "í", "hi", "hí"].contains(where: last.hasPrefix), !last.hasPrefix("hie"), !last.hasPrefix("hia") {
            conjunction = " e "
        }
        guard parts.count > 2 else { return parts.joined(separator: conjunction) }
        return parts.dropLast().joined(separator: ", ") + conjunction + parts[parts.count - 1]
    }

    private mutating func normaliser(_ language: Language) -> Normaliser {
        if let normaliser = normalisers[language] { return normaliser }
        let normaliser = Normaliser(language: language)
        normalisers[language] = normaliser
        return normaliser
    }

    /// Whether two normalised words are one: the same key, or the same six-letter prefix
    /// ("ukrain" for "ukrainienne" and "Ukraine").
    private static func same(_ a: NormalisedWord, _ b: NormalisedWord) -> Bool {
        a.key == b.key || (a.key2 != nil && a.key2 == b.key2)
    }

    /// The name of `lexiconTopic` from the parts its matched aliases named, or nil to keep its
    /// label. `aliases`: the texts its occurrences matched (lower-cased), each with the
    /// language of the version it was matched in, read lazily: the first alias of no part, or
    /// the one that names the last part, ends the reading (a topic's thousands of occurrences
    /// in a long version are not all read for each partial analysis).
    mutating func narrowed(_ lexiconTopic: Lexicon.Topic, aliases: some Sequence<(text: String, language: Language)>) -> String? {
        let shown = Self.parts(of: lexiconTopic.label(for: labelLanguage))
        guard shown.count > 1 else { return nil }
        // Each language's parts, as normalised words, where that language has as many.
        var partWords: [Language: [[NormalisedWord]]] = [:]
        var named = Set<Int>()
        var seen = Set<String>()
        // A place's alias that holds a part's name and more words names another place
        // ("South China Sea" is no "China"): the topic is named by it when it is the only
        // alias matched, in the label's language; else the whole label is kept. (Aliases are
        // read once each: a second one here is another alias.)
        var place: String?
        for (text, language) in aliases where seen.insert(language.rawValue + "\u{0}" + text).inserted {
            if partWords[language] == nil {
                let label = language == labelLanguage ? lexiconTopic.label(for: labelLanguage) : lexiconTopic.labels[language.rawValue]
                let parts = label.map(Self.parts(of:)) ?? []
                let normaliser = normaliser(language)
                partWords[language] = parts.count == shown.count ? parts.map { normaliser.normalise(phrase: $0) } : []
            }
            let words = normaliser(language).normalise(phrase: text)
            let parts = partWords[language] ?? []
            let hits = parts.indices.filter { index in parts[index].contains { part in words.contains { Self.same(part, $0) } } }
            guard !hits.isEmpty else { return nil }
            if lexiconTopic.isPlace, hits.allSatisfy({ words.count > parts[$0].count }) {
                guard language == labelLanguage, named.isEmpty, place == nil,
                      let written = lexiconTopic.aliases[language]?.first(where: { $0.lowercased() == text }) else { return nil }
                place = written
                continue
            }
            guard place == nil else { return nil }
            named.formUnion(hits)
            if named.count == shown.count { return nil }
        }
        if let place { return place }
        guard !named.isEmpty else { return nil }
        return Self.joined(named.sorted().map { shown[$0] }, language: labelLanguage)
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
