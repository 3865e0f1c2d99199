import ReadoutsTopics

/// A resize keeps the place the reader is at in view in the focused pane: the reading point
/// (`:N`, a mark, `zz`), a match a search moved to, the current topic occurrence (`]`),
/// whichever is newest and on screen, as `y` takes them (`readingSentence`). A search's
/// match on row 43 of a 45-row window was off screen at 24 rows, the pane still at `Top`,
/// until `n` found it again. Where the place stays in view, nothing scrolls; where it
/// would leave, it is put at the same fraction of the pane's height as before, as vim keeps
/// the cursor's line when its window shrinks. With no place, each pane keeps its top line,
/// as less does. In follow mode the other panes are then aligned to the place as after `]`
/// (to the focus row without one), when the focused pane scrolled or the text rewrapped.
extension ReaderState {
    mutating func resize(width: Int, height: Int) {
        let place = placeOnScreen()
        let widths = documents.indices.map(paneWidth)
        let heightBefore = contentHeight
        let rowBefore = place.map { row(of: $0.range.lowerBound, in: focus) ?? 0 }
        self.width = max(0, width)
        self.height = max(0, height)
        keepFocusVisible()
        reflow()
        guard contentHeight > 0, !layout.isTooSmall else { return }
        var scrolled = false
        if let place, let rowBefore, !isShown(place) {
            let top = panes[focus].top
            bringIntoView(focus, range: place.range, row: rowBefore * contentHeight / max(1, heightBefore))
            scrolled = panes[focus].top != top
        }
        guard navigation.follows, scrolled || documents.indices.map(paneWidth) != widths else { return }
        if let place, let sentence = topics?.sentence(in: focus, at: place.range.lowerBound) {
            alignOthers(to: focus, sentence: sentence, offset: place.range.lowerBound)
        } else {
            followScroll(of: focus)
        }
    }

    /// The text the reader is at in the focused pane, while any of it is on screen, and
    /// which of its ends are: the reading point's sentence, a newer match, the current
    /// occurrence, the match (`readingSentence`'s order; a match without topics too).
    func placeOnScreen() -> ResizePlace? {
        var candidates: [Range<Int>] = []
        if let point = reading.point, point.version == focus {
            let sentence = topics.flatMap { index in index.sentence(in: focus, at: point.offset).flatMap { index.sentenceRange(focus, $0) } }
            candidates.append(sentence ?? point.offset..<point.offset + 1)
        }
        let match = search.current.flatMap { $0.version == focus ? $0.range : nil }
        if reading.matchIsNewer, let match { candidates.append(match) }
        if let current = navigation.current, current.version == focus, let index = topics, index.marks[focus].indices.contains(current.index) {
            // An occurrence found by meaning is an empty mark where its sentence starts: the
            // sentence is the place (its start, mid-row, was never "in view", and a resize
            // from 160 × 45 to 80 × 24 left both panes at `Top`, the passage off screen).
            let mark = index.marks[focus][current.index]
            candidates.append(mark.range.isEmpty ? index.sentenceRange(focus, mark.sentence) ?? mark.range : mark.range)
        }
        if let match { candidates.append(match) }
        guard let range = candidates.first(where: { isInView(focus, $0) }) else { return nil }
        return ResizePlace(range: range, startShown: row(of: range.lowerBound, in: focus) != nil,
                           endShown: row(of: max(range.lowerBound, range.upperBound - 1), in: focus) != nil)
    }

    /// Whether the place is as much on screen as it was: in view, and each end that was
    /// shown still shown.
    private func isShown(_ place: ResizePlace) -> Bool {
        isInView(focus, place.range)
            && (!place.startShown || row(of: place.range.lowerBound, in: focus) != nil)
            && (!place.endShown || row(of: max(place.range.lowerBound, place.range.upperBound - 1), in: focus) != nil)
    }
}

/// What a resize keeps in view (`placeOnScreen`).
struct ResizePlace {
    var range: Range<Int>
    var startShown: Bool
    var endShown: Bool
}
