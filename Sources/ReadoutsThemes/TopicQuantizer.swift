/// Maps a theme's topic palette to a tier as a whole rather than colour by colour.
///
/// Nearest-colour mapping one by one can send two topic colours to the same ANSI colour, and
/// then two topics look like one. Instead each topic, in palette order, takes the nearest
/// palette entry that no earlier topic took; only when the tier runs out of chromatic
/// entries (8-colour terminals have six) does the assignment start over.
enum TopicQuantizer {
    static func map(theme: Theme, tier: ColorTier) -> [TerminalStyle] {
        let text = theme.style("ui.text")
        let candidates: [Int]
        switch tier {
        case .direct, .none: return theme.topicPalette.map(tier.map)
        case .xterm256: candidates = Array(16..<256)
        case .ansi16: candidates = [1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14]
        case .ansi8: candidates = [1, 2, 3, 4, 5, 6]
        }
        // The pane background's own entry is never handed to a text-coloured topic.
        let paneIndex: Int? = if case .index(let i) = tier.map(text.background) { i } else { nil }
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
                let allowed = candidates.filter { usesBackground || $0 != paneIndex }
                var free = allowed.filter { !used.contains($0) }
                if free.isEmpty {
                    used.removeAll()
                    free = allowed
                }
                index = XtermPalette.nearest(rgb, among: free)
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
