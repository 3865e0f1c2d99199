import ReadoutsThemes

/// The colours of the HTML report in one appearance, taken from a shipped theme: the dark
/// appearance from `default`, the light one (also used for print) from `light`. Topic
/// colours keep the theme's order, so a topic's colour slot picks the hue the reader shows.
public struct ReportScheme: Sendable, Equatable {
    /// A topic's words: their colour, and a background when the theme gives the topic one.
    public struct TopicColour: Sendable, Equatable {
        public var text: RGB
        public var background: RGB?
    }

    public var background: RGB
    public var text: RGB
    public var heading: RGB
    /// Dates, sources, hints, "no passage found".
    public var muted: RGB
    /// Column headers and table header rows.
    public var panel: RGB
    /// Borders (decorative).
    public var rule: RGB
    /// Links, and the outlines of the selected passage and its partners.
    public var accent: RGB
    /// Background of the selected passage and its linked passages.
    public var tint: RGB
    /// The "only in …" badge.
    public var badgeText: RGB
    public var badgeBackground: RGB
    public var topics: [TopicColour]

    /// The theme's colours; `dark` says which reference terminal stands in for a colour the
    /// theme leaves to the terminal (its default foreground and background).
    public init(theme: Theme, dark: Bool) {
        let (defaultText, defaultBackground) = dark ? (RGB(0xe5, 0xe5, 0xe5), RGB(0, 0, 0)) : (RGB(0, 0, 0), RGB(0xff, 0xff, 0xff))
        func foreground(_ scope: String) -> RGB { XtermPalette.rgb(of: theme.style(scope).foreground) ?? defaultText }
        func backgroundOf(_ scope: String) -> RGB? { XtermPalette.rgb(of: theme.style(scope).background) }
        background = backgroundOf("ui.text") ?? defaultBackground
        text = foreground("ui.text")
        heading = foreground("ui.heading")
        muted = foreground("ui.empty")
        panel = backgroundOf("ui.pane.title") ?? background
        rule = foreground("ui.divider")
        accent = foreground("ui.link.arrow")
        // Half the selection colour: a tint that topic colours keep their contrast on.
        tint = Self.mix(background, backgroundOf("ui.selection") ?? background, 0.5)
        badgeText = foreground("search.match")
        badgeBackground = backgroundOf("search.match") ?? accent
        let pageBackground = background
        topics = theme.topicPalette.map { style in
            let own = XtermPalette.rgb(of: style.background)
            return TopicColour(text: XtermPalette.rgb(of: style.foreground) ?? defaultText,
                               background: own == pageBackground ? nil : own)
        }
    }

    /// The shipped appearances: `light` and `default` (dark).
    public static func shipped() -> (light: ReportScheme, dark: ReportScheme) {
        let library = ThemeLibrary(userDirectory: nil)
        // The shipped themes are tested to load; a failure here is a build defect.
        let light = (try? library.load(named: "light")) ?? .builtIn
        let dark = (try? library.load(named: "default")) ?? .builtIn
        return (ReportScheme(theme: light, dark: false), ReportScheme(theme: dark, dark: true))
    }

    /// sRGB mix: `amount` 0 is `x`, 1 is `y`.
    static func mix(_ x: RGB, _ y: RGB, _ amount: Double) -> RGB {
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Double(a) * (1 - amount) + Double(b) * amount).rounded()) }
        return RGB(channel(x.r, y.r), channel(x.g, y.g), channel(x.b, y.b))
    }

    /// Every pair of colours the page draws one on the other, with the contrast it needs
    /// (WCAG 2, as `ThemeChecker` holds the terminal themes to): text 4.5:1 on every
    /// background it appears on, topic words 3:1 (like the reader's highlights) on the page
    /// and on the tint, outlines and the presence map's marks 3:1 (non-text contrast).
    public var contrastRequirements: [(what: String, foreground: RGB, background: RGB, minimum: Double)] {
        let body = ThemeChecker.bodyContrast
        let highlight = ThemeChecker.highlightContrast
        var pairs: [(String, RGB, RGB, Double)] = [
            ("text", text, background, body), ("text on a highlighted passage", text, tint, body),
            ("heading", heading, background, body), ("column title", heading, panel, body),
            ("muted text", muted, background, body), ("muted text on a column header", muted, panel, body),
            ("link", accent, background, body), ("table header", heading, panel, body),
            ("only-in badge", badgeText, badgeBackground, body),
            ("passage outline", accent, background, highlight), ("passage outline on the tint", accent, tint, highlight),
        ]
        for (slot, topic) in topics.enumerated() {
            if let own = topic.background {
                pairs.append(("topic \(slot + 1)", topic.text, own, highlight))
            } else {
                pairs.append(("topic \(slot + 1)", topic.text, background, highlight))
                pairs.append(("topic \(slot + 1) on a highlighted passage", topic.text, tint, highlight))
            }
            // The presence map's track is the page's own background.
            pairs.append(("topic \(slot + 1) in the presence map", topic.background ?? topic.text, background, highlight))
        }
        return pairs
    }

    /// The pairs below their minimum, one sentence each; empty when the scheme passes.
    public func contrastProblems() -> [String] {
        contrastRequirements.compactMap { pair in
            let ratio = ColorMath.contrast(pair.foreground, pair.background)
            guard ratio < pair.minimum else { return nil }
            return "\(pair.what): \(pair.foreground) on \(pair.background) is \((ratio * 100).rounded() / 100):1, below \(pair.minimum):1"
        }
    }
}
