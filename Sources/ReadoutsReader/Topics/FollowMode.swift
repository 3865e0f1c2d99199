import ReadoutsTopics

/// Follow mode: when one pane scrolls, the others move to the passage linked to what is
/// at its focus row — sync scrolling like Meld's, but through topic links instead of line
/// numbers. Where nothing is linked nearby, the other panes stay put.
extension ReaderState {
    /// How many sentences either side of the focus row may supply a link.
    static let followReach = 2

    mutating func followScroll(of version: Int) {
        guard navigation.follows, documents.count > 1, let index = topics,
            let offset = offset(atRow: focusRow, in: version),
            let sentence = index.sentence(in: version, at: offset)
        else { return }
        alignOthers(to: version, sentence: sentence, offset: offset)
    }

    /// Puts the best-linked partner of `sentence` (or of a sentence near it) of each other
    /// visible pane on the row where `offset` is shown.
    mutating func alignOthers(to version: Int, sentence: Int, offset: Int) {
        guard let index = topics else { return }
        let row = row(of: offset, in: version) ?? focusRow
        let sentenceCount = index.analysis.versions.indices.contains(version) ? index.analysis.versions[version].sentences.count : 0
        for other in layout.panes.map(\.version) where other != version {
            var best: Analysis.SentenceRef?
            for distance in 0...Self.followReach {
                for candidate in Set([sentence - distance, sentence + distance]) where candidate >= 0 && candidate < sentenceCount {
                    if let partner = index.links(from: version, sentence: candidate).first(where: { $0.to.version == other }) {
                        best = partner.to
                        break
                    }
                }
                if best != nil { break }
            }
            if let best, let range = index.sentenceRange(other, best.sentence) {
                bringIntoView(other, range: range, row: row)
            }
        }
    }
}
