import ReadoutsText
import ReadoutsTopics

/// The language a topic's label is written in, for its `lang` attribute on the page: the
/// page is in English, but with a Russian first version the lexicon's labels are Russian
/// ("Украина"), and an automatic topic is named by a phrase of a version's text ("беседа
/// проходила"); a screen reader read them with English rules.
///
/// Judged as the engine names topics: a lexicon topic's label is in the language of the
/// versions it occurs in when they share one, else the first version's, else English (the
/// lexicon's fallback); an automatic topic's in the language of
/// a version it occurs in, the first version's first. Of those, the first whose script the
/// label's letters are written in (Cyrillic: Russian; Latin: French or English). Nil for a
/// label without letters, or in both scripts, or in neither's.
enum TopicLabelLanguage {
    /// `present`: the versions the topic occurs in, in order.
    static func language(of topic: Analysis.Topic, versions: [Analysis.Version], present: [Int]) -> Language? {
        guard let script = LetterScript.only(in: topic.label), script != .other else { return nil }
        let first = versions.first?.language
        var candidates: [Language] = []
        // A lexicon topic only versions of one language have is named in theirs (`TopicNaming`).
        let languages = Set(present.filter { $0 < versions.count }.map { versions[$0].language })
        if topic.origin == .lexicon, languages.count == 1, let only = languages.first { candidates.append(only) }
        if let first, topic.origin == .lexicon || present.first == 0 { candidates.append(first) }
        switch topic.origin {
        case .lexicon: candidates.append(.english)
        case .automatic: candidates += present.filter { $0 < versions.count }.map { versions[$0].language }
        }
        return candidates.first { $0 != .undetermined && self.script(of: $0) == script }
    }

    static func script(of language: Language) -> LetterScript? {
        switch language {
        case .russian: .cyrillic
        case .english, .french, .german, .spanish: .latin
        case .undetermined: nil
        }
    }
}
