import ReadoutsText

extension Analysis {
    /// The fewest sentences a version has for its language to be told when it is not
    /// recognised: a line or two of names and figures is read without one, as it should be.
    static let sentencesForALanguage = 3

    /// The versions whose language was not recognised (`LanguageIdentifier` abstained: none
    /// of `Language.known`): read word for word, unstemmed, without stopwords, so a subject
    /// they share in other forms of a word may be missed, and their "only in" is less sure.
    /// Said in the reader's notice and beside the linker in the brief and the page.
    public var versionsInUnrecognisedLanguages: [Int] {
        versions.indices.filter {
            versions[$0].language == .undetermined && versions[$0].sentences.count >= Self.sentencesForALanguage
        }
    }

    /// The languages the text pipeline reads, as codes: "fr, en, ru, de".
    public static var recognisedLanguageCodes: String { Language.known.map(\.rawValue).joined(separator: ", ") }

    /// What reading such a version word for word means, as the reader's notice and the
    /// reports say it.
    public static let unreadLanguageEffect = "words matched as written: “only in” is less sure"
}
