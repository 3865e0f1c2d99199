/// A colour theme: styles for dotted scopes (`ui.pane.title.focused` falls back to
/// `ui.pane.title`, then `ui.pane`, then `ui`) and an ordered palette of topic colours.
public struct Theme: Sendable {
    public var name: String
    /// One line for `--list-themes`.
    public var description: String
    /// Fully resolved styles by scope.
    public var styles: [String: Style]
    /// Topic colours in the order topics receive them.
    public var topicPalette: [Style]

    public init(name: String, description: String = "", styles: [String: Style], topicPalette: [Style]) {
        self.name = name
        self.description = description
        self.styles = styles
        self.topicPalette = topicPalette
    }

    /// The style for a scope, falling back to ever shorter prefixes and finally to `ui.text`.
    public func style(_ scope: String) -> Style {
        var key = Substring(scope)
        while true {
            if let style = styles[String(key)] { return style }
            guard let dot = key.lastIndex(of: ".") else { break }
            key = key[..<dot]
        }
        return styles["ui.text"] ?? .plain
    }

    /// The style of the topic with colour slot `slot` (slots wrap around the palette).
    public func topicStyle(_ slot: Int) -> Style {
        guard !topicPalette.isEmpty else { return style("ui.text") }
        return topicPalette[slot % topicPalette.count]
    }
}

extension Theme {
    /// The theme used before themes load or when loading one failed in a context that cannot
    /// stop (the CLI itself exits 2 on a bad theme instead): the terminal's own colours plus
    /// attributes, so it is readable on any terminal, and ANSI topic colours.
    public static let builtIn = Theme(
        name: "builtin",
        description: "Terminal colours and attributes; used before themes load",
        styles: [
            "ui.text": Style(),
            "ui.heading": Style(modifiers: [.bold, .underline]),
            "ui.pane.title": Style(modifiers: [.reverse]),
            "ui.pane.title.focused": Style(modifiers: [.reverse, .bold]),
            "ui.divider": Style(modifiers: [.dim]),
            "ui.gutter": Style(modifiers: [.dim]),
            "ui.status": Style(modifiers: [.reverse]),
            "ui.status.notice": Style(modifiers: [.reverse, .bold]),
            "ui.status.error": Style(modifiers: [.reverse, .bold, .underline]),
            "ui.help": Style(),
            "ui.help.key": Style(modifiers: [.bold]),
            "ui.help.heading": Style(modifiers: [.bold, .underline]),
            "ui.placeholder": Style(modifiers: [.reverse]),
            "ui.empty": Style(modifiers: [.italic]),
            "ui.prompt": Style(modifiers: [.bold]),
            "ui.selection": Style(modifiers: [.reverse]),
            "ui.link.arrow": Style(modifiers: [.bold]),
            "search.match": Style(modifiers: [.underline]),
            "search.current": Style(modifiers: [.reverse, .bold]),
            "topic.focus": Style(modifiers: [.bold, .underline]),
            "topic.dim": Style(),
            "topic.current": Style(modifiers: [.bold]),
            "topic.partner": Style(modifiers: [.italic]),
            "diff.change": Style(modifiers: [.underline]),
        ],
        topicPalette: (1...6).map { Style(foreground: .ansi(UInt8($0))) }
            + (9...14).map { Style(foreground: .ansi(UInt8($0))) })
}
