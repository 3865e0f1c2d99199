import ReadoutsText
import ReadoutsThemes
import ReadoutsTopics

/// Where one pane is scrolled to. `top` is meaningful at `width`; `anchor` (the scalar
/// offset of the top row) survives a change of width, so a resize keeps the reading position.
public struct PaneState {
    public internal(set) var top: ScrollPosition = .top
    public internal(set) var width = 0
    public internal(set) var anchor = 0
    var anchorOnBlank = false
    /// Where the reader was in this pane when the focus left it (the start of the sentence
    /// it was at): coming back, it is there again while on screen (`FocusCarry`).
    var readingOffset: Int?
    /// The topic of the occurrence that was current there then: coming back to that
    /// sentence, its occurrence is current again, not the topic brought along.
    var readingTopic: Int?
    let cache = WrapCache()

    public init() {}
}

/// Everything the reader shows. Changed only by `apply(_:)`, which returns the effects
/// the outside world must carry out; drawn by `render(_:)`.
public struct ReaderState {
    public internal(set) var documents: [Document]
    public internal(set) var panes: [PaneState]
    /// The version that has the keyboard focus.
    public internal(set) var focus = 0
    /// The first version shown when not all fit side by side.
    public internal(set) var firstVisible = 0
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// Overlays above the panes, bottom first (see `Layer`).
    public internal(set) var layers: [Layer] = []
    /// Keys typed so far of a binding of several keys (`''`).
    var pendingKeys: [Key] = []
    /// Digits typed before a command (`5j`).
    var pendingCount: Int?
    /// The theme resolved for the terminal's colour tier.
    public internal(set) var theme: TerminalTheme
    /// The theme `T` last asked for: the next `T` asks for the one after it, so a theme
    /// that fails to load is skipped rather than retried.
    var themeCycle: String
    /// The notice on the status row, if any (`Notice`); the next key clears it.
    public internal(set) var notice: Notice? {
        didSet { if let notice { lastNotice = notice } }
    }
    /// The last notice shown: `:mes` shows it again, whole (a shorter form left part out).
    private(set) var lastNotice: Notice?
    /// Whether a key or a click has come yet: until then the status line says what the
    /// screen's colours and letters are and the keys that read by topic (`StatusLine.firstHint`).
    var hasBeenUsed = false
    /// Whether the reader links topics (the `.start` event asks for an analysis).
    public let linksTopics: Bool
    /// What the topic engine has found so far (nil until its first result).
    public internal(set) var topics: TopicIndex?
    /// How far the background analysis has got, 0…1.
    public internal(set) var analysisProgress: Double = 0
    /// Whether the notice that versions in several languages need the sentence encoder has
    /// been shown (`Update.swift`): once per session.
    var toldOfTheEncoder = false
    /// What the encoder notice advises (`encoderNotice`): installing the model, or, when it
    /// is installed and the lexical linker was chosen, not choosing it.
    public var encoderAdvice = ReaderState.installAdvice
    /// Why the screen has no colour, when it has none (`NO_COLOR`, a terminal without
    /// colours): `T` says so instead of naming a theme that would look the same ("theme:
    /// ansi16" changed nothing on screen under `NO_COLOR`).
    public var colourlessBecause: String?
    /// Whether the notice is also shown for versions in one language, linked by their words:
    /// no encoder is installed, and the lexical linker was not asked for.
    public var advisesEncoder = false
    /// How far the versions still loading have been read, 0…1 (see `Loading.swift`).
    public internal(set) var loadProgress: Double = 0
    /// Commands typed while loading that need the whole text, in order.
    var waitingCommands: [WaitingCommand] = []
    /// Topic navigation: the current occurrence, focused topic, jump list.
    public internal(set) var navigation = NavigationState()
    /// Search: results, current match, history. The prompt is a layer.
    public internal(set) var search = SearchState()
    /// Marks, the reading point, sentence numbers, the mouse.
    public internal(set) var reading = ReadingState()

    /// The main view's keys: `ReaderKeymap.main` with the configuration's overrides.
    public let keymap: Keymap<Command>
    /// The widest a line of text wraps, whatever the pane's width (the configuration's `wrap-width`).
    public let wrapWidth: Int?
    /// Aligns the words of linked sentences for the compare view, with the engine's lexicons
    /// (`.engineReady` brings them when the engine is made after the first screen).
    public internal(set) var aligner: SentenceAligner

    /// `linksTopics`: false shows the text alone (no engine). `aligner`: with the lexicons
    /// the engine links with.
    public init(documents: [Document], width: Int = 80, height: Int = 24,
                theme: TerminalTheme = TerminalTheme(theme: .builtIn, tier: .xterm256), linksTopics: Bool = true,
                preferences: ReaderPreferences = ReaderPreferences(),
                aligner: SentenceAligner = SentenceAligner()) {
        self.aligner = aligner
        self.documents = documents
        self.names = VersionNames.short(documents.map(\.label))
        self.panes = documents.map { _ in PaneState() }
        self.width = width
        self.height = height
        self.theme = theme
        self.themeCycle = theme.name
        self.linksTopics = linksTopics
        let notices = documents.compactMap { document in document.notice.map { "\(document.label): \($0)" } }
        notice = notices.isEmpty ? nil : Notice(notices.joined(separator: "; "))
        // `didSet` does not run in an initialiser: `:mes` right after "decoded as
        // Windows-1252" answered "no notice yet".
        lastNotice = notice
        navigation.follows = preferences.follows ?? (documents.count == 2)
        wrapWidth = preferences.wrapWidth
        keymap = ReaderKeymap.main.overriding(preferences.keys)
        reading.mouseEnabled = preferences.mouse
        reading.numbersSentences = preferences.numbersSentences
        search.options.caseMatching = preferences.caseMatching
        reflow()
    }

    /// The versions' short names (`VersionNames`), for messages and narrow places: made
    /// when the documents are, not on every frame.
    public internal(set) var names: [String] = []

    public var layout: Layout {
        Layout(width: width, height: height, versions: documents.count, first: firstVisible, margin: numberColumnWidth)
    }

    /// The width a version's pane has now (or would have if it were shown).
    public func paneWidth(_ version: Int) -> Int {
        let layout = layout
        let paneWidth = (layout.panes.first { $0.version == version } ?? layout.panes.first)?.width ?? max(1, width)
        return min(paneWidth, wrapWidth ?? paneWidth)
    }

    public func text(_ version: Int) -> PaneText {
        PaneText(document: documents[version], width: paneWidth(version), cache: panes[version].cache)
    }

    var contentHeight: Int { layout.contentHeight }

    /// Sets a pane's top row and remembers its anchor.
    mutating func setTop(_ version: Int, _ position: ScrollPosition) {
        let text = text(version)
        let clamped = text.clampTop(position, height: contentHeight)
        panes[version].top = clamped
        panes[version].width = text.width
        panes[version].anchor = text.offset(at: clamped)
        if case .blank = text.row(at: clamped) { panes[version].anchorOnBlank = true } else { panes[version].anchorOnBlank = false }
    }

    /// Re-derives each pane's top row after a change of width or height, keeping the
    /// same text at the top.
    mutating func reflow() {
        for version in documents.indices {
            let text = text(version)
            var pane = panes[version]
            if pane.width != text.width {
                var position = text.position(containing: pane.anchor)
                if pane.anchorOnBlank && text.separatorRows(position.block) == 1 && position.row == 1 { position.row = 0 }
                pane.top = position
                pane.width = text.width
                panes[version] = pane
            }
            // The anchor stays what the reader scrolled to, while its row is the top: set
            // from each new top row's start, it crept back a row's worth at every change of
            // width (numbers on and off moved the text).
            let (anchor, onBlank) = (pane.anchor, pane.anchorOnBlank)
            setTop(version, panes[version].top)
            if text.position(containing: anchor) == panes[version].top {
                panes[version].anchor = anchor
                panes[version].anchorOnBlank = onBlank
            }
        }
    }
}
