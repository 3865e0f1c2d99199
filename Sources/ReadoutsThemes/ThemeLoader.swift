import ReadoutsTOML

/// Loads Readouts themes: TOML files modelled on helix's themes.
///
/// ```toml
/// description = "Dark, calm, for long reading"   # one line, shown by --list-themes
/// inherits = "default"                            # optional: start from another theme
///
/// "ui.text" = { fg = "ink", bg = "paper" }        # body text and pane background
/// "ui.pane.title" = { fg = "paper", bg = "ink" }  # a dotted scope...
/// "ui.pane.title.focused" = { modifiers = ["bold"] }  # ...and a longer one falls back to it
/// "ui.divider" = "rule"                           # a bare colour is the foreground
/// "search.match" = { bg = "#5a4a00", modifiers = ["underline"] }
/// "topic.focus" = { modifiers = ["bold", "underline"] }   # modifiers only
///
/// [topics]
/// palette = [ "#e06c75", { fg = "#1c1e22", bg = "#98c379" }, … ]  # at least 12, in order
///
/// [palette]           # named colours for every entry; last, since keys after a [header] belong to it
/// ink = "#d8d4c8"     # #rrggbb
/// paper = "#1c1e22"
/// rule = 240          # an xterm-256 index (0–15 are the ANSI colours)
/// alert = "bright-red"  # ANSI names: black red green yellow blue magenta cyan white,
///                       # bright-…, gray; and "default" (the terminal's own colour)
/// ```
///
/// Resolution rules:
/// - A scope not written falls back to its longest written dotted prefix
///   (`ui.pane.title.focused` → `ui.pane.title` → `ui.pane` → `ui`), then to `ui.text`.
/// - A written scope that leaves out `fg`, `bg` or `modifiers` takes them from that same
///   fallback, ending at `ui.text`, so highlights sit on the pane background unless they say
///   otherwise. `modifiers = []` clears inherited modifiers. Topic colours inherit from `ui.text`.
/// - `topic.focus` and `topic.dim` take modifiers only; they are added to a topic's colour.
/// - `inherits`: the parent is loaded first; the child's `[palette]` names are added over the
///   parent's, for each scope the child writes its `fg`, `bg` and `modifiers` replace the
///   parent's (fields it leaves out are kept), and `[topics]` replaces the parent's palette.
///   A user theme that inherits its own name gets the shipped one.
/// - Colour strings are looked up in the merged `[palette]` first, then read as literals.
///
/// Errors: any problem (TOML syntax, unknown key, wrong type, bad colour, unknown modifier,
/// unknown parent, an `inherits` cycle, too few topic colours, a missing file) throws one
/// `LocatedError` whose description is `FILE:LINE:COLUMN: message, expected …`, and no theme is
/// returned: there is never half a theme.
///
/// The scopes a theme may name are in `ThemeScopes`; how a loaded theme is drawn on terminals
/// with fewer colours is `ColorTier` and `TerminalTheme`; its readability is `ThemeChecker`.
enum ThemeLoader {
    /// The minimum number of topic colours: the reader shows a dozen topics before repeating.
    static let minimumTopics = 12
    /// A palette that sets no colour at all (attributes only, like `mono`) cannot offer a
    /// dozen distinct entries once every topic is underlined: it needs this many.
    static let minimumColourlessTopics = 6

    /// How many entries `palette` needs over body text `text`.
    static func minimumTopics(for palette: [Style], text: Style) -> Int {
        palette.allSatisfy({ $0.foreground == text.foreground && $0.background == text.background })
            ? minimumColourlessTopics : minimumTopics
    }

    /// Finds a parent theme by name for a theme in `file`; returns the parent's source and file.
    typealias ParentLookup = (_ name: String, _ requestingFile: String) -> (source: String, file: String)?

    /// Loads the theme in `source` (from `file`), resolving `inherits` through `parent`.
    static func load(name: String, source: String, file: String, parent: ParentLookup) throws(LocatedError) -> Theme {
        var chain = [try ThemeDocument(source: source, file: file)]
        var seen: Set<String> = [file]
        while let link = chain.last!.inherits {
            let child = chain.last!
            guard let found = parent(link.name, child.file) else {
                throw LocatedError(file: child.file, line: link.at.line, column: link.at.column,
                                 message: "inherits unknown theme \(LocatedError.quote(link.name))",
                                 expected: "the name of a shipped or user theme (see --list-themes)")
            }
            guard seen.insert(found.file).inserted else {
                throw LocatedError(file: child.file, line: link.at.line, column: link.at.column,
                                 message: "inherits \(LocatedError.quote(link.name)), which leads back to \(found.file): an inherits cycle",
                                 expected: "a chain of inherits that ends in a theme without inherits")
            }
            chain.append(try ThemeDocument(source: found.source, file: found.file))
        }
        return try resolve(name: name, chain: Array(chain.reversed()))
    }

    /// Merges a chain (root ancestor first) into one fully resolved theme.
    private static func resolve(name: String, chain: [ThemeDocument]) throws(LocatedError) -> Theme {
        var palette: [String: Color] = [:]
        var specs: [String: ThemeDocument.StyleSpec] = [:]
        var topics: (entries: [ThemeDocument.StyleSpec], at: TOMLLocation, file: String)?
        var description = ""
        for doc in chain {
            palette.merge(doc.palette) { _, child in child }
            for (scope, spec) in doc.styles {
                // A child overrides the fields it writes and keeps the parent's others.
                var merged = spec
                if let parent = specs[scope] {
                    merged.foreground = spec.foreground ?? parent.foreground
                    merged.background = spec.background ?? parent.background
                    merged.modifiers = spec.modifiers ?? parent.modifiers
                }
                specs[scope] = merged
            }
            if let t = doc.topics { topics = (t.entries, t.at, doc.file) }
            if let d = doc.description { description = d }
        }

        func color(_ ref: ThemeDocument.ColorRef?) throws(LocatedError) -> Color? {
            guard let ref else { return nil }
            if ref.integer == nil, let named = palette[ref.text] { return named }
            if let c = ref.integer.flatMap(ColorParser.index) ?? ColorParser.parse(ref.text) { return c }
            // A palette name misspelt ("rulee") or a colour word no terminal knows ("orange").
            let hint = ref.integer == nil ? Spelling.suggestion(for: ref.text, among: palette.keys.sorted() + ColorParser.ansiNames + ColorParser.ansiNames.map { "bright-" + $0 })
                .map { " (did you mean \(LocatedError.quote($0))?)" } ?? "" : ""
            throw LocatedError(file: ref.file, line: ref.at.line, column: ref.at.column,
                             message: "bad colour \(LocatedError.quote(ref.text))\(hint)",
                             expected: ColorParser.expectation)
        }

        func apply(_ spec: ThemeDocument.StyleSpec?, over base: Style) throws(LocatedError) -> Style {
            guard let spec else { return base }
            return Style(
                foreground: try color(spec.foreground) ?? base.foreground,
                background: try color(spec.background) ?? base.background,
                modifiers: spec.modifiers ?? base.modifiers)
        }

        // Resolve shorter scopes first so every scope's fallback is ready when it is needed.
        var styles: [String: Style] = [:]
        let text = try apply(specs["ui.text"], over: try apply(specs["ui"], over: Style()))
        // Each scope's depth counted once, not at every comparison of the sort (which split
        // both names each time: 1.6 million instructions before the first screen).
        let all = Set(specs.keys).union(ThemeScopes.names).map { scope in
            (depth: scope.split(separator: ".").count, scope: scope)
        }.sorted { ($0.depth, $0.scope) < ($1.depth, $1.scope) }.map(\.scope)
        for scope in all {
            if ThemeScopes.modifierOnly.contains(scope) {
                styles[scope] = Style(modifiers: specs[scope]?.modifiers ?? [])
                continue
            }
            if scope == "ui.text" {
                styles[scope] = text
                continue
            }
            var base = text
            var prefix = Substring(scope)
            while let dot = prefix.lastIndex(of: ".") {
                prefix = prefix[..<dot]
                if prefix != "ui", specs[String(prefix)] != nil, let s = styles[String(prefix)] {
                    base = s
                    break
                }
            }
            styles[scope] = try apply(specs[scope], over: base)
        }

        let topicStyles = try (topics?.entries ?? []).map { (spec) throws(LocatedError) in try apply(spec, over: text) }
        guard topics != nil, topicStyles.count >= minimumTopics(for: topicStyles, text: text) else {
            let file = topics?.file ?? chain.last!.file
            let at = topics?.at ?? TOMLLocation.start
            throw LocatedError(file: file, line: at.line, column: at.column,
                             message: "the topic palette has \(topics?.entries.count ?? 0) colours",
                             expected: "[topics] palette = [ … ] with at least \(minimumTopics) colours "
                                 + "(\(minimumColourlessTopics) for a palette of attributes only)")
        }
        return Theme(name: name, description: description, styles: styles, topicPalette: topicStyles)
    }
}
