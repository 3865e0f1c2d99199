/// Where vim's `zt`, `zz` and `zb` put the current sentence in the focused pane.
public enum ScreenPlace: Equatable, Sendable {
    case top, middle, bottom
}

extension ReaderState {
    /// `zt`, `zz`, `zb`: scrolls the focused pane so the current sentence (the one `y`
    /// copies) starts on its top row, starts on its middle row, or ends on its last row; it
    /// stays the current sentence. (`z` alone was less's page down: a vim user's `zz` went
    /// two pages on.)
    mutating func place(currentSentenceAt place: ScreenPlace) {
        guard let index = topics else {
            notice = sentencesPending
            return
        }
        guard let (version, sentence) = currentSentence(), let range = index.sentenceRange(version, sentence) else { return }
        let text = text(version)
        let position: ScrollPosition
        switch place {
        case .top: position = text.position(containing: range.lowerBound)
        case .middle: position = text.step(text.position(containing: range.lowerBound), by: -(contentHeight / 2)) ?? .top
        case .bottom: position = text.step(text.position(containing: max(range.lowerBound, range.upperBound - 1)), by: -(contentHeight - 1)) ?? .top
        }
        scroll(version, to: position)
        reading.point = ReadingPoint(version: version, offset: range.lowerBound)
    }
}
