import ReadoutsText
import ReadoutsTopics

/// The two ways to step, like vimdiff's `]c`: `]` `[` through the passages of one topic
/// in every pane, `}` `{` from topic to topic (and `;` `,` through the topic words of the
/// focused pane, whatever their topic). Headings are never landed on.
extension ReaderState {
    /// The first topic `]` steps through when none is focused.
    func firstTopic(_ index: TopicIndex) -> Int? {
        topicOrders(index).first
    }

    /// Topics in the order the focused version first mentions them, then the others.
    func topicOrders(_ index: TopicIndex, from version: Int? = nil) -> [Int] {
        // Precomputed per analysis (TopicIndex.topicOrders): this runs on every `}` / `{`.
        let home = version ?? focus
        return home < index.topicOrders.count ? index.topicOrders[home] : []
    }

    // MARK: One topic

    /// `]` / `[`: the next or previous passage of the focused topic (the first topic when
    /// none is focused), the focused pane's first, then the next pane's, round and back.
    /// Counted as "3/6" in version order, so the count goes on across panes; passing from the
    /// last back to the first says "wrapped", and moving to another pane says so too.
    mutating func stepOccurrence(forward: Bool) {
        guard let index = requireTopics() else { return }
        guard let topic = navigation.focusedTopic ?? firstTopic(index) else {
            notice = Notice("every topic is in headings only")
            return
        }
        let all = index.occurrencesByTopic[topic]
        guard !all.isEmpty else {
            navigation.focusedTopic = topic
            notice = Notice("\(index.analysis.topics[topic].label) is only in headings")
            return
        }
        // Where the step starts: the current occurrence if it is in the focused pane and on
        // screen, else the match a search moved to, else the top of the focused pane's view
        // (after `g` or `:N` elsewhere, the reader steps from what is shown, not from a
        // passage left behind).
        var origin = (focus, matchOnScreen(in: focus) ?? panes[focus].anchor)
        var fromCurrent = false
        if let current = navigation.current, current.version == focus, index.marks[focus].indices.contains(current.index),
           row(of: index.marks[focus][current.index].range.lowerBound, in: focus) != nil {
            origin = (focus, index.marks[focus][current.index].range.lowerBound)
            fromCurrent = true
        }
        func key(_ occurrence: NavigationState.MarkRef) -> (Int, Int) {
            (occurrence.version, index.marks[occurrence.version][occurrence.index].range.lowerBound)
        }
        // Forward: the first occurrence after the current one (at or after the top of the
        // view); back: the last before either.
        let strictlyAfter = forward && fromCurrent
        let low = all.partitionPoint { strictlyAfter ? key($0) > origin : key($0) >= origin }
        var target = forward ? low : low - 1
        var notes: [String] = []
        if target >= all.count || target < 0 {
            target = forward ? 0 : all.count - 1
            notes.append(all.count == 1 ? "the only passage" : forward ? "wrapped to the first passage" : "wrapped to the last passage")
        }
        // A topic of one passage says so whichever way `]` reached it (pressed on it, it
        // seemed to do nothing).
        if all.count == 1, notes.isEmpty { notes.append("the only passage") }
        let before = focus
        go(to: all[target])
        if focus != before { notes.append("now in \(names[focus])") }
        notice = notes.isEmpty ? nil : Notice(notes.joined(separator: "; "))
    }

    // MARK: Topics

    /// `}` / `{`: the next or previous topic, in the order the pane where the round began
    /// mentions them first (then the topics it lacks), each once per round. A topic that
    /// pane lacks moves the focus to the pane that has it, saying so.
    mutating func stepTopic(forward: Bool) {
        guard let index = requireTopics() else { return }
        let home = navigation.topicRound.flatMap { $0.focus == focus ? $0.home : nil } ?? focus
        let order = topicOrders(index, from: home)
        guard !order.isEmpty else {
            notice = Notice("every topic is in headings only")
            return
        }
        var notes: [String] = []
        var position: Int
        if let current = navigation.focusedTopic.flatMap({ order.firstIndex(of: $0) }), currentOccurrenceIsShown(in: index) {
            position = current + (forward ? 1 : -1)
        } else {
            // From what is shown, as vim's `]c` goes from the cursor: the first topic the pane
            // first mentions below the top of the view (`{`: the last above it). After `50%`
            // a translator's `}` went back to the first topic at the top.
            let from = matchOnScreen(in: home) ?? panes[home].anchor
            let below = order.partitionPoint { (firstMention(of: $0, in: home, index: index) ?? .max) >= from }
            position = forward ? below : below - 1
        }
        if position >= order.count || position < 0 {
            position = forward ? 0 : order.count - 1
            notes.append(forward ? "wrapped to the first topic" : "wrapped to the last topic")
        }
        let before = focus
        go(to: firstOccurrence(of: order[position], from: home, in: index))
        if focus != before {
            // A topic one version alone has says "only in …" beside its name, and the pane's
            // title shows the focus: a note of the move too left no room for the name at 80
            // columns.
            if focus == home { notes.append("back in \(names[home])") }
            else if !index.isOneSided[order[position]] { notes.append("not in \(names[home]): now in \(names[focus])") }
        }
        navigation.topicRound = .init(home: home, focus: focus)
        notice = notes.isEmpty ? nil : Notice(notes.joined(separator: "; "))
    }

    /// Where `version` first mentions `topic` outside headings (nil: it does not): the
    /// topics of `topicOrders` that version has come in this order.
    func firstMention(of topic: Int, in version: Int, index: TopicIndex) -> Int? {
        let all = index.occurrencesByTopic[topic]
        let first = all.partitionPoint { $0.version >= version }
        guard first < all.count, all[first].version == version else { return nil }
        return index.marks[version][all[first].index].range.lowerBound
    }

    /// Whether the current occurrence is in the focused pane and on screen.
    func currentOccurrenceIsShown(in index: TopicIndex) -> Bool {
        guard let current = navigation.current, current.version == focus, index.marks[focus].indices.contains(current.index) else { return false }
        return row(of: index.marks[focus][current.index].range.lowerBound, in: focus) != nil
    }

    /// The first occurrence of `topic` outside headings in `version`, else in the versions
    /// after it (round and back).
    func firstOccurrence(of topic: Int, from version: Int, in index: TopicIndex) -> NavigationState.MarkRef {
        let all = index.occurrencesByTopic[topic]
        return all.first { $0.version >= version } ?? all[0]
    }

    /// Goes to a topic's first occurrence in the focused pane, else its first in the next
    /// panes (the topic list's Enter). A step like `]`: the sentence `:N` or a mark went to is
    /// left, and `y`, `c` and Enter act on the occurrence gone to.
    mutating func goToTopic(_ topic: Int) {
        guard let index = topics else { return }
        reading.point = nil
        guard !index.occurrencesByTopic[topic].isEmpty else {
            navigation.focusedTopic = topic
            navigation.current = nil
            notice = Notice("\(index.analysis.topics[topic].label) is only in headings")
            return
        }
        let before = focus
        go(to: firstOccurrence(of: topic, from: focus, in: index))
        if focus != before, !index.isOneSided[topic] { notice = Notice("not in \(names[before]): now in \(names[focus])") }
    }

    // MARK: Any topic in this pane

    /// `;` / `,`: the next or previous topic word of any topic in the focused pane, in
    /// reading order (headings skipped), wrapping with a notice.
    mutating func stepAnyTopic(forward: Bool) {
        guard let index = requireTopics() else { return }
        let version = focus
        let marks = index.marks[version]
        // Another word of the current topic in the current sentence is skipped: the status
        // line said the same thing again, and a student took the key for broken.
        let from = navigation.current.flatMap { $0.version == version && marks.indices.contains($0.index) ? marks[$0.index] : nil }
        func lands(_ position: Int) -> Bool {
            !index.isHeading(version, sentence: marks[position].sentence)
                && !(marks[position].sentence == from?.sentence && marks[position].topic == from?.topic)
        }
        var target: Int
        if let current = navigation.current, current.version == version {
            target = current.index + (forward ? 1 : -1)
        } else {
            let start = index.firstMark(in: version, startingAtOrAfter: matchOnScreen(in: version) ?? panes[version].anchor)
            target = forward ? start : start - 1
        }
        var wrapped = false
        for _ in 0...marks.count {
            if target >= marks.count || target < 0 {
                if wrapped { break }
                wrapped = true
                target = forward ? 0 : marks.count - 1
            }
            if marks.indices.contains(target), lands(target) {
                go(to: .init(version: version, index: target))
                if wrapped { notice = Notice(forward ? "wrapped to the first topic word" : "wrapped to the last topic word") }
                return
            }
            target += forward ? 1 : -1
        }
        notice = Notice(from == nil ? "no topics in \(names[version])" : "no other topic word in \(names[version])")
    }

    /// Makes an occurrence current, scrolls it into view if needed, and lets follow mode
    /// align the other panes.
    mutating func go(to mark: NavigationState.MarkRef, pushJump: Bool = true) {
        guard let index = topics, index.marks.indices.contains(mark.version),
            index.marks[mark.version].indices.contains(mark.index)
        else { return }
        if pushJump { rememberJump() }
        let target = index.marks[mark.version][mark.index]
        if focus != mark.version { moveFocus(to: mark.version) }
        navigation.current = mark
        // The occurrence is now where the reader is, newer than a search's match: `y`, `c`,
        // Enter act on it (after a search, the topic list's Enter left `y` copying the match's
        // sentence, not the highlighted one, a student's quote).
        reading.matchIsNewer = false
        navigation.focusedTopic = target.topic
        navigation.linkCycle = 0
        navigation.showsPartners = false
        if row(of: target.range.lowerBound, in: mark.version) == nil {
            bringIntoView(mark.version, offset: target.range.lowerBound, row: focusRow)
        }
        if navigation.follows { alignOthers(to: mark.version, sentence: target.sentence, offset: target.range.lowerBound) }
    }
}
