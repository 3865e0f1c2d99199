import Synchronization

/// Reference palettes used to turn ANSI and indexed colours into RGB (for contrast checks
/// and nearest-colour search) and to quantise RGB for terminals with fewer colours.
///
/// The 16 ANSI colours are xterm's defaults (its `XTerm` resources, as in xterm's
/// `256colres.h`/`XTerm-col.ad`). Users' terminals may redefine them; that is exactly why
/// themes that use ANSI names get them passed through unchanged on 16+-colour tiers.
/// Indices 16–255 are the standard xterm-256 6×6×6 cube (levels 0, 95, 135, 175, 215, 255)
/// and the 24-step grey ramp (8, 18, …, 238).
public enum XtermPalette {
    /// xterm's default 16 ANSI colours, 0–7 normal and 8–15 bright.
    public static let ansi16: [RGB] = [
        RGB(0x00, 0x00, 0x00), RGB(0xcd, 0x00, 0x00), RGB(0x00, 0xcd, 0x00), RGB(0xcd, 0xcd, 0x00),
        RGB(0x00, 0x00, 0xee), RGB(0xcd, 0x00, 0xcd), RGB(0x00, 0xcd, 0xcd), RGB(0xe5, 0xe5, 0xe5),
        RGB(0x7f, 0x7f, 0x7f), RGB(0xff, 0x00, 0x00), RGB(0x00, 0xff, 0x00), RGB(0xff, 0xff, 0x00),
        RGB(0x5c, 0x5c, 0xff), RGB(0xff, 0x00, 0xff), RGB(0x00, 0xff, 0xff), RGB(0xff, 0xff, 0xff),
    ]

    /// The full xterm-256 palette.
    public static let xterm256: [RGB] = {
        var colors = ansi16
        let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
        for r in levels { for g in levels { for b in levels { colors.append(RGB(r, g, b)) } } }
        for i in 0..<24 {
            let v = UInt8(8 + 10 * i)
            colors.append(RGB(v, v, v))
        }
        return colors
    }()

    /// Lab values of the palette, computed once for nearest-colour searches.
    static let labs: [Lab] = xterm256.map(ColorMath.lab)

    /// The RGB a theme colour stands for, or nil for the terminal's default colour.
    public static func rgb(of color: Color) -> RGB? {
        switch color {
        case .terminalDefault: return nil
        case .ansi(let n): return ansi16[Int(n & 15)]
        case .indexed(let n): return xterm256[Int(n)]
        case .rgb(let r, let g, let b): return RGB(r, g, b)
        }
    }

    /// Answers already found: a theme names the same few colours in many scopes, and each
    /// search costs 240 CIEDE2000 distances — a few milliseconds of start-up per theme. The
    /// shipped themes' colours need no search at all: their nearest entries are ranked in
    /// `shippedRankings`, generated from the themes and checked against them by a test.
    private static let found = Mutex<[NearestQuestion: Int]>([:])

    private struct NearestQuestion: Hashable {
        var color: RGB
        var candidates: [Int]
    }

    /// The palette index in `candidates` perceptually nearest to `color` (CIEDE2000).
    public static func nearest(_ color: RGB, among candidates: some Sequence<Int>) -> Int {
        let candidates = Array(candidates)
        if let ranked = shippedRankings[color.packed], let known = first(of: ranked, among: candidates) { return known }
        let question = NearestQuestion(color: color, candidates: candidates)
        if let known = found.withLock({ $0[question] }) { return known }
        let best = search(color, among: question.candidates)
        found.withLock { $0[question] = best }
        return best
    }

    /// How many of the nearest entries `shippedRankings` keeps for each colour: enough for a
    /// palette of sixteen topics, each of which takes an entry the ones before it did not.
    static let rankingLength = 24

    /// Entries 16–255 of the palette by their CIEDE2000 distance to `color`, nearest first
    /// (the lower index first at equal distances), as `search` would choose them one by one.
    static func ranking(of color: RGB) -> [Int] {
        let lab = ColorMath.lab(color)
        let distances = (16..<256).map { (index: $0, distance: ColorMath.deltaE2000(lab, labs[$0])) }
        return distances.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.map(\.index)
    }

    /// The first of `ranked` among `candidates`, which is what `search` finds when the
    /// candidates are entries 16–255 in ascending order (at equal distances `search` keeps the
    /// first it met, so the lowest index); nil when they are not, or none of them is ranked.
    static func first(of ranked: [UInt8], among candidates: [Int]) -> Int? {
        var isCandidate = [Bool](repeating: false, count: 256)
        var previous = 15
        for candidate in candidates {
            guard candidate > previous && candidate < 256 else { return nil }
            isCandidate[candidate] = true
            previous = candidate
        }
        return ranked.lazy.map(Int.init).first { isCandidate[$0] }
    }

    static func search(_ color: RGB, among candidates: [Int]) -> Int {
        let lab = ColorMath.lab(color)
        var best = 0
        var bestDistance = Double.infinity
        for index in candidates {
            let d = ColorMath.deltaE2000(lab, labs[index])
            if d < bestDistance {
                bestDistance = d
                best = index
            }
        }
        return best
    }
}
