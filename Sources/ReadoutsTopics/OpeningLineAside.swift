import ReadoutsText

/// The first line of a version that is shown but says nothing, so it has no words: a news
/// report's dateline alone ("МОСКВА, 17 августа. /ТАСС/.", "MOSCOW, August 19. /TASS/."), so
/// the sentence after it is the opening line that names the participants; or a German press
/// release's line that announces it ("Der Sprecher der Bundesregierung, Steffen Hebestreit,
/// teilt mit:"): a short first line ending in a colon. (Not in other languages: "…agreed on
/// the following:" opens with a subject.) With no words it is in no topic, and it is not
/// "linked to nothing" either (TASS's four-word dateline was listed so).
enum OpeningLineAside {
    /// The index of that line among `sentences` of `document`: its first sentence that is no
    /// heading, when it is one; nil otherwise.
    static func sentence(_ sentences: [Sentence], _ document: Document, language: Language) -> Int? {
        sentences.firstIndex { !$0.isHeading }.flatMap { first in
            let range = sentences[first].range
            let announces = language == .german && range.count <= 120 && document.scalars[range.upperBound - 1] == ":"
            return announces || range.count <= 80 && SentenceSplitter.isDateline(document.scalars.scalars(range)[...]) ? first : nil
        }
    }
}
