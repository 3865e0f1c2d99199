/// How much contrast a topic's colour must keep on the pane once a tier has mapped it, and
/// which of a tier's palette entries keep it. `TopicQuantizer` chooses among those only, and
/// `ThemeChecker` checks every tier against the same floor.
///
/// - 256 colours: the theme's own promise, its least contrasting topic colour (3.4:1 in
///   `light`): the nearest xterm entry could be lighter (the light theme's lavender became
///   colour 104 at 3.24:1 on white), so quantising may never read worse than the theme.
/// - 16 and 8 colours: the highlight minimum, 3:1, with xterm's default palette. ANSI blue on
///   black is 2.2:1, so dark themes leave it out (five hues on 8 colours); on a light pane
///   green, yellow and cyan go (red, blue and magenta are left on 8 colours).
/// - Direct colour draws the theme's own colours; no colour has nothing to keep.
enum TopicContrast {
    /// The least contrast a text-coloured topic may have on the pane in `tier`; nil where
    /// the tier draws the theme's own colours (direct) or none.
    static func minimum(_ theme: Theme, tier: ColorTier) -> Double? {
        switch tier {
        case .direct, .none: return nil
        case .ansi16, .ansi8: return ThemeChecker.highlightContrast
        case .xterm256:
            let text = theme.style("ui.text")
            return theme.topicPalette.filter { $0.background == text.background }.compactMap(ThemeChecker.contrast(of:)).min()
        }
    }

    /// The pane background as `tier` draws it, or both reference terminals' backgrounds
    /// where it is the terminal's own (a topic must then read on a dark and a light one).
    static func paneBackgrounds(_ theme: Theme, tier: ColorTier) -> [RGB] {
        switch tier.map(theme.style("ui.text").background) {
        case .default: return ThemeChecker.referenceTerminals.map(\.bg)
        case .index(let index): return [XtermPalette.xterm256[index]]
        case .rgb(let packed): return [RGB(UInt8(packed >> 16), UInt8((packed >> 8) & 0xff), UInt8(packed & 0xff))]
        }
    }

    /// The worst contrast of `colour` over `backgrounds`.
    static func contrast(of colour: RGB, on backgrounds: [RGB]) -> Double {
        backgrounds.map { ColorMath.contrast(colour, $0) }.min() ?? 21
    }

    /// The entries of `candidates` (palette indices) readable as topic text in `tier`; all of
    /// them if none is (a theme the checker rejects anyway), so topics still get colours.
    static func readable(_ candidates: [Int], theme: Theme, tier: ColorTier) -> [Int] {
        guard let minimum = minimum(theme, tier: tier) else { return candidates }
        let backgrounds = paneBackgrounds(theme, tier: tier)
        let readable = candidates.filter { contrast(of: XtermPalette.xterm256[$0], on: backgrounds) >= minimum }
        return readable.isEmpty ? candidates : readable
    }
}
