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

    /// The last style asked for, its answer and a space in it as curses holds a cell
    /// (`setcchar`'s work): cells come in runs of one style, and comparing is far cheaper
    /// than hashing (a first screen asks 12,000 times).
    private var last: (style: TerminalStyle, attributes: (attr_t, Int32), blank: cchar_t)?

    func attributes(for style: TerminalStyle) -> (attr_t, Int32) { entry(for: style).attributes }

    /// One printable scalar of one column in `style`, as curses holds a cell: the style's
    /// blank cell with its character set.
    func cell(_ scalar: Unicode.Scalar, style: TerminalStyle) -> cchar_t {
        var cell = entry(for: style).blank
        cell.chars.0 = wchar_t(bitPattern: scalar.value)
        return cell
    }

    private func entry(for style: TerminalStyle) -> (style: TerminalStyle, attributes: (attr_t, Int32), blank: cchar_t) {
        if let last, last.style == style { return last }
        let (attributes, pair) = lookUp(style)
        var characters: (wchar_t, wchar_t) = (wchar_t(bitPattern: 0x20), 0)
        var blank = cchar_t()
        var pairNumber = pair
        withUnsafeMutablePointer(to: &characters) { pointer in
            pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) { _ = setcchar(&blank, $0, attributes, 0, &pairNumber) }
        }
        let entry = (style: style, attributes: (attributes, pair), blank: blank)
        last = entry
        return entry
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
