/// Bundled stopword lists: Snowball's (BSD) plus a small supplement per language for what
/// Snowball's lists lack (French `les`, `ils`, `a`, `près`, `plus`, …; Spanish `ambos`,
/// `hoy`, `además`, `según`, …). Words are lower-case and accented; the normaliser tests
/// both the surface word and its stem against them (German's and Spanish's: the word as
/// written). Spanish's leaves out Snowball's forms of "estar" that are the noun "Estado"
/// (estado, estados, estada, estadas, estad): "Estados Unidos", "jefe del Estado", "Estado
/// Islámico" are words.
public enum Stopwords {
    public static func words(for language: Language) -> Set<String> {
        switch language {
        case .french: french
        case .english: english
        case .russian: russian
        case .german: german
        case .spanish: spanish
        case .undetermined: []
        }
    }

    static let french = load("fr")
    static let english = load("en")
    static let russian = load("ru")
    static let german = load("de")
    static let spanish = load("es")

    private static func load(_ code: String) -> Set<String> {
        var words = Set<String>()
        for name in ["stopwords-\(code).txt", "stopwords-\(code)-supplement.txt"] {
            let text = EmbeddedFiles.byName[name] ?? ""
            for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                words.insert(String(word))
                // Either apostrophe, so "don’t" is found as well as "don't".
                if word.contains("'") { words.insert(word.replacingOccurrences(of: "'", with: "’")) }
            }
        }
        return words
    }
}

private extension Substring {
    func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
