import ReadoutsTopics

extension ReaderState {
    /// `J` and `K`: the next (previous) sentence of the focused pane that some other version
    /// lacks word for word (`SentenceChanges`), made the reading point as `:N` makes it, so
    /// Enter then says what changed. From the reading point (else the current occurrence)
    /// while it is on screen, else from the top of the pane; at the end, round to the first (last). A count steps that many.
    mutating func stepChange(forward: Bool, times: Int) {
        guard let index = topics else {
            message = sentencesPendingNotice
            return
        }
        let changes = index.changes
        guard changes.sentences.indices.contains(focus) else { return }
        let list = changes.sentences[focus]
        guard !list.isEmpty else {
            let others = documents.count > 2 ? "every other version" : names[focus == 0 ? 1 : 0]
            message = "no change: every sentence of \(names[focus]) is in \(others) word for word"
            return
        }
        var position: Int?
        var from: Int?
        if let point = reading.point, point.version == focus, row(of: point.offset, in: focus) != nil {
            from = index.sentence(in: focus, at: point.offset)
        } else if let current = navigation.current, current.version == focus, index.marks[focus].indices.contains(current.index),
                  row(of: index.marks[focus][current.index].range.lowerBound, in: focus) != nil {
            from = index.marks[focus][current.index].sentence
        }
        if let from {
            position = changes.position(in: focus, after: from, forward: forward)
        } else {
            let top = index.sentence(in: focus, at: text(focus).offset(at: panes[focus].top)) ?? 0
            position = changes.position(in: focus, after: forward ? top - 1 : top, forward: forward)
        }
        var wrapped = false
        for step in 0..<max(1, times) {
            if step > 0, let current = position {
                position = changes.position(in: focus, after: Int(list[current]), forward: forward)
            }
            if position == nil {
                position = forward ? 0 : list.count - 1
                wrapped = true
            }
        }
        guard let position else { return }
        let sentence = Int(list[position])
        goToSentence(sentence + 1)
        message = "change \(position + 1)/\(list.count) · " + describe(changeAt: position, sentence: sentence, in: index)
            + (wrapped && list.count > 1 ? (forward ? "; wrapped to the first" : "; wrapped to the last") : "")
    }

    /// What a change is against each version that lacks it: "reworded in B" where the
    /// sentence is linked into that version (Enter shows how), "not in B" where it is not.
    private func describe(changeAt position: Int, sentence: Int, in index: TopicIndex) -> String {
        let linked = Set(index.links(from: focus, sentence: sentence).map(\.to.version))
        let lacking = index.changes.versionsLacking(focus, position: position).filter { $0 < names.count }
        let reworded = lacking.filter { linked.contains($0) }
        let missing = lacking.filter { !linked.contains($0) }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("not in " + missing.map { names[$0] }.joined(separator: ", ")) }
        if !reworded.isEmpty {
            parts.append("worded otherwise in " + reworded.map { names[$0] }.joined(separator: ", ") + ": Enter shows how")
        }
        return parts.joined(separator: " · ")
    }
}
