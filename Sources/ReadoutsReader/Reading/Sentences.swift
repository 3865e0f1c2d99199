import ReadoutsText
import ReadoutsThemes
import ReadoutsTopics

/// Sentences as the reader addresses them: `:N`, the numbers beside the text, and "the
/// current sentence" that `y`, `Y` and `m` act on. They are the topic engine's sentences
/// (numbered from 1 here; the JSON export's `index` counts from 0), known from its first
/// result on.
extension ReaderState {
    /// A version's sentences, once the engine has found them.
    func sentences(of version: Int) -> [Sentence]? {
        guard let topics, topics.analysis.versions.indices.contains(version) else { return nil }
        return topics.analysis.versions[version].sentences
    }

    /// Why a sentence command cannot run yet.
    var sentencesPending: Notice {
        .awaitingLinking("sentences are still being found", progress: analysisProgress,
                         done: "sentences found: the command works now", sentencesOnly: true)
    }

    /// The sentence `y` copies in the focused pane, if any is on screen: the one at the
    /// reading point (`:N`, `NG`, a mark), else at the current topic occurrence, else at the
    /// current search match, else the first sentence that starts on screen.
    func currentSentence() -> (version: Int, sentence: Int)? {
        let version = focus
        guard let index = topics, let sentences = sentences(of: version), !sentences.isEmpty else { return nil }
        if let sentence = readingSentence(in: version, index: index) { return (version, sentence) }
        let top = text(version).offset(at: panes[version].top)
        let sentence = index.sentence(in: version, at: top) ?? 0
        if sentences[sentence].range.lowerBound < top, sentence + 1 < sentences.count,
            row(of: sentences[sentence + 1].range.lowerBound, in: version) != nil
        {
            return (version, sentence + 1)
        }
        return (version, sentence)
    }

    /// The sentence the reader is at in `version`, while on screen: the reading point (`:N`,
    /// `NG`, a mark, `J`), else a newer search match, else the current topic occurrence, else
    /// the match; nil when none is on screen. `y` then takes the first sentence on screen,
    /// `J` the top of the pane.
    func readingSentence(in version: Int, index: TopicIndex) -> Int? {
        var candidates: [Int] = []
        if let point = reading.point, point.version == version { candidates.append(point.offset) }
        let match = search.current.flatMap { $0.version == version ? $0.range.lowerBound : nil }
        if reading.matchIsNewer, let match { candidates.append(match) }
        if let current = navigation.current, current.version == version, index.marks[version].indices.contains(current.index) {
            candidates.append(index.marks[version][current.index].range.lowerBound)
        }
        if let match { candidates.append(match) }
        for offset in candidates where row(of: offset, in: version) != nil {
            if let sentence = index.sentence(in: version, at: offset) { return sentence }
        }
        return nil
    }

    /// Ctrl-G: where the focused pane is, as less and vim say it: the version and which of
    /// how many, the current sentence (else the one at the top of the pane, "at the top") and
    /// how many there are, then its whole label and where it comes from. The position ("4%")
    /// is the status line's own: said again here, it pushed the source off the line. Narrower,
    /// the label and the source go first, then the words ("Kremlin 1/2 · sentence 1/19 at the top").
    mutating func showPosition() {
        let document = documents[focus]
        let many = documents.count > 1
        var parts = [names[focus] + (many ? " (version \(focus + 1) of \(documents.count))" : "")]
        var short = [names[focus] + (many ? " \(focus + 1)/\(documents.count)" : "")]
        // The sentence the reader is at (`:N`, a match, `o`, `]`), else the top's, saying so:
        // after `:8` it said "sentence 6/15", the top of the pane, with nothing to tell them apart.
        if let index = topics, let sentences = sentences(of: focus) {
            if let current = readingSentence(in: focus, index: index) {
                parts.append("sentence \(current + 1) of \(sentences.count)")
                short.append("sentence \(current + 1)/\(sentences.count)")
            } else if let top = index.sentence(in: focus, at: text(focus).offset(at: panes[focus].top)) {
                parts.append("sentence \(top + 1) of \(sentences.count) at the top")
                short.append("sentence \(top + 1)/\(sentences.count) at the top")
            }
        }
        let essential = parts.joined(separator: " · ")
        if document.label != names[focus] { parts.append(document.label) }
        if let source = document.shownSource { parts.append(source) }
        notice = .answer(parts.joined(separator: " · "),
                         shorter: (parts.count > short.count ? [essential] : []) + [short.joined(separator: " · ")])
    }

    /// `)` and `(` (`delta` 1 and −1, or a count's): the next or previous sentence of the
    /// focused pane, as vim's sentence motions, from the sentence the reader is at
    /// (`readingSentence`); at none, the first `)` goes to the first sentence starting on
    /// screen, `(` to the one before it. Each lands as `:N` does: a translator stepped through
    /// a translation typing `:2`, `:3`, `:4`… A step past either end stays, and says so.
    mutating func stepSentence(by delta: Int) {
        guard let index = topics, let sentences = sentences(of: focus) else {
            notice = sentencesPending
            return
        }
        guard !sentences.isEmpty, delta != 0 else {
            notice = Notice("\(names[focus]) has no sentences")
            return
        }
        let target: Int
        if let at = readingSentence(in: focus, index: index) {
            target = at + delta
        } else {
            let first = currentSentence()?.sentence ?? 0
            target = delta > 0 ? first + delta - 1 : first + delta
        }
        guard target >= 0 else {
            notice = Notice("no previous sentence: \(names[focus]) starts here")
            return
        }
        guard target < sentences.count else {
            notice = Notice("no next sentence: \(names[focus]) ends with sentence \(sentences.count)")
            return
        }
        goToSentence(target + 1)
    }

    /// `:N`: sentence N of the focused pane (the last one past the end), a third of the way
    /// down like every jump; follow mode brings its linked passages alongside.
    mutating func goToSentence(_ number: Int) {
        guard let sentences = sentences(of: focus) else {
            notice = sentencesPending
            return
        }
        guard !sentences.isEmpty else {
            notice = Notice("\(names[focus]) has no sentences")
            return
        }
        let sentence = min(max(1, number), sentences.count) - 1
        let offset = sentences[sentence].range.lowerBound
        rememberJump()
        bringIntoView(focus, range: sentences[sentence].range, row: focusRow)
        reading.point = ReadingPoint(version: focus, offset: offset)
        makeCurrent(sentence: sentence, of: focus)
        // A sentence without a topic is drawn on the current passage's tint (its number
        // reversed with `:set nu`), and the status line says it has none (`sentenceAtPoint`).
        navigation.unheldStop = navigation.current == nil ? reading.point : nil
        if navigation.follows { alignOthers(to: focus, sentence: sentence, offset: offset) }
        notice = Notice("\(names[focus]) sentence \(sentence + 1) of \(sentences.count)")
    }

    /// The sentence the reading point is at in the focused pane, while it is on screen and
    /// no occurrence of it is current (`:N` or `J` at a sentence without a topic, `NG`), and
    /// whether it holds any topic: the status line names it instead of the focused topic,
    /// whose place would be a passage the reader has left ("K 東シナ海 1 · only in
    /// mofa_ja.txt" beside sentence 11, which has none). The focused topic stays focused:
    /// `]` and `[` go on through its passages.
    var sentenceAtPoint: (sentence: Int, hasTopic: Bool)? {
        guard let point = reading.point, point.version == focus, let index = topics, row(of: point.offset, in: focus) != nil,
              let sentence = index.sentence(in: focus, at: point.offset), let range = index.sentenceRange(focus, sentence)
        else { return nil }
        if navigation.current?.version == focus, currentMark(in: index)?.sentence == sentence { return nil }
        let first = index.firstMark(in: focus, startingAtOrAfter: range.lowerBound)
        return (sentence, index.marks[focus].indices.contains(first) && index.marks[focus][first].sentence == sentence)
    }

    /// The sentence `:N` went to is the one Enter and `c` act on: its occurrence of the
    /// focused topic becomes the current one (else the one of its strongest link's topic, else
    /// its first, whose topic is then the focused one), or none when it has no topic
    /// (then Enter and `c` say so, rather than answer about a passage left behind).
    mutating func makeCurrent(sentence: Int, of version: Int) {
        guard let index = topics, let range = index.sentenceRange(version, sentence) else { return }
        var first: Int?
        var ofFocused: Int?
        // The mark of the topic of the sentence's strongest link: Enter, which shows the
        // current topic's links first, then shows the strongest first (an analyst's `:4` and
        // Enter showed a link scored 0.15 before two of 0.6).
        var ofStrongest: Int?
        let strongest = Set(index.links(from: version, sentence: sentence).first?.link.topics ?? [])
        var position = index.firstMark(in: version, startingAtOrAfter: range.lowerBound)
        while position < index.marks[version].count, index.marks[version][position].sentence == sentence {
            first = first ?? position
            let topic = index.marks[version][position].topic
            if ofFocused == nil, topic == navigation.focusedTopic { ofFocused = position }
            if ofStrongest == nil, strongest.contains(index.analysis.topics[topic].id) { ofStrongest = position }
            position += 1
        }
        let chosen = ofFocused ?? ofStrongest ?? first
        navigation.current = chosen.map { NavigationState.MarkRef(version: version, index: $0) }
        // The status line names the topic of the occurrence made current (it named the one
        // left behind, with another passage's "not in"); a sentence without a topic keeps it.
        if ofFocused == nil, let chosen { navigation.focusedTopic = index.marks[version][chosen].topic }
        navigation.linkCycle = 0
        navigation.showsPartners = false
    }

    /// `#`, `:set nu`, `:set nonu`: sentence numbers beside the text.
    mutating func setNumbers(_ on: Bool) {
        reading.numbersSentences = on
        reflow()
        notice = Notice(on ? (topics == nil ? "sentence numbers on: sentences are numbered once they are found" : "sentence numbers on")
            : "sentence numbers off")
    }

    /// Columns of the number margin: the widest sentence number and a space (none when off).
    var numberColumnWidth: Int {
        guard reading.numbersSentences else { return 0 }
        let most = topics?.analysis.versions.map(\.sentences.count).max() ?? 999
        return max(2, String(most).count) + 1
    }
}

/// Draws sentence numbers in the margin left of a pane's text: on the row where each
/// sentence starts; the current sentence's number (what `y` copies) reversed.
func renderSentenceNumbers(_ frame: inout Frame, state: ReaderState, pane: Layout.PaneFrame, layout: Layout, rows: [PaneRow]) {
    guard pane.margin > 1, let index = state.topics, let sentences = state.sentences(of: pane.version) else { return }
    let style = state.theme.style("ui.gutter")
    var current = style
    current.modifiers.formUnion([.reverse, .bold])
    let marked = pane.version == state.focus ? state.currentSentence()?.sentence : nil
    for (row, paneRow) in rows.enumerated() {
        guard case .line(_, _, let line) = paneRow, !line.range.isEmpty,
            var sentence = index.sentence(in: pane.version, at: line.range.lowerBound)
        else { continue }
        if sentences[sentence].range.lowerBound < line.range.lowerBound { sentence += 1 }
        guard sentence < sentences.count, sentences[sentence].range.lowerBound < line.range.upperBound else { continue }
        let number = String(sentence + 1)
        let x = pane.x - 1 - number.count
        frame.put(number, x: max(pane.x - pane.margin, x), y: layout.contentTop + row, style: sentence == marked ? current : style,
                  limit: pane.margin - 1)
    }
}
