import ReadoutsTopics

extension ReaderState {
    /// `J` and `K`: the next (previous) change of the focused pane (`ChangeStops`): a
    /// sentence another version lacks word for word, made the reading point as `:N` makes
    /// it (Enter, `c` and `y` act on it), its counterpart brought alongside; or a sentence
    /// another version adds, shown in that version's pane beside the place it comes. From
    /// the last change while it is on screen, else the reading point (or the current
    /// occurrence), else the top of the pane; at the end, round to the first (last). A
    /// count steps that many.
    mutating func stepChange(forward: Bool, times: Int) {
        guard let index = topics else {
            notice = sentencesPending
            return
        }
        guard index.analysis.isComplete, index.changeStops.stops.indices.contains(focus) else {
            notice = .awaitingLinking("changes are found once linking is done", progress: analysisProgress,
                                      done: "linking done: \(ReaderKeymap.label(of: .nextChange, in: keymap)) again finds the changes")
            return
        }
        let list = index.changeStops.stops[focus]
        guard index.changeStops.steps(focus) else {
            // The hint is what a narrow line keeps (at 120 columns it was cut off).
            notice = .answer("\(names[focus]) has no draft or translation here (no other version has half its sentences word for word, nor is its translation): J and K step through what a draft or a translation changed; o finds what one version leaves out",
                             shorter: ["\(names[focus]) has no draft or translation here: J and K step through what one changed; o finds what one version leaves out",
                                       "no draft or translation of \(names[focus]) here: o finds what one version leaves out",
                                       "no draft or translation here: o finds what one version leaves out",
                                       "no draft here: o finds what one version leaves out"])
            return
        }
        guard !list.isEmpty else {
            let others = documents.count > 2 ? "every other version" : names[focus == 0 ? 1 : 0]
            if !index.changeStops.hasDrafts[focus] {
                notice = Notice("no change: every sentence of \(names[focus]) has its counterpart in \(others), with the same figures, names and negation, and \(others) adds none")
            } else {
                notice = Notice("no change: every sentence of \(names[focus]) is in \(others) word for word, and \(others) adds none")
            }
            return
        }
        func isShown(_ stop: ChangeStops.Stop) -> Bool {
            guard let range = index.sentenceRange(focus, max(0, stop.anchor)) else { return false }
            return row(of: range.lowerBound, in: focus) != nil
        }
        var position: Int?
        if let last = navigation.lastChange, last.version == focus, list.indices.contains(last.stop), isShown(list[last.stop]) {
            position = forward ? (last.stop + 1 < list.count ? last.stop + 1 : nil) : (last.stop > 0 ? last.stop - 1 : nil)
        } else if let from = readingSentence(in: focus, index: index) {
            position = index.changeStops.stop(in: focus, from: from, forward: forward)
        } else {
            let top = index.sentence(in: focus, at: text(focus).offset(at: panes[focus].top)) ?? 0
            position = index.changeStops.stop(in: focus, from: forward ? top - 1 : top, forward: forward)
        }
        var wrapped = false
        for step in 0..<max(1, times) {
            if step > 0, let current = position {
                position = forward ? (current + 1 < list.count ? current + 1 : nil) : (current > 0 ? current - 1 : nil)
            }
            if position == nil {
                position = forward ? 0 : list.count - 1
                wrapped = true
            }
        }
        guard let position else { return }
        let stop = list[position]
        goToSentence(max(0, stop.anchor) + 1)
        navigation.lastChange = (focus, position)
        // The other versions' sentences alongside: the counterpart, or the added sentence. A
        // draft whose pane is not shown (three versions at 80 columns) is brought beside this
        // one as `>` would, or said to be off screen: `J` in the first draft left State Dept
        // alongside, with no hint.
        // A draft shown already is not hidden to show another.
        let parts = stop.parts.compactMap { part in
            part.sentence.flatMap { sentence in index.sentenceRange(part.version, sentence).map { (part.version, $0) } }
        }
        var shownOne = parts.contains { part in layout.panes.contains { $0.version == part.0 } }
        var offScreen: [String] = []
        for (version, range) in parts {
            if !layout.panes.contains(where: { $0.version == version }) {
                guard !shownOne, showAlongsideFocus(version) else {
                    offScreen.append(offScreenHint(version))
                    continue
                }
                shownOne = true
            }
            bringIntoView(version, range: range, row: focusRow)
        }
        showFirstDifference(of: stop, index: index)
        // What changed outlasts the topic's name at 80 columns.
        notice = .answer("change \(position + 1)/\(list.count) · " + describe(stop)
            + (wrapped && list.count > 1 ? (forward ? "; wrapped to the first" : "; wrapped to the last") : "")
            + offScreen.map { " · " + $0 }.joined())
    }

    /// What a stop against a translation says: "EN: figures 19 → 16", "no counterpart in
    /// EN", "only in EN (sentence 5), after this one".
    private func describeTranslation(_ stop: ChangeStops.Stop, _ part: ChangeStops.Part) -> String {
        let name = names[part.version]
        switch part.kind {
        case .worded:
            var said: [String] = []
            if let partner = part.sentence, let index = topics,
               let (own, theirs) = index.comparedRanges(Analysis.SentenceRef(version: focus, sentence: stop.anchor),
                                                        Analysis.SentenceRef(version: part.version, sentence: partner)),
               own.count <= WordChange.scalarLimit, theirs.count <= WordChange.scalarLimit {
                let languages = (index.analysis.versions[focus].language, index.analysis.versions[part.version].language)
                said = TranslationStops.said(documents[focus].string(own), documents[part.version].string(theirs), languages: languages,
                                             names: (names[focus], name))
            }
            if said.isEmpty { return "\(name): \(ReaderKeymap.label(of: .compare, in: keymap)) compares the two" }
            return "\(name): " + said.joined(separator: " · ")
        case .onlyInFirst:
            return "no counterpart in \(name)"
        case .onlyInOther:
            let place = stop.anchor < 0 ? "before the first sentence" : "after this one"
            return "only in \(name)" + (part.sentence.map { " (sentence \($0 + 1))" } ?? "") + ", " + place
        case .moved:
            return "moved in \(name)"
        }
    }

    /// A changed sentence taller than the window (a paragraph of 200 KB with no full stop)
    /// is shown where it first differs from the other version's, in both panes, on the
    /// reading row: shown from its start, the one letter a journalist's edited copy changed
    /// was a thousand rows below. Reads the two sentences only as far as they agree.
    private mutating func showFirstDifference(of stop: ChangeStops.Stop, index: TopicIndex) {
        guard let part = stop.parts.first(where: { $0.kind == .worded }), let other = part.sentence,
              let range = index.sentenceRange(focus, max(0, stop.anchor)), let otherRange = index.sentenceRange(part.version, other),
              isTallerThanWindow(focus, range) || isTallerThanWindow(part.version, otherRange) else { return }
        let (here, there) = (documents[focus].scalars, documents[part.version].scalars)
        // A key reads at most `differenceScanLimit` scalars; agreeing that far, the change is
        // shown from the sentence's start, as before.
        let limit = min(range.count, otherRange.count, Self.differenceScanLimit)
        var agreed = 0
        while agreed < limit, here[range.lowerBound + agreed] == there[otherRange.lowerBound + agreed] { agreed += 1 }
        guard agreed < Self.differenceScanLimit else { return }
        bringIntoView(focus, offset: min(range.lowerBound + agreed, range.upperBound - 1), row: focusRow)
        reading.point = ReadingPoint(version: focus, offset: min(range.lowerBound + agreed, range.upperBound - 1))
        if layout.panes.contains(where: { $0.version == part.version }) {
            bringIntoView(part.version, offset: min(otherRange.lowerBound + agreed, otherRange.upperBound - 1), row: focusRow)
        }
    }

    /// The most scalars `showFirstDifference` compares on a key press (a millisecond's reading).
    static let differenceScanLimit = 1 << 20

    /// Whether passage `range` of a version takes more rows than the window has (counting at
    /// most a window's rows).
    private func isTallerThanWindow(_ version: Int, _ range: Range<Int>) -> Bool {
        let text = text(version)
        let last = text.position(containing: max(range.lowerBound, range.upperBound - 1))
        var position = text.position(containing: range.lowerBound)
        for _ in 0..<contentHeight {
            guard position < last, let next = text.step(position, by: 1, clamp: false) else { return false }
            position = next
        }
        return true
    }

    /// What a stop is against each other version, from the earlier version to the later
    /// (the order they were given in, as the exports' lists of changes read): against a later
    /// draft, "B.txt: ninety → sixty", "not in B.txt", "added in B.txt (sentence 89), after
    /// this one", "moved in B.txt to sentence 24"; against an earlier one, what changed since
    /// it, "since A.txt: ninety → sixty", "added since A.txt", "deleted since A.txt (its
    /// sentence 89), after this one", "moved since A.txt, from its sentence 24" (from the
    /// second draft's pane `J` read "A.txt: 48 → 24", the change run backwards).
    private func describe(_ stop: ChangeStops.Stop) -> String {
        stop.parts.filter { $0.version < names.count }.map { part -> String in
            let name = names[part.version]
            if topics?.changeStops.isTranslation(focus, part.version) == true { return describeTranslation(stop, part) }
            let since = part.version < focus
            switch part.kind {
            case .worded:
                // Said when reached (for thousands of changes it was the index's slowest part).
                var said: [String] = []
                // Bounded before any copy, as Enter: a key never reads a long sentence whole.
                if stop.isOwn, let partner = part.sentence, let index = topics,
                   let own = index.sentenceRange(focus, stop.anchor), let theirs = index.sentenceRange(part.version, partner),
                   own.count <= WordChange.scalarLimit, theirs.count <= WordChange.scalarLimit {
                    let (mine, other) = (documents[focus].string(own), documents[part.version].string(theirs))
                    let (left, right) = since ? (other, mine) : (mine, other)
                    let languages = (index.analysis.versions[focus].language, index.analysis.versions[part.version].language)
                    // Two headings are compared without their figures, as they are matched
                    // ("+ pacifique", not "figures 16 → 17").
                    said = index.isHeading(focus, sentence: stop.anchor) && index.isHeading(part.version, sentence: partner)
                        ? DraftChanges.headingChange(left, right)
                        : WordChange.changes(left, right, kept: true, languages: since ? (languages.1, languages.0) : languages)
                    if said.isEmpty, let rewritten = DraftChanges.rewritten(left, right) { said = [rewritten] }
                }
                // Nothing the words can say (a sign for a word: "12 €" / "12 EUR"): `c` shows
                // the two aligned. "Enter shows how" sent a journalist to a link's topic.
                if said.isEmpty { return "worded otherwise in \(name): \(ReaderKeymap.label(of: .compare, in: keymap)) compares the two" }
                return (since ? "since \(name): " : "\(name): ") + said.joined(separator: " · ")
            case .onlyInFirst:
                return since ? "added since \(name)" : "not in \(name)"
            case .moved:
                // A run both drafts have word for word, in another place (the run's first
                // sentence; `J` stops once per run).
                let number = part.sentence.map { since ? ", from its sentence \($0 + 1)" : " to sentence \($0 + 1)" } ?? ""
                return (since ? "moved since \(name)" : "moved in \(name)") + "\(number), the same words"
            case .onlyInOther:
                let place = stop.anchor < 0 ? "before the first sentence" : "after this one"
                if since { return "deleted since \(name)" + (part.sentence.map { " (its sentence \($0 + 1))" } ?? "") + ", " + place }
                return "added in \(name)" + (part.sentence.map { " (sentence \($0 + 1))" } ?? "") + ", " + place
            }
        }.joined(separator: " · ")
    }
}
