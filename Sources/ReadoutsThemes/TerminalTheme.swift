/// How a topic is currently shown.
public enum TopicState: Sendable {
    /// No topic is focused: every topic in its colour.
    case normal
    /// This topic is focused: its colour plus `topic.focus` modifiers.
    case focused
    /// Another topic is focused: its colour plus `topic.dim` modifiers.
    case dimmed
}

/// A theme resolved for one colour tier, computed once when the theme or terminal changes so
/// that drawing is a dictionary lookup. This is what the terminal layer draws with.
public struct TerminalTheme: Sendable {
    public let name: String
    public let tier: ColorTier
    private let styles: [String: TerminalStyle]
    /// The palette's topic styles in this tier, up to the first that repeats an earlier one
    /// (16-colour terminals have twelve hues, 8-colour ones six).
    private let topics: [TerminalStyle]
    /// Second distinctions, added in turn each time the slots pass the palette's end.
    private let patterns: [Modifiers]
    private let focusModifiers: Modifiers
    private let dimModifiers: Modifiers

    /// The scopes of tinted passages (`tinted(_:by:isPlainText:)`).
    public static let tintScopes = ["topic.current", "topic.partner", "diff.change"]

    /// Added to topics past the palette's end, one more each time round, so two topics that
    /// share a colour still look different (besides their gutter letters). None where the
    /// palette is made of attributes: they would repeat its own entries.
    static let secondDistinctions: [Modifiers] = [[], [.italic], [.underline], [.italic, .underline]]

    public init(theme: Theme, tier: ColorTier) {
        name = theme.name
        self.tier = tier
        var styles: [String: TerminalStyle] = [:]
        for scope in Set(ThemeScopes.names).union(theme.styles.keys) {
            styles[scope] = tier.map(theme.style(scope))
        }
        // On 16 and 8 colours no background keeps every topic hue readable: the tints of the
        // current sentence and its linked passage lose theirs (attributes stand in, below).
        if tier == .ansi16 || tier == .ansi8, let text = styles["ui.text"] {
            for scope in Self.tintScopes {
                styles[scope]?.background = text.background
                styles[scope]?.foreground = text.foreground
            }
        }
        // On 16 and 8 colours a grey rule can fall onto a hue the topics wear (the default
        // theme's divider onto magenta, the light theme's onto red): "E│" then read as one
        // topic's run. The divider and the gutter take the text's colour, dimmed, instead.
        if tier == .ansi16 || tier == .ansi8, let text = styles["ui.text"] {
            for scope in ["ui.divider", "ui.gutter"] {
                guard case .index(let hue)? = styles[scope]?.foreground, (1...6).contains(hue % 8) else { continue }
                styles[scope]?.foreground = text.foreground
                styles[scope]?.modifiers.insert(.dim)
            }
        }
        // On 256 colours a dark tint can fall onto a grey next to the text's own (the default
        // theme's partner brown, #383020, onto grey 236 beside the paper's 234), where the eye
        // barely tells it in tmux: it takes the nearest colour but the greys within three
        // steps of the text's.
        if tier == .xterm256, case .index(let paper)? = styles["ui.text"]?.background, paper >= 232 {
            let near = (paper - 3)...(paper + 3)
            for scope in Self.tintScopes {
                guard case .index(let tint)? = styles[scope]?.background, tint >= 232, near.contains(tint),
                      let rgb = XtermPalette.rgb(of: theme.style(scope).background) else { continue }
                styles[scope]?.background = .index(XtermPalette.nearest(rgb, among: (16..<256).filter { $0 < 232 || !near.contains($0) }))
            }
        }
        var focus = theme.style("topic.focus").modifiers
        var dim = theme.style("topic.dim").modifiers
        // Where the theme tells two things apart by colour and this tier merges those colours
        // (all of them in `none`; near shades on 8 or 16 colours), add attributes instead.
        for (scope, base, substitutes) in ThemeScopes.distinctions where theme.style(scope) != theme.style(base) {
            guard var own = styles[scope], let baseStyle = styles[base] else { continue }
            // The focused pane's title, told from the other by colour in the theme, whose
            // colours this tier merged with the other's, keeps the other's attributes and
            // more: without colour the plain title was reversed and the focused one only
            // bold, so the wrong pane looked selected.
            let (themed, themedBase) = (theme.style(scope), theme.style(base))
            if scope == "ui.pane.title.focused", themed.foreground != themedBase.foreground || themed.background != themedBase.background,
               own.foreground == baseStyle.foreground, own.background == baseStyle.background {
                own.modifiers.formUnion(baseStyle.modifiers.union([.bold, .underline]))
                styles[scope] = own
            }
            guard own == baseStyle else { continue }
            for extra in substitutes {
                var changed = own
                changed.modifiers.formUnion(extra)
                if changed != baseStyle {
                    styles[scope] = changed
                    break
                }
            }
        }
        // A focused topic must always stand out, even if the theme forgot `topic.focus`.
        if focus.isEmpty { focus = [.bold, .underline] }
        if dim == focus { dim = [] }
        self.styles = styles
        var mapped = TopicQuantizer.map(theme: theme, tier: tier)
        // A topic that looks like body text but for its attributes (no colour in this tier,
        // or a palette of attributes only) is underlined, so its words always show.
        let text = styles["ui.text"] ?? TerminalStyle()
        let colourless = mapped.allSatisfy { $0.foreground == text.foreground && $0.background == text.background }
        if colourless {
            for slot in mapped.indices { mapped[slot].modifiers.insert(.underline) }
        }
        var seen = Set<TerminalStyle>()
        topics = Array(mapped.prefix { seen.insert($0).inserted })
        patterns = colourless ? [[]] : Self.secondDistinctions
        focusModifiers = focus
        dimModifiers = dim
    }

    /// The style of a scope, with the same dotted-prefix fallback as `Theme.style(_:)`.
    public func style(_ scope: String) -> TerminalStyle {
        var key = Substring(scope)
        while true {
            if let style = styles[String(key)] { return style }
            guard let dot = key.lastIndex(of: ".") else { break }
            key = key[..<dot]
        }
        return styles["ui.text"] ?? TerminalStyle()
    }

    /// Whether topic words are told by colour here; without (NO_COLOR, `mono`) they are
    /// underlined, and a legend that spoke of their colour described nothing on screen.
    public var topicsHaveColour: Bool {
        let text = style("ui.text")
        return topics.contains { $0.foreground != text.foreground || $0.background != text.background }
    }

    /// Whether an overlay (the help, the topic list, the compare view) needs a drawn edge:
    /// its background is the text's here (no colour, `ansi16`, a tier that merged the two),
    /// so nothing else told it from the text around it.
    public var overlaysNeedAnEdge: Bool {
        let help = style("ui.help")
        return help.background == style("ui.text").background && !help.modifiers.contains(.reverse)
    }

    /// Number of topic slots before colours repeat.
    public var topicCount: Int { topics.count }

    /// The style of the topic in colour slot `slot`, in the given state. Past the palette's
    /// end the colours repeat with a second distinction (`secondDistinctions`).
    public func topic(_ slot: Int, state: TopicState = .normal) -> TerminalStyle {
        guard !topics.isEmpty else { return style("ui.text") }
        let slot = max(0, slot)
        var style = topics[slot % topics.count]
        style.modifiers.formUnion(patterns[(slot / topics.count) % patterns.count])
        switch state {
        case .normal: break
        case .focused:
            // The focused topic must look stronger than its own normal words.
            let normal = style
            style.modifiers.formUnion(focusModifiers)
            for extra: Modifiers in [.bold, .reverse] where style == normal { style.modifiers.formUnion(extra) }
        case .dimmed: style.modifiers.formUnion(dimModifiers)
        }
        return style
    }

    /// `style` inside a tinted passage (`topic.current`, `topic.partner`): the tint's
    /// background and attributes over the whole sentence; plain words also take its text
    /// colour, topic words keep theirs.
    public func tinted(_ style: TerminalStyle, by scope: String, isPlainText: Bool) -> TerminalStyle {
        let tint = self.style(scope)
        let text = self.style("ui.text")
        var result = style
        if tint.background != text.background { result.background = tint.background }
        if isPlainText && tint.foreground != text.foreground { result.foreground = tint.foreground }
        result.modifiers.formUnion(tint.modifiers)
        return result
    }
}
