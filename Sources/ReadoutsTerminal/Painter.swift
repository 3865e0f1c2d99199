import CNCursesW
import ReadoutsThemes

/// Turns styles into ncurses attributes and colour pairs for the terminal's colour tier,
/// allocating each pair once. No colour call is made on a terminal without colours.
final class Painter {
    enum Tier { case none, ansi8, ansi16, xterm256, direct }

    let tier: Tier
    private var cache: [Style: (attr_t, Int32)] = [:]

    init(noColor: Bool) {
        if noColor || !has_colors() {
            tier = .none
            return
        }
        start_color()
        use_default_colors()
        let colors = rd_colors()
        if rd_has_rgb() != 0 || colors >= 1 << 24 {
            tier = .direct
        } else if colors >= 256 {
            tier = .xterm256
        } else if colors >= 16 {
            tier = .ansi16
        } else {
            tier = .ansi8
        }
    }

    func attributes(for style: Style) -> (attr_t, Int32) {
        if let cached = cache[style] { return cached }
        var attributes = rd_a_normal()
        if style.modifiers.contains(.bold) { attributes |= rd_a_bold() }
        if style.modifiers.contains(.dim) { attributes |= rd_a_dim() }
        if style.modifiers.contains(.italic) { attributes |= rd_a_italic() }
        if style.modifiers.contains(.underline) { attributes |= rd_a_underline() }
        if style.modifiers.contains(.reverse) { attributes |= rd_a_reverse() }
        var pair: Int32 = 0
        if tier != .none {
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

    /// The ncurses colour number for a theme colour in this tier (-1: terminal default).
    func number(_ color: Color) -> Int32 {
        switch (color, tier) {
        case (.terminalDefault, _), (_, .none): return -1
        case (.ansi(let n), .ansi8): return Int32(n % 8)
        case (.ansi(let n), .direct): return Int32(bitPattern: XtermColors.rgb(Int(n)))
        case (.ansi(let n), _): return Int32(n)
        case (.indexed(let n), .xterm256): return Int32(n)
        case (.indexed(let n), .direct): return Int32(bitPattern: XtermColors.rgb(Int(n)))
        case (.indexed(let n), _): return Int32(XtermColors.nearestANSI(XtermColors.rgb(Int(n)), count: tier == .ansi8 ? 8 : 16))
        case (.rgb(let r, let g, let b), .direct): return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        case (.rgb(let r, let g, let b), .xterm256): return Int32(XtermColors.nearest256(UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)))
        case (.rgb(let r, let g, let b), _):
            return Int32(XtermColors.nearestANSI(UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b), count: tier == .ansi8 ? 8 : 16))
        }
    }
}

/// The xterm palette, for mapping colours between tiers (a stop-gap until themes bring
/// perceptual mapping).
enum XtermColors {
    static let ansi: [UInt32] = [
        0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
    ]

    static func rgb(_ index: Int) -> UInt32 {
        if index < 16 { return ansi[max(0, index)] }
        if index < 232 {
            let cube = index - 16
            let level: (Int) -> UInt32 = { $0 == 0 ? 0 : UInt32(55 + $0 * 40) }
            return level(cube / 36) << 16 | level(cube / 6 % 6) << 8 | level(cube % 6)
        }
        let gray = UInt32(8 + (index - 232) * 10)
        return gray << 16 | gray << 8 | gray
    }

    static func distance(_ a: UInt32, _ b: UInt32) -> Int {
        let dr = Int(a >> 16 & 0xff) - Int(b >> 16 & 0xff)
        let dg = Int(a >> 8 & 0xff) - Int(b >> 8 & 0xff)
        let db = Int(a & 0xff) - Int(b & 0xff)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }

    static func nearest256(_ color: UInt32) -> Int {
        (16..<256).min { distance(rgb($0), color) < distance(rgb($1), color) } ?? 16
    }

    static func nearestANSI(_ color: UInt32, count: Int) -> Int {
        (0..<count).min { distance(ansi[$0], color) < distance(ansi[$1], color) } ?? 7
    }
}
