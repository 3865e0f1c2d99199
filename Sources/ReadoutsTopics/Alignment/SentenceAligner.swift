import ReadoutsText
import ReadoutsTOML

/// Aligns the words of two linked sentences as the engine links them: spans that carry
/// the same topic (the link's evidence, and the lexicon's aliases found by the engine's own
/// matcher), then words with the same stem, then — when one is given — a semantic matcher.
/// What is left is what only one side says.
public struct SentenceAligner: Sendable {
    /// One sentence to align.
    public struct Side: Sendable {
        public var text: String
        public var language: Language
        /// Spans known to carry a topic (relative to `text`), such as the link's evidence;
        /// the lexicons' aliases are found here too.
        public var topicSpans: [(range: Range<Int>, topic: String)]

        public init(text: String, language: Language, topicSpans: [(range: Range<Int>, topic: String)] = []) {
            self.text = text
            self.language = language
            self.topicSpans = topicSpans
        }
    }

    public var lexicons: [Lexicon]
    /// Asked last, about the words nothing else matched (nil: none yet).
    public var semantic: (any SemanticWordMatcher)?

    public init(lexicons: [Lexicon] = [.international], semantic: (any SemanticWordMatcher)? = nil) {
        self.lexicons = lexicons
        self.semantic = semantic
    }

    /// A content word of one side.
    struct Word {
        var range: Range<Int>
        var surface: String
        var key: String
        var key2: String?
        var matched = false
    }

    public func align(_ left: Side, _ right: Side) -> WordAlignment {
        let spans = lexiconSpans(left, right)
        var words = [Self.words(left), Self.words(right)]
        let topicSpans = [left.topicSpans + spans[0], right.topicSpans + spans[1]]
        var matches: [(first: Int, match: WordAlignment.Match)] = []

        // Topics both sides carry, each with all its spans.
        let rightTopics = Set(topicSpans[1].map(\.topic))
        var seen = Set<String>()
        for span in topicSpans[0].sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where rightTopics.contains(span.topic) && seen.insert(span.topic).inserted {
            let sides = topicSpans.map { list in Self.merged(list.filter { $0.topic == span.topic }.map(\.range)) }
            matches.append((span.range.lowerBound, .init(reason: .topic(span.topic), left: sides[0], right: sides[1])))
            for side in 0..<2 {
                for index in words[side].indices where sides[side].contains(where: { $0.overlaps(words[side][index].range) }) {
                    words[side][index].matched = true
                }
            }
        }
        // Then the same stem, then the same six-letter prefix of it: a group of words with one
        // key on both sides, at least one of them not matched yet ("russes" beside a topic's
        // "forces russes" is still the same word).
        for keyOf in [{ (word: Word) in Optional(word.key) }, { (word: Word) in word.key2 }] {
            var byKey = [[String: [Int]]](repeating: [:], count: 2)
            var order: [String] = []
            for side in 0..<2 {
                for (index, word) in words[side].enumerated() {
                    guard let key = keyOf(word) else { continue }
                    if side == 0 && byKey[0][key] == nil { order.append(key) }
                    byKey[side][key, default: []].append(index)
                }
            }
            for key in order {
                guard let lefts = byKey[0][key], let rights = byKey[1][key],
                    lefts.contains(where: { !words[0][$0].matched }) || rights.contains(where: { !words[1][$0].matched })
                else { continue }
                matches.append((words[0][lefts[0]].range.lowerBound,
                                .init(reason: .stem, left: lefts.map { words[0][$0].range }, right: rights.map { words[1][$0].range })))
                for index in lefts { words[0][index].matched = true }
                for index in rights { words[1][index].matched = true }
            }
        }
        // A name written in two scripts ("Biden" / "Байденом", "Putin" / "Путина"): the same
        // word, by its transliteration.
        if left.language != right.language {
            for (l, r) in Self.namesAcrossScripts(words[0], left.text, words[1], right.text) {
                matches.append((words[0][l].range.lowerBound, .init(reason: .stem, left: [words[0][l].range], right: [words[1][r].range])))
                words[0][l].matched = true
                words[1][r].matched = true
            }
        }
        // Last, whatever the semantic matcher makes of the rest.
        if let semantic {
            let rest = words.map { side in side.indices.filter { !side[$0].matched } }
            let pairs = semantic.pairs(left: rest[0].map { words[0][$0].surface }, leftLanguage: left.language,
                                       right: rest[1].map { words[1][$0].surface }, rightLanguage: right.language)
            for pair in pairs where rest[0].indices.contains(pair.left) && rest[1].indices.contains(pair.right) {
                let (l, r) = (rest[0][pair.left], rest[1][pair.right])
                guard !words[0][l].matched, !words[1][r].matched else { continue }
                matches.append((words[0][l].range.lowerBound, .init(reason: .semantic, left: [words[0][l].range], right: [words[1][r].range])))
                words[0][l].matched = true
                words[1][r].matched = true
            }
        }
        return WordAlignment(matches: matches.sorted { $0.first < $1.first }.map(\.match),
                             onlyLeft: words[0].filter { !$0.matched }.map(\.range),
                             onlyRight: words[1].filter { !$0.matched }.map(\.range))
    }

    /// Pairs (left, right) of unmatched capitalised words whose transliterations (`Folding`)
    /// differ by at most two edits (one for a word under five letters), the longer cut one
    /// letter past the shorter so that a case ending does not count ("bajdenom" / "biden"):
    /// each the other's closest.
    static func namesAcrossScripts(_ left: [Word], _ leftText: String, _ right: [Word], _ rightText: String) -> [(Int, Int)] {
        func names(_ words: [Word], _ text: String) -> [(Int, String)] {
            let scalars = Array(text.unicodeScalars)
            return words.indices.compactMap { index in
                let word = words[index]
                guard !word.matched, word.range.lowerBound < scalars.count, scalars[word.range.lowerBound].properties.isUppercase
                else { return nil }
                let folded = String(Folding.fold(word.surface).filter(\.isLetter))
                return folded.count >= 4 ? (index, folded) : nil
            }
        }
        let (xs, ys) = (names(left, leftText), names(right, rightText))
        // The longer cut to one letter past the shorter; that letter is free (a case ending).
        func distance(_ a: String, _ b: String) -> Int {
            let (short, long) = a.count <= b.count ? (a, b) : (b, a)
            let cut = long.prefix(short.count + 1)
            return min(Spelling.distance(short, String(cut)), Spelling.distance(short, String(cut.dropLast())))
        }
        var best: [(Int, Int, Int)] = []
        for (x, a) in xs {
            for (y, b) in ys {
                let d = distance(a, b)
                if d <= (min(a.count, b.count) >= 5 ? 2 : 1) { best.append((d, x, y)) }
            }
        }
        var used = (Set<Int>(), Set<Int>())
        var pairs: [(Int, Int)] = []
        for (_, x, y) in best.sorted(by: { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) })
        where !used.0.contains(x) && !used.1.contains(y) {
            used.0.insert(x)
            used.1.insert(y)
            pairs.append((x, y))
        }
        return pairs
    }

    /// The content words of a side, through the engine's normaliser (compounds by their parts).
    static func words(_ side: Side) -> [Word] {
        let normaliser = Normaliser(language: side.language)
        return Tokenizer.tokens(in: side.text).compactMap { token in
            guard token.kind != .compound, let word = normaliser.normalise(token) else { return nil }
            return Word(range: token.range, surface: token.text, key: word.key, key2: word.key2)
        }
    }

    /// The lexicons' aliases in each sentence, found by the engine's lexicon matcher.
    func lexiconSpans(_ left: Side, _ right: Side) -> [[(range: Range<Int>, topic: String)]] {
        guard !lexicons.isEmpty else { return [[], []] }
        let keys = Vocabulary()
        var preparer = VersionPreparer(keys: keys, key2s: Vocabulary())
        let documents = [left, right].map { side in
            let count = side.text.unicodeScalars.count
            return Document(id: "", label: "", text: side.text, blocks: count == 0 ? [] : [Block(kind: .paragraph, range: 0..<count)])
        }
        let prepared = zip(documents, [left, right]).map { preparer.prepare($0, language: $1.language) }
        let matcher = LexiconMatcher(lexicons: lexicons, languages: [left.language, right.language], keys: keys,
                                     normalisers: { preparer.normaliser(for: $0) })
        return zip(prepared, documents).map { version, document in
            guard let version else { return [] }
            return matcher.match(version, in: document).map { hit in (EvidenceBuilder.range(of: hit, in: version), matcher.topics[Int(hit.topic)].id) }
        }
    }

    /// Sorted ranges with overlapping ones joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, last.upperBound >= range.lowerBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
