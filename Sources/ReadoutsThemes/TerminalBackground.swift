import Foundation

/// Whether the terminal draws on a light or a dark background, as far as it says so before
/// the screen is taken. Every theme but `mono` paints its own background, so the dark
/// default on a light terminal is a dark box on white; a light background picks `light`
/// when the user named no theme (`ThemeLibrary.defaultThemeName`).
public enum TerminalBackground: Equatable, Sendable {
    case light
    case dark

    /// `COLORFGBG` as rxvt, Konsole, iTerm2 and others set it: "15;0" is light text on
    /// dark, "0;15" or "0;default;15" dark text on light. The last field is the background's
    /// ANSI colour number: white (7), or one of the bright colours 9–15, is light; 0–6 and
    /// 8 (bright black) are dark. Nil when the variable is absent or says nothing usable
    /// ("15;default", a number past 15).
    public init?(colorfgbg: String?) {
        guard let value = colorfgbg, let last = value.split(separator: ";", omittingEmptySubsequences: false).last,
            let number = Int(last.trimmingCharacters(in: .whitespaces)), (0...15).contains(number)
        else { return nil }
        self = number == 7 || (9...15).contains(number) ? .light : .dark
    }

    /// The background this process's terminal reports in `environment`.
    public init?(environment: [String: String]) {
        self.init(colorfgbg: environment["COLORFGBG"])
    }
}
