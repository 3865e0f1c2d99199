/// The languages the text pipeline has stopwords and a Snowball stemmer for.
/// `undetermined` is what language identification answers when it abstains: such text is
/// still tokenised and folded, only not stemmed.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case french = "fr"
    case english = "en"
    case russian = "ru"
    case german = "de"
    case spanish = "es"
    case undetermined = "und"

    /// The languages identification chooses among (everything but `undetermined`).
    public static let known: [Language] = [.french, .english, .russian, .german, .spanish]

    /// Snowball's algorithm name, for libstemmer.
    var snowballAlgorithm: String? {
        switch self {
        case .french: "french"
        case .english: "english"
        case .russian: "russian"
        case .german: "german"
        case .spanish: "spanish"
        case .undetermined: nil
        }
    }

    /// ICU locale for sentence breaks; `ss=standard` keeps "M. Poutine", "Mr. Smith" and
    /// "Sr. Sánchez" whole.
    public var sentenceLocale: String {
        switch self {
        case .french, .undetermined: "fr@ss=standard"
        case .english: "en@ss=standard"
        case .russian: "ru@ss=standard"
        case .german: "de@ss=standard"
        case .spanish: "es@ss=standard"
        }
    }
}
