import ReadoutsThemes

/// The reader's status line as `StatusSegment`s (their priorities are listed there): what
/// has the focus and where, the focused topic, a notice in a place of its own, then the
/// background work, follow mode, help and the input counter on the right.
enum StatusLine {
    static func segments(_ state: ReaderState, layout: Layout, counter: Int?) -> [StatusSegment] {
        typealias Form = StatusSegment.Form
        let position = positionLabel(state)
        var segments = [
            StatusSegment([Form("\(state.names[state.focus]) \(position)", 86), Form(position, StatusSegment.required)]),
        ]
        if state.documents.count > layout.panes.count, let first = layout.panes.first, let last = layout.panes.last {
            if layout.panes.count == 1 {
                // One pane at a time: say which version this is and how to see the next.
                let next = state.names[(state.focus + 1) % state.documents.count]
                let which = "\(state.focus + 1)/\(state.documents.count)"
                let key = ReaderKeymap.label(of: .focusNext, in: state.keymap)
                segments.append(StatusSegment([Form("\(which) · \(key): \(next)", 70), Form("\(which) · \(key)", 86), Form(which, 95)]))
            } else {
                segments.append(StatusSegment("panes \(first.version + 1)–\(last.version + 1) of \(state.documents.count)", priority: 40))
            }
        }
        // After a search moved the reader, the match's count speaks for where it is, not the
        // occurrence left behind; a topic step brings the topic back (`arriveAtMatch`).
        if !state.isAtMatch, let topic = state.focusedTopicSummary() {
            // "only in …" and "not in …" are what `o` is for: kept longer than the notice and
            // the help. The topic's name gives way first, before the notice goes: at 80
            // columns "copied Kremlin sentence 6…" after `Y` on a one-sided passage was left out.
            // The topic's name outlasts the pane's name before the position (the pane's title
            // says which pane has the focus) and the help: at 80 columns two new users
            // stepping with `}` read "E 1/2 · only in White House" and could not tell which
            // topic it was. A notice still outlasts it (88).
            if topic.saysWhere {
                segments.append(StatusSegment([Form(topic.full, 87), Form(topic.whereOnly, 89), Form(topic.short, 79), Form(topic.shortest, 84)]))
            } else {
                segments.append(StatusSegment([Form(topic.full, 60), Form(topic.short, 87), Form(topic.shortest, 84)]))
            }
        }
        if !state.waitingCommands.isEmpty {
            // A command typed while loading waits for the whole text, visibly, until it runs.
            segments.append(StatusSegment([Form(ReaderState.waitingNotice, 80), Form("waiting", 87)], scope: "ui.status.notice"))
        }
        if let message = state.message {
            // Cut to the room there is early (81), given up only late (88); a notice a key was
            // pressed for (Ctrl-G, where `y` put the text) outlasts the topic and the pane's name.
            let (early, late) = state.messageAnswersAKey ? (91, 93) : (81, 88)
            segments.append(StatusSegment([Form(message, early), Form(message, late)], scope: "ui.status.notice", isElastic: true))
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
            segments.append(StatusSegment([Form(linker, 28), Form(String(linker.prefix(3)) + "…", 25)], side: .right))
        }
        if state.documents.count > 1 && state.navigation.follows {
            segments.append(StatusSegment("follow", priority: 30, side: .right))
        }
        segments.append(StatusSegment([Form("? help", 88), Form("?", StatusSegment.required)], side: .right))
        if let counter { segments.append(StatusSegment("#\(counter)", priority: StatusSegment.required, side: .right)) }
        return segments
    }
}

extension ReaderState {
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
    let segments = StatusLine.segments(state, layout: layout, counter: counter)
    for placed in StatusSegment.place(segments, width: frame.width) {
        frame.put(placed.text, x: placed.x, y: y, style: state.theme.style(segments[placed.segment].scope))
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
