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
    private let topics: [TerminalStyle]
    private let focusModifiers: Modifiers
    private let dimModifiers: Modifiers

    public init(theme: Theme, tier: ColorTier) {
        name = theme.name
        self.tier = tier
        var styles: [String: TerminalStyle] = [:]
        for scope in Set(ThemeScopes.names).union(theme.styles.keys) {
            styles[scope] = tier.map(theme.style(scope))
        }
        var focus = theme.style("topic.focus").modifiers
        var dim = theme.style("topic.dim").modifiers
        // Where the theme tells two things apart by colour and this tier merges those colours
        // (all of them in `none`; near shades on 8 or 16 colours), add attributes instead.
        for (scope, base, substitutes) in ThemeScopes.distinctions where theme.style(scope) != theme.style(base) {
            guard let own = styles[scope], let baseStyle = styles[base], own == baseStyle else { continue }
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
        topics = TopicQuantizer.map(theme: theme, tier: tier)
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

    /// Number of topic slots before colours repeat.
    public var topicCount: Int { topics.count }

    /// The style of the topic in colour slot `slot` (wrapping), in the given state.
    public func topic(_ slot: Int, state: TopicState = .normal) -> TerminalStyle {
        var style = topics.isEmpty ? style("ui.text") : topics[((slot % topics.count) + topics.count) % topics.count]
        switch state {
        case .normal: break
        case .focused: style.modifiers.formUnion(focusModifiers)
        case .dimmed: style.modifiers.formUnion(dimModifiers)
        }
        return style
    }
}
