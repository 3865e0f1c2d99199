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
    /// Each pair of versions that are a text and its translation (not drafts of one text),
    /// the earlier first, and what the translation changed: what `J` steps through.
    let translations: [(first: Int, other: Int, changes: [TranslationStops.Found])]
    /// The counterparts of versions aligned as one text, made once: every list compares a
    /// translation's split sentence whole and quotes it whole (`TranslationCounterparts.runs`).
    let counterparts: TranslationCounterparts
    /// Two accounts' linked passages, pair by pair (`LinkedPassagesSideBySide`).
    let linked: LinkedPassageList

    init(documents: [Document], analysis: Analysis) {
        let (texts, found) = Self.found(documents: documents, analysis: analysis)
        self.texts = texts
        drafts = found.againstEarlierDrafts
        let translations = TranslationCounterparts(analysis)
        counterparts = translations
        figures = FigureDifferences(texts: texts, draftPairs: found.pairs, translations: translations)
        negations = NegationDifferences(texts: texts, draftPairs: found.pairs, translations: translations)
        names = NameDifferences(texts: texts, draftPairs: found.pairs, translations: translations)
        self.translations = Self.translated(documents: documents, analysis: analysis, texts: texts, found: found, counterparts: translations)
        linked = LinkedPassagesSideBySide.list(texts: texts, draftPairs: found.pairs)
    }

    /// What `--changes-only` lists, and nothing else made: the drafts' changes and each
    /// translation's (`TranslationChangeList`). The figure, name and negation lists, which
    /// compare every linked pair, are not made (an amendment of two long drafts needs none).
    static func changesAlone(documents: [Document], analysis: Analysis)
        -> (texts: DraftChanges.SentenceTexts, drafts: [DraftChanges], translations: TranslationChangeList) {
        let (texts, found) = Self.found(documents: documents, analysis: analysis)
        let counterparts = TranslationCounterparts(analysis)
        let translated = Self.translated(documents: documents, analysis: analysis, texts: texts, found: found, counterparts: counterparts)
        return (texts, found.againstEarlierDrafts,
                TranslationChangeList(documents: documents, analysis: analysis, texts: texts, counterparts: counterparts, translations: translated))
    }

    /// Each pair of versions that are a text and its translation (not drafts of one text),
    /// the earlier first, with what `J` steps through.
    private static func translated(documents: [Document], analysis: Analysis, texts: DraftChanges.SentenceTexts,
                                   found: DraftChanges.Found, counterparts: TranslationCounterparts)
        -> [(first: Int, other: Int, changes: [TranslationStops.Found])] {
        let count = min(documents.count, analysis.versions.count)
        var translated: [(first: Int, other: Int, changes: [TranslationStops.Found])] = []
        for first in 0..<count {
            for other in (first + 1)..<max(first + 1, count)
            where !found.pairs.contains([first, other]) && TranslationCounterparts.isTranslation(analysis, first, other) {
                let changes = TranslationStops.find(first, other, texts: texts, translations: counterparts)
                translated.append((first, other, TranslationStops.inReadingOrder(changes)))
            }
        }
        return translated
    }

    /// The versions' texts and their drafts found, their sentences sorted by text once for
    /// the changes and the drafts' (not held after).
    private static func found(documents: [Document], analysis: Analysis) -> (DraftChanges.SentenceTexts, DraftChanges.Found) {
        let texts = DraftChanges.SentenceTexts(documents: documents, analysis: analysis)
        let sorted = texts.sortingSentencesByText()
        return (texts, DraftChanges.Found(changes: SentenceChanges(texts: sorted), texts: sorted))
    }
}
