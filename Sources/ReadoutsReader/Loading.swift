import ReadoutsText

/// Versions shown before they are read to the end (`Document.isPartial`): the first
/// screen comes from each file's head while the rest loads in the background. Scrolling
/// within what is there works at once; a command that needs the whole text (`G`, `50%`,
/// `n`, a mark, a sentence number) waits, says so, and runs when the text is complete.
/// Linking starts then too.
extension ReaderState {
    /// Whether a version is still being read.
    public var isLoading: Bool { documents.contains { $0.isPartial } }

    /// A command typed while loading, to run once every version is whole.
    struct WaitingCommand {
        var command: Command
        var count: Int?
        var keys: [Key]
    }

    /// Commands whose target may lie beyond the head: they wait for the whole text.
    func waitsForWholeText(_ command: Command, count: Int?) -> Bool {
        switch command {
        case .bottom, .percent: return true
        case .top: return count != nil  // `NG`: row N may not be loaded yet
        case .search(.next), .search(.previous): return true
        case .reading(.jumpToMark): return true
        default: return false
        }
    }

    /// What the status line says while commands wait (beside "loading N%").
    static let waitingNotice = "waiting for the whole text"

    mutating func wait(for command: Command, count: Int?, keys: [Key]) {
        waitingCommands.append(WaitingCommand(command: command, count: count, keys: keys))
    }

    /// `.loaded`: a version read to the end takes the place of its head. The panes keep
    /// their reading position (scalar offsets are the same in the head and the whole); a
    /// search in progress goes on in the whole text. When the last version is whole, the
    /// commands that waited run, and linking starts.
    mutating func documentLoaded(_ version: Int, _ document: Document) -> [Effect] {
        guard documents.indices.contains(version) else { return [] }
        var document = document
        document.id = documents[version].id  // ids stay unique among the versions
        documents[version] = document
        names = VersionNames.short(documents.map(\.label))
        var pane = PaneState()
        pane.anchor = panes[version].anchor
        pane.anchorOnBlank = panes[version].anchorOnBlank
        panes[version] = pane
        reflow()
        if let matches = search.results[version] {
            search.results[version] = PaneMatches(blockCount: document.blocks.count, start: panes[version].top.block,
                                                  matcher: matches.matcher)
            var budget = SearchBudget.key
            let text = text(version)
            for row in text.rows(from: panes[version].top, count: max(1, contentHeight)) {
                search.results[version]?.ensure(row.block, in: document, budget: &budget)
            }
        }
        if let documentNotice = document.notice {
            let line = "\(document.label): \(documentNotice)"
            notice = Notice(notice.map { $0.text + "; " + line } ?? line)
        }
        guard !isLoading else { return [] }
        loadProgress = 1
        var effects: [Effect] = linksTopics ? [.startAnalysis] : []
        let waiting = waitingCommands
        waitingCommands = []
        for waiting in waiting {
            effects += performKeepingPoint(waiting.command, count: waiting.count, keys: waiting.keys)
        }
        return effects
    }
}
