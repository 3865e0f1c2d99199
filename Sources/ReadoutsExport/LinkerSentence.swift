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
}
