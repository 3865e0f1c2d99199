import ReadoutsTopics

/// The passages drawn on a tint: the sentence of the current occurrence (`topic.current`),
/// or the sentence no topic holds that `o` stopped at,
/// and, after Enter or in follow mode, the passage linked to it in each other pane
/// (`topic.partner`) — the one Enter last brought into view, at first the first of those
/// that carry the current occurrence's topic (`partners(of:in:index:)`).
extension ReaderState {
    /// The linked sentences tinted as partners of the current occurrence, one per other pane.
    /// In follow mode, before Enter, only a link of the current topic tints its partner: an
    /// "only in Kremlin" passage showed the White House sentence its other topic links it to,
    /// tinted as if it were the counterpart, with nothing on the status line to say why
    /// (Enter says which topic a link is of, and then shows it).
    func partnerSentences() -> [Analysis.SentenceRef] {
        guard navigation.showsPartners || navigation.follows, let index = topics, let current = navigation.current,
            let mark = currentMark(in: index)
        else { return [] }
        var partners = Self.partners(of: mark, in: current.version, index: index)
        if !navigation.showsPartners {
            let id = index.analysis.topics[mark.topic].id
            partners = partners.filter { $0.link.topics.contains(id) }
        }
        return documents.indices.compactMap { version in
            let toVersion = partners.filter { $0.to.version == version }
            return toVersion.isEmpty ? nil : toVersion[navigation.linkCycle % toVersion.count].to
        }
    }

    /// The tinted scalar ranges of a pane, with the scope each is drawn with.
    func tints(in version: Int) -> [(range: Range<Int>, scope: String)] {
        // A sentence no topic holds that `o`, `:N` or a move of the focus stopped at, while it
        // is where the reader is.
        if navigation.current == nil, let stop = navigation.unheldStop, stop == reading.point, stop.version == version,
           let index = topics, let sentence = index.sentence(in: version, at: stop.offset),
           let range = index.sentenceRange(version, sentence) {
            return [(range, "topic.current")]
        }
        guard let index = topics, let current = navigation.current, index.marks.indices.contains(current.version),
            index.marks[current.version].indices.contains(current.index)
        else { return [] }
        if current.version == version {
            let sentence = index.marks[version][current.index].sentence
            return index.sentenceRange(version, sentence).map { [($0, "topic.current")] } ?? []
        }
        return partnerSentences().filter { $0.version == version }.compactMap { partner in
            index.sentenceRange(version, partner.sentence).map { ($0, "topic.partner") }
        }
    }
}
