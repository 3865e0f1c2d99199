/// Parses colour literals as themes write them: `#rrggbb`, an xterm-256 index (0–255, as a
/// TOML integer or a string of digits), an ANSI name (`red`, `bright-blue`, …) or `default`.
enum ColorParser {
    /// ANSI names in index order; `bright-X` is index + 8. `gray`/`grey` are bright black.
    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// What `expected` says after a bad colour.
    static let expectation = "#rrggbb, 0–255, default, an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright-…) or a [palette] name"

    static func parse(_ text: String) -> Color? {
        let s = text.lowercased()
        if s == "default" || s == "reset" { return .terminalDefault }
        if let i = ansiNames.firstIndex(of: s) { return .ansi(UInt8(i)) }
        if s.hasPrefix("bright-"), let i = ansiNames.firstIndex(of: String(s.dropFirst(7))) {
            return .ansi(UInt8(i + 8))
        }
        // helix spells the bright colours light-red … light-gray.
        if s.hasPrefix("light-"), let i = ansiNames.firstIndex(of: String(s.dropFirst(6))) {
            return .ansi(UInt8(i + 8))
        }
        if s == "light-gray" || s == "light-grey" { return .ansi(7) }
        if s == "gray" || s == "grey" { return .ansi(8) }
        if s.hasPrefix("#"), s.count == 7 {
            let hex = s.dropFirst()
            guard hex.allSatisfy(\.isHexDigit), let v = UInt32(hex, radix: 16) else { return nil }
            return .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xff), UInt8(v & 0xff))
        }
        if !s.isEmpty, s.allSatisfy(\.isASCII), s.allSatisfy(\.isNumber), let n = Int(s) { return index(n) }
        return nil
    }

    /// An integer colour: 0–15 are the ANSI colours, 16–255 the xterm-256 cube and greys.
    static func index(_ n: Int) -> Color? {
        guard (0...255).contains(n) else { return nil }
        return n < 16 ? .ansi(UInt8(n)) : .indexed(UInt8(n))
    }
}
