import ReadoutsText
import ReadoutsTopics

/// The `lang` attribute of a version's text on the page (its column, its quoted passages):
/// the language identification found (`fr`, `en`, `ru`, `de`, `es`), else a guess from the
/// script where the script alone tells the language — kana is written only in Japanese
/// (`ja`), Hangul in Korean (`ko`) — else `und`, undetermined. Never nothing: the page is
/// `lang="en"`, and a column without its own was read by screen readers as English, and its
/// Han characters drawn with the glyphs the browser picks for English pages. Han without kana
/// (Chinese, or a Japanese text of kanji alone), Latin or Cyrillic in a language Readouts does
/// not read (Polish, Ukrainian) are not guessed: a wrong language is worse than `und`.
enum VersionLanguageTag {
    /// How many scalars from a text's start the script guess reads.
    static let sample = 4096

    /// The tag of version `version`, whose text is `document`.
    static func tag(_ version: Int, analysis: Analysis, document: Document?) -> String {
        if version < analysis.versions.count, analysis.versions[version].language != .undetermined {
            return analysis.versions[version].language.rawValue
        }
        guard let scalars = document?.scalars else { return Language.undetermined.rawValue }
        return scriptTag(scalars.scalars(0..<min(scalars.count, sample))) ?? Language.undetermined.rawValue
    }

    /// `ja` where kana is among the letters and kana and Han make half of them, `ko` where
    /// Hangul does; else nil.
    static func scriptTag(_ scalars: some Sequence<Unicode.Scalar>) -> String? {
        var letters = 0, kana = 0, han = 0, hangul = 0
        for scalar in scalars where scalar.properties.isAlphabetic {
            letters += 1
            switch EastAsianScript.script(scalar.value) {
            case .kana: kana += 1
            case .han: han += 1
            case .hangul: hangul += 1
            default: break
            }
        }
        if kana > 0, (kana + han) * 2 >= letters { return "ja" }
        if hangul * 2 >= letters, hangul > 0 { return "ko" }
        return nil
    }
}
