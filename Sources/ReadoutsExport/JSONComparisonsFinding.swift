import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The JSON export's `"figures"`, `"names"`, `"negations"` and `"changes"`: the lists the brief and the
/// page show (`ReportLists`), found by the same code, once; what they keep is sentence
/// numbers and the short strings that say what differs.
extension JSONComparisons {
    init(documents: [Document], analysis: Analysis) {
        let lists = ReportLists(documents: documents, analysis: analysis)
        func paired(_ differences: [PairedDifference]) -> [Figures] {
            differences.map { Figures(from: $0.first, to: $0.other, pairs: $0.pairs.map { (from: $0.left, to: $0.right) }) }
        }
        let (figures, names) = (paired(lists.figures.differences), paired(lists.names.differences))
        let negations = lists.negations.differences.map {
            JSONComparisons.Negations(from: $0.first, to: $0.other, negated: $0.negated.version, words: $0.words)
        }
        let drafts = lists.drafts.map { draft in
            Drafts(from: draft.first, to: draft.other, changes: draft.changes.map { change in
                Change(kind: Change.Kind(change.kind), from: change.first, to: change.other,
                       description: change.kind == .worded && !change.said.isEmpty ? change.said.joined(separator: " · ") : nil,
                       count: change.count)
            })
        }
        // A translation's changes, as `J` says them: a sentence left out or added, a counterpart
        // whose figures, names or negation differ (a translator's script had the drafts'
        // changes and none of the translation's).
        let translated = TranslationChangeList(documents: documents, analysis: analysis, lists: lists).pairs.map { pair in
            Drafts(from: pair.first, to: pair.other, changes: pair.entries.map { entry in
                Change(kind: Change.Kind(entry.kind), from: entry.first, to: entry.second,
                       description: entry.said.isEmpty ? nil : entry.said.joined(separator: " · "))
            }, isTranslation: true)
        }
        self.init(figures: figures, names: names, negations: negations, changes: drafts + translated)
    }
}

extension JSONComparisons.Change.Kind {
    /// The JSON's kind of a change between drafts, or of a translation's stop.
    init(_ kind: DraftChanges.Kind) {
        self = switch kind {
        case .worded: .worded
        case .onlyInFirst: .onlyInFirst
        case .onlyInOther: .onlyInOther
        case .moved: .moved
        }
    }
}
