import ReadoutsText

/// vim's marks: `m{a-z}` marks the current sentence (or, before sentences are known, the
/// top row), `'{a-z}` goes back to it. The terminal layer keeps them per document set
/// between sessions; on restore each is re-found by its text (`MarkLocator`).
extension ReaderState {
    mutating func setMark(named key: Key?) -> [Effect] {
        guard case .character(let name)? = key else { return [] }
        let version = focus
        let document = documents[version]
        let range: Range<Int>
        let place: String
        if let (_, sentence) = currentSentence(), let sentenceRange = topics?.sentenceRange(version, sentence) {
            range = sentenceRange
            place = "sentence \(sentence + 1)"
        } else {
            let start = text(version).offset(at: panes[version].top)
            range = start..<document.scalars.count
            place = "the top row"
        }
        let end = min(range.upperBound, range.lowerBound + ReadingMark.textLimit)
        reading.marks[name] = ReadingMark(version: version, offset: range.lowerBound, text: document.string(range.lowerBound..<end))
        notice = Notice("mark \(name): \(names[version]) \(place)")
        return [.saveMarks(reading.marks)]
    }

    mutating func jumpToMark(named key: Key?) {
        guard case .character(let name)? = key else { return }
        guard let mark = reading.marks[name], documents.indices.contains(mark.version) else {
            notice = Notice("mark \(name) is not set (m\(name) sets it)")
            return
        }
        rememberJump()
        if focus != mark.version { moveFocus(to: mark.version) }
        bringIntoView(mark.version, offset: mark.offset, row: focusRow)
        reading.point = ReadingPoint(version: mark.version, offset: mark.offset)
        if let sentence = topics?.sentence(in: mark.version, at: mark.offset) {
            // As `:N`: its occurrence is current, or it is marked as having none.
            makeCurrent(sentence: sentence, of: mark.version)
            navigation.unheldStop = navigation.current == nil ? reading.point : nil
            if navigation.follows { alignOthers(to: mark.version, sentence: sentence, offset: mark.offset) }
        }
        notice = Notice("mark \(name)")
    }

    /// Takes what an earlier session kept: the search history, and the marks wherever their
    /// text is now. Marks that moved or were lost are reported, and saved as they are now.
    mutating func restore(_ session: RestoredSession) -> [Effect] {
        search.history.restore(session.history)
        var notices = session.notices
        var marks: [Character: ReadingMark] = [:]
        var moved: [Character] = []
        var changed = false
        for (name, mark) in session.marks.sorted(by: { $0.key < $1.key }) {
            guard documents.indices.contains(mark.version) else {
                changed = true
                continue
            }
            switch MarkLocator.locate(mark, in: documents[mark.version]) {
            case .unchanged:
                marks[name] = mark
            case .moved(let offset):
                marks[name] = ReadingMark(version: mark.version, offset: offset, text: mark.text)
                moved.append(name)
                changed = true
            case .lost:
                notices.append("mark \(name) lost: its sentence is no longer in \(names[mark.version])")
                changed = true
            }
        }
        if !moved.isEmpty {
            notices.append("mark\(moved.count > 1 ? "s" : "") \(moved.map(String.init).joined(separator: ", ")) followed \(moved.count > 1 ? "their" : "its") text")
        }
        reading.marks = marks
        if !notices.isEmpty { notice = Notice(([notice?.text].compactMap { $0 } + notices).joined(separator: "; ")) }
        return changed ? [.saveMarks(marks)] : []
    }
}
