import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// What an export lists besides its topics, found once per export: the changes between
/// drafts (`DraftChanges.Found`), the linked passages whose figures differ, the counterparts
/// in a translation whose persons' names differ and the linked passages of which one alone
/// is negated — all from one `SentenceChanges` and one `SentenceTexts`,
/// which every list and quote then reads (each list made its own, and the drafts were
/// found twice: once for the changes, once for the pairs the other lists leave out).
struct ReportLists {
    let texts: DraftChanges.SentenceTexts
    /// Each draft against the nearest earlier version it is a draft of.
    let drafts: [DraftChanges]
    let figures: FigureDifferences
    let negations: NegationDifferences
    /// Persons' names that differ between a sentence and its translation.
    let names: NameDifferences

    init(documents: [Document], analysis: Analysis) {
        texts = DraftChanges.SentenceTexts(documents: documents, analysis: analysis)
        // The versions' sentences sorted by text once for the changes and the drafts' (not held after).
        let sorted = texts.sortingSentencesByText()
        let found = DraftChanges.Found(changes: SentenceChanges(texts: sorted), texts: sorted)
        drafts = found.againstEarlierDrafts
        let translations = TranslationCounterparts(analysis)
        figures = FigureDifferences(texts: texts, draftPairs: found.pairs, translations: translations)
        negations = NegationDifferences(texts: texts, draftPairs: found.pairs, translations: translations)
        names = NameDifferences(texts: texts, draftPairs: found.pairs, translations: translations)
    }
}
