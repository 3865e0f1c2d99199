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
    /// Per topic and version, the sentences quoted whole under it, in reading order.
    private var whole: [Int64: [Int]] = [:]

    private static func key(_ topic: Int, _ version: Int) -> Int64 { Int64(topic) << 32 | Int64(version) }

    /// The topic `sentence` of `version` was quoted whole under, if it was.
    func topic(quoting sentence: Int, of version: Int) -> Int? {
        firstTopic[LinkedPassagePairs.key(Analysis.SentenceRef(version: version, sentence: sentence))]
    }

    /// The sentences of `version` quoted whole under `topic`.
    func sentences(quotedUnder topic: Int, of version: Int) -> [Int] { whole[Self.key(topic, version)] ?? [] }

    /// Remembers that `sentences` of `version` were quoted whole under `topic`.
    mutating func record(_ sentences: [Int], quotedUnder topic: Int, of version: Int) {
        guard !sentences.isEmpty else { return }
        for sentence in sentences { firstTopic[LinkedPassagePairs.key(Analysis.SentenceRef(version: version, sentence: sentence))] = topic }
        whole[Self.key(topic, version), default: []] += sentences
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
        var (start, end) = (sentence.lowerBound, sentence.upperBound)
        while start < end, isSpace(start) { start += 1 }
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
        // Past what it shares with the start of any other, to the end of the word that differs.
        for other in others {
            var otherStart = other.lowerBound
            while otherStart < other.upperBound, isSpace(otherStart) { otherStart += 1 }
            var shared = 0
            while start + shared < end, otherStart + shared < other.upperBound, text[start + shared] == text[otherStart + shared] { shared += 1 }
            if start + shared >= opening { opening = throughWord(start + shared) }
        }
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
