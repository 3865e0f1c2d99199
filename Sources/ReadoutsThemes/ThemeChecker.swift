/// Checks a theme for the readability promises Readouts makes on every terminal.
/// The tests run it on every shipped theme; `readouts` may run it on user themes.
///
/// - Contrast (WCAG 2): body text (`ui.text`, `ui.help`) ≥ 4.5:1 against its background;
///   highlights (topics, search, selection, status, titles, keys, prompts…) ≥ 3:1.
///   ANSI and indexed colours are resolved through `XtermPalette`. When one side is the
///   terminal's default colour, the pair must pass on both a dark terminal (default text
///   #e5e5e5 on #000000) and a light one (#000000 on #ffffff); when both are, the pair is the
///   terminal's own and is not checked.
/// - Topics versus text: each topic's colour is at least the direct-tier threshold (CIEDE2000)
///   from the body text colour, so a topic never passes for plain text.
/// - Topic distinctness, per colour tier after `TerminalTheme` mapping: minimum pairwise
///   CIEDE2000 of the colour that identifies each topic (its background if it has its own,
///   else its text). Thresholds (`topicThresholds`): direct 15, xterm256 12, ansi16 10
///   (xterm's red and bright red, the closest pair of ANSI hues, are 10.8 apart), ansi8 20 over
///   the first six topics only, because 8-colour terminals have just six hues. Themes whose
///   topics use only ANSI colours are held to the ansi16 threshold on every richer tier too,
///   since the terminal draws the same 16 colours there. Topics whose
///   colours are identical in a tier must differ in modifiers instead (the mono theme).
///   Only the slots before the tier's palette repeats are compared (`TerminalTheme.topicCount`):
///   16-colour terminals have twelve hues, so a sixteen-colour palette repeats there.
/// - Contrast per tier (`TopicContrast`): each topic as a tier draws it keeps, on the pane as
///   drawn, the palette's own least contrast on 256 colours and 3:1 on 16 and 8; and while
///   another topic is focused, with `topic.dim`'s modifiers (faint text measured as drawn).
/// - Tints: the current sentence and its linked passage (`topic.current`, `topic.partner`) are
///   body text (4.5:1); where they set a background of their own, every topic colour keeps
///   3:1 on it, the tint is at least `tintDistance` (CIEDE2000) from the pane background, and
///   the two tints are that far apart too.
public enum ThemeChecker {
    public static let bodyContrast = 4.5
    public static let highlightContrast = 3.0

    public static let bodyScopes = ["ui.text", "ui.help", "topic.current", "topic.partner", "diff.change"]
    /// How far a tint's background must be from the pane's and from the other tint's
    /// (the shipped themes: 8.6 and more).
    public static let tintDistance = 8.0
    public static let highlightScopes = [
        "ui.heading", "ui.pane.title", "ui.pane.title.focused", "ui.gutter", "ui.status", "ui.status.notice",
        "ui.status.error", "ui.help.key", "ui.help.heading", "ui.placeholder", "ui.empty", "ui.prompt",
        "ui.selection", "ui.link.arrow", "search.match", "search.current",
    ]

    /// Minimum pairwise CIEDE2000 between topics, and how many topics are compared (nil: all).
    public static let topicThresholds: [(tier: ColorTier, minimum: Double, count: Int?)] = [
        (.direct, 15, nil), (.xterm256, 12, nil), (.ansi16, 10, 12), (.ansi8, 20, 6),
    ]

    /// Reference default colours of a dark and a light terminal: (foreground, background).
    static let referenceTerminals: [(fg: RGB, bg: RGB)] = [
        (RGB(0xe5, 0xe5, 0xe5), RGB(0, 0, 0)), (RGB(0, 0, 0), RGB(0xff, 0xff, 0xff)),
    ]

    /// Everything wrong with `theme`, one sentence each; empty when it passes.
    public static func problems(in theme: Theme) -> [String] {
        var problems: [String] = []
        for scope in bodyScopes {
            problems += contrastProblems(theme.style(scope), minimum: bodyContrast, what: scope)
        }
        for scope in highlightScopes {
            problems += contrastProblems(theme.style(scope), minimum: highlightContrast, what: scope)
        }
        // A topic stays readable while another is focused: `topic.dim` with `dim` faded the
        // shipped themes' topics to 2.1:1 (default), 2.3:1 (high-contrast) and 1.8:1 (light).
        let dimmed = theme.style("topic.dim").modifiers
        for (slot, topic) in theme.topicPalette.enumerated() {
            problems += contrastProblems(topic, minimum: highlightContrast, what: "topic \(slot + 1)")
            var faded = topic
            faded.modifiers.formUnion(dimmed)
            if faded != topic {
                problems += contrastProblems(faded, minimum: highlightContrast, what: "topic \(slot + 1) while another is focused (topic.dim)")
            }
        }
        let minimum = ThemeLoader.minimumTopics(for: theme.topicPalette, text: theme.style("ui.text"))
        if theme.topicPalette.count < minimum {
            problems.append("only \(theme.topicPalette.count) topic colours; at least \(minimum) are needed")
        }
        problems += tintProblems(theme)
        // ANSI-named topics are drawn with the same 16 colours on every tier, so they are held
        // to the 16-colour threshold everywhere.
        let ansiOnly = theme.topicPalette.allSatisfy { topic in
            [topic.foreground, topic.background].allSatisfy {
                if case .rgb = $0 { return false }
                if case .indexed(let n) = $0, n >= 16 { return false }
                return true
            }
        }
        let ansiMinimum = topicThresholds.first { $0.tier == .ansi16 }!.minimum
        problems += topicVersusTextProblems(theme, minimum: ansiOnly ? ansiMinimum : topicThresholds[0].minimum)
        for (tier, minimum, count) in topicThresholds {
            let threshold = ansiOnly && tier != .ansi8 ? min(minimum, ansiMinimum) : minimum
            problems += distinctnessProblems(theme, tier: tier, minimum: threshold, count: count)
            problems += tierContrastProblems(theme, tier: tier)
            // Every entry the tier can tell apart (and keep readable) must come out distinct, not merged.
            let expected = min(count ?? theme.topicPalette.count, theme.topicPalette.count, readableHues(theme, tier: tier))
            let distinct = TerminalTheme(theme: theme, tier: tier).topicCount
            if distinct < expected {
                problems.append("\(tier) tier: only \(distinct) distinct topic styles of \(expected)")
            }
        }
        return problems
    }

    /// The worst WCAG contrast of a style's text against its background (over both reference
    /// terminals where a default colour is involved), or nil if both colours are the terminal's.
    /// Text with the `dim` modifier is measured as terminals draw it faint
    /// (`ColorMath.faint`), the terminal's own colours included.
    public static func contrast(of style: Style) -> Double? {
        let faint = style.modifiers.contains(.dim)
        if style.foreground == .terminalDefault && style.background == .terminalDefault && !faint { return nil }
        return referenceTerminals.map { terminal in
            var fg = XtermPalette.rgb(of: style.foreground) ?? terminal.fg
            let bg = XtermPalette.rgb(of: style.background) ?? terminal.bg
            if faint { fg = ColorMath.faint(fg, on: bg) }
            return ColorMath.contrast(fg, bg)
        }.min()
    }

    static func contrastProblems(_ style: Style, minimum: Double, what: String) -> [String] {
        guard let ratio = contrast(of: style), ratio < minimum else { return [] }
        let shown = (ratio * 100).rounded() / 100
        return ["\(what): contrast \(shown):1 is below \(minimum):1"]
    }

    /// The smallest CIEDE2000 between any two of the first `count` topics in `tier`, with the
    /// slots involved, ignoring pairs told apart by modifiers; nil if no pair relies on colour.
    public static func closestTopics(_ theme: Theme, tier: ColorTier, count: Int? = nil) -> (distance: Double, slots: (Int, Int))? {
        let mapped = TerminalTheme(theme: theme, tier: tier)
        let text = mapped.style("ui.text")
        let n = min(count ?? mapped.topicCount, mapped.topicCount)  // before the palette repeats
        let topics = (0..<n).map { mapped.topic($0) }
        func salient(_ t: TerminalStyle) -> TerminalColor {
            t.background != text.background && t.background != .default ? t.background : t.foreground
        }
        var best: (Double, (Int, Int))?
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                let a = salient(topics[i]), b = salient(topics[j])
                let d: Double
                if let x = rgb(a, text: text), let y = rgb(b, text: text) {
                    d = ColorMath.deltaE2000(x, y)
                } else {
                    d = a == b ? 0 : .infinity
                }
                if d == 0 && topics[i].modifiers != topics[j].modifiers { continue }
                if best == nil || d < best!.0 { best = (d, (i, j)) }
            }
        }
        return best.map { (distance: $0.0, slots: $0.1) }
    }

    /// How many hues `tier` has that keep topic text readable on the theme's pane.
    static func readableHues(_ theme: Theme, tier: ColorTier) -> Int {
        guard let candidates = TopicQuantizer.candidates(tier) else { return Int.max }
        return TopicContrast.readable(candidates, theme: theme, tier: tier).count
    }

    /// Each topic as `tier` draws it keeps `TopicContrast.minimum` on the pane as drawn.
    static func tierContrastProblems(_ theme: Theme, tier: ColorTier) -> [String] {
        guard let minimum = TopicContrast.minimum(theme, tier: tier) else { return [] }
        let mapped = TerminalTheme(theme: theme, tier: tier)
        let text = mapped.style("ui.text")
        let backgrounds = TopicContrast.paneBackgrounds(theme, tier: tier)
        var problems: [String] = []
        for slot in 0..<mapped.topicCount {
            let topic = mapped.topic(slot)
            guard topic.background == text.background, let colour = rgb(topic.foreground, text: text) else { continue }
            let ratio = TopicContrast.contrast(of: colour, on: backgrounds)
            if ratio < minimum {
                problems.append("\(tier) tier: topic \(slot + 1) is drawn at \((ratio * 100).rounded() / 100):1, below \((minimum * 100).rounded() / 100):1")
            }
        }
        return problems
    }

    /// Topic words stay readable on the tints, and the tints show against the pane and each other.
    static func tintProblems(_ theme: Theme) -> [String] {
        let text = theme.style("ui.text")
        var problems: [String] = []
        var tints: [(String, RGB)] = []
        for scope in TerminalTheme.tintScopes {
            let tint = theme.style(scope)
            guard tint.background != text.background, let background = XtermPalette.rgb(of: tint.background) else { continue }
            tints.append((scope, background))
            for (slot, topic) in theme.topicPalette.enumerated() {
                guard topic.background == text.background, let colour = XtermPalette.rgb(of: topic.foreground) else { continue }
                let ratio = ColorMath.contrast(colour, background)
                if ratio < highlightContrast {
                    problems.append("topic \(slot + 1) on \(scope): contrast \((ratio * 100).rounded() / 100):1 is below \(highlightContrast):1")
                }
            }
            if let pane = XtermPalette.rgb(of: text.background), ColorMath.deltaE2000(background, pane) < tintDistance {
                problems.append("\(scope) is too close to the pane background to be seen")
            }
        }
        for (a, b) in [(0, 1), (0, 2), (1, 2)] where b < tints.count && ColorMath.deltaE2000(tints[a].1, tints[b].1) < tintDistance {
            problems.append("\(tints[a].0) and \(tints[b].0) are too close to tell apart")
        }
        return problems
    }

    static func distinctnessProblems(_ theme: Theme, tier: ColorTier, minimum: Double, count: Int?) -> [String] {
        guard let closest = closestTopics(theme, tier: tier, count: count), closest.distance < minimum else { return [] }
        let shown = (closest.distance * 10).rounded() / 10
        return ["\(tier) tier: topics \(closest.slots.0 + 1) and \(closest.slots.1 + 1) are \(shown) apart (CIEDE2000), below \(minimum)"]
    }

    /// A topic must not look like plain body text: its identifying colour must be as far from
    /// the text colour (or, for background topics, the pane background) as topics are from
    /// each other. Checked on the theme's own colours.
    static func topicVersusTextProblems(_ theme: Theme, minimum: Double) -> [String] {
        let text = theme.style("ui.text")
        var problems: [String] = []
        for (slot, topic) in theme.topicPalette.enumerated() {
            let usesBackground = topic.background != text.background && topic.background != .terminalDefault
            let (own, plain) = usesBackground ? (topic.background, text.background) : (topic.foreground, text.foreground)
            guard let x = XtermPalette.rgb(of: own), let y = XtermPalette.rgb(of: plain) else {
                if own == plain && topic.modifiers == text.modifiers {
                    problems.append("topic \(slot + 1) looks exactly like body text")
                }
                continue
            }
            let d = ColorMath.deltaE2000(x, y)
            if d < minimum {
                problems.append("topic \(slot + 1) is \((d * 10).rounded() / 10) from body text (CIEDE2000), below \(minimum)")
            }
        }
        return problems
    }

    private static func rgb(_ color: TerminalColor, text: TerminalStyle) -> RGB? {
        switch color {
        case .default: return nil
        case .index(let i): return XtermPalette.xterm256[i]
        case .rgb(let v): return RGB(UInt8(v >> 16), UInt8((v >> 8) & 0xff), UInt8(v & 0xff))
        }
    }
}
