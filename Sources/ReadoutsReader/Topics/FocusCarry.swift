import ReadoutsTopics

/// The passage the reader is at follows the focus to another pane (Tab, `h` / `l`, Ctrl-W,
/// a click, the panes shifted past it), as vimdiff's `cursorbind` takes the cursor to the
/// corresponding line: `Enter`, `c`, `y`, `Y`, `m` and the status line then speak of a
/// passage of the focused pane. After `:11` in the Kremlin's pane, Tab to its translation's
/// left the status line naming "1/3 · Kremlin RU", and Enter reported the links of the first
/// pane's sentence 11.
///
/// The passage is, in this order: the counterpart of the passage left behind (a sentence
/// linked to it: the one tinted as its partner, else those of the current topic's links,
/// else the strongest; the sentence the reader was at in that pane first, when it is one of
/// them, and at the topic it was at: there and back is where it was) when one is in the new
/// pane's view; else the sentence the reader was
/// at in that pane when the focus left it, if it is still on screen; else, when the reader
/// was at a passage, the first sentence that starts on screen (the one `y` would copy). It
/// becomes the reading point, as `:N` makes one: its occurrence is the current one, or,
/// without a topic, it is marked as such. A reader at no passage (it scrolled, or has gone
/// nowhere yet) is at none in the new pane either: no occurrence of another pane stays
/// current, and `]` starts from the top of the pane.
extension ReaderState {
    mutating func moveFocusCarryingPassage(to version: Int) {
        let old = focus
        let left = topics.flatMap { readingSentence(in: old, index: $0) }
        if let left, let index = topics, let range = index.sentenceRange(old, left) {
            panes[old].readingOffset = range.lowerBound
            // The topic the status line names there, when the sentence holds it.
            panes[old].readingTopic = navigation.focusedTopic.flatMap { index.sentence(left, of: old, holds: $0) ? $0 : nil }
        } else {
            panes[old].readingTopic = nil
        }
        moveFocus(to: version)
        guard focus != old, let index = topics, let sentences = sentences(of: focus), !sentences.isEmpty else { return }
        let target = left.flatMap { counterpart(of: $0, in: old, index: index) } ?? passageAtReadingPoint(index: index, orOnScreen: left != nil)
        // Back where it was (Ctrl-W w there and back, Tab Tab with two panes): at the
        // occurrence that was current, not the one the topic brought along would give (a
        // vim user went from "Security guarantees 1/2" to the other pane and back and found
        // "Ukraine 1/5").
        if let target, target == rememberedSentence(index: index), let topic = panes[focus].readingTopic,
           index.sentence(target, of: focus, holds: topic) {
            navigation.focusedTopic = topic
        }
        guard let target, let range = index.sentenceRange(focus, target) else {
            // The reader was at no passage (it scrolled away from it, or went nowhere yet): it
            // is at none here either, and `]` starts from the top of the pane, as before.
            if let current = navigation.current, current.version != focus {
                navigation.current = nil
                navigation.linkCycle = 0
                navigation.showsPartners = false
            }
            return
        }
        reading.point = ReadingPoint(version: focus, offset: range.lowerBound)
        reading.matchIsNewer = false
        makeCurrent(sentence: target, of: focus)
        navigation.unheldStop = navigation.current == nil ? reading.point : nil
    }

    /// The sentence of the focused pane, in its view, linked to `sentence` of `version`.
    private func counterpart(of sentence: Int, in version: Int, index: TopicIndex) -> Int? {
        var candidates: [Int] = []
        if let current = navigation.current, current.version == version, let mark = currentMark(in: index), mark.sentence == sentence {
            // What the reader sees tinted beside the current occurrence comes first.
            candidates += partnerSentences().filter { $0.version == focus }.map(\.sentence)
            candidates += Self.partners(of: mark, in: version, index: index).filter { $0.to.version == focus }.map(\.to.sentence)
        } else {
            candidates += index.links(from: version, sentence: sentence).filter { $0.to.version == focus }.map(\.to.sentence)
        }
        let inView = candidates.filter { candidate in index.sentenceRange(focus, candidate).map { isInView(focus, $0) } ?? false }
        // The sentence the reader was at here, when it is one of them: back where it was.
        if let remembered = rememberedSentence(index: index), inView.contains(remembered) { return remembered }
        return inView.first
    }

    /// The sentence the reader was at in the focused pane when the focus left it, while on screen.
    private func rememberedSentence(index: TopicIndex) -> Int? {
        guard let offset = panes[focus].readingOffset, row(of: offset, in: focus) != nil else { return nil }
        return index.sentence(in: focus, at: offset)
    }

    /// The sentence the reader was at in the focused pane when the focus left it, while it
    /// is on screen; else, when `orOnScreen`, the first that starts on screen.
    private func passageAtReadingPoint(index: TopicIndex, orOnScreen: Bool) -> Int? {
        if let sentence = rememberedSentence(index: index) { return sentence }
        return orOnScreen ? currentSentence()?.sentence : nil
    }

    /// Whether any row of `range` is on screen in a pane (an empty range: the row holding
    /// its offset, as an occurrence by meaning is an empty mark where its sentence starts).
    func isInView(_ version: Int, _ range: Range<Int>) -> Bool {
        text(version).rows(from: panes[version].top, count: contentHeight).contains { row in
            if case .line(_, _, let line) = row {
                return line.range.overlaps(range) || line.range.lowerBound == range.lowerBound
                    || (range.isEmpty && line.range.contains(range.lowerBound))
            }
            return false
        }
    }
}
