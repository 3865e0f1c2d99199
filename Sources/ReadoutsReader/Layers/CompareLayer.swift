import ReadoutsText
import ReadoutsThemes
import ReadoutsTopics

/// The `c` overlay: the current occurrence's sentence and its linked sentence one above the
/// other, their words aligned as the engine links them (`SentenceAligner`: the same topic,
/// the same stem, and later a semantic match), matched words drawn alike on both sides and
/// the content words only one side uses underlined (reversed where topic words are
/// underlined, without colour), under a line saying why the two are
/// linked (their topics and the link's score). A heading is never compared.
public struct CompareView: Sendable, Equatable {
    public struct Side: Sendable, Equatable {
        /// The version's whole label, shown where it fits; else its short `name`.
        public var label: String
        public var name: String
        public var text: String
    }

    public var sides: [Side]
    public var alignment: WordAlignment
    /// "linked by troupes et renforcement militaire, sanctions et mesures économiques · score 0.59"
    public var reason: String
    /// Colour slots of the topics the alignment names, by topic id.
    public var slots: [String: Int]
    /// Whether the two sentences are in two languages: the words left unaligned there are
    /// not said to be one side's only (`marks`).
    public var acrossLanguages = false

    /// How a word of one side is drawn.
    enum Mark: Equatable {
        case topic(slot: Int), stem, semantic, only
    }

    /// The marked spans of side `side` (0 or 1), strongest reason first: a word in a topic's
    /// span and in a same-stem group is drawn as the topic.
    func marks(_ side: Int) -> [(range: Range<Int>, mark: Mark)] {
        var result: [(range: Range<Int>, mark: Mark)] = []
        let strongestFirst = alignment.matches.filter { if case .topic = $0.reason { true } else { false } }
            + alignment.matches.filter { $0.reason == .stem } + alignment.matches.filter { $0.reason == .semantic }
        for match in strongestFirst {
            let mark: Mark
            switch match.reason {
            case .topic(let id): mark = .topic(slot: slots[id] ?? 0)
            case .stem: mark = .stem
            case .semantic: mark = .semantic
            }
            result += (side == 0 ? match.left : match.right).map { ($0, mark) }
        }
        // Across two languages a word the aligner left alone is mostly one it could not pair:
        // a translator read "welcome" / "saluent", "intelligence" / "renseignement"
        // underlined as missing from the translation. Such words are left plain.
        if !acrossLanguages { result += (side == 0 ? alignment.onlyLeft : alignment.onlyRight).map { ($0, .only) } }
        return result
    }
}

/// The compare view's one key.
enum CompareAction: Sendable { case close }

extension CompareView {
    static let keymap = Keymap<CompareAction>([
        KeyGroup("In the compare view", [KeyBinding([[.any]], .close, "closes")]),
    ])
}

extension ReaderState {
    /// The other drafts' sentences for `sentence` of `version` when it is the change `J` or
    /// `K` last stopped at (a sentence worded otherwise, or moved), with what changed; none otherwise.
    func changeCounterparts(of sentence: Int, in version: Int) -> [(version: Int, sentence: Int, kind: DraftChanges.Kind)] {
        guard let last = navigation.lastChange, last.version == version, let index = topics,
              index.changeStops.stops.indices.contains(version), index.changeStops.stops[version].indices.contains(last.stop)
        else { return [] }
        let stop = index.changeStops.stops[version][last.stop]
        guard stop.isOwn, stop.anchor == sentence else { return [] }
        return stop.parts.compactMap { part in part.sentence.map { (part.version, $0, part.kind) } }
    }

    mutating func handleCompareKey(_ key: Key, layer position: Int) -> LayerResponse {
        guard case .compare = layers[position], case .action(.close, _) = CompareView.keymap.resolve([key]) else { return .passed }
        layers.remove(at: position)
        return .consumed([])
    }

    /// Compares the current occurrence's sentence with its partner: the one tinted in a
    /// visible pane (Enter's latest, or the first that carries the occurrence's topic), else
    /// that first one.
    mutating func openCompare() {
        let (index, current, mark, partners): (TopicIndex, NavigationState.MarkRef, TopicIndex.Mark, [(to: Analysis.SentenceRef, link: Analysis.Link)])
        switch linksAtReadingPoint() {
        case .linked(let found, let at, let occurrence, let links): (index, current, mark, partners) = (found, at, occurrence, links)
        case .unlinked(let found, let sentence): openCompareWithClosest(sentence, index: found); return
        case .none: return
        }
        // At a passage the status line says another version lacks ("not in People's
        // Daily"), before Enter has shown its links, `c` checks that omission: the passage
        // beside that version's closest in meaning (an analyst's `c` compared the one version
        // that had it, and the one she needed to check was the other).
        let ref = Analysis.SentenceRef(version: current.version, sentence: mark.sentence)
        if !navigation.showsPartners, documents.count > 2 {
            let lacking = (index.missingFrom.indices.contains(mark.topic) ? index.missingFrom[mark.topic] : []) + index.passageMissing(current)
            let linked = Set(partners.map(\.to.version))
            if let closest = lacking.filter({ $0 != current.version && !linked.contains($0) })
                .lazy.compactMap({ index.analysis.nearest(to: ref, in: $0) }).first {
                openCompareWithClosest(ref, closest: closest, index: index, linkedElsewhere: true)
                return
            }
        }
        let shown = layout.panes.map(\.version)
        let choice = partners.filter { $0.to.version != current.version }
        let tinted = choice.filter { partner in shown.contains(partner.to.version) }
        // On a change `J` stopped at, the draft it changed from or to: opened as `draft1 state
        // draft2`, `c` compared the first draft with State Dept, the pane shown beside it.
        let counterparts = changeCounterparts(of: mark.sentence, in: current.version)
        func counterpart(of partner: (to: Analysis.SentenceRef, link: Analysis.Link)) -> (version: Int, sentence: Int, kind: DraftChanges.Kind)? {
            counterparts.first { $0.version == partner.to.version && $0.sentence == partner.to.sentence }
        }
        let drafts = choice.filter { counterpart(of: $0) != nil }
        let pool = !drafts.isEmpty ? drafts : tinted.isEmpty ? choice : tinted
        let partner = pool[navigation.linkCycle % pool.count]
        guard let range = index.sentenceRange(current.version, mark.sentence),
            let partnerRange = index.sentenceRange(partner.to.version, partner.to.sentence)
        else { return }
        // What it is compared with is brought into view, as `J` brings a draft's counterpart.
        if !shown.contains(partner.to.version), showAlongsideFocus(partner.to.version) {
            bringIntoView(partner.to.version, range: partnerRange, row: focusRow)
        }
        let left = compareSide(current.version, range, index: index)
        let right = compareSide(partner.to.version, partnerRange, index: index)
        let alignment = aligner.align(left, right)
        let slots = Self.slots(of: alignment, index: index)
        let score = String(format: "%.2f", partner.link.score)
        // Two drafts of a sentence: what changed says more than where the score stands among
        // the links ("score 1.45 (a middling link)" puzzled a counsel of two near-identical
        // sentences, every link between drafts being strong).
        let changed = left.text.unicodeScalars.count <= WordChange.scalarLimit && right.text.unicodeScalars.count <= WordChange.scalarLimit
            ? WordChange.summary(left.text, right.text) : nil
        // The figures that differ, as Enter says them ("figures 75th → 70e"): the compare view
        // underlined them, but said nothing of a translator's changed anniversary.
        // Then a person's name changed in a translation ("names Boris Johnson → Theresa May").
        var differences = ""
        if changed == nil, let found = WordChange.figures(left.text, right.text, languages: (left.language, right.language),
                                                          counterparts: index.translations.contains(partner.link.from, partner.link.to)) {
            differences = " · figures " + found
        }
        if changed == nil, let said = NameChange.saying(Self.nameChanges(left.text, right.text, from: current.version,
                                                                         to: partner.to.version, link: partner.link, index: index)) {
            differences += " · " + said
        }
        // A negation one side alone has, which the aligned words hide (prévoit / plans).
        let negation = changed != nil ? ""
            : Self.negationSaid(left.text, right.text, from: current.version, to: partner.to.version, link: partner.link, index: index, names: names)
                .map { " · " + $0 } ?? ""
        // A link by another of the sentence's topics than the one the reader is on says so, as
        // Enter does: "linked by cybersécurité…" beside "Genève · only in Kremlin"
        // read as the Geneva summit's counterpart.
        let (carriesTopic, phrase) = Self.linkTopics(partner.link, of: mark.topic, from: current.version, to: partner.to.version, among: partners,
                                                     index: index, names: names)
        let linkedBy = carriesTopic ? "linked by " + (phrase ?? "their shared words") : "linked " + (phrase ?? "")
        // Between drafts every link is strong, and where one stands among them says nothing
        // of the sentence `J` found reworded: a student's rewording read "among the weakest
        // quarter of links".
        // Across two languages few words are shared, and the score, mostly theirs, ranks every
        // link low: a diplomat read "score 0.15 (on a scale from about 0.15, weak…)" of the
        // link she was surest of. How alike the two sentences are in meaning says more.
        let acrossLanguages = left.language != right.language && left.language != .undetermined && right.language != .undetermined
        // A translation's counterpart `J` stops at (a figure changed) is no draft's rewording:
        // a translator read "(worded otherwise in this draft)" of a French sentence.
        let reworded = counterpart(of: partner)?.kind == .worded && !acrossLanguages
        // Nor does it say anything of a sentence and its translation, aligned as one text: a
        // translator's literal rendering read "among the weakest quarter of links". Their
        // similarity says how close the rendering is, in place of the score (short: the line
        // is one row, and the negation after it must show).
        let translated = index.analysis.isAligned(current.version, partner.to.version) && changed == nil && !reworded
        let meaning = acrossLanguages && changed == nil && !reworded ? partner.link.similarity : nil
        // Two versions of one text in one language (drafts, two translations) are not a
        // translation's counterparts: an analyst read the translator's wording of two drafts
        // of a law. How much of the passage the other kept says more.
        let oneLanguage = left.language == right.language && left.language != .undetermined
        let scored = translated && oneLanguage
            ? " · the same passage in both versions" + (WordChange.reworded(left.text, right.text).map { ", " + $0 }
                ?? partner.link.similarity.map { ", " + String(format: "%.2f", $0) + " alike in meaning" } ?? "")
            : translated
            ? " · counterparts" + (partner.link.similarity.map { ", " + String(format: "%.2f", $0) + " alike" } ?? "")
            : meaning.map { " · " + String(format: "%.2f", $0) + " alike in meaning (score \(score))" }
            ?? " · score \(score)" + (changed.map { " (nearly the same words: \($0))" }
                ?? (reworded ? " (worded otherwise in this draft)" : index.strength(of: partner.link.score).map { " (\($0))" }) ?? "")
        let reason = linkedBy + scored
            + differences + negation
        push(.compare(CompareView(
            sides: [.init(label: documents[current.version].label, name: names[current.version], text: left.text),
                    .init(label: documents[partner.to.version].label, name: names[partner.to.version], text: right.text)],
            alignment: alignment, reason: reason, slots: slots,
            acrossLanguages: left.language != right.language)))
    }
}

extension ReaderState {
    /// `c` on a sentence nothing in another version is linked to: the sentence beside the
    /// closest to it in meaning there (`Analysis.nearest`), said to be unlinked. A journalist
    /// read "Linked to nothing" of a sentence the other side words otherwise, and could not
    /// check it without reading the whole other version. Without such a sentence (a lexical
    /// run) the notice `linksAtReadingPoint` gave stands.
    /// `closest`: another version's closest sentence to use (by default, `closestInMeaning`'s);
    /// `linkedElsewhere`: the sentence is linked to another version than `closest`'s, and the
    /// reason says "no link into" that version rather than "not linked".
    mutating func openCompareWithClosest(_ sentence: Analysis.SentenceRef, closest chosen: Analysis.Nearest? = nil, index: TopicIndex,
                                         linkedElsewhere: Bool = false) {
        guard let closest = chosen ?? closestInMeaning(to: sentence, index: index),
              let range = index.sentenceRange(sentence.version, sentence.sentence),
              let otherRange = index.sentenceRange(closest.to.version, closest.to.sentence) else { return }
        let left = compareSide(sentence.version, range, index: index)
        let right = compareSide(closest.to.version, otherRange, index: index)
        let alignment = aligner.align(left, right)
        notice = nil
        push(.compare(CompareView(
            sides: [.init(label: documents[sentence.version].label, name: names[sentence.version], text: left.text),
                    .init(label: documents[closest.to.version].label, name: names[closest.to.version], text: right.text)],
            alignment: alignment,
            reason: linkedElsewhere
                ? "no link into \(names[closest.to.version]) · its closest in meaning there (sentence \(closest.to.sentence + 1)), " + closest.alike
                    + (closest.isNear ? "" : ", nothing near")
                : closest.isNear ? "not linked · its closest in meaning in \(names[closest.to.version]) (sentence \(closest.to.sentence + 1)), " + closest.alike
                : "not linked, nor near anything in meaning · the closest in \(names[closest.to.version]) (sentence \(closest.to.sentence + 1)), " + closest.alike,
            slots: Self.slots(of: alignment, index: index), acrossLanguages: left.language != right.language)))
    }
}

extension ReaderState {
    /// One side of the compare view: sentence `range` of `version`, with the topic words the
    /// reader shows in it (the link's evidence as the engine found it; an occurrence by
    /// meaning, an empty mark, has none).
    func compareSide(_ version: Int, _ range: Range<Int>, index: TopicIndex) -> SentenceAligner.Side {
        var spans: [(range: Range<Int>, topic: String)] = []
        var position = index.firstMark(in: version, endingAfter: range.lowerBound)
        while position < index.marks[version].count, index.marks[version][position].range.lowerBound < range.upperBound {
            let found = index.marks[version][position]
            position += 1
            guard !found.range.isEmpty else { continue }
            spans.append(((found.range.lowerBound - range.lowerBound)..<(found.range.upperBound - range.lowerBound),
                          index.analysis.topics[found.topic].id))
        }
        return SentenceAligner.Side(text: documents[version].string(range), language: index.analysis.versions[version].language,
                                    topicSpans: spans)
    }

    /// The index's own colour slots, for the topics `alignment` names (not a table of every
    /// topic rebuilt each time the view opens).
    static func slots(of alignment: WordAlignment, index: TopicIndex) -> [String: Int] {
        var slots: [String: Int] = [:]
        for match in alignment.matches {
            if case .topic(let id) = match.reason { slots[id] = index.slots[id] ?? 0 }
        }
        return slots
    }
}

func renderCompare(_ frame: inout Frame, state: ReaderState, view: CompareView) {
    let theme = state.theme
    let box = theme.style("ui.help")
    let width = min(frame.width, max(30, min(100, frame.width - 4)))
    let inner = max(1, width - 4)
    // Without colour a topic's words are underlined, as in the text: the words only one
    // side has are reversed instead of underlined ("underlined: only on this side" named
    // the topic words too).
    let topicsInColour = theme.topicsHaveColour
    func style(_ mark: CompareView.Mark) -> TerminalStyle {
        var style: TerminalStyle
        switch mark {
        case .topic(let slot):
            style = theme.topic(slot)
            style.background = box.background
            style.modifiers.insert(.bold)
        case .stem:
            style = theme.style("ui.help.key")
        case .semantic:
            style = theme.style("ui.help.key")
            style.modifiers.insert(.italic)
        case .only:
            style = box
            style.modifiers.insert(topicsInColour ? .underline : .reverse)
        }
        return style
    }
    let wrapped = view.sides.map { side -> ([Unicode.Scalar], [WrappedLine]) in
        let scalars = Array(side.text.unicodeScalars)
        return (scalars, Wrapper.wrap(scalars, range: 0..<scalars.count, width: inner, keepsLineBreaks: false))
    }
    let close = CompareView.keymap.groups[0].helpRows[0]
    let meaning = view.alignment.matches.contains { $0.reason == .semantic } ? " · italic: same meaning" : ""
    let unaligned = view.acrossLanguages ? "plain: not aligned across languages" : (topicsInColour ? "underlined" : "reversed") + ": only on this side"
    let legend = (topicsInColour ? "topic colour: same topic" : "underlined: same topic") + " · bold: same stem\(meaning) · "
        + unaligned + " · \(close.keys) \(close.summary)"
    let reason = Wrapper.wrap(Array(view.reason.unicodeScalars), range: 0..<view.reason.unicodeScalars.count, width: inner, keepsLineBreaks: false)
    // The legend on as many lines as it takes (two at most; cut with "…" past them): on one,
    // "italic: same meaning" left "underlined: only on this…" cut at 160 columns.
    let legendScalars = Array(legend.unicodeScalars)
    let legendLines = Array(Wrapper.wrap(legendScalars, range: 0..<legendScalars.count, width: inner, keepsLineBreaks: false).prefix(2))
    // An edge drawn round the box (no colour) has a row of its own under the legend.
    let edge = theme.overlaysNeedAnEdge ? 1 : 0
    let area = Rect.centered(in: frame.bounds, width: width,
                             height: reason.count + wrapped.map { $0.1.count + 1 }.reduce(0, +) + 3 + legendLines.count + edge)
    let (left, top, height) = (area.x, area.y, area.height)
    let bottom = top + height - legendLines.count - edge
    frame.fillOverlay(area, style: box, margin: theme.style("ui.text"), edged: edge == 1)
    frame.put(" Compare ", x: left + 2, y: top, style: theme.style("ui.help.heading"), limit: width - 4)
    var y = top + 1
    let reasonScalars = Array(view.reason.unicodeScalars)
    for line in reason where y < bottom {
        frame.put(String(String.UnicodeScalarView(reasonScalars[line.range])), x: left + 2, y: y, style: theme.style("ui.empty"), limit: inner)
        y += 1
    }
    for (sideIndex, side) in view.sides.enumerated() {
        let (scalars, lines) = wrapped[sideIndex]
        let marks = view.marks(sideIndex)
        guard y < bottom else { break }
        let title = CellWidth.of(side.label) <= inner ? side.label
            : StatusSegment.ellipsised(side.name, width: inner, atWord: true)
        frame.put(title, x: left + 2, y: y, style: theme.style("ui.help.heading"), limit: inner)
        y += 1
        for line in lines {
            guard y < bottom else { break }
            var x = left + 2
            var offset = line.range.lowerBound
            for character in String(String.UnicodeScalarView(scalars[line.range])) {
                let cellStyle = marks.first { $0.range.contains(offset) }.map { style($0.mark) } ?? box
                x = frame.put(String(character), x: x, y: y, style: cellStyle, limit: left + 2 + inner - x)
                offset += character.unicodeScalars.count
            }
            y += 1
        }
        if sideIndex == 0 { y += 1 }
    }
    for (row, line) in legendLines.enumerated() where bottom + row < top + height - edge {
        let last = row == legendLines.count - 1
        var text = last ? String(String.UnicodeScalarView(legendScalars[line.range.lowerBound...])) : String(String.UnicodeScalarView(legendScalars[line.range]))
        while text.last == " " { text.removeLast() }
        frame.put(StatusSegment.ellipsised(text, width: inner, atWord: true),
                  x: left + 2, y: bottom + row, style: theme.style("ui.empty"), limit: inner)
    }
}
