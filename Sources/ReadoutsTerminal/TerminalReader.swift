import ReadoutsReader
import ReadoutsText
import ReadoutsThemes
import ReadoutsTopics

/// Runs the reader on the terminal (bubbletea's runtime): turns input into events for
/// `ReaderState.apply`, carries out the effects it returns, and paints each new frame's
/// changes.
public enum TerminalReader {
    public struct Options: Sendable {
        /// Read keys from /dev/tty (a version came from standard input).
        public var keysFromTTY = false
        /// `NO_COLOR` was set, and no theme chosen for this run overrides it: attributes only.
        public var noColor = false
        /// Show the count of input events handled at the end of the status row, so
        /// end-to-end tests can wait for a key's effect instead of sleeping.
        public var showsEventCounter = false
        /// Crash deliberately after the first frame, so tests can check that a crash
        /// restores the terminal (`READOUTS_TEST_CRASH=1`).
        public var crashesAfterFirstFrame = false
        /// Makes the engine to link topics with, in the background (nil shows text only).
        /// Called on the analysis's task once the first screen is up, so that neither its
        /// lexicons nor the sentence encoder's model delay it. A failure (a damaged
        /// sentence-encoder model, say) ends the reader with its message.
        public var makeEngine: (@Sendable () throws(TerminalError) -> TopicEngine)?
        /// Where `T` finds the next theme.
        public var themes = ThemeLibrary()
        /// Where marks, the search history and copied text are kept (nil: nowhere, so
        /// nothing is restored or saved; copies go to a temporary folder).
        public var stateDirectory: StateDirectory?
        /// Problems met reading state before the screen was taken (a damaged `theme.json`),
        /// shown with those met restoring the session.
        public var stateNotices: [String] = []
        /// What identifies each version for its marks: an absolute path, `-`, or
        /// `bundled:ID` (see `MarkStore`).
        public var documentFiles: [String] = []
        /// Whether `y` may use the terminal's clipboard.
        public var clipboard = ClipboardPolicy.auto
        /// Settings from the configuration file (mouse, follow mode, wrap width, keys).
        public var preferences = ReaderPreferences()
        public var environment: [String: String] = [:]
        /// What the notice about versions linked by their words alone advises (nil: installing
        /// the sentence encoder; `ReaderState.encoderAdvice`).
        public var encoderAdvice: String?
        /// Whether the encoder notice is shown for versions in one language too: none is
        /// installed and none was declined (`ReaderState.advisesEncoder`).
        public var advisesEncoder = false
        /// The rest of the versions shown from their heads, by version: read in the
        /// background once the first screen is painted.
        public var loading: [Int: VersionRest] = [:]
        /// Tests only: the rest is read once this file exists (`READOUTS_TEST_LOAD_GATE`).
        public var loadGate: String?
        /// Tests only: reading the rest fails with an I/O error (`READOUTS_TEST_READ_FAILURE=1`).
        public var failsReads = false
        /// Writes one format of the comparison of the documents chunk by chunk, for `:w FILE`
        /// (the command's `ExportFormat.write`, with the analysis the export would make:
        /// the reader's index keeps its topics without their occurrences, and the engine's
        /// cache gives it back whole at once); throws a one-line reason. Nil: `:w` says the
        /// reader cannot write.
        public typealias ExportWriter = @Sendable (ExportRequest.Format, [Document], @escaping ([UInt8]) -> Void) throws(TerminalError) -> Void
        public var writeExport: ExportWriter?
        public init() {}
    }

    /// Shows `documents` with `theme` until the user quits.
    public static func run(_ documents: [Document], theme: Theme, options: Options) throws(TerminalError) {
        StartupTrace.mark("terminal")
        let screen = try Screen(keysFromTTY: options.keysFromTTY, noColor: options.noColor, mouse: options.preferences.mouse)
        defer { screen.close() }
        let size = screen.size
        StartupTrace.mark("curses ready")
        let terminalTheme = TerminalTheme(theme: theme, tier: screen.tier)
        StartupTrace.mark("theme for the terminal")
        // The engine is made with the analysis, after the first screen (`AnalysisRunner`):
        // until then the compare view, which needs topics anyway, has no lexicons.
        var state = ReaderState(documents: documents, width: size.width, height: size.height,
                                theme: terminalTheme, linksTopics: options.makeEngine != nil,
                                preferences: options.preferences, aligner: SentenceAligner(lexicons: []))
        if let advice = options.encoderAdvice { state.encoderAdvice = advice }
        if screen.tier == .none {
            state.colourlessBecause = options.noColor
                ? "NO_COLOR is set (readouts --theme NAME overrides it)"
                : "this terminal (TERM=\(Sanitiser.escapedForMessage(options.environment["TERM"] ?? ""))) has none"
        }
        state.advisesEncoder = options.advisesEncoder
        StartupTrace.mark("reader state")
        var keeper = SessionKeeper(directory: options.stateDirectory, files: options.documentFiles,
                                   clipboard: Clipboard(policy: options.clipboard, directory: options.stateDirectory,
                                                        environment: options.environment))
        var runner: AnalysisRunner?
        defer { runner?.cancel() }
        var loader: LoadRunner?
        defer { loader?.cancel() }
        let exporter = options.writeExport.map { ExportRunner(writer: $0, environment: options.environment) }
        // Marks are found again in the whole text: the session is restored once it is read.
        var session: RestoredSession? = keeper.restore()
        session?.notices.insert(contentsOf: options.stateNotices, at: 0)
        var running = true
        var shown: Frame?
        // The frame a key is drawn into: the one shown before `shown`, so that after the
        // first two frames no key allocates a frame (`Frame.reset`).
        var next = Frame(width: 0, height: 0)

        // Whether an event was applied since the last frame was drawn: `render` is pure, so
        // the same state draws the same frame, and an idle turn of the loop (every 10 ms
        // while versions load) need not draw it again to find nothing changed.
        var changed = true
        var inputsShown = screen.inputsRead

        func carryOut(_ effects: [Effect]) {
            changed = true
            for effect in effects {
                switch effect {
                case .startAnalysis:
                    if let makeEngine = options.makeEngine, runner == nil {
                        runner = AnalysisRunner(makeEngine: makeEngine, documents: state.documents, colours: state.theme.topicCount)
                        runner?.setFocus(state.panes.map(\.anchor))
                    }
                case .showViewport(let anchors):
                    runner?.setFocus(anchors)
                case .cancelAnalysis:
                    runner?.cancel()
                case .loadTheme(let current):
                    let next = options.themes.name(after: current)
                    do {
                        let loaded = try options.themes.load(named: next)
                        carryOut(state.apply(.themeLoaded(TerminalTheme(theme: loaded, tier: screen.tier))))
                    } catch {
                        carryOut(state.apply(.themeFailed(name: next, reason: Sanitiser.escapedForMessage("\(error)"))))
                    }
                case .quit:
                    running = false
                case .copy(let clip):
                    let notice = keeper.clipboard.copy(clip, screen: screen)
                    carryOut(state.apply(.notice(notice.text, shorter: notice.shorter)))
                case .saveMarks(let marks):
                    if let problem = keeper.save(marks: marks) { carryOut(state.apply(.notice(problem))) }
                case .rememberTheme(let name):
                    if let problem = keeper.save(theme: name) { carryOut(state.apply(.notice(problem))) }
                case .saveSearchHistory(let history):
                    if let problem = keeper.save(history: history) { carryOut(state.apply(.notice(problem))) }
                case .setMouse(let on):
                    screen.setMouse(on)
                case .export(let request):
                    if let exporter {
                        exporter.start(request, documents: state.documents)
                    } else {
                        carryOut(state.apply(.notice("this reader cannot write: readouts --export \(request.format.rawValue) FILE… > OUT")))
                    }
                }
            }
        }

        var started = false
        while running {
            if !state.isLoading, let restored = session {
                session = nil
                carryOut(state.apply(.restored(restored)))
            }
            if shown == nil { StartupTrace.mark("session restored") }
            if options.showsEventCounter && screen.inputsRead != inputsShown {
                changed = true  // input that made no event still counts
                inputsShown = screen.inputsRead
            }
            if changed {
                render(state, counter: options.showsEventCounter ? screen.inputsRead : nil, into: &next)
                if next != shown {
                    if shown == nil { StartupTrace.mark("first frame rendered") }
                    screen.show(next, over: shown)
                    if shown == nil {
                        StartupTrace.firstFrame()
                        shown = next
                        next = Frame(width: 0, height: 0)
                    } else {
                        swap(&shown!, &next)
                    }
                    if options.crashesAfterFirstFrame { fatalError("deliberate crash for the terminal-restore test") }
                }
            }
            changed = false
            if !started {
                // Background work starts once the first screen is up, not before it.
                started = true
                carryOut(state.apply(.start))
            }
            if loader == nil && !options.loading.isEmpty {
                // Only now, so that reading the rest never delays the first screen.
                loader = LoadRunner(rests: options.loading.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                                    gate: options.loadGate, failingReads: options.failsReads)
            }
            screen.waitMilliseconds = loader?.isLoading == true ? 10 : 100
            // While a search is still counting, poll without waiting and step it between keys.
            screen.waitsForInput = !state.hasBackgroundWork
            let events = screen.nextEvents()
            for event in events where running { carryOut(state.apply(event)) }
            SignalGuard.interruptAsKey(state.isTypingALine)
            if events.isEmpty && state.hasBackgroundWork {
                carryOut(state.apply(.tick))
            }
            if let loader {
                for event in loader.take() where running {
                    carryOut(state.apply(event))
                    if case .loaded = event { MemoryTrace.mark("reader: version loaded") }
                }
            }
            for notice in exporter?.take() ?? [] where running { carryOut(state.apply(.notice(notice))) }
            for event in runner?.take() ?? [] where running {
                carryOut(state.apply(event))
                if case .topics = event { MemoryTrace.mark("reader: index applied") }
            }
            if let failure = runner?.failure { throw failure }
        }
    }
}
