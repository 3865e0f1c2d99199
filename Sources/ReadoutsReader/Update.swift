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
            topics = TopicIndex(analysis, documents: documents, previous: topics)
            analysisProgress = progress
        case .theme(let theme):
            self.theme = theme
            message = "theme: \(theme.name)"
        case .notice(let text):
            message = text
        }
    }

    mutating func handle(_ key: Key) {
        if key == .control("c") {
            isRunning = false
            return
        }
        if showsHelp {
            showsHelp = false
            return
        }
        guard let command = KeyMap.command(for: key) else { return }
        perform(command)
    }

    mutating func perform(_ command: Command) {
        let page = max(1, contentHeight - 1)
        switch command {
        case .quit: isRunning = false
        case .help: showsHelp = true
        case .scroll(let rows): scroll(focus, by: rows)
        case .page(let pages): scroll(focus, by: pages * page)
        case .halfPage(let halves): scroll(focus, by: halves * max(1, contentHeight / 2))
        case .top: setTop(focus, .top)
        case .bottom: setTop(focus, text(focus).lastTop(height: contentHeight))
        case .focusNext: moveFocus(to: (focus + 1) % max(1, documents.count))
        case .focusPrevious: moveFocus(to: (focus + documents.count - 1) % max(1, documents.count))
        case .focusLeft: moveFocus(to: max(0, focus - 1))
        case .focusRight: moveFocus(to: min(documents.count - 1, focus + 1))
        case .showNextPanes: shiftVisible(by: 1)
        case .showPreviousPanes: shiftVisible(by: -1)
        case .nextTheme: requests.append(.nextTheme)
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
        guard !layout.isTooSmall, let pane = layout.pane(atColumn: mouse.x) else { return }
        switch mouse.kind {
        case .wheelUp: scroll(pane.version, by: -3)
        case .wheelDown: scroll(pane.version, by: 3)
        case .press:
            if showsHelp { showsHelp = false }
            if pane.version != focus { moveFocus(to: pane.version) }
        case .release: break
        }
    }
}
