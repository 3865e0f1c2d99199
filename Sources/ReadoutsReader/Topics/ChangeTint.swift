import ReadoutsTopics

/// What a draft changed, marked where it is in the panes (`diff.change`), as vimdiff's
/// DiffChange and `git diff --color-words` mark it: a sentence another draft lacks, whole,
/// and in a sentence another draft words otherwise, the words that draft does not keep. A
/// legislative analyst paging through an amendment saw only the topics' colours, and found
/// each change one `J` at a time through the status line.
extension ReaderState {
    /// The scalar ranges of pane `version`'s text within `visible` that a draft changed,
    /// sorted, each saying whether it is words within a sentence (drawn over the current
    /// passage's tint too: a `J` stop's changed words show where the reader looks) or a whole
    /// sentence (under it). Empty where no other version is a draft of it. Only the visible sentences are
    /// compared (`WordChange.changedWords`, bounded per sentence): a frame's work does not
    /// grow with the document.
    func changeTints(in version: Int, visible: Range<Int>) -> [(range: Range<Int>, words: Bool)] {
        guard let index = topics, index.changeStops.hasDrafts.indices.contains(version), index.changeStops.hasDrafts[version],
              !visible.isEmpty, let first = index.sentence(in: version, at: visible.lowerBound),
              let last = index.sentence(in: version, at: visible.upperBound - 1) else { return [] }
        let stops = index.changeStops.stops[version]
        let shown = layout.panes.map(\.version)
        var ranges: [(range: Range<Int>, words: Bool)] = []
        var position = stops.partitionPoint { $0.anchor >= first }
        while position < stops.count, stops[position].anchor <= last {
            let stop = stops[position]
            position += 1
            guard stop.isOwn, let range = index.sentenceRange(version, stop.anchor) else { continue }
            // Against a draft (not a translation), the one shown beside it first.
            let parts = stop.parts.filter { !index.changeStops.isTranslation(version, $0.version) }
            guard let part = parts.first(where: { shown.contains($0.version) }) ?? parts.first else { continue }
            switch part.kind {
            case .onlyInFirst:
                ranges.append((range, false))
            case .worded:
                guard let other = part.sentence, let otherRange = index.sentenceRange(part.version, other) else { continue }
                // Changed words where the words changed; the whole sentence where only case,
                // punctuation or spacing did, or where it is too long to compare on a frame.
                let words = WordChange.changedWords(documents[version].string(range), documents[part.version].string(otherRange)) ?? []
                ranges += words.isEmpty ? [(range, false)]
                    : words.map { ((range.lowerBound + $0.lowerBound)..<(range.lowerBound + $0.upperBound), true) }
            case .moved, .onlyInOther:
                // A moved sentence keeps its words (`J` says where it went); a sentence only
                // the other draft has is marked in that draft's pane.
                continue
            }
        }
        return ranges
    }
}
