/// How many colours the terminal can show, from best to worst. The terminal layer picks one
/// tier at start-up with `ColorTier.choose` and maps every theme style through it, so the
/// theme author writes colours once and every terminal gets the closest thing it can draw.
public enum ColorTier: String, CaseIterable, Hashable, Sendable {
    /// 24-bit colour: RGB values are passed through packed as 0xRRGGBB.
    case direct
    /// The xterm-256 palette: RGB is quantised to the nearest of indices 16–255.
    case xterm256
    /// The 16 ANSI colours.
    case ansi16
    /// The 8 basic ANSI colours (bright variants are folded onto the nearest of these).
    case ansi8
    /// No colour calls at all; only attributes (bold, underline, reverse, …).
    case none

    /// Chooses the tier from terminal facts.
    ///
    /// - Parameters:
    ///   - rgbCapability: terminfo's `RGB` flag (`tigetflag("RGB") > 0`).
    ///   - colors: terminfo's `COLORS` (`tigetnum("colors")`, or `COLORS` after
    ///     `start_color()`); 0 or negative when the terminal has no colour (`has_colors()` false).
    ///   - noColor: `NO_COLOR` is set and non-empty (see `noColor(environment:)`).
    ///
    /// Direct colour only when the terminfo says so (RGB, or COLORS ≥ 2^24): on direct-colour
    /// terminfo, indices ≥ 8 are read as packed RGB, and `COLORTERM` alone is not enough
    /// for curses. Otherwise 256, 16 or 8 colours by `COLORS`; fewer than 8 means none.
    public static func choose(rgbCapability: Bool, colors: Int, noColor: Bool) -> ColorTier {
        if noColor { return .none }
        if colors >= 1 << 24 || (rgbCapability && colors >= 8) { return .direct }
        if colors >= 256 { return .xterm256 }
        if colors >= 16 { return .ansi16 }
        if colors >= 8 { return .ansi8 }
        return .none
    }

    /// `NO_COLOR` (no-color.org): set and non-empty disables colour.
    public static func noColor(environment: [String: String]) -> Bool {
        guard let value = environment["NO_COLOR"] else { return false }
        return !value.isEmpty
    }

    /// Whether `NO_COLOR` turns colour off for this run. no-color.org: "User-level
    /// configuration files and per-instance command-line arguments should override
    /// $NO_COLOR": a theme named by `--theme` or by the configuration file keeps its colours
    /// (`NO_COLOR=1 readouts --theme high-contrast` showed none and said nothing), while
    /// `READOUTS_THEME`, a default in the environment like `NO_COLOR` itself, does not.
    public static func noColor(environment: [String: String], themeChosenForThisRun: Bool) -> Bool {
        noColor(environment: environment) && !themeChosenForThisRun
    }

    /// Whether the terminal layer may make any colour call at all in this tier.
    public var usesColor: Bool { self != .none }
}

/// A colour as the terminal layer passes it to curses.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's default (-1 with `use_default_colors()`).
    case `default`
    /// A palette index (0–255).
    case index(Int)
    /// Packed 0xRRGGBB, only in the `direct` tier.
    case rgb(UInt32)
}

/// A style resolved for one tier: what the terminal layer hands to curses.
public struct TerminalStyle: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var modifiers: Modifiers

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default, modifiers: Modifiers = []) {
        self.foreground = foreground
        self.background = background
        self.modifiers = modifiers
    }
}

extension ColorTier {
    /// Maps one theme colour to this tier.
    ///
    /// ANSI colours and small indices stay indices so users' own terminal palettes apply;
    /// in `direct`, indices ≥ 8 become RGB because direct-colour terminfo reads them as RGB.
    /// RGB is quantised perceptually (CIEDE2000) to the tier's palette; for xterm256 only
    /// 16–255 are candidates, because 0–15 are often redefined by users.
    public func map(_ color: Color) -> TerminalColor {
        switch (self, color) {
        case (.none, _), (_, .terminalDefault): return .default
        case (.direct, .ansi(let n)):
            let i = Int(n & 15)
            return i < 8 ? .index(i) : Self.direct(XtermPalette.ansi16[i])
        case (.direct, .indexed(let n)):
            return n < 8 ? .index(Int(n)) : Self.direct(XtermPalette.xterm256[Int(n)])
        case (.direct, .rgb(let r, let g, let b)): return Self.direct(RGB(r, g, b))
        case (.xterm256, .ansi(let n)): return .index(Int(n & 15))
        case (.xterm256, .indexed(let n)): return .index(Int(n))
        case (.xterm256, .rgb(let r, let g, let b)):
            return .index(XtermPalette.nearest(RGB(r, g, b), among: 16..<256))
        case (.ansi16, .ansi(let n)): return .index(Int(n & 15))
        case (.ansi16, .indexed(let n)) where n < 16: return .index(Int(n))
        case (.ansi16, _): return .index(XtermPalette.nearest(XtermPalette.rgb(of: color)!, among: 0..<16))
        case (.ansi8, .ansi(let n)) where n < 8: return .index(Int(n))
        case (.ansi8, .indexed(let n)) where n < 8: return .index(Int(n))
        case (.ansi8, _): return .index(XtermPalette.nearest(XtermPalette.rgb(of: color)!, among: 0..<8))
        }
    }

    /// Packed RGB for direct-colour terminfo, which reads values 0–7 as palette indices:
    /// #000000–#000007 would come out as the terminal's black, red, … blue, so they are sent
    /// as #000008, which no eye can tell from them.
    static func direct(_ rgb: RGB) -> TerminalColor {
        .rgb(max(rgb.packed, 8))
    }

    /// Maps a style to this tier. Colours are mapped one by one; if foreground and background
    /// were different colours but collapse onto the same one (text would vanish), the
    /// foreground becomes whichever of the tier's black or white contrasts more.
    public func map(_ style: Style) -> TerminalStyle {
        var fg = map(style.foreground)
        let bg = map(style.background)
        if fg == bg, fg != .default, style.foreground != style.background,
            let bgRGB = XtermPalette.rgb(of: style.background)
        {
            let white = RGB(0xff, 0xff, 0xff), black = RGB(0, 0, 0)
            let wantWhite = ColorMath.contrast(white, bgRGB) >= ColorMath.contrast(black, bgRGB)
            switch self {
            case .direct: fg = Self.direct(wantWhite ? white : black)
            case .xterm256: fg = .index(wantWhite ? 231 : 16)
            case .ansi16: fg = .index(wantWhite ? 15 : 0)
            case .ansi8, .none: fg = .index(wantWhite ? 7 : 0)
            }
        }
        return TerminalStyle(foreground: fg, background: bg, modifiers: style.modifiers)
    }
}
