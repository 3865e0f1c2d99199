/// Maps a theme's topic palette to a tier as a whole rather than colour by colour.
///
/// Nearest-colour mapping one by one can send two topic colours to the same ANSI colour, and
/// then two topics look like one. Instead each topic, in palette order, takes the nearest
/// palette entry that no earlier topic took; only when the tier runs out of chromatic
/// entries (8-colour terminals have six) does the assignment start over. A topic drawn as
/// text takes only entries that keep its contrast on the pane (`TopicContrast`): no ANSI
/// blue on black, no 256-colour entry lighter than the light theme promises.
enum TopicQuantizer {
    static func map(theme: Theme, tier: ColorTier) -> [TerminalStyle] {
        let text = theme.style("ui.text")
        guard let candidates = candidates(tier) else { return theme.topicPalette.map(tier.map) }
        // The pane background's own entry is never handed to a text-coloured topic, nor one
        // too faint on it.
        let paneIndex: Int? = if case .index(let i) = tier.map(text.background) { i } else { nil }
        let readable = TopicContrast.readable(candidates, theme: theme, tier: tier).filter { $0 != paneIndex }
        let distinctness = ThemeChecker.topicThresholds.first { $0.tier == tier }?.minimum ?? 0
        var used = Set<Int>()
        return theme.topicPalette.map { topic in
            // The colour that identifies the topic: its background if it has its own, else its text.
            let usesBackground = topic.background != text.background && topic.background != .terminalDefault
            let salient = usesBackground ? topic.background : topic.foreground
            var mapped = tier.map(topic)
            let index: Int
            if case .index(let direct) = tier.map(salient), isPassThrough(salient, tier: tier) {
                index = direct
            } else if let rgb = XtermPalette.rgb(of: salient) {
                let allowed = usesBackground ? candidates : readable
                var free = allowed.filter { !used.contains($0) }
                if free.isEmpty {
                    used.removeAll()
                    free = allowed
                }
                index = nearest(rgb, among: free, apartFrom: used, by: distinctness)
            } else {
                return mapped
            }
            used.insert(index)
            if usesBackground {
                mapped.background = .index(index)
                mapped = tier.map(restyled(topic, background: index, tier: tier))
            } else {
                mapped.foreground = .index(index)
            }
            return mapped
        }
    }

    /// The entry of `candidates` nearest to `colour` that is at least `minimum` (CIEDE2000)
    /// from each entry in `taken`, else the nearest: leaving out the entries too faint for the
    /// pane can make the nearest one a neighbour of a topic before it (the light theme's
    /// ochre, whose own entry is too light on white, came out 9.4 from its copper).
    static func nearest(_ colour: RGB, among candidates: [Int], apartFrom taken: Set<Int>, by minimum: Double) -> Int {
        func isApart(_ entry: Int) -> Bool {
            taken.allSatisfy { ColorMath.deltaE2000(XtermPalette.labs[entry], XtermPalette.labs[$0]) >= minimum }
        }
        let nearest = XtermPalette.nearest(colour, among: candidates)
        if isApart(nearest) { return nearest }
        let lab = ColorMath.lab(colour)
        let byDistance = candidates.sorted { (ColorMath.deltaE2000(lab, XtermPalette.labs[$0]), $0) < (ColorMath.deltaE2000(lab, XtermPalette.labs[$1]), $1) }
        return byDistance.first(where: isApart) ?? nearest
    }

    /// The palette entries a tier offers topics: its chromatic ones (nil: the theme's own
    /// colours, or none).
    static func candidates(_ tier: ColorTier) -> [Int]? {
        switch tier {
        case .direct, .none: return nil
        case .xterm256: return Array(16..<256)
        case .ansi16: return [1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14]
        case .ansi8: return [1, 2, 3, 4, 5, 6]
        }
    }

    /// ANSI names (and indices the tier has natively) are the user's own terminal colours:
    /// keep them as they are.
    private static func isPassThrough(_ color: Color, tier: ColorTier) -> Bool {
        switch (color, tier) {
        case (.ansi(let n), .ansi16), (.ansi(let n), .xterm256): return n < 16
        case (.ansi(let n), .ansi8): return n < 8
        case (.indexed, .xterm256): return true
        case (.indexed(let n), .ansi16): return n < 16
        case (.indexed(let n), .ansi8): return n < 8
        default: return false
        }
    }

    /// The topic with its background replaced by palette entry `index`, so the tier's
    /// invisible-text guard can pick a readable foreground against it.
    private static func restyled(_ topic: Style, background index: Int, tier: ColorTier) -> Style {
        var style = topic
        style.background = index < 16 ? .ansi(UInt8(index)) : .indexed(UInt8(index))
        return style
    }
}
