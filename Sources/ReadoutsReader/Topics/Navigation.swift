import ReadoutsText
import ReadoutsTopics

/// Links, one-sided passages and the jump list: Enter, `o` and Backspace (stepping through
/// occurrences and topics is `TopicStepping`).
extension ReaderState {
    /// The row of a pane where jumps put their target: a third of the way down.
    var focusRow: Int { max(0, contentHeight / 3) }

    mutating func requireTopics() -> TopicIndex? {
        guard let topics, !topics.analysis.topics.isEmpty else {
            notice = Notice(analysisProgress < 1 ? "topics are still being linked…" : "no topics found")
            return nil
        }
        return topics
    }

    // MARK: Links

    /// Enter: brings the passage linked to the current occurrence's sentence into view in
    /// every other pane, at the same screen row; repeated presses cycle through the links.
    mutating func followLink() {
        guard let (index, current, mark, partners) = currentLinks() else { return }
        let cycle = navigation.lastCommandWasFollowLink ? navigation.linkCycle + 1 : 0
        if cycle == 0 { rememberJump() }
        let row = row(of: mark.range.lowerBound, in: current.version) ?? focusRow
        var shown: [String] = []
        for version in documents.indices where version != current.version {
            let toVersion = partners.filter { $0.to.version == version }
            guard !toVersion.isEmpty else { continue }
            let choice = toVersion[cycle % toVersion.count]
            if let range = index.sentenceRange(version, choice.to.sentence) {
                bringIntoView(version, range: range, row: row)
            }
            // Two drafts: what changed between nearly the same sentences ("ninety → sixty");
            // sentences worded differently: the figures that differ, then the link's topics.
            // (A translation's split sentence whole: `comparedRanges`.)
            let texts = index.comparedRanges(Analysis.SentenceRef(version: current.version, sentence: mark.sentence), choice.to).flatMap { own, other in
                // Bounded before any copy: Enter never reads a long sentence whole.
                own.count > WordChange.scalarLimit || other.count > WordChange.scalarLimit ? nil
                    : (documents[current.version].string(own), documents[version].string(other))
            }
            // Nearly the same words say it all; otherwise a negation one side alone has comes
            // after the figures, then the link's topics.
            // (The negation is looked for only where the summary says nothing.)
            let languages = (index.analysis.versions[current.version].language, index.analysis.versions[version].language)
            func negation() -> [String] {
                texts.flatMap { Self.negationSaid($0, $1, from: current.version, to: version, link: choice.link, index: index, names: names) }
                    .map { [$0] } ?? []
            }
            // A person's name changed in a translation, after the figures.
            func personNames() -> [String] {
                texts.flatMap { NameChange.saying(Self.nameChanges($0, $1, from: current.version, to: version, link: choice.link, index: index)) }
                    .map { [$0] } ?? []
            }
            // "Reworded: 21 of 46 words kept" between drafts only: of two accounts of a call it
            // told a student that one was drafted from the other.
            let drafted = index.changeStops.hasDrafts.indices.contains(current.version) && index.changeStops.hasDrafts[current.version]
            let (carriesTopic, phrase) = Self.linkTopics(choice.link, of: mark.topic, from: current.version, to: version,
                                                         among: partners, index: index, names: names)
            let topics = phrase.map { [$0] } ?? []
            let counterparts = index.translations.contains(choice.link.from, choice.link.to)
            // A link among the weakest quarter says so, as `c` does: a fact-checker took a
            // summary's claim weakly linked to a look-alike for a supported one.
            let weak = index.isWeak(choice.link) ? ["a weak link (c compares)"] : []
            let said = texts.flatMap { WordChange.summary($0.0, $0.1) }.map { [$0] + (carriesTopic ? [] : topics) }
                ?? (texts.map { WordChange.differences($0.0, $0.1, kept: drafted, languages: languages, counterparts: counterparts) } ?? [])
                + personNames() + negation() + topics + weak
            // A version past the panes shown (three versions at 80 columns): say how to see it,
            // or Enter seemed to do nothing.
            let visible = layout.panes.map(\.version)
            let offScreen = visible.count > 1 && !visible.contains(version)
                ? " (off screen: \(ReaderKeymap.label(of: version > (visible.max() ?? 0) ? .showNextPanes : .showPreviousPanes, in: keymap)) shows it)"
                : ""
            shown.append("\(names[version]) link \(cycle % toVersion.count + 1)/\(toVersion.count)" + offScreen
                + said.map { " · " + $0 }.joined())
        }
        // One pane at a time: show the (first) linked passage's version instead.
        if !layout.panes.contains(where: { $0.version != current.version }),
            let shownVersion = documents.indices.first(where: { version in version != current.version && partners.contains { $0.to.version == version } })
        {
            moveFocus(to: shownVersion)
        }
        navigation.linkCycle = cycle
        navigation.lastCommandWasFollowLink = true
        navigation.showsPartners = true
        // What changed is what Enter was pressed for: it outlasts the topic's name and the
        // pane's (at 80 columns "Polish PM office link 1/1 · figures…" hid the figure).
        notice = .answer(shown.joined(separator: "; "))
    }

    /// Whether `link` carries the current occurrence's `topic`, and what Enter and `c` say of
    /// its topics: their labels (nil: it has none, only shared words), or, for a link by
    /// another topic of the sentence, `byAnotherTopic`. `partners`: all the sentence's links
    /// (`partners(of:in:index:)`), so a link by another topic does not deny the others.
    static func linkTopics(_ link: Analysis.Link, of topic: Int, from version: Int, to other: Int,
                           among partners: [(to: Analysis.SentenceRef, link: Analysis.Link)], index: TopicIndex,
                           names: [String]) -> (carries: Bool, phrase: String?) {
        let labels = link.topics.compactMap { id in index.analysis.topic(id: id)?.label }
        let id = index.analysis.topics[topic].id
        guard link.topics.contains(id) else {
            let toOther = partners.filter { $0.to.version == other }
            let carrying = SentenceLinksByTopic(toOther: toOther.filter { $0.link.topics.contains(id) }.count, ofToOther: toOther.count,
                                                elsewhere: partners.contains { $0.to.version != other && $0.link.topics.contains(id) })
            return (false, byAnotherTopic(labels, of: topic, from: version, to: other, carrying: carrying, index: index, names: names))
        }
        return (true, labels.isEmpty ? nil : labels.joined(separator: ", "))
    }

    /// How many of a sentence's links carry the current occurrence's topic: of those to the
    /// version a link by another topic goes to (which come first, as Enter numbers them), and
    /// whether any to another version does.
    struct SentenceLinksByTopic {
        var toOther = 0
        var ofToOther = 0
        var elsewhere = false
    }

    /// The negation one of two linked passages alone has, as Enter and `c` say it
    /// ("negation: «ne … pas» in FR only"), or nil: a translation's counterparts are compared
    /// from a lower similarity (`TopicIndex.translations`).
    static func negationSaid(_ own: String, _ other: String, from version: Int, to partner: Int, link: Analysis.Link,
                             index: TopicIndex, names: [String]) -> String? {
        negationFound(own, other, from: version, to: partner, link: link, index: index, names: names).map { Negation.saying($0.words, in: $0.name) }
    }

    /// The persons' names that differ between a sentence and its counterpart in a
    /// translation (`NameChange`), as Enter, `c` and `Y` say them; none between two accounts
    /// of one call.
    static func nameChanges(_ own: String, _ other: String, from version: Int, to partner: Int, link: Analysis.Link,
                            index: TopicIndex) -> [(left: String, right: String)] {
        guard index.translations.contains(link.from, link.to) else { return [] }
        let languages = (index.analysis.versions[version].language, index.analysis.versions[partner].language)
        return NameChange.pairs(own, other, languages: languages)
    }

    /// `negationSaid` without its "negation: ", as `Y` writes it after "Negation differs: ".
    static func negationQuoted(_ own: String, _ other: String, from version: Int, to partner: Int, link: Analysis.Link,
                               index: TopicIndex, names: [String]) -> String? {
        negationFound(own, other, from: version, to: partner, link: link, index: index, names: names).map { Negation.quoted($0.words, in: $0.name) }
    }

    /// The negations one of two linked passages alone has, and the name of its version.
    private static func negationFound(_ own: String, _ other: String, from version: Int, to partner: Int, link: Analysis.Link,
                                      index: TopicIndex, names: [String]) -> (words: [String], name: String)? {
        Negation.difference(own, index.analysis.versions[version].language, other, index.analysis.versions[partner].language,
                            similarity: link.similarity, counterparts: index.translations.contains(link.from, link.to))
            .map { ($0.words, names[$0.side == 0 ? version : partner]) }
    }

    /// What Enter says of a link its sentence has by another of its topics than the current
    /// occurrence's: "by cybersécurité et cybercriminalité, another topic of this sentence:
    /// Genève is only in Kremlin". Said as "cybersécurité et cybercriminalité"
    /// alone beside "only in Kremlin", it read as the "only in" being wrong.
    /// Where another link of the sentence carries the topic, it says which rather than "no
    /// link by Ukraine": Enter's link 2/2 said so right after link 1/2 "· Ukraine".
    static func byAnotherTopic(_ labels: [String], of topic: Int, from version: Int, to other: Int,
                               carrying: SentenceLinksByTopic = SentenceLinksByTopic(), index: TopicIndex,
                               names: [String]) -> String {
        let own = index.analysis.topics[topic].label
        let by = labels.isEmpty ? "by another topic of this sentence" : "by \(labels.joined(separator: ", ")), another topic of this sentence"
        if carrying.toOther == 1 {
            return "\(by); link 1/\(carrying.ofToOther) is by \(own)"
        } else if carrying.toOther > 1 {
            return "\(by); links 1–\(carrying.toOther) of \(carrying.ofToOther) are by \(own)"
        } else if carrying.elsewhere {
            return "\(by): no link to \(names[other]) by \(own)"
        }
        if index.isOneSided[topic] {
            return "\(by): \(own) is only in \(names[version])"
        } else if index.missingFrom.indices.contains(topic), index.missingFrom[topic].contains(other) {
            return "\(by): \(own) is not in \(names[other])"
        }
        return "\(by): no link by \(own)"
    }

    /// The current occurrence's mark, when there is one and `index` still has it.
    func currentMark(in index: TopicIndex) -> TopicIndex.Mark? {
        guard let current = navigation.current, index.marks.indices.contains(current.version),
              index.marks[current.version].indices.contains(current.index) else { return nil }
        return index.marks[current.version][current.index]
    }

    /// The links of the sentence of `mark` (of `version`), those that carry its topic first:
    /// Enter, `c` and the partner tint on an occurrence of "energy" take the energy link
    /// before the sentence's others.
    static func partners(of mark: TopicIndex.Mark, in version: Int, index: TopicIndex) -> [(to: Analysis.SentenceRef, link: Analysis.Link)] {
        let id = index.analysis.topics[mark.topic].id
        let all = index.links(from: version, sentence: mark.sentence)
        return all.filter { $0.link.topics.contains(id) } + all.filter { !$0.link.topics.contains(id) }
    }

    /// The current occurrence and the links of its sentence, or nil with a notice saying why.
    mutating func currentLinks() -> (TopicIndex, NavigationState.MarkRef, TopicIndex.Mark, [(to: Analysis.SentenceRef, link: Analysis.Link)])? {
        if case .linked(let index, let current, let mark, let partners) = linksAtReadingPoint() { return (index, current, mark, partners) }
        return nil
    }

    /// What Enter and `c` act on (`linksAtReadingPoint`).
    enum LinksAtPoint {
        /// The current occurrence and the links of its sentence.
        case linked(TopicIndex, NavigationState.MarkRef, TopicIndex.Mark, [(to: Analysis.SentenceRef, link: Analysis.Link)])
        /// A sentence outside headings that nothing in another version is linked to, once
        /// linking is done (a notice says so): `c` shows it beside its closest in meaning.
        case unlinked(TopicIndex, Analysis.SentenceRef)
        /// Nothing to act on (a notice says why).
        case none
    }

    /// The current occurrence and the links of its sentence, or the sentence at the reading
    /// point that nothing is linked to, or nothing; a notice says why there are no links.
    mutating func linksAtReadingPoint() -> LinksAtPoint {
        guard let index = requireTopics() else { return .none }
        // A sentence `:N`, `NG` or a mark went to since the last step (the current sentence,
        // as `y` reads it), else a search match while no current occurrence is on screen or
        // when the search came after it: on screen, its occurrence (of the focused topic if it
        // has one) becomes the current one.
        let currentOffScreen = navigation.current.map { current in
            index.marks[current.version].indices.contains(current.index)
                && row(of: index.marks[current.version][current.index].range.lowerBound, in: current.version) == nil
        } ?? true
        let pointed = [reading.point.flatMap { $0.version == focus ? $0.offset : nil },
                       search.current.flatMap { $0.version == focus && (currentOffScreen || reading.matchIsNewer) ? $0.range.lowerBound : nil }]
            .compactMap { $0 }.first { row(of: $0, in: focus) != nil }
        if let offset = pointed, let sentence = index.sentence(in: focus, at: offset),
           navigation.current?.version != focus || currentMark(in: index)?.sentence != sentence {
            let before = navigation.current
            makeCurrent(sentence: sentence, of: focus)
            if navigation.current == nil {
                navigation.current = before  // kept: a sentence without a topic takes nothing's place
                // At a sentence linked to nothing (an `o` stop), "press ]" sent the reader away
                // from the answer: nothing is linked to it.
                let unlinked = index.links(from: focus, sentence: sentence).isEmpty && index.analysis.isComplete
                    && !index.isHeading(focus, sentence: sentence)
                guard unlinked else {
                    notice = Notice("sentence \(sentence + 1) carries no topic: press ] for the next occurrence")
                    return .none
                }
                let ref = Analysis.SentenceRef(version: focus, sentence: sentence)
                // The opening line saying only who spoke with whom is no omission either.
                if index.isOpeningCallLine(focus, sentence: sentence) {
                    notice = Notice("sentence \(sentence + 1) says who spoke with whom, as every account opens: o passes it",
                                    shorter: ["sentence \(sentence + 1): who spoke with whom (o passes it)"])
                    return .unlinked(index, ref)
                }
                // A line about the reports themselves is no omission: `o` passes it, and says why here.
                if index.isAboutTheReports(focus, sentence: sentence) {
                    notice = Notice("sentence \(sentence + 1) speaks of the reports themselves, not of the event: o passes it",
                                    shorter: ["sentence \(sentence + 1): about the reports (o passes it)"])
                    return .unlinked(index, ref)
                }
                let closest = closestInMeaning(to: ref, index: index).map { closest in
                    closest.isNear ? ", closest in meaning \(closest.alike) (c shows it)" : ", nor near it in meaning (closest \(closest.alike))"
                } ?? ""
                notice = Notice("sentence \(sentence + 1) carries no topic, and nothing in \(othersPhrase(of: focus)) is linked to it" + closest)
                return .unlinked(index, ref)
            }
        }
        guard let current = navigation.current, index.marks[current.version].indices.contains(current.index) else {
            notice = Notice("no current topic: press ] to go to one")
            return .none
        }
        let mark = index.marks[current.version][current.index]
        guard !index.isHeading(current.version, sentence: mark.sentence) else {
            notice = Notice("a heading is not linked: press ] for the next occurrence")
            return .none
        }
        let partners = Self.partners(of: mark, in: current.version, index: index)
        if partners.isEmpty, analysisProgress < 1 || index.analysis.isLinkingByMeaning {
            // No answer yet: an analyst pressed Enter at 26% and read "nothing … is linked",
            // then found the link once linking was done.
            let percent = "\(Int(analysisProgress * 100))%"
            notice = .answer("no link to this passage yet: still linking (\(percent)), Enter again once done",
                             shorter: ["no link yet: still linking (\(percent))", "still linking (\(percent))"])
            return .none
        }
        guard !partners.isEmpty else {
            // Why Enter and `c` do nothing is what they were pressed for: an answer, on the
            // status line at 80 columns beside "? help" (shown above the line, over the panes'
            // top rows where the passage was near the bottom, a new user read Enter as doing
            // nothing).
            let ref = Analysis.SentenceRef(version: current.version, sentence: mark.sentence)
            // Whether it is really absent is what the reader asks next: how close the
            // closest sentence comes, and `c` to read the two side by side.
            let closest = closestInMeaning(to: ref, index: index)
            if let closest, !closest.isNear {
                // Under `Analysis.Nearest.nearFloor`: no counterpart to check, and said so.
                let alike = closest.alike
                notice = .answer("nothing in \(othersPhrase(of: current.version)) is linked to this passage, nor near it in meaning (the closest, \(alike): c shows it)",
                                 shorter: ["nothing is linked to this passage, nor near it (closest \(alike))",
                                           "nothing linked or near it (c)", "nothing linked to it"])
            } else if let closest {
                let alike = closest.alike
                notice = .answer("nothing in \(othersPhrase(of: current.version)) is linked to this passage; the closest in meaning is \(alike) (c shows it)",
                                 shorter: ["nothing is linked to this passage; closest \(alike) (c shows it)",
                                           "nothing linked to it; closest \(alike) (c)", "nothing linked to it"])
            } else {
                notice = .answer("nothing in \(othersPhrase(of: current.version)) is linked to this passage",
                                 shorter: ["nothing is linked to this passage", "nothing linked to it"])
            }
            return .unlinked(index, ref)
        }
        return .linked(index, current, mark, partners)
    }

    /// The closest sentence in meaning to `sentence` among those of another version it has
    /// no link into (`Analysis.nearest`): of a version shown beside it first, then the first.
    func closestInMeaning(to sentence: Analysis.SentenceRef, index: TopicIndex) -> Analysis.Nearest? {
        let shown = layout.panes.map(\.version).filter { $0 != sentence.version }
        let others = shown + documents.indices.filter { $0 != sentence.version && !shown.contains($0) }
        return others.lazy.compactMap { index.analysis.nearest(to: sentence, in: $0) }.first
    }


    // MARK: One-sided

    /// `o`: the next passage one version has and another lacks: of a topic some version lacks,
    /// linked to no passage of some version, or, once linking is done, a sentence no topic
    /// holds and nothing is linked to (`TopicIndex.oneSidedStops`). `O` (`forward` false): the
    /// previous one, as `N` is to `n` (a less user's `O` did nothing).
    mutating func stepOneSided(forward: Bool = true) {
        guard let index = requireTopics() else { return }
        let all = index.oneSidedStops
        guard !all.isEmpty else {
            let text = documents.count > 2 ? "every topic appears in every version" : "every topic appears in more than one version"
            notice = Notice(text + (index.analysis.isComplete ? ", and every passage is linked" : ""))
            return
        }
        // After the current occurrence (or the sentence `o` last stopped at that no topic
        // holds) while it is in the focused pane and in view; else from the top of the focused
        // pane, where the reader scrolled to (as `;` does). A current occurrence in another
        // pane, still in view there, is not where the reader is: with the focus in the second
        // of three panes, `g` then `o` went on from the third pane's last stop, "wrapped to
        // the first", past every stop of the pane the reader had just gone to the top of.
        var from: (version: Int, offset: Int)?
        if let mark = currentMark(in: index), let current = navigation.current, current.version == focus,
           row(of: mark.range.lowerBound, in: current.version) != nil {
            from = (current.version, mark.range.lowerBound)
        } else if navigation.current == nil, let point = reading.point, point.version == focus, row(of: point.offset, in: point.version) != nil {
            from = (point.version, point.offset)
        }
        let next: Int?
        if forward {
            if let from {
                next = index.firstOneSidedStop(after: from.offset, in: from.version)
            } else {
                next = index.firstOneSidedStop(after: panes[focus].anchor, in: focus, orAt: true)
            }
        } else {
            // Before the current stop, else before the top of the view.
            let (version, offset) = from ?? (focus, panes[focus].anchor)
            let after = index.firstOneSidedStop(after: offset, in: version, orAt: true) ?? all.count
            next = after > 0 ? after - 1 : nil
        }
        // Past the last stop, from the current one or from where the reader scrolled to: a
        // wrap is said either way (scrolled below the last stop, `o` came round to the first
        // without a word).
        let wrapped = next == nil && all.count > 1
        let position = next ?? (forward ? 0 : all.count - 1)
        let target = all[position]
        if let mark = target.mark {
            go(to: NavigationState.MarkRef(version: target.version, index: mark))
            reading.point = nil
        } else {
            goToUnheldSentence(target.sentence, of: target.version)
        }
        // One form at every stop, saying what it counts (`o`'s stops, `TopicIndex.oneSidedStops`):
        // "one-sided 2/21", "one-sided passage 7/21" and "1/21 · no topic…" read as three
        // counts. What kind of stop it is the status line says beside it: the topic's "only in
        // Kremlin", "passage not in B" (`focusedTopicSummary`), or, at a sentence no topic
        // holds, "in no topic, linked to nothing in B" (`StatusLine`).
        notice = Notice("one-sided passage \(position + 1)/\(all.count)"
            + (wrapped ? (forward ? "; wrapped to the first" : "; wrapped to the last") : all.count == 1 ? ", the only one" : ""))
        reading.matchIsNewer = false
    }

    /// An `o` stop no topic holds: the sentence becomes the reading point (`y`, `Y` and `m` act
    /// on it, and it is drawn on the current passage's tint), with no current occurrence and
    /// no focused topic: the status line named the topic left behind ("Genève 2 · only
    /// in Kremlin" beside a sentence of neither).
    private mutating func goToUnheldSentence(_ sentence: Int, of version: Int) {
        guard let index = topics, let range = index.sentenceRange(version, sentence) else { return }
        rememberJump()
        if focus != version { moveFocus(to: version) }
        if row(of: range.lowerBound, in: version) == nil { bringIntoView(version, range: range, row: focusRow) }
        reading.point = ReadingPoint(version: version, offset: range.lowerBound)
        navigation.unheldStop = reading.point
        navigation.current = nil
        navigation.focusedTopic = nil
        navigation.linkCycle = 0
        navigation.showsPartners = false
        if navigation.follows { alignOthers(to: version, sentence: sentence, offset: range.lowerBound) }
    }

    // MARK: Jump list

    mutating func rememberJump() {
        let point = here
        if navigation.jumps.last != point { navigation.jumps.append(point) }
        if navigation.jumps.count > NavigationState.jumpListLimit { navigation.jumps.removeFirst() }
        navigation.swapPoint = point
    }

    /// Where the reader is: each pane's anchor, the focus, the current occurrence.
    var here: NavigationState.JumpPoint {
        NavigationState.JumpPoint(anchors: panes.map(\.anchor), focus: focus, current: navigation.current)
    }

    /// `''`: to the place the last jump left, remembering this one, so `''` again returns;
    /// the jump list is left as it is.
    mutating func jumpSwap() {
        guard let target = navigation.swapPoint ?? navigation.jumps.last else {
            notice = Notice("the jump list is empty")
            return
        }
        let left = here
        restore(target)
        navigation.swapPoint = left
    }

    /// `Backspace`: back along the jump list.
    mutating func jumpBack() {
        let left = here
        guard let point = navigation.jumps.popLast() else {
            notice = Notice("the jump list is empty")
            return
        }
        restore(point)
        navigation.swapPoint = left
    }

    private mutating func restore(_ point: NavigationState.JumpPoint) {
        for (version, anchor) in point.anchors.enumerated() where version < panes.count {
            let text = text(version)
            setTop(version, text.position(containing: anchor))
        }
        moveFocus(to: point.focus)
        navigation.current = point.current
        if let current = point.current, let topics {
            navigation.focusedTopic = topics.marks[current.version][current.index].topic
        }
    }

    // MARK: Geometry

    /// The screen row (0-based within the content) showing `offset` in a pane, if visible.
    func row(of offset: Int, in version: Int) -> Int? {
        let text = text(version)
        for (row, paneRow) in text.rows(from: panes[version].top, count: contentHeight).enumerated() {
            if case .line(_, _, let line) = paneRow, line.range.contains(offset) || (line.range.isEmpty && line.range.lowerBound == offset) {
                return row
            }
        }
        return nil
    }

    /// Scrolls a pane so the row holding `offset` sits on content row `row`.
    mutating func bringIntoView(_ version: Int, offset: Int, row: Int) {
        let text = text(version)
        let position = text.position(containing: offset)
        setTop(version, text.step(position, by: -row) ?? .top)
    }

    /// Scrolls a pane so the passage `range` starts on content row `row`, or higher where
    /// its end would fall below the window: a long linked sentence brought beside one near
    /// the bottom showed its first line alone. A passage taller than the window starts on
    /// the first row. Counts at most a window's rows, whatever the passage's length.
    mutating func bringIntoView(_ version: Int, range: Range<Int>, row: Int) {
        let text = text(version)
        let first = text.position(containing: range.lowerBound)
        let last = text.position(containing: max(range.lowerBound, range.upperBound - 1))
        var rows = 1
        var position = first
        while position < last, rows < contentHeight, let next = text.step(position, by: 1, clamp: false) {
            position = next
            rows += 1
        }
        setTop(version, text.step(first, by: -min(row, max(0, contentHeight - rows))) ?? .top)
    }

    /// The scalar offset shown at content row `row` of a pane.
    func offset(atRow row: Int, in version: Int) -> Int? {
        let text = text(version)
        guard let position = text.step(panes[version].top, by: row, clamp: false), let paneRow = text.row(at: position) else {
            return nil
        }
        switch paneRow {
        case .line(_, _, let line): return line.range.lowerBound
        case .blank(let block): return documents[version].blocks[block].range.lowerBound
        }
    }
}
