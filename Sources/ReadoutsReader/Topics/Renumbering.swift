import ReadoutsText

/// The headings and numbered items two drafts have with the same words under another number
/// ("§ 1 Anspruch auf Zugang zu Informationen" → "§ 2 Anspruch …", "4. die Ausgangsstoffe …"
/// → "6. die Ausgangsstoffe …"). They are no change (`SentenceChanges` leaves a heading's
/// figures and an item's number out: the thirty articles after a deleted one are not thirty
/// amendments), but the reports list them apart: in an amending law the renumbering, and the
/// cross-references that follow it, are what an analyst checks, and a list of changes that
/// never mentions it reads as if nothing was renumbered.
public struct Renumbering: Sendable {
    /// A sentence of the first draft and its renumbered counterpart in the other.
    public struct Pair: Sendable, Equatable {
        public let first: Int
        public let other: Int
    }

    public let pairs: [Pair]

    /// The renumbered sentences from `first` to `other`, in `first`'s order: each numbered
    /// sentence (a heading with figures or roman numerals, an item with its number) paired
    /// with one of `other` of the same words, numbers aside, that the same sentence follows
    /// (the article that went with its heading), else with the only one, if each version has
    /// one. Thirty headings "Article 1" to "Article 30" are one text: paired in order, the
    /// deletion of Article 20 would renumber ten.
    public init(_ texts: DraftChanges.SentenceTexts, from first: Int, to other: Int) {
        let (context, otherContext) = (NumberedContext(texts, version: first), NumberedContext(texts, version: other))
        // A string only of the numbered sentences (headings, items), not of every sentence.
        func numbered(_ version: Int, _ context: NumberedContext) -> [(sentence: Int, key: String, text: String)] {
            texts.analysis.versions[version].sentences.compactMap { sentence in
                guard sentence.range.count <= Self.longest, context.isNumbered(sentence.index) else { return nil }
                let text = texts.string(version, sentence.index)
                let key = SentenceChanges.key(text, isHeading: sentence.isHeading)
                let plain = Self.words(text).joined(separator: " ")
                guard !key.isEmpty, key != plain else { return nil }
                return (sentence.index, key, plain)
            }
        }
        let (ours, theirs) = (numbered(first, context), numbered(other, otherContext))
        // Their numbered sentences by key and follower, each list in order (one look-up a
        // sentence: thousands of "Article" headings are no square), and by key alone.
        struct Place: Hashable { var key: String; var follower: UInt64 }
        var byPlace: [Place: [Int]] = [:]
        var byKey: [String: [Int]] = [:]
        for (position, entry) in theirs.enumerated() {
            byPlace[Place(key: entry.key, follower: otherContext.prints(entry.sentence).follower), default: []].append(position)
            byKey[entry.key, default: []].append(position)
        }
        let ourCounts = ours.reduce(into: [String: Int]()) { $0[$1.key, default: 0] += 1 }
        var taken = Set<Int>()
        var pairs: [Pair] = []
        for entry in ours {
            let follower = context.prints(entry.sentence).follower
            var position: Int?
            if follower != 0, var list = byPlace[Place(key: entry.key, follower: follower)] {
                while let first = list.first, taken.contains(first) { list.removeFirst() }
                position = list.first
                byPlace[Place(key: entry.key, follower: follower)] = list
            }
            if position == nil, let only = byKey[entry.key], only.count == 1, ourCounts[entry.key] == 1, !taken.contains(only[0]) {
                position = only[0]
            }
            guard let position else { continue }
            taken.insert(position)
            // Renumbered: the words that differ are the sentence's label (its first words), not
            // a figure further in ("Article 4 – Fee of 100 euros" → "… 200 euros" is no
            // renumbering).
            if theirs[position].text != entry.text, Self.saying(entry.text, theirs[position].text).from.split(separator: " ").count <= 3 {
                pairs.append(Pair(first: entry.sentence, other: theirs[position].sentence))
            }
        }
        self.pairs = pairs
    }

    /// Sentences longer than this are not read for a number: a heading or an item's opening
    /// is short, and a long one's words are compared as a change's are.
    static let longest = 2_000

    private static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    /// How a pair is said: the words up to the number that changed, on each side, and what
    /// follows, cut after `restWords` words ("§ 1", "§ 2", "Anspruch auf Zugang zu
    /// Informationen").
    public static func saying(_ left: String, _ right: String, restWords: Int = 6) -> (from: String, to: String, rest: String) {
        let (a, b) = (words(left), words(right))
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let rest = a.suffix(suffix)
        let cut = rest.prefix(restWords).joined(separator: " ") + (rest.count > restWords ? " …" : "")
        return (a.dropLast(suffix).joined(separator: " "), b.dropLast(suffix).joined(separator: " "), cut)
    }
}
