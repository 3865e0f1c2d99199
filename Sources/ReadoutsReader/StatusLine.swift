import ReadoutsThemes

/// The reader's status line as `StatusSegment`s (their priorities are listed there): what
/// has the focus and where, the focused topic, a notice in a place of its own, then the
/// background work, follow mode, help and the input counter on the right.
enum StatusLine {
    /// The most cells a pane's short name takes beside its position on a narrow status line.
    static let shortNameLimit = 8

    /// From this width on (a terminal's default), "? help" gives way to "?" after every other
    /// segment's forms but the required ones; narrower, after the topic's name (at 60
    /// columns "? help" would cut it).
    static let wholeHelpWidth = 80

    /// "? help"'s priority: 97 from `wholeHelpWidth` on unless it `yields`, else 88.
    static func helpPriority(width: Int, yields: Bool) -> Int {
        width >= wholeHelpWidth && !yields ? 97 : 88
    }

    static func segments(_ state: ReaderState, layout: Layout, counter: Int?) -> [StatusSegment] {
        parts(state, layout: layout, counter: counter).segments
    }

    /// The segments, and which of them is the notice (`ReaderState.notice`): a notice is
    /// never cut; left out, it is shown whole above the line (`MessageRows`).
    static func parts(_ state: ReaderState, layout: Layout, counter: Int?) -> (segments: [StatusSegment], notice: Int?) {
        // "? help" gives way to "?" where that lets the answer to the key just pressed say
        // more than its shortest form (Ctrl-G's source at 120 columns, `:foo`'s commands at
        // 80): read once, the next key brings the hint back. Not for its shortest form, where
        // "? help" comes back only if that form still fits beside it (else the answer would be
        // pushed above the line for the hint's five cells).
        let shortestAnswer = layout.width >= wholeHelpWidth ? state.notice.flatMap { $0.answersAKey ? $0.forms.last : nil } : nil
        var first = parts(state, layout: layout, counter: counter, noticeOnTheLine: true, helpYields: shortestAnswer != nil)
        if let shortestAnswer, let notice = first.notice {
            let shown = StatusSegment.fit(first.segments, width: layout.width)[notice]
            if shown == nil || shown == shortestAnswer {
                let withHelp = parts(state, layout: layout, counter: counter, noticeOnTheLine: true, helpYields: false)
                if shown == nil || withHelp.notice.flatMap({ StatusSegment.fit(withHelp.segments, width: layout.width)[$0] }) != nil {
                    first = withHelp
                }
            }
        }
        // A notice that names the pane, left out (shown above the line), names it nowhere on
        // the line: Enter's "Maison Blanche link 1/1 · …" above it left "Bot  2/2" at 60 columns.
        guard let notice = first.notice, StatusSegment.fit(first.segments, width: layout.width)[notice] == nil else { return first }
        return parts(state, layout: layout, counter: counter, noticeOnTheLine: false, helpYields: false)
    }

    private static func parts(_ state: ReaderState, layout: Layout, counter: Int?,
                              noticeOnTheLine: Bool, helpYields: Bool) -> (segments: [StatusSegment], notice: Int?) {
        typealias Form = StatusSegment.Form
        let position = positionLabel(state)
        // Narrower, a short name (its first letters, told apart from the others': "State…",
        // "…draft 1") stays with the position: a bare "35%" did not say which pane it was of.
        // Not where the notice on the line begins with it (Ctrl-G's "Kremlin 1/2 · …"), nor,
        // with one pane shown (its title names it), where the topic's "only in Kremlin" does:
        // there the name gives way first. Beside two panes "only in" says where the topic is, not which pane
        // the position is of ("Bot  M stabilité stratégique 1/1 · only in Maison Blanche" at
        // 80 columns left a student asking which pane was at its bottom).
        let name = state.names[state.focus]
        let shortNames = state.documents.count > 1 ? VersionNames.short(state.names, limit: shortNameLimit) : state.names
        let short = shortNames[state.focus]
        let named = noticeOnTheLine && state.notice.map { $0.forms.allSatisfy { $0.hasPrefix(name) } } == true
            || (layout.panes.count == 1 && !state.searchIsThePlace
                && state.focusedTopicSummary()?.full.hasSuffix("only in \(name)") == true)
        // Between the whole name and the shortest, names cut to the room there is (`shortenedNames`):
        // "trudeau-macron-2024-en.… 41%" went straight to "tru…en.… 41%" beside spare columns.
        // The whole label first where there is room for it: the reader's names of versions stop
        // at `VersionNames`' 24 cells, and a diplomat's "2021-07-09-kremlin-ru.t… All" stood
        // beside 60 empty columns at 200.
        let label = state.documents.indices.contains(state.focus) ? state.documents[state.focus].label : name
        // Before the first key, the hint (`firstHint`) outlasts a long name's longer forms:
        // the pane's title names it whole, and at 80 columns a fact-checker's 64-character
        // title left the hint no room on her first screen.
        let longName = showsFirstHint(state) ? StatusLine.firstHint.map(\.priority).min()! - 1 : 86
        let between = named ? [] : shortenedNames(state, within: layout.width).map { $0[state.focus] }.uniqued()
            .filter { $0 != label && $0 != short }.map { Form("\($0) \(position)", longName) }
        let whole = named ? [Form("\(name) \(position)", 86)] : label != short ? [Form("\(label) \(position)", longName)] : []
        var segments = [
            StatusSegment(whole + between + (named ? [] : [Form("\(short) \(position)", 96)]) + [Form(position, StatusSegment.required)]),
        ]
        if state.documents.count > layout.panes.count, let first = layout.panes.first, let last = layout.panes.last {
            if layout.panes.count == 1 {
                // One pane at a time: say which version this is and how to see the next. The
                // pane's title says "[1/2]" too: the topic's name outlasts it here.
                let next = state.names[(state.focus + 1) % state.documents.count]
                let which = "\(state.focus + 1)/\(state.documents.count)"
                let key = ReaderKeymap.label(of: .focusNext, in: state.keymap)
                segments.append(StatusSegment([Form("\(which) · \(key): \(next)", 70), Form("\(which) · \(key)", 84), Form(which, 86)]))
            } else {
                segments.append(StatusSegment("panes \(first.version + 1)–\(last.version + 1) of \(state.documents.count)", priority: 40))
            }
        }
        // After a search moved the reader (or failed where it had), the search speaks for where
        // it is, not the occurrence left behind; a topic step brings the topic back.
        if !state.searchIsThePlace, let (sentence, hasTopic) = state.sentenceAtPoint {
            // Where `:N` went, not the topic left behind. A sentence the brief lists as linked to
            // nothing (an `o` stop) says so here, as a topic's "only in …" does beside its name:
            // `o`'s notice is its count alone, the same at every stop.
            var forms = [Form("sentence \(sentence + 1)" + (hasTopic ? "" : " · no topic"), 95)]
            if !hasTopic, state.topics?.isLinkedToNothing(state.focus, sentence: sentence) == true {
                // The other version by its name, then by its short name, before "in" it goes.
                let others = [state.othersPhrase(of: state.focus), state.othersPhrase(of: state.focus, names: shortNames)]
                forms = others.uniqued().map { Form("sentence \(sentence + 1) · in no topic, linked to nothing in \($0)", 92) }
                    + [Form("sentence \(sentence + 1) · no topic, linked to nothing", 94)] + forms
            } else if !hasTopic, state.topics?.isOpeningCallLine(state.focus, sentence: sentence) == true {
                // Why `o` and the brief pass it: it says who spoke with whom (a diplomat found the
                // two openings in no list and nothing saying why).
                forms = [Form("sentence \(sentence + 1) · the opening: who spoke with whom, not an omission", 92),
                         Form("sentence \(sentence + 1) · who spoke with whom", 94)] + forms
            } else if !hasTopic, state.topics?.isAboutTheReports(state.focus, sentence: sentence) == true {
                // Why `o` passes it: it speaks of the reports, not of the event (a student took
                // three minutes and the brief to learn it).
                forms = [Form("sentence \(sentence + 1) · about the reports themselves, not the event", 92),
                         Form("sentence \(sentence + 1) · about the reports", 94)] + forms
            }
            segments.append(StatusSegment(forms + (hasTopic ? [] : [Form("no topic", 93)])))
        } else if !state.searchIsThePlace, let topic = state.focusedTopicSummary() {
            // The topic's name is what `}` and `]` answer: it outlasts the help, "only in …" and
            // a notice not asked for (at 70 columns a new user's `o` showed "J 1/1 · only in
            // Kremlin", at 60 columns `}` "Kremlin Top  1/2 · Tab  I 1/3 · only in Kremlin",
            // and neither said which topic). Only the pane's short name and the shortest form
            // of what a key was pressed for outlast it (96).
            // Narrower, the name is cut with "…" before it goes, the number always whole ("D
            // Харківській області 2" was read as "2/5" cut short).
            // What it says of where ("only in Maison Blanche", "passage not in NPR": what kind
            // of `o` stop this is, which version lacks it) outlasts a notice not asked for (`o`'s
            // "one-sided passage 3/3" is shown whole above the line instead: at 80 columns it
            // had pushed out "· passage not in NPR"), and the end of the topic's name: the name
            // is cut first, down to `shortestWhereCutLabel` columns ("I missions… 1/3 · only in
            // Kremlin"), then the where gives way as before.
            // What kind of stop it is outlasts the version's whole name: "passage not in
            // tru…fr-…" rather than no "passage not in" at all (80 columns, names of files).
            let cuts = topic.cuts.map { Form($0, 95) }
            if topic.saysWhere {
                let shortWhere = state.focusedTopicSummary(names: shortNames).flatMap { $0.full == topic.full ? nil : $0 }
                // "only in" the version's whole label first, where there is room.
                let labels = state.documents.map(\.label)
                let wholeWhere = labels == state.names ? nil : state.focusedTopicSummary(names: labels).flatMap { $0.full == topic.full ? nil : $0 }
                var forms = (wholeWhere.map { [Form($0.full, 92)] } ?? []) + [Form(topic.full, 92)] + topic.whereCuts.map { Form($0, 92) }
                if let shortWhere { forms += [Form(shortWhere.full, 92)] + shortWhere.whereCuts.map { Form($0, 92) } }
                forms += [Form(topic.short, 95)] + cuts
                for whereOnly in [topic.whereOnly] + (shortWhere.map { [$0.whereOnly] } ?? [])
                    where CellWidth.of(whereOnly) < CellWidth.of(forms.last!.text) {
                    forms.append(Form(whereOnly, 94))
                }
                segments.append(StatusSegment(forms + [Form(topic.shortest, 93)]))
            } else {
                segments.append(StatusSegment([Form(topic.full, 60), Form(topic.short, 95)] + cuts + [Form(topic.shortest, 93)]))
            }
        }
        if !state.waitingCommands.isEmpty {
            // A command typed while loading waits for the whole text, visibly, until it runs.
            segments.append(StatusSegment([Form(ReaderState.waitingNotice, 80), Form("waiting", 87)], scope: "ui.status.notice"))
        }
        var noticeSegment: Int?
        if let notice = state.notice {
            // Whole, in the first of its forms that fits. The fuller forms give way early, to the
            // help's words and the topic's "only in …" (a shorter form is written to say what
            // matters); the last outlasts the topic's "only in …", or, for a notice a key was
            // pressed for (Ctrl-G, where `y` put the text, what Enter and `J` say changed, the
            // search's count), its name too. Left out, it is shown whole above the line.
            let (full, last) = notice.answersAKey ? (89, 96) : (87, 91)
            let texts = notice.forms
            noticeSegment = segments.count
            segments.append(StatusSegment(texts.indices.map { Form(texts[$0], $0 == texts.count - 1 ? last : full) },
                                          scope: "ui.status.notice"))
        }
        if showsFirstHint(state) {
            // Until the first key, in the room nothing else wants: what the colours and the
            // gutter's letters are, and the keys that read by topic. A student took five
            // minutes and the help's third column to learn what the gutter was.
            segments.append(StatusSegment(StatusLine.firstHint.map { Form($0.text, $0.priority) }, scope: "ui.status.notice"))
        }
        if state.isLoading {
            segments.append(StatusSegment("loading \(Int(state.loadProgress * 100))%", priority: 50, side: .right))
        } else if state.linksTopics && (state.topics == nil || state.analysisProgress < 1) {
            let percent = "\(Int(state.analysisProgress * 100))%"
            if state.topics?.analysis.isLinkingByMeaning == true {
                segments.append(StatusSegment([Form("linking by meaning \(percent)", 50), Form("linking \(percent)", 48)], side: .right))
            } else {
                segments.append(StatusSegment("linking \(percent)", priority: 50, side: .right))
            }
        }
        if state.linksTopics, let linker = state.linkerLabel {
            // Shortened to its first word ("semantic" of "semantic cached"), then left out
            // whole: "sem…" read as a word cut short, not as the linker's name.
            let word = String(linker.prefix { $0 != " " })
            segments.append(StatusSegment([Form(linker, 28)] + (word == linker ? [] : [Form(word, 26)]), side: .right))
        }
        if state.documents.count > 1 && state.navigation.follows {
            segments.append(StatusSegment("follow", priority: 30, side: .right))
        }
        // The help's hint is what a newcomer needs most: at 80 columns and wider it outlasts
        // everything but the position (`helpPriority`; a new user's line read "…  ?", the
        // linker "sem…").
        segments.append(StatusSegment([Form("? help", helpPriority(width: layout.width, yields: helpYields)), Form("?", StatusSegment.required)],
                                      side: .right))
        if let counter { segments.append(StatusSegment("#\(counter)", priority: StatusSegment.required, side: .right)) }
        return (segments, noticeSegment)
    }
}

extension StatusLine {
    /// Whether the line shows the hint (`firstHint`): before the first key, with no notice,
    /// two versions or more and topics to read by.
    static func showsFirstHint(_ state: ReaderState) -> Bool {
        !state.hasBeenUsed && state.notice == nil && state.documents.count > 1 && (state.topics.map { !$0.analysis.topics.isEmpty } ?? false)
    }

    /// The status line's hint before the first key, fullest first, each giving way before
    /// anything else the line says (but a long name's longer forms, which give way first).
    static let firstHint: [(text: String, priority: Int)] = [
        ("colours: topics · gutter letters: their passages · ] next · t list · o one side only", 20),
        ("] next topic · t topic list · o said by one side only", 19),
        ("t topics · o one side only", 18),
    ]

    /// The versions' labels cut to each width between their own and `shortNameLimit`, longest
    /// first, each set different from the one before (`VersionNames` keeps them told apart):
    /// the forms a long name takes before its shortest. None wider than `width`, the line's:
    /// a name's length does not make each frame's work.
    static func shortenedNames(_ state: ReaderState, within width: Int) -> [[String]] {
        let labels = state.documents.map(\.label)
        let widest = min(width, labels.map { CellWidth.of($0) }.max() ?? 0)
        guard state.documents.count > 1, widest > shortNameLimit + 1 else { return [] }
        var result: [[String]] = []
        for limit in stride(from: widest - 1, to: shortNameLimit, by: -1) {
            let names = VersionNames.short(labels, limit: limit)
            if names != (result.last ?? labels) { result.append(names) }
        }
        return result
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension ReaderState {
    /// The versions other than `version`, as the status line and notices name them: the
    /// other's name with two versions ("linked to nothing in Maison Blanche"), else "the
    /// other versions". One phrase for `o`'s stop, Enter's "nothing in … is linked" and a
    /// sentence no topic holds (they had said it three ways). `names`: shorter names, for a
    /// short line.
    func othersPhrase(of version: Int, names: [String]? = nil) -> String {
        let names = names ?? self.names
        return documents.count == 2 && names.indices.contains(1 - version) ? names[1 - version] : "the other versions"
    }

    /// The linker the analysis runs ("lexical", "semantic", "semantic (token average)"),
    /// once the first results have arrived; "cached" when they were read back whole from
    /// the analysis cache.
    var linkerLabel: String? {
        guard let analysis = topics?.analysis else { return nil }
        return analysis.isFromCache ? analysis.linker.label + " cached" : analysis.linker.label
    }
}

func renderStatus(_ frame: inout Frame, state: ReaderState, layout: Layout, counter: Int?) {
    let y = layout.statusRow
    frame.fill(x: 0, y: y, count: frame.width, style: state.theme.style("ui.status"))
    let (segments, noticeSegment) = StatusLine.parts(state, layout: layout, counter: counter)
    let chosen = StatusSegment.fit(segments, width: frame.width)
    for placed in StatusSegment.place(segments, chosen: chosen, width: frame.width) {
        frame.put(placed.text, x: placed.x, y: y, style: state.theme.style(segments[placed.segment].scope))
    }
    if let noticeSegment, chosen[noticeSegment] == nil, let text = state.notice?.text {
        renderMessageRows(&frame, text: text, state: state, layout: layout)
    }
}

/// "Top", "Bot", "All" or a percentage, like vim: how far the focused pane has read.
func positionLabel(_ state: ReaderState) -> String {
    let text = state.text(state.focus)
    if text.isEmpty { return "(empty)" }
    let top = state.panes[state.focus].top
    let atTop = top == .top
    let lastTop = text.lastTop(height: state.contentHeight)
    let atBottom = top >= lastTop
    if atTop && atBottom { return "All" }
    if atTop { return "Top" }
    if atBottom { return "Bot" }
    let total = max(1, text.document.scalars.count)
    return "\(min(99, text.offset(at: top) * 100 / total))%"
}
