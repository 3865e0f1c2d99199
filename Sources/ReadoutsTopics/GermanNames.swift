import ReadoutsText

/// Which capitalised German words are names. German writes every noun with a capital, so the
/// capital inside a sentence that marks a name, a title or an acronym in the other languages
/// says nothing there: "Waffenstillstand" would be a rare name, enough for a link alone, and a
/// noun in a tenth of the sentences ("Krieg") a participant, masked from what the encoder
/// reads. A German word counts as capitalised (`PreparedVersion.capitalisedFlag`) only when it
/// is an acronym ("NATO", "EU"), a person's title ("Bundeskanzler", "US-Präsident"), a
/// capitalised word right after a title or after "der"/"des" after one ("Präsident der
/// Russischen Föderation", "Bundeskanzler Olaf Scholz"), right after such a name or a name's
/// particle after it ("Vereinigte Staaten von Amerika, Joe Biden"), or a word found right
/// after a title or a name earlier in the text ("Scholz betonte…"). An article ends the run:
/// "sicherte Präsident Selenskyj die Unterstützung zu" is a name and a noun. Places
/// ("Ukraine", "Gaza") are then words like any other, which is what German writing gives.
struct GermanNames {
    /// The endings of a person's title, lower-case and declined: "präsident" ends
    /// "Bundespräsident" and "US-Präsident" too, "präsidenten" "dem russischen Präsidenten".
    static let titleEndings = ["präsident", "präsidenten", "präsidentin", "kanzler", "kanzlers", "kanzlerin", "minister",
                               "ministers", "ministerin", "chef", "chefs", "chefin", "sekretär", "sekretärs", "sekretärin",
                               "sprecher", "sprechers", "sprecherin", "könig", "königs", "königin", "amtskollege",
                               "amtskollegen", "amtskollegin", "premier", "premiers"]
    static let honorifics: Set<String> = ["herr", "frau", "herrn"]
    /// The small words a title's complement follows ("Präsident der Russischen Föderation").
    static let afterTitle: Set<String> = ["der", "des"]
    /// The small words inside a name ("Staaten von Amerika", "Ursula von der Leyen").
    static let nameParticles: Set<String> = ["von", "van", "de", "zu", "der"]

    private enum Chain { case none, title, name }
    private var chain = Chain.none
    /// The small words since the last title or name, each allowed there.
    private var gap = 0
    private var names = Set<String>()

    static func isTitle(_ word: String) -> Bool {
        honorifics.contains(word) || titleEndings.contains { word.hasSuffix($0) }
    }

    /// Whether `token`, the next word of the text (`written`: its letters as in the text,
    /// read only for a capitalised word that is no title), is a name; `isStopword` for a word
    /// the pipeline drops. Call it for every word, in order.
    mutating func isName(_ token: Token, written: () -> [Unicode.Scalar], isStopword: Bool, startsSentence: Bool) -> Bool {
        if startsSentence { chain = .none }
        guard token.kind != .number else { chain = .none; return false }
        guard token.isCapitalised, !isStopword else {
            let allowed = chain == .title ? Self.afterTitle : chain == .name ? Self.nameParticles : []
            if isStopword, allowed.contains(token.text), gap == 0 { gap += 1 } else { chain = .none }
            return false
        }
        if Self.isTitle(token.text) {
            chain = .title
            gap = 0
            return true
        }
        let letters = written().filter { $0.properties.isAlphabetic }
        if letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) {
            chain = .name
            gap = 0
            return true
        }
        if chain != .none || names.contains(token.text) {
            // Only a word right after a title or a name is one to find again alone.
            if gap == 0 { names.insert(token.text) }
            chain = .name
            gap = 0
            return true
        }
        return false
    }
}
