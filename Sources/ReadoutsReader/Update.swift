/// The reader's one state transition: every key, click, resize and background result
/// goes through here. Pure: no terminal, no clock.
public func update(_ state: ReaderState, _ event: Event) -> ReaderState {
    var state = state
    state.apply(event)
    return state
}

extension ReaderState {
    public mutating func apply(_ event: Event) {
        switch event {
        case .resize(let width, let height):
            self.width = max(0, width)
            self.height = max(0, height)
            keepFocusVisible()
            reflow()
        case .key(let key):
            message = nil
            handle(key)
        case .mouse(let mouse):
            handle(mouse)
        case .analysis(let analysis, let progress):
            topics = TopicIndex(analysis, documents: documents, slots: topics?.slots ?? [:])
            analysisProgress = progress
        case .topics(let index, let progress):
            topics = index
            analysisProgress = progress
        case .progress(let progress):
            analysisProgress = progress
        case .theme(let theme):
            self.theme = theme
            message = "theme: \(theme.name)"
        case .notice(let text):
            message = text
        case .tick:
            advanceSearch()
        }
    }

    mutating func handle(_ key: Key) {
        if key == .control("c") {
            isRunning = false
            return
        }
        if handleSearchKey(key) { return }  // the search prompt takes every key while open
        if showsHelp {
            // Scroll keys move a help that does not fit; any other key closes it.
            switch HelpLayout(width: width, height: height).overflows ? key : .escape {
            case .character("j"), .down, .character(" "), .pageDown: helpScroll += key == .down || key == .character("j") ? 1 : 10
            case .character("k"), .up, .character("b"), .pageUp: helpScroll = max(0, helpScroll - (key == .up || key == .character("k") ? 1 : 10))
            default:
                showsHelp = false
                helpScroll = 0
            }
            return
        }
        if navigation.topicList != nil {
            handleTopicList(key)
            return
        }
        if navigation.compare != nil {
            navigation.compare = nil
            return
        }
        if navigation.pendingQuote {
            navigation.pendingQuote = false
            if key == .character("'") { jumpBack() }
            return
        }
        if key == .character("'") {
            navigation.pendingQuote = true
            return
        }
        guard let command = KeyMap.command(for: key) else { return }
        let wasFollowLink = command == .followLink
        perform(command)
        if !wasFollowLink { navigation.lastCommandWasFollowLink = false }
    }

    mutating func perform(_ command: Command) {
        let page = max(1, contentHeight - 1)
        switch command {
        case .quit: isRunning = false
        case .help:
            showsHelp = true
            helpScroll = 0
        case .scroll(let rows): scroll(focus, by: rows)
        case .page(let pages): scroll(focus, by: pages * page)
        case .halfPage(let halves): scroll(focus, by: halves * max(1, contentHeight / 2))
        case .top:
            rememberJump()
            setTop(focus, .top)
            followScroll(of: focus)
        case .bottom:
            rememberJump()
            setTop(focus, text(focus).lastTop(height: contentHeight))
            followScroll(of: focus)
        case .nextOccurrence: stepOccurrence(forward: true)
        case .previousOccurrence: stepOccurrence(forward: false)
        case .nextTopic: stepTopic(forward: true)
        case .previousTopic: stepTopic(forward: false)
        case .followLink: followLink()
        case .jumpBack: jumpBack()
        case .topicList: openTopicList()
        case .oneSided: stepOneSided()
        case .toggleFollow:
            navigation.follows.toggle()
            message = navigation.follows ? "follow mode on: other panes track linked passages" : "follow mode off"
            if navigation.follows { followScroll(of: focus) }
        case .compare: openCompare()
        case .clearTopic:
            navigation.focusedTopic = nil
            navigation.current = nil
        case .focusNext: moveFocus(to: (focus + 1) % max(1, documents.count))
        case .focusPrevious: moveFocus(to: (focus + documents.count - 1) % max(1, documents.count))
        case .focusLeft: moveFocus(to: max(0, focus - 1))
        case .focusRight: moveFocus(to: min(documents.count - 1, focus + 1))
        case .showNextPanes: shiftVisible(by: 1)
        case .showPreviousPanes: shiftVisible(by: -1)
        case .nextTheme: requests.append(.nextTheme)
        case .search(let search): performSearch(search)
        }
    }

    /// The requests `update` made since the last call; the terminal layer carries them out.
    public mutating func takeRequests() -> [Request] {
        defer { requests.removeAll() }
        return requests
    }

    mutating func scroll(_ version: Int, by rows: Int) {
        guard documents.indices.contains(version) else { return }
        let text = text(version)
        setTop(version, text.step(panes[version].top, by: rows) ?? .top)
        followScroll(of: version)
    }

    mutating func moveFocus(to version: Int) {
        guard documents.indices.contains(version) else { return }
        focus = version
        keepFocusVisible()
        reflow()
    }

    mutating func shiftVisible(by delta: Int) {
        let visible = layout.panes.count
        let maxFirst = max(0, documents.count - visible)
        firstVisible = min(maxFirst, max(0, firstVisible + delta))
        if focus < firstVisible { focus = firstVisible }
        if focus >= firstVisible + visible { focus = firstVisible + visible - 1 }
        reflow()
    }

    mutating func keepFocusVisible() {
        let visible = layout.panes.count
        guard visible > 0 else { return }
        if focus < firstVisible { firstVisible = focus }
        if focus >= firstVisible + visible { firstVisible = focus - visible + 1 }
        firstVisible = min(firstVisible, max(0, documents.count - visible))
    }

    mutating func handle(_ mouse: MouseEvent) {
        let layout = layout
        guard !layout.isTooSmall else { return }
        if mouse.kind == .press, clickGutter(x: mouse.x, y: mouse.y) { return }
        guard let pane = layout.pane(atColumn: mouse.x) else { return }
        switch mouse.kind {
        case .wheelUp: scroll(pane.version, by: -3)
        case .wheelDown: scroll(pane.version, by: 3)
        case .press:
            if showsHelp { showsHelp = false }
            navigation.compare = nil
            navigation.topicList = nil
            if pane.version != focus { moveFocus(to: pane.version) }
            clickTopic(pane: pane, x: mouse.x, y: mouse.y)
        case .release: break
        }
    }
}
