import ReadoutsText
import ReadoutsTopics

/// The reader's one state transition (bubbletea's `Update`): every key, click, resize,
/// background result and answer to an effect goes through `apply`, which changes the
/// state and returns what the outside world must do. Pure: no terminal, no clock.
extension ReaderState {
    @discardableResult
    public mutating func apply(_ event: Event) -> [Effect] {
        let viewport = panes.map(\.anchor)
        var effects = transition(event)
        // While links are still coming, the analysis hears where the reader moved to.
        if linksTopics, topics == nil || analysisProgress < 1, panes.map(\.anchor) != viewport {
            effects.append(.showViewport(panes.map(\.anchor)))
        }
        return effects
    }

    private mutating func transition(_ event: Event) -> [Effect] {
        switch event {
        case .start:
            return linksTopics && !isLoading ? [.startAnalysis] : []
        case .resize(let width, let height):
            dropPendingKeys()
            resize(width: width, height: height)
        case .key(let key):
            notice = nil
            hasBeenUsed = true
            return handle(key)
        case .keys(let keys):
            hasBeenUsed = true
            search.defersSearching = true
            var effects: [Effect] = []
            for key in keys {
                notice = nil
                effects += handle(key)
                if effects.quits { break }
            }
            search.defersSearching = false
            if search.searchIsDue { runIncrementalSearch() }
            return effects
        case .mouse(let mouse):
            dropPendingKeys()
            hasBeenUsed = true
            handle(mouse)
        case .engineReady(let aligner):
            self.aligner = aligner
        case .topics(let index, let progress):
            topics = index
            analysisProgress = progress
            if reading.numbersSentences { reflow() }  // the number column's width may change
            followLinking()
            if progress >= 1, !toldOfTheEncoder, notice == nil {
                // A version in a language not read first: it says what the links are worth.
                let notices = [Self.languageNotice(index.analysis),
                               Self.encoderNotice(index.analysis, advice: encoderAdvice, inOneLanguage: advisesEncoder)].compactMap { $0 }
                if !notices.isEmpty {
                    toldOfTheEncoder = true
                    notice = Notice(notices.joined(separator: "; "))
                }
            }
        case .progress(let progress):
            analysisProgress = progress
            followLinking()
        case .themeLoaded(let theme):
            self.theme = theme
            themeCycle = theme.name
            // Kept for the next session, and said so: a new user found `T`'s theme at the next start.
            notice = .answer("theme: \(theme.name) (kept for next time; --theme, READOUTS_THEME or the configuration's theme comes first)",
                             shorter: ["theme: \(theme.name) (kept for next time)", "theme: \(theme.name)"])
            return [.rememberTheme(theme.name)]
        case .themeFailed(let name, let reason):
            themeCycle = name
            notice = Notice("theme \(name): \(reason)")
        case .notice(let text, let shorter):
            notice = .answer(text, shorter: shorter)
        case .restored(let session):
            return restore(session)
        case .tick:
            advanceSearch()
        case .loadProgress(let fraction):
            loadProgress = fraction
        case .loaded(let version, let document):
            return documentLoaded(version, document)
        }
        return []
    }

    /// A notice waiting for linking follows its progress, and says it is done once it is.
    mutating func followLinking() {
        guard let awaiting = notice?.awaiting else { return }
        let isDone = awaiting.sentencesOnly ? topics != nil : topics?.analysis.isComplete == true
        notice = isDone ? .answer(awaiting.done)
            : .awaitingLinking(awaiting.waitsFor, progress: analysisProgress, done: awaiting.done, sentencesOnly: awaiting.sentencesOnly)
    }

    /// A key goes to the global bindings, then the layers top first, then the main keymap.
    mutating func handle(_ key: Key) -> [Effect] {
        // Whatever keys were pending: Ctrl-C after `-` (which takes any key) still quits. A
        // line being typed (the search prompt, the `:` line, the topic filter) takes it first
        // and cancels, as less's and vim's prompts do: a diplomat's `/abc` then Ctrl-C ended
        // the reader.
        if !isTypingALine, case .action(let command, _) = ReaderKeymap.global.resolve([key]) {
            pendingKeys = []
            return perform(command)
        }
        if let effects = offerToLayers(key) { return effects }
        // A count before a command, as in less and vim: `5j`, `50%`.
        if pendingKeys.isEmpty, case .character(let character) = key, let digit = character.wholeNumberValue,
            character.isASCII, digit > 0 || pendingCount != nil, case .unbound = keymap.resolve([key])
        {
            pendingCount = min(Self.countLimit, (pendingCount ?? 0) * 10 + digit)
            return []
        }
        let keys = pendingKeys + [key]
        switch keymap.resolve(keys) {
        case .pending, .actionUnlessContinued:
            pendingKeys = keys
            notice = Self.pendingHint(keys).map { Notice($0) }  // `-`, as less prompts for the option's letter
            return []
        case .unbound:
            if let effects = performPrefix(thenHandle: key) { return effects }
            pendingKeys = []
            pendingCount = nil
            // A key that does nothing says so (less and vim only beep): a newcomer pressing
            // `z` or `H` learned nothing, and a typo went unseen.
            if keys.contains(where: \.isTyped) {
                notice = Notice(Sanitiser.escapedForMessage(keys.map(\.label).joined()) + " does nothing here · ? lists the keys")
            }
            return []
        case .action(let command, let keys):
            pendingKeys = []
            return performBound(command, keys: keys)
        }
    }

    /// A mouse event or a resize ends what keys were waiting for: `g` waiting for the `t` of
    /// a configured `g t` ran its own top at the next key, after the wheel had scrolled, and
    /// threw the scroll away (vim drops a pending mapping and its count so too).
    private mutating func dropPendingKeys() {
        guard !pendingKeys.isEmpty || pendingCount != nil else { return }
        pendingKeys = []
        pendingCount = nil
        notice = nil
    }

    /// Carries out the command `keys` are bound to, with the count typed before them.
    private mutating func performBound(_ command: Command, keys: [Key]) -> [Effect] {
        let count = pendingCount
        pendingCount = nil
        if isLoading && waitsForWholeText(command, count: count) {
            wait(for: command, count: count, keys: keys)
            return []
        }
        let effects = performKeepingPoint(command, count: count, keys: keys)
        // Comparing the link Enter showed keeps its place: Enter after `c` goes on to the next.
        if command != .followLink && command != .compare { navigation.lastCommandWasFollowLink = false }
        return effects
    }

    /// The pending keys, continued by `key` into no binding, began with keys bound to a
    /// command of their own (`g` waited because `g t` is bound too; see
    /// `Keymap.Resolution.actionUnlessContinued`): that command runs, then the keys after
    /// it, `key` last, are handled as if typed alone. Nil when no such keys began them.
    private mutating func performPrefix(thenHandle key: Key) -> [Effect]? {
        for length in stride(from: pendingKeys.count, to: 0, by: -1) {
            guard case .actionUnlessContinued(let command, let keys) = keymap.resolve(Array(pendingKeys.prefix(length))) else {
                continue
            }
            let rest = pendingKeys.dropFirst(length) + [key]
            pendingKeys = []
            var effects = performBound(command, keys: keys)
            for key in rest {
                if effects.quits { break }
                effects += handle(key)
            }
            return effects
        }
        return nil
    }

    /// The largest count a command takes.
    static let countLimit = 1_000_000

    /// Carries out a command; `count` is the number typed before it, if any (a motion
    /// repeats, `%` takes a percentage).
    mutating func perform(_ command: Command, count: Int? = nil, keys: [Key] = []) -> [Effect] {
        let page = max(1, contentHeight - 1)
        let times = count ?? 1
        if let effects = performCounted(command, count: count) { return effects }
        switch command {
        case .quit: return [.cancelAnalysis, .quit(status: 0)]
        case .help: openHelp()
        case .scroll(let rows): scroll(focus, by: rows * times)
        case .page(let pages): scroll(focus, by: pages * page * times)
        case .place(let place): self.place(currentSentenceAt: place)
        case .halfPage(let halves): scroll(focus, by: halves * max(1, contentHeight / 2) * times)
        case .percent:
            rememberJump()
            let text = text(focus)
            let offset = text.document.scalars.count * min(100, count ?? 0) / 100
            scroll(focus, to: text.position(containing: offset))
        case .top:
            rememberJump()
            scroll(focus, to: .top)
            // As vim's `gg` moves the cursor: what `o`, `]` and `J` step on from is the top,
            // not a passage of this pane left current below it (the focus carries one to the
            // pane it moves to, and `g` then `o` went on from it: "passage 4/14").
            if navigation.current?.version == focus || reading.point?.version == focus {
                navigation.current = nil
                navigation.unheldStop = nil
                reading.point = nil
            }
            // A search's match of this pane is no longer the place either, though still
            // highlighted: after `/OTAN` `g` `}`, a new user's `}` went on from the match,
            // still on the first screen, past topics A to N.
            if search.current?.version == focus { reading.matchIsNewer = false }
            // `J` too: `g` then `4J` went on from the change last reached, still on screen
            // in a short draft ("change 3/10 … wrapped").
            if navigation.lastChange?.version == focus { navigation.lastChange = nil }
        case .bottom:
            rememberJump()
            scroll(focus, to: text(focus).lastTop(height: contentHeight))
        case .nextOccurrence: stepOccurrence(forward: true)
        case .previousOccurrence: stepOccurrence(forward: false)
        case .nextTopic: stepTopic(forward: true)
        case .previousTopic: stepTopic(forward: false)
        case .nextTopicWord: stepAnyTopic(forward: true)
        case .previousTopicWord: stepAnyTopic(forward: false)
        case .followLink: followLink()
        case .jumpBack: jumpBack()
        case .jumpSwap: jumpSwap()
        case .topicList: openTopicList()
        case .oneSided: stepOneSided()
        case .previousOneSided: stepOneSided(forward: false)
        case .nextChange: stepChange(forward: true, times: times)
        case .previousChange: stepChange(forward: false, times: times)
        case .toggleFollow:
            navigation.follows.toggle()
            notice = Notice(navigation.follows ? "follow mode on: other panes track linked passages" : "follow mode off")
            if navigation.follows { followScroll(of: focus) }
        case .compare: openCompare()
        case .clear:
            if search.isActive {
                clearSearch()
            } else {
                navigation.focusedTopic = nil
                navigation.current = nil
                navigation.showsPartners = false
            }
        case .focusNext: moveFocusCarryingPassage(to: (focus + 1) % max(1, documents.count))
        case .focusPrevious: moveFocusCarryingPassage(to: (focus + documents.count - 1) % max(1, documents.count))
        case .focusLeft:
            // less's `h` is its help: at the leftmost pane, say where the help is.
            if focus == 0, keys.last == .character("h") { notice = Notice("no pane on the left · help is \(ReaderKeymap.label(of: .help, in: keymap)) or H") }
            moveFocusCarryingPassage(to: max(0, focus - 1))
        case .focusRight: moveFocusCarryingPassage(to: min(documents.count - 1, focus + 1))
        case .nextSentence: stepSentence(by: times)
        case .previousSentence: stepSentence(by: -times)
        case .showNextPanes: shiftVisible(by: 1)
        case .showPreviousPanes: shiftVisible(by: -1)
        case .nextTheme:
            if let reason = colourlessBecause {
                notice = Notice("no colours to switch: \(reason)",
                                shorter: (reason.hasPrefix("NO_COLOR") ? ["no colours to switch (--theme NAME overrides NO_COLOR)"] : [])
                                    + ["no colours to switch"])
                return []
            }
            return [.loadTheme(after: themeCycle)]
        case .search(let search): performSearch(search)
        case .reading(let reading): return perform(reading, keys: keys)
        }
        return []
    }

    mutating func scroll(_ version: Int, by rows: Int) {
        guard documents.indices.contains(version) else { return }
        scroll(version, to: text(version).step(panes[version].top, by: rows) ?? .top)
    }

    /// Puts `position` at the top of a pane and, when the pane moved, lets follow mode align
    /// the others: `j` in a pane that fits the window moved the other panes back and forth.
    mutating func scroll(_ version: Int, to position: ScrollPosition) {
        let before = panes[version].top
        setTop(version, position)
        if panes[version].top != before { followScroll(of: version) }
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
        let before = firstVisible
        firstVisible = min(maxFirst, max(0, firstVisible + delta))
        // Nothing to move is said: a translator's `)` with two panes did nothing, silently.
        if firstVisible == before {
            notice = Notice(documents.count <= visible
                ? "all \(documents.count) versions are shown (> and < bring in the others when they do not fit)"
                : delta > 0 ? "no later version: \(names[documents.count - 1]) is shown" : "no earlier version: \(names[0]) is shown")
        }
        // A focused pane shifted out of view hands the focus, and the passage, to the nearest shown.
        let shown = min(max(focus, firstVisible), firstVisible + visible - 1)
        if shown != focus { moveFocusCarryingPassage(to: shown) }
        reflow()
    }

    /// Shows `version`'s pane beside the focused one, moving the panes shown as little as `>`
    /// or `<` would; false when the two cannot be side by side (`draft1 state draft2` at 80
    /// columns: the panes shown are always neighbours), and nothing moves.
    mutating func showAlongsideFocus(_ version: Int) -> Bool {
        let visible = layout.panes.count
        guard documents.indices.contains(version) else { return false }
        if layout.panes.contains(where: { $0.version == version }) { return true }
        let lowest = max(focus, version) - visible + 1, highest = min(focus, version)
        guard visible > 1, lowest <= highest else { return false }
        firstVisible = min(max(firstVisible, lowest), highest, max(0, documents.count - visible))
        reflow()
        return true
    }

    /// "MFA draft 2 is off screen: > shows it": for a version whose pane could not be shown.
    func offScreenHint(_ version: Int) -> String {
        let key = ReaderKeymap.label(of: version > (layout.panes.map(\.version).max() ?? 0) ? .showNextPanes : .showPreviousPanes, in: keymap)
        return "\(names[version]) is off screen: \(key) shows it"
    }

    mutating func keepFocusVisible() {
        let visible = layout.panes.count
        guard visible > 0 else { return }
        if focus < firstVisible { firstVisible = focus }
        if focus >= firstVisible + visible { firstVisible = focus - visible + 1 }
        firstVisible = min(firstVisible, max(0, documents.count - visible))
    }

    /// The mouse, by gesture (`ReaderKeymap.mouse` lists them for the help).
    mutating func handle(_ mouse: MouseEvent) {
        let layout = layout
        guard !layout.isTooSmall, let gesture = gesture(of: mouse) else { return }
        switch gesture {
        case .wheel:
            if topicList != nil { return scrollTopicList(by: mouse.kind == .wheelUp ? -3 : 3) }
            guard let pane = layout.pane(atColumn: mouse.x) else { return }
            scroll(pane.version, by: mouse.kind == .wheelUp ? -3 : 3)
        case .clickMark:
            closeOverlays()
            _ = clickGutter(x: mouse.x, y: mouse.y)
        case .click:
            if topicList != nil, clickTopicList(x: mouse.x, y: mouse.y) { return }
            guard let pane = layout.pane(atColumn: mouse.x) else { return }
            closeOverlays()
            if pane.version != focus { moveFocusCarryingPassage(to: pane.version) }
            clickTopic(pane: pane, x: mouse.x, y: mouse.y)
        }
    }

    func gesture(of mouse: MouseEvent) -> MouseGesture? {
        switch mouse.kind {
        case .wheelUp, .wheelDown: return .wheel
        case .press: return isGutterMark(x: mouse.x, y: mouse.y) ? .clickMark : .click
        case .release: return nil
        }
    }

    /// The notice for a finished analysis whose versions are in more than one language but
    /// were linked by their words alone: few passages of a translation share a word, so
    /// most of it would look one-sided; the sentence encoder links them by meaning.
    /// `advice` says what links them by meaning (`encoderAdvice`).
    /// `inOneLanguage`: versions in one language get a notice too (no encoder installed):
    /// reworded passages escape shared words.
    static func encoderNotice(_ analysis: Analysis, advice: String = ReaderState.installAdvice, inOneLanguage: Bool = false) -> String? {
        let languages = Set(analysis.versions.map(\.language).filter { $0 != .undetermined })
        guard analysis.linker.kind == .lexical else { return nil }
        guard languages.count > 1 else {
            return inOneLanguage && analysis.versions.count > 1 ? "linked by shared words only: \(oneLanguageAdvice)" : nil
        }
        let names = languages.map(\.rawValue).sorted().joined(separator: ", ")
        return "versions in \(names), linked by shared words only: \(advice)"
    }

    /// The notice for a finished analysis with a version whose language was not recognised
    /// (`Analysis.versionsInUnrecognisedLanguages`): its words were matched as written.
    static func languageNotice(_ analysis: Analysis) -> String? {
        let versions = analysis.versionsInUnrecognisedLanguages
        guard !versions.isEmpty else { return nil }
        let names = versions.map { DisplayLabel.normalised(analysis.versions[$0].label) }.joined(separator: ", ")
        return "\(names): not a language Readouts reads (\(Analysis.recognisedLanguageCodes)), \(Analysis.unreadLanguageEffect)"
    }

    /// The encoder notice's advice for versions in one language.
    public static let oneLanguageAdvice = "readouts --install-model links reworded passages too"

    /// The encoder notice's advice without an installed encoder.
    public static let installAdvice = "readouts --install-model links them by meaning"
    /// The advice when the encoder is installed but `--linker lexical` was asked for.
    public static let lexicalChoiceAdvice = "without --linker lexical, the installed encoder links them by meaning"
}

extension [Effect] {
    /// Whether these effects end the program: keys typed after them are not handled.
    fileprivate var quits: Bool { contains { if case .quit = $0 { true } else { false } } }
}
