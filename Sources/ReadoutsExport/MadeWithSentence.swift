import ReadoutsText
import ReadoutsTopics

/// The brief's and the page's "Made with Readouts 0.1.0 and the lexicon
/// international-affairs (version 1, SHA-256 3f2a9c1d5e6b)": what made the comparison, so
/// that a paper citing it can say so and a reader can make it again (the JSON records the
/// same, with the whole hash). Lexicon names are outside text: each format escapes the
/// sentence whole.
enum MadeWithSentence {
    static func text(_ analysis: Analysis) -> String {
        let start = "Made with Readouts \(ReadoutsVersion.current)"
        let lexicons = analysis.lexicons.map { lexicon in
            lexicon.name + " (" + (lexicon.version.map { "version \($0), " } ?? "") + "SHA-256 " + lexicon.shortHash + ")"
        }
        switch lexicons.count {
        case 0: return start + ", without a lexicon."
        case 1: return start + " and the lexicon " + lexicons[0] + "."
        default: return start + " and the lexicons " + lexicons.dropLast().joined(separator: ", ") + " and " + lexicons[lexicons.count - 1] + "."
        }
    }
}
