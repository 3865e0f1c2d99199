import ReadoutsText

/// Deterministic synthetic readout pairs for benchmarks: version A is generated from a
/// seeded grammar of readout sentences (French), version B is A with paragraphs reordered
/// and dropped, synonyms swapped and sentences added, like a second account of the event.
/// The same seed and size always give the same texts.
public enum SyntheticReadouts {
    /// Two versions of about `bytes` UTF-8 bytes each.
    public static func pair(bytes: Int, seed: UInt64 = 42) -> (Document, Document) {
        let texts = texts(bytes: bytes, seed: seed, versions: 2)
        return (document("synthetic-a", texts[0]), document("synthetic-b", texts[1]))
    }

    /// The plain texts (paragraphs separated by blank lines) of `versions` accounts of about
    /// `bytes` UTF-8 bytes each: the first is generated, every later one rewrites it
    /// (paragraphs dropped and moved, synonyms swapped, sentences added). The benchmark
    /// needs the bytes, not parsed documents, so it can time loading and hand files to `less`.
    public static func texts(bytes: Int, seed: UInt64 = 42, versions: Int = 2) -> [String] {
        var random = SplitMix64(seed: seed)
        var paragraphs: [[String]] = []
        var size = 0
        while size < bytes {
            let count = 3 + random.next(4)
            var paragraph: [String] = []
            for _ in 0..<count { paragraph.append(sentence(&random)) }
            size += paragraph.reduce(0) { $0 + $1.utf8.count + 1 } + 2
            paragraphs.append(paragraph)
        }
        var result = [text(paragraphs)]
        for _ in 1..<max(1, versions) { result.append(text(rewrite(paragraphs, bytes: bytes, &random))) }
        return result
    }

    /// A later account of `paragraphs`: some dropped, synonyms swapped, sentences added,
    /// paragraphs moved a few places, topped up with new paragraphs to about `bytes`.
    private static func rewrite(_ paragraphs: [[String]], bytes: Int, _ random: inout SplitMix64) -> [[String]] {
        var other: [[String]] = []
        for paragraph in paragraphs where random.next(100) >= 15 {
            var rewritten = paragraph.map { swapSynonyms($0, &random) }
            if random.next(100) < 30 { rewritten.insert(sentence(&random), at: random.next(rewritten.count + 1)) }
            other.append(rewritten)
        }
        // Local reordering: each paragraph may move a few places.
        for i in other.indices where random.next(100) < 40 {
            let j = min(other.count - 1, i + random.next(6))
            other.swapAt(i, j)
        }
        var size = other.reduce(0, { $0 + $1.reduce(0) { $0 + $1.utf8.count + 1 } + 2 })
        while size < bytes {
            let added = (0..<4).map { _ in sentence(&random) }
            size += added.reduce(0) { $0 + $1.utf8.count + 1 } + 2
            other.append(added)
        }
        return other
    }

    private static func text(_ paragraphs: [[String]]) -> String {
        paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n")
    }

    private static func document(_ id: String, _ text: String) -> Document {
        return (try? DocumentLoader.load(bytes: Array(text.utf8), name: id + ".txt", markdown: false, label: id))
            ?? Document(id: id, label: id, text: "", blocks: [])
    }

    static let subjects = ["Les dirigeants", "Les deux présidents", "Le président russe", "Le président américain",
                           "Les ministres", "Les délégations", "La partie russe", "Washington", "Moscou", "Les représentants"]
    static let verbs = ["ont évoqué", "ont discuté de", "ont souligné", "ont examiné", "ont abordé", "ont rappelé",
                        "se sont félicités de", "ont exprimé leur inquiétude concernant", "ont insisté sur", "ont salué"]
    static let nouns = ["la sécurité", "la coopération", "les sanctions", "les troupes", "la frontière", "le commerce",
                        "les négociations", "le climat", "l’énergie", "le gaz", "les investissements", "la cybersécurité",
                        "les missions diplomatiques", "la stabilité stratégique", "le désarmement", "les exportations",
                        "la santé", "les vaccins", "les réfugiés", "les infrastructures", "la pêche", "l’agriculture",
                        "les transports", "la recherche", "l’éducation", "les droits de l’homme", "la presse", "le tourisme",
                        "les minerais", "l’industrie", "la défense", "les munitions", "le nucléaire", "l’espace", "l’Arctique"]
    static let adjectives = ["régionale", "bilatérale", "européenne", "durable", "renforcée", "stratégique", "économique",
                             "militaire", "internationale", "commune", "nouvelle", "globale", "technique", "financière"]
    static let places = ["à Genève", "à Vienne", "dans la région", "en Europe", "en Asie centrale", "au Moyen-Orient",
                         "dans l’Arctique", "en mer Noire", "au Sahel", "dans le Pacifique", "à New York", "à Minsk"]
    static let syllables = ["va", "lor", "din", "ka", "mi", "ros", "tel", "bra", "no", "vi", "sek", "ul", "tan", "gri"]
    static let synonyms: [(String, String)] = [
        ("ont évoqué", "ont mentionné"), ("les sanctions", "des mesures économiques"), ("les troupes", "les forces"),
        ("la coopération", "le partenariat"), ("ont discuté de", "se sont entretenus de"), ("la sécurité", "la stabilité"),
        ("le commerce", "les échanges"), ("les négociations", "les pourparlers"), ("renforcée", "accrue"),
    ]

    private static func sentence(_ random: inout SplitMix64) -> String {
        func pick(_ list: [String]) -> String { list[random.next(list.count)] }
        var name = ""
        for _ in 0..<(2 + random.next(2)) { name += pick(syllables) }
        let number = 10 + random.next(2000)
        switch random.next(4) {
        case 0:
            return "\(pick(subjects)) \(pick(verbs)) \(pick(nouns)) \(pick(adjectives)) \(pick(places))."
        case 1:
            return "\(pick(subjects)) \(pick(verbs)) \(pick(nouns)) et \(pick(nouns)), notamment le projet \(name.capitalized) de \(number) millions."
        case 2:
            return "Selon \(pick(subjects).lowercased()), \(pick(nouns)) \(pick(adjectives)) reste une priorité \(pick(places)) depuis \(number)."
        default:
            return "\(pick(subjects)) \(pick(verbs)) l’accord \(name.capitalized) sur \(pick(nouns)) et \(pick(nouns)) \(pick(adjectives))."
        }
    }

    private static func swapSynonyms(_ sentence: String, _ random: inout SplitMix64) -> String {
        var result = sentence
        for (from, to) in synonyms where random.next(2) == 0 {
            if let range = result.range(of: from) { result.replaceSubrange(range, with: to) }
        }
        return result
    }
}

/// A small, fast, seedable generator (SplitMix64): the same seed gives the same texts on
/// every platform, which `SystemRandomNumberGenerator` does not.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
}
