import Foundation
import ReadoutsText
import ReadoutsTopics

/// The sentences of each version that some other version does not have word for word: what
/// `J` and `K` step through, as vimdiff's `]c` and Meld's Alt-↓ step through a diff's
/// changes. Between two drafts of a bill that is every amended, added and deleted sentence,
/// and nothing else; between two accounts of one call, nearly every sentence.
///
/// Sentences are compared by their text with runs of white space made one space (a
/// re-wrapped paragraph is no change), wherever they stand (a moved article is no change:
/// Enter says it moved), as many times as they come (of a sentence two versions have 32
/// and 31 times, the one without a partner in place is a change). A heading's figures are left out, so that the renumbering of every
/// article after a deleted one is not thirty changes. Built with the `TopicIndex`, in the
/// background: `J` looks its target up, it never compares texts.
public struct SentenceChanges: Sendable {
    /// Per version, the changed sentences in reading order…
    public let sentences: [[Int32]]
    /// …and for each, the versions that lack it word for word (bit `w` for version `w`;
    /// versions past the 64th are not told apart).
    let lacking: [[UInt64]]

    /// None: before the analysis is whole.
    public init() {
        sentences = []
        lacking = []
    }

    public init(_ analysis: Analysis, documents: [Document]) {
        self.init(texts: DraftChanges.SentenceTexts(documents: documents, analysis: analysis))
    }

    /// The changes of `texts`' versions, with their sentences sorted by text if `texts` has
    /// them (`SentenceTexts.sortingSentencesByText`).
    public init(texts: DraftChanges.SentenceTexts) {
        let (analysis, documents) = (texts.analysis, texts.documents)
        let count = min(documents.count, analysis.versions.count)
        // Each sentence's text as compared (`key`), as a 64-bit fingerprint (0: nothing to
        // compare: 2 × 1 MB's 20,000 sentences made into strings took 190 ms), the sentences
        // of each text side by side. Where a text comes more often in one version than in
        // another (a bill's boilerplate "The Authority shall…", one of them amended), the
        // occurrences that other lacks are those `unmatched` leaves.
        let byText = (0..<count).map { texts.sentencesByText($0) }
        var masks = byText.map { [UInt64](repeating: 0, count: $0.count) }
        // Of 30 headings "Article 1" to "Article 30", one text when compared without their
        // figures, the one a draft deleted is the one whose article went with it: a heading
        // pairs first with the one followed by the same sentence, then with the one of the
        // same number (a new user's deleted Article 20 was read as Article 4, and the 15
        // sentences between them as moved).
        let numbering = (0..<count).map { NumberedContext(texts, version: $0) }
        for version in 0..<count {
            byText[version].forEachText { key, own in
                for other in 0..<count where other != version {
                    let theirs = byText[other].sentences(of: key)
                    guard theirs.count < own.count else { continue }
                    // Each sentence's fingerprints made once, not at every cell of the table.
                    let numbered = own.contains { numbering[version].isNumbered($0) }
                    let ownPrints = numbered ? own.map { numbering[version].prints($0) } : []
                    let theirPrints = numbered ? theirs.map { numbering[other].prints($0) } : []
                    let affinity: ((Int, Int) -> Double)? = numbered ? { i, j in
                        NumberedContext.distance(ownPrints[i], theirPrints[j])
                    } : nil
                    for sentence in Self.unmatched(own, of: byText[version].count, theirs, of: byText[other].count, affinity: affinity) {
                        masks[version][sentence] |= 1 << UInt64(min(other, 63))
                    }
                }
            }
        }
        var sentences: [[Int32]] = []
        var lacking: [[UInt64]] = []
        for version in 0..<count {
            let changed = masks[version].indices.filter { masks[version][$0] != 0 }
            sentences.append(changed.map(Int32.init))
            lacking.append(changed.map { masks[version][$0] })
        }
        self.sentences = sentences
        self.lacking = lacking
    }

    /// The sentences of `own` (positions in a version of `ownCount` sentences) left without
    /// a partner when each of `theirs` (fewer, in a version of `theirCount`) takes one, in
    /// order, the pairs as near as can be by their place in their versions: the amended
    /// one of 32 alike is the one whose place the other version does not fill. In order, the
    /// i-th of `own` can only be paired with one of a band of `own.count - theirs.count + 1`
    /// of `theirs`: the table is that band (600 "Article ." headings against 599 take 1,200
    /// cells). Past 5,000,000 cells, the first ones in order take them.
    /// `affinity(i, j)`: how far own `i` and theirs `j` (indices into the two lists) are as
    /// numbered sentences (`NumberedContext.distance`), added to their places' distance.
    static func unmatched(_ own: [Int], of ownCount: Int, _ theirs: [Int], of theirCount: Int,
                          affinity: ((Int, Int) -> Double)? = nil) -> [Int] {
        guard !theirs.isEmpty else { return own }
        let (n, m) = (own.count, theirs.count)
        let band = n - m + 1
        guard n * band <= 5_000_000 else { return Array(own.dropFirst(theirs.count)) }
        func place(_ p: Int, _ total: Int) -> Double { Double(p) / Double(max(1, total)) }
        func distance(_ i: Int, _ j: Int) -> Double {
            abs(place(own[i - 1], ownCount) - place(theirs[j - 1], theirCount)) + (affinity?(i - 1, j - 1) ?? 0)
        }
        // cost[i][k], k = i - j (own left out so far, 0..<band): the least total distance
        // matching the first j of theirs among the first i of own. Two rows of it are kept,
        // and for each cell one bit, whether own i is paired there (ties pair it): the whole
        // table of Doubles raised the reader's peak by 25 MB on the bench's 2 × 10 MB drafts.
        var previous = [Double](repeating: .infinity, count: band)
        var current = previous
        previous[0] = 0
        var paired = BitSet(count: n * band)
        for i in 1...n {
            for k in 0..<band {
                let j = i - k
                guard j >= 0, j <= m else {
                    current[k] = .infinity
                    continue
                }
                var best = k > 0 ? previous[k - 1] : .infinity              // own i left out
                if j > 0 {
                    let pairing = previous[k] + distance(i, j)               // paired with theirs j
                    if pairing <= best {
                        best = pairing
                        paired.insert((i - 1) * band + k)
                    }
                }
                current[k] = best
            }
            swap(&previous, &current)
        }
        var left: [Int] = []
        var (i, k) = (n, n - m)
        while i > 0 {
            if !paired.contains((i - 1) * band + k) {
                left.append(own[i - 1])
                k -= 1
            }
            i -= 1
        }
        return left.reversed()
    }

    /// Whether `other` lacks the change at `position` of `version`'s list word for word.
    public func lacks(_ version: Int, position: Int, _ other: Int) -> Bool {
        lacking[version][position] & (1 << UInt64(min(other, 63))) != 0
    }


    /// A sentence's text as compared: white space runs as one space, ends trimmed; a
    /// heading's number left out ("Article 12. Repairs" is "Article 11. Repairs" renumbered),
    /// and a subsection's opening number (`enumerationLength`).
    static func key(_ text: String, isHeading: Bool) -> String {
        let body = isHeading ? withoutHeadingNumber(text) : text
        // Scalar by scalar (a sentence's grapheme clusters cost a third of the index's time).
        var key = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in body.dropFirst(enumerationLength(body)).unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace { key.append(" ") }
            pendingSpace = false
            key.append(scalar)
        }
        return String(key)
    }

    /// A heading without its number: the digits of the first of its first four words that
    /// has any ("Article 12.", "§ 3a", "4.2"), or that word whole if it is a roman numeral
    /// ("Chapter III" renumbered "Chapter II"). A figure further in is the heading's own
    /// ("§ 2 Gebühr von 100 Euro" → "… 200 Euro" is an amendment: every figure left out, a
    /// legislative analyst was told "No change").
    static func withoutHeadingNumber(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var seen = 0
        for index in words.indices where !words[index].isEmpty {
            seen += 1
            if seen > 4 { break }
            let word = words[index]
            if isRomanNumeral(word.trimmingCharacters(in: .punctuationCharacters)) {
                words[index] = ""
                break
            }
            if word.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
                words[index] = String(String.UnicodeScalarView(word.unicodeScalars.filter { $0.properties.numericType == nil }))
                break
            }
        }
        return words.joined(separator: " ")
    }

    /// The FNV-1a fingerprint of `key` of the sentence at `range` of `text`, without making it
    /// a string (a heading's, rare and short, is made one); 0 for one with nothing to compare.
    static func fingerprint(_ text: ScalarText, _ range: Range<Int>, isHeading: Bool) -> UInt64 {
        let range = range.clamped(to: 0..<text.count)
        var hash: UInt64 = 0xcbf29ce484222325
        func mix(_ value: UInt32) {
            hash = (hash ^ UInt64(value)) &* 0x100000001b3
        }
        if isHeading {
            let key = Self.key(String(String.UnicodeScalarView(text.scalars(range))), isHeading: true)
            guard !key.isEmpty else { return 0 }
            for scalar in key.unicodeScalars { mix(scalar.value) }
            return hash == 0 ? 1 : hash
        }
        return SentenceFingerprint.of(text, range)
    }

    /// Every roman numeral (I to MMMDCCCLXXXVIII), made once: a
    /// regular expression compiled for every word of every heading cost the index its time.
    private static let romanNumerals: Set<String> = {
        let thousands = ["", "M", "MM", "MMM"], hundreds = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"]
        let tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"], ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        var all = Set<String>()
        for m in thousands { for c in hundreds { for x in tens { for i in ones { all.insert(m + c + x + i) } } } }
        all.remove("")
        return all
    }()

    /// Whether `word` is a roman numeral as headings write them ("II", "XIV"; not "CIVIL").
    static func isRomanNumeral(_ word: String) -> Bool {
        guard !word.isEmpty, word.count <= 8 else { return false }
        return romanNumerals.contains(word)
    }

    /// The length of a subsection's or item's number opening `text` (`ItemNumber`), left out
    /// of its key: the subsections renumbered after a deleted one are no change (a counsel
    /// read "(3) → (2) · same words" as an amendment).
    static func enumerationLength(_ text: String) -> Int { ItemNumber.length(opening: text) }
}

/// A version's numbered sentences (headings, whose figures their key leaves out, and items,
/// whose number it leaves out) as two drafts' are paired: by the sentence that follows
/// each, then by their text as written, numbers and all.
struct NumberedContext {
    private let texts: DraftChanges.SentenceTexts
    private let version: Int

    init(_ texts: DraftChanges.SentenceTexts, version: Int) {
        self.texts = texts
        self.version = version
    }

    /// Whether `sentence` is a heading or opens with an item's number (read from its first
    /// scalars: no string is made of the sentence).
    func isNumbered(_ sentence: Int) -> Bool {
        let sentences = texts.analysis.versions[version].sentences
        return sentences[sentence].isHeading || ItemNumber.scalarLength(opening: sentences[sentence].range, of: texts.documents[version].scalars) > 0
    }

    /// A numbered sentence's fingerprints: of its text as written, numbers and all (white
    /// space runs as one), and of the sentence after it as compared (0: none).
    struct Prints: Equatable {
        var written: UInt64
        var follower: UInt64
    }

    func prints(_ sentence: Int) -> Prints {
        let (sentences, scalars) = (texts.analysis.versions[version].sentences, texts.documents[version].scalars)
        let follower = sentence + 1 < sentences.count ? SentenceFingerprint.of(scalars, sentences[sentence + 1].range) : 0
        return Prints(written: SentenceFingerprint.of(scalars, sentences[sentence].range, keepingItemNumber: true), follower: follower)
    }

    /// How unlike two numbered sentences of one key are as partners: 0 when the same
    /// sentence follows each (the article that went with its heading) and they are written
    /// alike, 0.5 when the same follows and their numbers differ (renumbered), 1 when only
    /// their numbers agree, 1.5 when neither.
    static func distance(_ a: Prints, _ b: Prints) -> Double {
        let follows = a.follower != 0 && a.follower == b.follower
        return (follows ? 0 : 1) + (a.written == b.written ? 0 : 0.5)
    }
}
