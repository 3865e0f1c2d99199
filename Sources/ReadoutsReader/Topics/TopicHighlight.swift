import ReadoutsThemes
import ReadoutsTopics

/// How topic words look on screen: in the topic's colour (the focused topic emphasised, the
/// others toned down); a click on one focuses its topic; the status line names the focused
/// topic. The gutter is `TopicGutter`, the tinted passages `PassageTint`.
extension ReaderState {
    func style(of mark: TopicIndex.Mark, in index: TopicIndex) -> TerminalStyle {
        let state: TopicState
        if let focused = navigation.focusedTopic {
            state = focused == mark.topic ? .focused : .dimmed
        } else {
            state = .normal
        }
        return theme.topic(index.slot(of: mark.topic), state: state)
    }

    /// The mark covering `offset` in `version`, if any.
    func mark(at offset: Int, of version: Int, index: TopicIndex) -> Int? {
        var position = index.firstMark(in: version, endingAfter: offset)
        while position < index.marks[version].count {
            let mark = index.marks[version][position]
            if mark.range.lowerBound > offset { return nil }
            if mark.range.contains(offset) { return position }
            position += 1
        }
        return nil
    }

    /// A click on a highlighted word focuses its topic and makes it the current occurrence
    /// (in a heading, only focuses the topic: headings are not landed on).
    mutating func clickTopic(pane: Layout.PaneFrame, x: Int, y: Int) {
        guard let index = topics, let offset = offset(atColumn: x - pane.x, row: y - layout.contentTop, in: pane.version),
            let position = mark(at: offset, of: pane.version, index: index)
        else { return }
        let mark = index.marks[pane.version][position]
        navigation.focusedTopic = mark.topic
        navigation.current = index.isHeading(pane.version, sentence: mark.sentence) ? nil : .init(version: pane.version, index: position)
        // The occurrence clicked is where the reader is: not a sentence `:N` or a pane's
        // change of focus left as the reading point.
        if navigation.current != nil { reading.matchIsNewer = false; reading.point = nil }
        navigation.linkCycle = 0
        navigation.showsPartners = false
    }

    /// The scalar offset under a column of a content row of a pane.
    func offset(atColumn column: Int, row: Int, in version: Int) -> Int? {
        let text = text(version)
        guard row >= 0, let position = text.step(panes[version].top, by: row, clamp: false),
            case .line(_, _, let line) = text.row(at: position)
        else { return nil }
        var x = 0
        var offset = line.range.lowerBound
        for character in documents[version].string(line.range) {
            let width = max(1, CellWidth.of(character))
            if column < x + width { return offset }
            x += width
            offset += character.unicodeScalars.count
        }
        return nil
    }

    /// The focused topic for the status line, from the fullest form to the shortest:
    /// "B Ukraine 3/6 · Kremlin" (the pane of the current occurrence; "only in …" for a
    /// topic one version has), "B Ukraine 3/6", "B 3/6". With no occurrence current, the
    /// count says what it counts ("B Ukraine · 6 passages"): a bare "6" was read as a place
    /// cut short ("D Харківській області 2", taken for "2/5").
    /// `saysWhere`: the full form says which version alone has it, or lacks it. `cuts`: the
    /// short form with its name cut shorter and shorter with "…", the number kept whole;
    /// `whereCuts`: the full form so cut, down to `shortestWhereCutLabel`, what it says of
    /// where kept ("I missions… 1/3 · only in Kremlin"; empty unless `saysWhere`).
    /// `names`: what the versions are called in it (`names`, or shorter ones where the line is short).
    func focusedTopicSummary(names: [String]? = nil) -> (full: String, short: String, shortest: String, saysWhere: Bool, whereOnly: String,
                                                         cuts: [String], whereCuts: [String])? {
        let names = names ?? self.names
        guard let index = topics, let topic = navigation.focusedTopic, index.analysis.topics.indices.contains(topic) else { return nil }
        let entry = index.analysis.topics[topic]
        let count = index.occurrencesByTopic[topic].count
        let place = navigation.current.flatMap { index.position(of: $0, topic: topic) }.map { "\($0 + 1)/\(count)" }
            ?? "· \(count) passage\(count == 1 ? "" : "s")"
        let symbol = index.symbol(of: topic)
        var full = "\(symbol) \(entry.label) \(place)"
        var whereOnly = "\(symbol) \(place)"
        var saysWhere = true
        if index.isOneSided[topic], let version = index.firstVersion(of: topic), version < documents.count {
            full += " · only in \(names[version])"
            whereOnly += " · only in \(names[version])"
        } else if documents.count > 2, index.missingFrom.indices.contains(topic), !index.missingFrom[topic].isEmpty {
            let missing = " · not in " + index.missingFrom[topic].map { names[$0] }.joined(separator: ", ")
            full += missing
            whereOnly += missing
        } else if let current = navigation.current, case let missing = index.passageMissing(current).filter({ $0 < documents.count }),
                  !missing.isEmpty {
            // Three translations: this passage has no counterpart in one of them.
            let notIn = " · passage not in " + missing.map { names[$0] }.joined(separator: ", ")
            full += notIn
            whereOnly += notIn
        } else {
            saysWhere = false
            if let current = navigation.current, current.version < documents.count { full += " · \(names[current.version])" }
        }
        var cuts: [String] = []
        for width in stride(from: CellWidth.of(entry.label) - 1, through: Self.shortestCutLabel, by: -1) {
            let cut = "\(symbol) \(StatusSegment.ellipsised(entry.label, width: width, atWord: true)) \(place)"
            if cut != cuts.last, CellWidth.of(cut) < CellWidth.of(cuts.last ?? "\(symbol) \(entry.label) \(place)") { cuts.append(cut) }
        }
        let short = "\(symbol) \(entry.label) \(place)"
        let saying = saysWhere ? String(full.dropFirst(short.count)) : ""
        let whereCuts = saysWhere
            ? cuts.filter { CellWidth.of($0) - (CellWidth.of(short) - CellWidth.of(entry.label)) >= Self.shortestWhereCutLabel }
                .map { $0 + saying }
            : []
        return (full, short, "\(symbol) \(place)", saysWhere, whereOnly, cuts, whereCuts)
    }

    /// The fewest columns a topic's name is cut to on the status line, "…" included: fewer
    /// say nothing the letter does not.
    static let shortestCutLabel = 4

    /// The fewest columns a topic's name is cut to, "…" included, while what the status line
    /// says of where ("· only in Kremlin", "· passage not in NPR") is kept beside it: shorter,
    /// "J O… 1/1 · only in Kremlin" names no topic, and the name, whole, outlasts the where.
    static let shortestWhereCutLabel = 10
}
