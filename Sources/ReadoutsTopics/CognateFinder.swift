/// Whether two keys of different languages are one word written alike ("nucleair" ~
/// "nuclear", "territorial" ~ "territori", "interet" ~ "interest"): a character-trigram
/// Dice of 0.7 or more between keys of five or more characters, the soft cosine's fuzzy
/// match (`KeyFeatures`). Naming a cross-language topic asks it of the few keys of the
/// topic's sentences only, so each key's trigrams are made when first asked and kept.
struct CognateFinder {
    static let threshold = 0.7
    let keys: [String]
    private var trigrams: [Int32: Set<UInt32>] = [:]

    init(keys: [String]) { self.keys = keys }

    mutating func similar(_ x: Int32, _ y: Int32) -> Bool {
        if x == y { return true }
        let (a, b) = (grams(x), grams(y))
        guard a.count >= 3, b.count >= 3 else { return false }
        let (smaller, larger) = (Double(min(a.count, b.count)), Double(max(a.count, b.count)))
        guard 2 * smaller / (smaller + larger) >= Self.threshold else { return false }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count) >= Self.threshold
    }

    private mutating func grams(_ key: Int32) -> Set<UInt32> {
        if let known = trigrams[key] { return known }
        var own = Set<UInt32>()
        if key >= 0, Int(key) < keys.count {
            let scalars = Array(keys[Int(key)].unicodeScalars)
            if scalars.count >= 5 {
                for i in 0...(scalars.count - 3) {
                    own.insert((scalars[i].value &* 31 &+ scalars[i + 1].value) &* 31 &+ scalars[i + 2].value)
                }
            }
        }
        trigrams[key] = own
        return own
    }
}
