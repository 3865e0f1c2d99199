import CNCursesW
import ReadoutsThemes

/// Turns resolved terminal styles into ncurses attributes and colour pairs, allocating
/// each pair once. No colour call is made in the `none` tier.
final class Painter {
    let tier: ColorTier
    private var cache: [TerminalStyle: (attr_t, Int32)] = [:]

    /// Chooses the colour tier from the terminal (after `newterm`) and `NO_COLOR`.
    init(noColor: Bool) {
        let colors = has_colors() ? Int(tigetnum("colors")) : 0
        tier = ColorTier.choose(rgbCapability: rd_has_rgb() != 0, colors: colors, noColor: noColor)
        if tier.usesColor {
            start_color()
            use_default_colors()
        }
    }

    /// The last style asked for and its answer: cells come in runs of one style, and
    /// comparing is far cheaper than hashing (a first screen asks 12,000 times).
    private var last: (style: TerminalStyle, attributes: (attr_t, Int32))?

    func attributes(for style: TerminalStyle) -> (attr_t, Int32) {
        if let last, last.style == style { return last.attributes }
        let answer = lookUp(style)
        last = (style, answer)
        return answer
    }

    private func lookUp(_ style: TerminalStyle) -> (attr_t, Int32) {
        if let cached = cache[style] { return cached }
        var attributes = rd_a_normal()
        if style.modifiers.contains(.bold) { attributes |= rd_a_bold() }
        if style.modifiers.contains(.dim) { attributes |= rd_a_dim() }
        if style.modifiers.contains(.italic) { attributes |= rd_a_italic() }
        if style.modifiers.contains(.underline) { attributes |= rd_a_underline() }
        if style.modifiers.contains(.reverse) { attributes |= rd_a_reverse() }
        var pair: Int32 = 0
        if tier.usesColor {
            let fg = number(style.foreground)
            let bg = number(style.background)
            if fg != -1 || bg != -1 {
                let allocated = alloc_pair(fg, bg)
                pair = allocated > 0 ? allocated : 0
            }
        }
        cache[style] = (attributes, pair)
        return (attributes, pair)
    }

    private func number(_ color: TerminalColor) -> Int32 {
        switch color {
        case .default: return -1
        case .index(let index): return Int32(index)
        case .rgb(let value): return Int32(bitPattern: value)
        }
    }
}
