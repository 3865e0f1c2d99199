import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// A section of the brief and the page that lists linked passage pairs, each with a note
/// saying what differs: the figures that differ (`FigureDifferences`), the persons' names
/// that differ in a translation (`NameDifferences`) and the negation that differs
/// (`NegationDifferences`). Their words are here once, for both formats
/// (`MarkdownLinkedPassageList`, `HTMLLinkedPassageList`).
struct LinkedPassageList {
    struct Item {
        var first: Analysis.SentenceRef
        var other: Analysis.SentenceRef
        /// What differs, after the versions' names: "1.2 → 1.5".
        var note: String
    }

    /// The page's anchor ("figures"), its navigation entry's and the section's heading.
    let id: String
    let heading: String
    /// The sentence under the heading.
    let intro: String
    let items: [Item]

    /// The linked passages whose figures differ, before the topics.
    static func figures(_ differences: FigureDifferences) -> LinkedPassageList {
        LinkedPassageList(id: "figures", heading: "Figures that differ",
                          intro: "Linked passages whose figures differ, each pair of figures once, in reading order.",
                          items: differences.differences.map { Item(first: $0.first, other: $0.other, note: $0.said) })
    }

    /// A translation's counterparts whose persons' names differ, after the figures.
    static func names(_ differences: NameDifferences) -> LinkedPassageList {
        LinkedPassageList(id: "names", heading: "Names that differ",
                          intro: "Sentences and their counterparts in a translation that name other persons, each pair of names once, in reading order.",
                          items: differences.differences.map { Item(first: $0.first, other: $0.other, note: $0.said) })
    }

    /// The linked passages of which one alone is negated, after the figures.
    static func negations(_ differences: NegationDifferences, documents: [Document]) -> LinkedPassageList {
        LinkedPassageList(id: "negations", heading: "Negation differs",
                          intro: "Linked passages, otherwise close, of which one is negated and the other is not, in reading order.",
                          items: differences.differences.map {
                              Item(first: $0.first, other: $0.other, note: Negation.quoted($0.words, in: documents[$0.negated.version].label))
                          })
    }
}
