import ReadoutsText
import ReadoutsTopics

/// The brief quotes a sentence whole once, under the first topic that holds it; under every
/// later topic it is referred to (an intern found the White House's sentence on the
/// build-up of forces quoted whole four times, under four topics, and took the file for
/// broken):
///
/// ```markdown
/// > Selon l’administration américaine, Biden a exprimé … **alliés** … *(quoted whole under “Ukraine”)*
/// ```
///
/// — its opening words, as many as tell it from every other sentence quoted whole under
/// that topic for the same version (at least `openingWords`), then each of this topic's
/// words with the rest of the words they are part of ("l’**Ukraine**"), the parts left out
/// marked "…", then the topic it is quoted whole under, above. So the topic still shows
/// which passages it holds, and what in each is its own, and the reader finds the sentence
/// by its heading and its first words, on GitHub or in the raw file alike. A sentence too
/// short to shorten (fewer than `fewestLeftOut` words would be left out) is shown whole
/// again, "*(also under “…”)*".
struct MarkdownQuotedSentences {
    /// The fewest words a reference opens with.
    static let openingWords = 6
    /// The fewest words a reference leaves out; a sentence that would lose fewer is shown whole.
    static let fewestLeftOut = 4

    /// Per sentence (`LinkedPassagePairs.key`), the topic it was first quoted whole under.
    private var firstTopic: [Int64: Int] = [:]
    /// Per topic and version, the sentences quoted whole under it (their ranges from their
    /// first non-space scalar), sorted by their text: the longest opening a sentence shares
    /// with any of them it shares with one beside it in that order, so a reference compares
    /// its opening with two or three of them, not all (with all, the brief of 2 × 1 MB whose
    /// sentences held three topics each took 21 s, quadratic in the sentences).
    private var whole: [Int64: [Range<Int>]] = [:]

    private static func key(_ topic: Int, _ version: Int) -> Int64 { Int64(topic) << 32 | Int64(version) }

    /// The topic `sentence` of `version` was quoted whole under, if it was.
    func topic(quoting sentence: Int, of version: Int) -> Int? {
        firstTopic[LinkedPassagePairs.key(Analysis.SentenceRef(version: version, sentence: sentence))]
    }

    /// `range` from its first scalar that is not white space.
    static func trimmed(_ range: Range<Int>, in text: ScalarText) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound, text[start].properties.isWhitespace { start += 1 }
        return start..<range.upperBound
    }

    /// Whether the text of `a` sorts before that of `b` (scalar by scalar; a prefix first).
    private static func precedes(_ a: Range<Int>, _ b: Range<Int>, in text: ScalarText) -> Bool {
        var (i, j) = (a.lowerBound, b.lowerBound)
        while i < a.upperBound, j < b.upperBound {
            let (x, y) = (text[i].value, text[j].value)
            if x != y { return x < y }
            i += 1
            j += 1
        }
        return a.upperBound - i < b.upperBound - j  // one opens the other: the shorter first
    }

    /// The sentences quoted whole under `topic` for `version` whose text sorts next to that
    /// of `range` (a sentence quoted there itself, left out): those whose openings it shares most.
    func neighbours(of range: Range<Int>, quotedUnder topic: Int, of version: Int, in text: ScalarText) -> [Range<Int>] {
        guard let sorted = whole[Self.key(topic, version)], !sorted.isEmpty else { return [] }
        let target = Self.trimmed(range, in: text)
        let low = sorted.partitionPoint { !Self.precedes($0, target, in: text) }
        return (max(0, low - 1)..<min(sorted.count, low + 2)).map { sorted[$0] }.filter { $0.lowerBound != target.lowerBound }
    }

    /// Remembers that `sentences` of `version` (index and range) were quoted whole under `topic`.
    mutating func record(_ sentences: [(index: Int, range: Range<Int>)], quotedUnder topic: Int, of version: Int, in text: ScalarText) {
        guard !sentences.isEmpty else { return }
        for sentence in sentences { firstTopic[LinkedPassagePairs.key(Analysis.SentenceRef(version: version, sentence: sentence.index))] = topic }
        var sorted = whole[Self.key(topic, version)] ?? []
        sorted += sentences.map { Self.trimmed($0.range, in: text) }
        sorted.sort { Self.precedes($0, $1, in: text) }
        whole[Self.key(topic, version)] = sorted
    }

    /// The reference to the sentence at `sentence` in `text`: its scalars, and `words` (the
    /// topic's words, offsets into `text`) as offsets into them. `others`: the ranges of the
    /// other sentences quoted whole where it is, which its opening words must not also open.
    /// `elided`: whether words are left out (else the sentence is shown whole).
    static func reference(in text: ScalarText, sentence: Range<Int>, words: [Range<Int>], others: [Range<Int>])
        -> (scalars: [Unicode.Scalar], strong: [Range<Int>], elided: Bool) {
        func isSpace(_ offset: Int) -> Bool { text[offset].properties.isWhitespace }
        /// Whether `range` holds a letter or a digit (else it is white space and punctuation).
        func hasWord(_ range: Range<Int>) -> Bool {
            range.contains { text[$0].properties.isAlphabetic || text[$0].properties.numericType != nil }
        }
        let start = trimmed(sentence, in: text).lowerBound
        var end = sentence.upperBound
        while end > start, isSpace(end - 1) { end -= 1 }
        /// From `offset`, past the next run of non-white space that holds a letter or a digit
        /// (a "«" alone is no word), and the white space and punctuation before it.
        func throughWord(_ offset: Int) -> Int {
            var position = offset
            repeat {
                while position < end, isSpace(position) { position += 1 }
                let word = position
                while position < end, !isSpace(position) { position += 1 }
                if hasWord(word..<position) { break }
            } while position < end
            return position
        }
        var opening = start
        for _ in 0..<openingWords { opening = throughWord(opening) }
        // Past the most it shares with the start of any other, to the end of the word that
        // differs (the longest shared start first, then one step: taken other by other, a
        // shorter one could end the word where a longer one ends inside its punctuation,
        // "l’Ukraine»" against "l’Ukraine,").
        var longest = 0
        for other in others {
            let otherStart = trimmed(other, in: text).lowerBound
            var shared = 0
            while start + shared < end, otherStart + shared < other.upperBound, text[start + shared] == text[otherStart + shared] { shared += 1 }
            longest = max(longest, shared)
        }
        if !others.isEmpty, start + longest >= opening { opening = throughWord(start + longest) }
        // The parts shown: the opening, then each of the topic's words within the words it is part of.
        var parts = [start..<opening]
        for word in words.map({ $0.clamped(to: start..<end) }).filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            var (lower, upper) = (word.lowerBound, word.upperBound)
            while lower > start, !isSpace(lower - 1) { lower -= 1 }
            while upper < end, !isSpace(upper) { upper += 1 }
            let last = parts[parts.count - 1]
            if lower <= last.upperBound || !hasWord(last.upperBound..<lower) {
                parts[parts.count - 1] = last.lowerBound..<max(last.upperBound, upper)
            } else {
                parts.append(lower..<upper)
            }
        }
        // Closing punctuation ("»."), no word left out, is shown.
        if !hasWord(parts[parts.count - 1].upperBound..<end) { parts[parts.count - 1] = parts[parts.count - 1].lowerBound..<end }
        // Words left out: between the parts and after the last.
        var leftOut = 0
        for (number, part) in parts.enumerated() {
            var position = part.upperBound
            let limit = number + 1 < parts.count ? parts[number + 1].lowerBound : end
            while position < limit {
                let before = position
                position = throughWord(position)
                if position > limit { break }
                if hasWord(before..<position) { leftOut += 1 }
            }
        }
        if leftOut < fewestLeftOut { parts = [start..<end] }
        var scalars: [Unicode.Scalar] = []
        var strong: [Range<Int>] = []
        for (number, part) in parts.enumerated() {
            if number > 0 { scalars += " … ".unicodeScalars }
            let base = scalars.count
            scalars += text.scalars(part)
            for word in words where word.overlaps(part) {
                let shown = word.clamped(to: part)
                strong.append((base + shown.lowerBound - part.lowerBound)..<(base + shown.upperBound - part.lowerBound))
            }
        }
        if parts[parts.count - 1].upperBound < end { scalars += " …".unicodeScalars }
        return (scalars, strong, parts.count > 1 || parts[0].upperBound < end)
    }
}
