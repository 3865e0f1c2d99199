import ReadoutsTopics

/// The sentence the brief and the page open with to say which linker found their links, so
/// that "only in …" and "no passage found" are read for what they are: less, without the
/// sentence encoder. `model` is outside text (the model file's name): each format escapes it.
enum LinkerSentence {
    /// The sentence in three parts: its start, the model's name (nil: none) and its end.
    static func parts(_ linker: LinkerInfo) -> (start: String, model: String?, end: String) {
        switch linker.kind {
        case .semantic:
            ("Linked by shared words and by meaning (sentence encoder ", linker.model ?? "", ").")
        case .lexical:
            ("Linked by shared words only (the sentence encoder was not used): a passage in other words, or in another language, may be missed.", nil, "")
        }
    }

    /// The sentence a list of changes alone opens with (`--changes-only`): how its reworded
    /// sentences were paired, for two linkers may pair them otherwise; in `parts`' three parts.
    static func pairing(_ linker: LinkerInfo) -> (start: String, model: String?, end: String) {
        switch linker.kind {
        case .semantic: ("Reworded sentences paired by shared words and by meaning (sentence encoder ", linker.model ?? "", ").")
        case .lexical: ("Reworded sentences paired by shared words only (the sentence encoder was not used).", nil, "")
        }
    }

    /// The sentence that follows it when a version's language was not recognised
    /// (`Analysis.versionsInUnrecognisedLanguages`): its start, the versions' labels (outside
    /// text: each format escapes them) and its end; nil when every language was.
    static func unrecognisedLanguages(_ analysis: Analysis) -> (start: String, labels: [String], end: String)? {
        let versions = analysis.versionsInUnrecognisedLanguages
        guard !versions.isEmpty else { return nil }
        return (versions.count == 1 ? " The language of " : " The languages of ", versions.map { analysis.versions[$0].label },
                " \(versions.count == 1 ? "is" : "are") not one Readouts reads (\(Analysis.recognisedLanguageCodes)): "
                    + Analysis.unreadLanguageEffect + ".")
    }
}
