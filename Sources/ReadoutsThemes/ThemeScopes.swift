/// The scopes the reader draws with. Themes may only name these (or a dotted prefix of
/// one, such as `ui.pane`, which then serves as the fallback for everything below it), so a
/// typo like `ui.staus` is reported instead of silently ignored.
public enum ThemeScopes {
    /// Every scope the reader uses, with what it colours.
    public static let all: [(scope: String, use: String)] = [
        ("ui.text", "body text and the pane background; every other scope inherits missing colours from it"),
        ("ui.heading", "headings inside a readout"),
        ("ui.pane.title", "the title bar of an unfocused pane"),
        ("ui.pane.title.focused", "the title bar of the focused pane"),
        ("ui.divider", "the line between panes"),
        ("ui.gutter", "the topic gutter and line marks"),
        ("ui.status", "the status line"),
        ("ui.status.notice", "informational messages in the status line"),
        ("ui.status.error", "errors in the status line"),
        ("ui.help", "the help overlay"),
        ("ui.help.key", "key names in the help overlay"),
        ("ui.help.heading", "section headings in the help overlay"),
        ("ui.placeholder", "visible placeholders for control characters"),
        ("ui.empty", "the notice shown in an empty pane"),
        ("ui.prompt", "the search and command prompt"),
        ("ui.selection", "the cursor row in lists"),
        ("ui.link.arrow", "arrows pointing to a linked passage off screen"),
        ("search.match", "every search match"),
        ("search.current", "the current search match"),
        ("topic.focus", "modifiers added to the focused topic's colour (modifiers only)"),
        ("topic.dim", "modifiers added to unfocused topics while one is focused (modifiers only)"),
        ("topic.current", "the sentence of the current occurrence: its background (and attributes) over the whole sentence"),
        ("topic.partner", "the passage linked to the current occurrence in the other panes, drawn the same way"),
        ("diff.change", "in drafts of one text, what a draft changed: the words another draft does not keep, a sentence it lacks, drawn as the tints are"),
    ]

    /// Scope names alone, in documentation order.
    public static let names: [String] = all.map(\.scope)

    /// Scopes that take modifiers only: they adjust a topic's own colour.
    public static let modifierOnly: Set<String> = ["topic.focus", "topic.dim"]

    /// Names a theme may define: every scope and every dotted prefix of one.
    public static let definable: Set<String> = {
        var set = Set<String>()
        for name in names {
            var parts = name.split(separator: ".")
            while !parts.isEmpty {
                set.insert(parts.joined(separator: "."))
                parts.removeLast()
            }
        }
        return set
    }()

    /// Distinctions a theme may express with colour alone, which must survive on terminals
    /// without colour. Each scope must look different from its base; if it does not once
    /// colours are dropped, the listed modifiers are tried in order.
    static let distinctions: [(scope: String, base: String, substitutes: [Modifiers])] = [
        ("ui.heading", "ui.text", [.bold, .underline]),
        ("ui.pane.title", "ui.text", [.reverse, .bold]),
        ("ui.pane.title.focused", "ui.pane.title", [.bold, .underline, .reverse]),
        ("ui.status", "ui.text", [.reverse, .bold]),
        ("ui.status.notice", "ui.status", [.bold, .underline]),
        ("ui.status.error", "ui.status", [.bold, .underline]),
        ("ui.help.key", "ui.help", [.bold, .underline]),
        ("ui.help.heading", "ui.help", [.underline, .bold]),
        ("ui.placeholder", "ui.text", [.reverse, .underline]),
        ("ui.prompt", "ui.text", [.bold]),
        ("ui.selection", "ui.text", [.reverse, .bold]),
        ("ui.link.arrow", "ui.text", [.bold]),
        ("search.match", "ui.text", [.underline, .reverse]),
        ("search.current", "search.match", [.reverse, .bold, .underline]),
        ("topic.current", "ui.text", [.bold, .italic]),
        ("topic.partner", "ui.text", [.italic, .bold]),
        ("topic.partner", "topic.current", [.italic, .underline]),
        ("diff.change", "ui.text", [.underline, .bold]),
    ]
}
