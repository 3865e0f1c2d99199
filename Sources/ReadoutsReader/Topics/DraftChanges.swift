import ReadoutsText
import ReadoutsTopics

/// The changes from one version to another that is a draft of the same text: every
/// sentence of the first the other lacks word for word (`SentenceChanges`) — worded
/// otherwise where a changed sentence of the other answers it, else only in the first —
/// then every changed sentence of the other left over, only in it, placed after the first
/// one's sentence its neighbour answers. What `J` steps through in the reader, and what the
/// brief and the page list: a committee's aide exported two drafts and got 792 lines by
/// topic in which 2 of 12 amendments were said.
///
/// Made only where the versions are drafts of one text: at least half of the first
/// version's sentences found in the other word for word or nearly (`isDraft`; two accounts
/// of one call share almost none, and every sentence would be a "change").
public struct DraftChanges: Sendable {
    /// `.moved`: a run of sentences both drafts have word for word, in another place (the
    /// run's first sentence in each; `count` of them).
    public enum Kind: Sendable, Equatable { case worded, onlyInFirst, onlyInOther, moved }

    public struct Change: Sendable {
        public var kind: Kind
        /// The sentence of the first version, and of the other (nil where it has none).
        public var first: Int?
        public var other: Int?
        /// What changed, as Enter says it ("ninety → sixty"); empty unless `.worded` (and
        /// described: `between(…describes:)`).
        public var said: [String]
        /// Where it comes in the first version: its sentence, or for a sentence only in the
        /// other, the first version's sentence it follows (-1: before them all).
        public var anchor: Int
        /// The sentences a move carries (1 for the other kinds).
        public var count = 1
    }

    /// The two versions.
    public let first: Int
    public let other: Int
    /// In the first version's order, each added sentence after the change before it.
    public let changes: [Change]

    public func count(_ kind: Kind) -> Int { changes.filter { $0.kind == kind }.count }

    /// What an export lists of drafts, found together so that each ordered pair of versions
    /// is asked `isDraft` once (the list of changes and the lists of linked passages found
    /// them apart, and asked it twice of each pair the changes compare).
    public struct Found: Sendable {
        /// Each version against the nearest earlier one it is a draft of (`isDraft`): what a
        /// drafter reads (draft 2 → draft 3, not draft 1 → draft 3), whatever versions stand
        /// between them (`fr.txt en.txt fr2.txt`: fr2 against fr, the translation being a
        /// draft of neither; a translator's brief of those three had no list of changes, and
        /// one of `fr.txt fr2.txt en.txt` had it). A version that is a draft of no earlier
        /// one is compared with none. What the brief, the page and the JSON list as changes.
        public let againstEarlierDrafts: [DraftChanges]
        /// Every pair of versions that are drafts of one text, `[lower, higher]`, not only
        /// those the list of changes compares (draft 1 against draft 3 too): the lists of
        /// linked passages that differ (figures, negation) leave them to the changes.
        public let pairs: Set<[Int]>

        /// `changes`: the versions' `SentenceChanges`, and `texts` their `SentenceTexts`,
        /// each made once for every list an export writes.
        public init(changes: SentenceChanges, texts: SentenceTexts) {
            let count = min(texts.documents.count, texts.analysis.versions.count, changes.sentences.count)
            var known: [[Int]: Bool] = [:]
            func isDraft(_ other: Int, of first: Int) -> Bool {
                if let answer = known[[other, first]] { return answer }
                let answer = DraftChanges.isDraft(other, of: first, changes: changes, texts: texts)
                known[[other, first]] = answer
                return answer
            }
            var pairs = Set<[Int]>()
            for first in 0..<count {
                for other in (first + 1)..<max(first + 1, count) where isDraft(other, of: first) || isDraft(first, of: other) {
                    pairs.insert([first, other])
                }
            }
            self.pairs = pairs
            againstEarlierDrafts = count > 1 ? (1..<count).compactMap { other in
                (0..<other).reversed().first { isDraft(other, of: $0) }
                    .map { DraftChanges(knownDraft: $0, other, changes: changes, texts: texts, describes: true) }
            } : []
        }
    }

    /// Whether version `other` is a draft of `first`: at least half of `first`'s sentences
    /// are in it word for word or nearly — linked to one of its sentences that is nearly the
    /// same words (`WordChange.summary`: "fourteen → thirty", "− deeply"). A new user's
    /// redraft of a joint statement, five of its seven sentences lightly edited, was no
    /// draft by sentences word for word alone, and `J` stopped nowhere; two accounts of one
    /// call, or a translation, have next to no sentence nearly the same. Of more than
    /// `draftSample` sentences lacking word for word, an even sample of that many is compared.
    public static func isDraft(_ other: Int, of first: Int, changes: SentenceChanges, texts: SentenceTexts) -> Bool {
        let analysis = texts.analysis
        guard first != other, first < analysis.versions.count, other < analysis.versions.count, first < changes.sentences.count,
              first < texts.documents.count, other < texts.documents.count, !analysis.versions[first].sentences.isEmpty else { return false }
        let total = analysis.versions[first].sentences.count
        let lacking = changes.sentences[first].indices.filter { changes.lacks(first, position: $0, other) }
            .map { Int(changes.sentences[first][$0]) }
        var unkept = lacking.count
        if 2 * unkept <= total { return true }
        var partners: [Int: [Int]] = [:]
        for link in links(analysis, first, other) { partners[link.a, default: []].append(link.b) }
        /// Whether `other` has `sentence` nearly word for word: linked to it, nearly the same words.
        func isNearlyKept(_ sentence: Int) -> Bool {
            guard let theirs = partners[sentence], let own = texts.boundedString(first, sentence) else { return false }
            // Nearly the same words keep half the longer's: a pair sharing under a third of
            // its words is none, and is not compared word by word.
            let words = texts.wordHashes(first, sentence)
            return theirs.contains { partner in
                let their = texts.wordHashes(other, partner)
                guard 3 * Self.shared(words, their) >= max(words.count, their.count) else { return false }
                return texts.boundedString(other, partner).map { WordChange.summary(own, $0) != nil } ?? false
            }
        }
        // Past `draftSample` sentences lacking word for word, an even sample of that many
        // decides: two synthetic accounts of 1 MB each, compared link by link, took 0.75 s
        // more to export (three times: the reader's index and each export ask again).
        guard lacking.count <= Self.draftSample else {
            let sample = (0..<Self.draftSample).map { lacking[$0 * lacking.count / Self.draftSample] }
            let kept = sample.filter(isNearlyKept).count
            return 2 * (lacking.count - kept * lacking.count / sample.count) <= total
        }
        // Each, until the count is settled either way.
        for (examined, sentence) in lacking.enumerated() {
            if 2 * (unkept - (lacking.count - examined)) > total { return false }
            if isNearlyKept(sentence) {
                unkept -= 1
                if 2 * unkept <= total { return true }
            }
        }
        return 2 * unkept <= total
    }

    /// How many sentences lacking word for word `isDraft` compares at most (an even sample).
    static let draftSample = 200

    /// How many words two sorted lists of words' keys have in common, repeats counted: word
    /// hashes with their repeats (`SentenceTexts.wordHashes`), or distinct words' keys
    /// (`SentenceTexts.wordKeys`).
    static func shared<Key: Comparable>(_ a: [Key], _ b: [Key]) -> Int {
        var (i, j, count) = (0, 0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }

    /// The changes from version `first` to `other`, or nil when they are not drafts of one text.
    /// `describes`: whether each change says what changed (`said`); the reader says it of
    /// the one `J` reaches, when it reaches it.
    static func between(_ first: Int, _ other: Int, changes: SentenceChanges, texts: SentenceTexts, describes: Bool = true) -> DraftChanges? {
        guard isDraft(other, of: first, changes: changes, texts: texts) else { return nil }
        return DraftChanges(knownDraft: first, other, changes: changes, texts: texts, describes: describes)
    }

    /// The changes from version `first` to `other`, a draft of it (`isDraft`, asked before).
    private init(knownDraft first: Int, _ other: Int, changes: SentenceChanges, texts: SentenceTexts, describes: Bool) {
        func lacking(_ version: Int, _ by: Int) -> [Int] {
            changes.sentences[version].indices.filter { changes.lacks(version, position: $0, by) }
                .map { Int(changes.sentences[version][$0]) }
        }
        let (removed, added) = (lacking(first, other), lacking(other, first))
        let (removedSet, addedSet) = (Set(removed), Set(added))
        // Only the links from a removed sentence to an added one can pair them: the others,
        // sorted with them, held every link twice over at the bench's 2 × 10 MB drafts.
        self.init(first: first, other: other, removed: removed, added: added, lacking: (removedSet, addedSet),
                  links: Self.links(texts.analysis, first, other) { removedSet.contains($0) && addedSet.contains($1) },
                  texts: texts, describes: describes)
    }

    /// `links`: the links from a sentence of `removed` to one of `added`, strongest first.
    /// `lacking`: `removed` and `added` as sets.
    private init(first: Int, other: Int, removed: [Int], added: [Int], lacking: (first: Set<Int>, other: Set<Int>),
                 links: [(a: Int, b: Int)], texts: SentenceTexts, describes: Bool) {
        self.first = first
        self.other = other
        // Each changed sentence of the first is paired with at most one of the other, the
        // most alike first (the share of their words in common): candidates are the pairs
        // the linker linked, and the pairs at the same place in their drafts (within 2 % of
        // their length or five sentences) with six words in ten the same — an amended one of a bill's repeated
        // sentences, whose links went to its unamended twins. By link strength alone, two
        // penalty clauses amended in two articles were paired across ("register → comply
        // with an improvement notice").
        var wordsOf: [Int64: [Int]] = [:]
        func words(_ version: Int, _ sentence: Int) -> [Int] {
            let key = Int64(version) << 32 | Int64(sentence)
            if let known = wordsOf[key] { return known }
            let found = texts.wordKeys(version, sentence)
            wordsOf[key] = found
            return found
        }
        func share(_ a: Int, _ b: Int) -> Double {
            let (x, y) = (words(first, a), words(other, b))
            return Double(Self.shared(x, y)) / Double(max(1, x.count, y.count))
        }
        var candidates: [(a: Int, b: Int, share: Double, rank: Int)] = []
        var seen = Set<Int64>()
        for (rank, link) in links.enumerated() {
            guard seen.insert(Int64(link.a) << 32 | Int64(link.b)).inserted else { continue }
            candidates.append((link.a, link.b, share(link.a, link.b), rank))
        }
        if !removed.isEmpty, !added.isEmpty, removed.count * added.count <= 1_000_000 {
            let (countA, countB) = (Double(texts.count(first)), Double(texts.count(other)))
            // Within 2 % of the text, or five sentences (an inserted article shifts a short text more).
            let slack = max(0.02, 5 / max(countA, countB))
            for a in removed {
                for b in added where abs(Double(a) / countA - Double(b) / countB) <= slack {
                    guard !seen.contains(Int64(a) << 32 | Int64(b)) else { continue }
                    let alike = share(a, b)
                    if alike >= 0.6 { candidates.append((a, b, alike, links.count)) }
                }
            }
        }
        var pairedA: [Int: Int] = [:], pairedB = Set<Int>()
        for pair in candidates.sorted(by: { ($0.share, -$0.rank, -$0.a) > ($1.share, -$1.rank, -$1.a) })
        where pairedA[pair.a] == nil && !pairedB.contains(pair.b) {
            pairedA[pair.a] = pair.b
            pairedB.insert(pair.b)
        }
        // Given back now, not at the end: beside the changes below they raised the reader's
        // peak at the bench's 2 × 10 MB drafts.
        candidates = []
        wordsOf = [:]
        // Where an added sentence goes: after the first draft's counterpart of the nearest
        // sentence before it that has one — a sentence both have word for word and in order
        // (`alignment`), else a paired one. (By links, the second paragraph of an inserted
        // article was placed under Article 3, whose wording its first paragraph's link
        // pointed to.)
        let (aligned, outOfOrder) = Self.alignment(first, other, texts: texts, worded: pairedA.map { ($0.key, $0.value) },
                                                   lacking: lacking)
        var backward: [Int: Int] = [:]
        for pair in aligned { backward[pair.b] = pair.a }
        for (a, b) in pairedA { backward[b] = a }
        var anchors: [Int: Int] = [:]
        let addedLeft = Set(added.filter { !pairedB.contains($0) })
        var lastAnchor = -1
        for sentence in 0..<texts.count(other) {
            if addedLeft.contains(sentence) { anchors[sentence] = lastAnchor }
            if let anchor = backward[sentence] { lastAnchor = anchor }
        }
        backward = [:]
        var found: [Change] = []
        found.reserveCapacity(removed.count + added.count)
        for sentence in removed {
            if let partner = pairedA[sentence] {
                let said = describes ? Self.said(texts, first, sentence, other, partner) : []
                found.append(Change(kind: .worded, first: sentence, other: partner, said: said, anchor: sentence))
            } else {
                found.append(Change(kind: .onlyInFirst, first: sentence, other: nil, said: [], anchor: sentence))
            }
        }
        for sentence in added where !pairedB.contains(sentence) {
            found.append(Change(kind: .onlyInOther, first: nil, other: sentence, said: [], anchor: anchors[sentence] ?? -1))
        }
        for move in Self.moves(outOfOrder) {
            found.append(Change(kind: .moved, first: move.first, other: move.other, said: [], anchor: move.first, count: move.count))
        }
        // Sorted where it lies (a list of changes with their keys, then a sorted copy, held
        // each change three times at the bench's 2 × 10 MB drafts).
        found.sort { Self.order($0) < Self.order($1) }
        changes = found
    }

    /// Where a change comes in the first version's order: at its sentence; a sentence only in
    /// the other after the first version's sentence it follows and that sentence's own
    /// changes, in the other's order; a move after its first sentence's change.
    private static func order(_ change: Change) -> (Int, Int, Int) {
        switch change.kind {
        case .worded, .onlyInFirst: (change.anchor, 0, 0)
        case .moved: (change.anchor, 0, 1)
        case .onlyInOther: (change.anchor, 1, change.other ?? -1)
        }
    }

    /// What a changed sentence of `first` and its partner in `other` differ by, as Enter
    /// says it; two headings without their figures ("Article 16 – Règlement des différends"
    /// / "Article 17 – Règlement pacifique des différends" is "+ pacifique", not "figures
    /// 16 → 17": the renumbering is no change).
    static func said(_ texts: SentenceTexts, _ first: Int, _ sentence: Int, _ other: Int, _ partner: Int) -> [String] {
        let (left, right) = (texts.string(first, sentence), texts.string(other, partner))
        if texts.analysis.versions[first].sentences[sentence].isHeading, texts.analysis.versions[other].sentences[partner].isHeading {
            return headingChange(left, right)
        }
        let said = WordChange.changes(left, right, kept: true,
                                      languages: (texts.analysis.versions[first].language, texts.analysis.versions[other].language))
        return said.isEmpty ? rewritten(left, right).map { [$0] } ?? [] : said
    }

    /// How much of a sentence a draft rewrote past "reworded" (under 40 % of its words kept
    /// in order) kept: "rewritten: 11 of 33 words kept"; nil for a short or unchanged one. An
    /// analyst read a bare "Worded otherwise" of a fee rule rewritten around a new threshold;
    /// `J`, the brief and the page say it alike.
    static func rewritten(_ left: String, _ right: String) -> String? {
        guard let (kept, longer) = WordChange.keptWords(left, right), kept < longer else { return nil }
        return "rewritten: \(kept) of \(longer) words kept"
    }

    /// What two headings differ by, their numbers aside (`SentenceChanges.withoutHeadingNumber`;
    /// a figure further in is a word: "− 100 + 200"): the words one
    /// drops ("− des") and the other adds ("+ pacifique"), each run of them as the heading
    /// writes it ("+ de presse, de la Souveraineté industrielle"); a heading is too short
    /// for `WordChange`'s "nearly the same words", which said nothing of it. Words are
    /// compared without the punctuation around them (an apostrophe or hyphen inside stays:
    /// "l’Économie," is "l’Économie", which a minister's renamed heading was said to lose),
    /// and a word one heading moves is neither dropped nor added.
    public static func headingChange(_ left: String, _ right: String) -> [String] {
        func words(_ text: String) -> [String] {
            SentenceChanges.key(text, isHeading: true).split(separator: " ").map { word in
                var scalars = Array(word.unicodeScalars)
                while let first = scalars.first, isPunctuation(first) { scalars.removeFirst() }
                while let last = scalars.last, isPunctuation(last) { scalars.removeLast() }
                return String(String.UnicodeScalarView(scalars))
            }.filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        }
        let (x, y) = (words(left), words(right))
        // The longest run of words both keep in order; the rest of each side is dropped or added.
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var (removed, added) = ([Int](), [Int]())
        var (i, j) = (0, 0)
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                (i, j) = (i + 1, j + 1)
            } else if j < y.count, i == x.count || table[i][j + 1] >= table[i + 1][j] {
                added.append(j)
                j += 1
            } else {
                removed.append(i)
                i += 1
            }
        }
        // A word dropped in one place and added in another moved ("et" after "des Finances").
        for index in removed.reversed() {
            if let match = added.firstIndex(where: { y[$0] == x[index] }) {
                added.remove(at: match)
                removed.removeAll { $0 == index }
            }
        }
        func runs(_ indices: [Int], _ words: [String]) -> String {
            var runs: [[String]] = []
            var last = -2
            for index in indices {
                if index == last + 1, !runs.isEmpty { runs[runs.count - 1].append(words[index]) } else { runs.append([words[index]]) }
                last = index
            }
            return runs.map { $0.joined(separator: " ") }.joined(separator: ", ")
        }
        return (removed.isEmpty ? [] : ["− " + runs(removed, x)]) + (added.isEmpty ? [] : ["+ " + runs(added, y)])
    }

    /// Punctuation or a symbol around a heading's word: a comma, a colon, quotes, brackets.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: true
        default: false
        }
    }

    /// The sentences both drafts have word for word (fingerprints, paired in order), split
    /// into those in the same order in both (the longest such run, by patience sorting on the
    /// other's positions) and the rest, out of order: moved. The sentences paired as worded
    /// otherwise (`worded`) keep their places in the order too, never moved themselves: in a
    /// redraft whose every other sentence was edited, the one paragraph moved unchanged was
    /// in order with the only other sentence kept word for word, and said nowhere.
    /// `lacking`: the sentences of each draft the other lacks word for word
    /// (`SentenceChanges`), left out of the pairs.
    static func alignment(_ first: Int, _ other: Int, texts: SentenceTexts, worded: [(a: Int, b: Int)] = [],
                          lacking: (first: Set<Int>, other: Set<Int>) = ([], []))
        -> (inOrder: [(a: Int, b: Int)], outOfOrder: [(a: Int, b: Int)]) {
        // The n-th sentence of a text in one draft is paired with the n-th of that text in the
        // other, the copies one draft has more of left out where `SentenceChanges` found them
        // lacking: "PUBLIUS." closes 85 papers of one draft and, the first edited, 84 of the
        // other; paired n-th with n-th from the first, every later one was "moved" to the next
        // paper's (85 moves where `git diff` shows one line).
        let theirs = texts.sentencesByText(other)
        var same: [(a: Int, b: Int)] = []
        texts.sentencesByText(first).forEachText { key, own in
            let those = theirs.sentences(of: key)
            guard !those.isEmpty else { return }
            let kept = own.count == those.count ? own : own.filter { !lacking.first.contains($0) }
            let theirsKept = own.count == those.count ? those : those.filter { !lacking.other.contains($0) }
            for pair in zip(kept, theirsKept) { same.append(pair) }
        }
        let pairs = (same.map { (a: $0.a, b: $0.b, isSame: true) } + worded.map { (a: $0.a, b: $0.b, isSame: false) })
            .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        let inOrder = Set(pairs.longestIncreasingRun { $0.b })
        return (pairs.indices.filter { inOrder.contains($0) }.map { (pairs[$0].a, pairs[$0].b) },
                pairs.indices.filter { !inOrder.contains($0) && pairs[$0].isSame }.map { (pairs[$0].a, pairs[$0].b) })
    }

    /// Runs of sentences both drafts have word for word but in another order: the sentences
    /// the two share (fingerprints, paired in order), less the longest run of them in the
    /// same order in both; what is left, in runs that stay together, moved. A counsel's moved
    /// section said "same words" in Enter and nothing in the brief.
    static func moves(_ outOfOrder: [(a: Int, b: Int)]) -> [(first: Int, other: Int, count: Int)] {
        var moves: [(first: Int, other: Int, count: Int)] = []
        for pair in outOfOrder {
            if let last = moves.last, last.first + last.count == pair.a, last.other + last.count == pair.b {
                moves[moves.count - 1].count += 1
            } else {
                moves.append((pair.a, pair.b, 1))
            }
        }
        return moves
    }

    /// The links between sentences of `first` and of `other`, neither a heading (the reader
    /// shows no heading's links: an added article's heading was linked to "Article 1. Short
    /// title" by its words), strongest first, as (sentence of `first`, sentence of `other`).
    private static func links(_ analysis: Analysis, _ first: Int, _ other: Int,
                              where keeps: (_ a: Int, _ b: Int) -> Bool = { _, _ in true }) -> [(a: Int, b: Int)] {
        func isHeading(_ end: Analysis.SentenceRef) -> Bool { analysis.versions[end.version].sentences[end.sentence].isHeading }
        var pairs: [(a: Int, b: Int, score: Double)] = []
        for link in analysis.links where !isHeading(link.from) && !isHeading(link.to) {
            if link.from.version == first, link.to.version == other, keeps(link.from.sentence, link.to.sentence) {
                pairs.append((link.from.sentence, link.to.sentence, link.score))
            }
            if link.to.version == first, link.from.version == other, keeps(link.to.sentence, link.from.sentence) {
                pairs.append((link.to.sentence, link.from.sentence, link.score))
            }
        }
        pairs.sort { ($0.score, -$0.a, -$0.b) > ($1.score, -$1.a, -$1.b) }
        return pairs.map { ($0.a, $0.b) }
    }

    /// The versions' sentences as text, words and counts.
    public struct SentenceTexts: Sendable {
        public let documents: [Document]
        public let analysis: Analysis
        /// Per version, for each sentence, the nearest heading at or before it (-1: none).
        private let headings: [[Int32]]
        /// Each version's sentences sorted by text, when made once for all who ask
        /// (`sortingSentencesByText`): `SentenceChanges` and each ordered pair of drafts'
        /// `alignment` fingerprinted every sentence anew, 0.3 s a time at 2 × 10 MB.
        private var byText: [SentencesByText]?

        public init(documents: [Document], analysis: Analysis) {
            self.documents = documents
            self.analysis = analysis
            headings = analysis.versions.map { version in
                var last: Int32 = -1
                return version.sentences.map { sentence in
                    if sentence.isHeading { last = Int32(sentence.index) }
                    return last
                }
            }
        }

        /// These texts with each version's sentences sorted by text now, for `SentenceChanges`
        /// and the drafts' changes to share: a value to keep only while the changes are
        /// found (it holds two words a sentence).
        public func sortingSentencesByText() -> SentenceTexts {
            var sorted = self
            sorted.byText = (0..<min(documents.count, analysis.versions.count)).map {
                SentencesByText(analysis, documents: documents, version: $0)
            }
            return sorted
        }

        /// Version `version`'s sentences sorted by text: made once (`sortingSentencesByText`) or now.
        func sentencesByText(_ version: Int) -> SentencesByText {
            if let byText, byText.indices.contains(version) { return byText[version] }
            return SentencesByText(analysis, documents: documents, version: version)
        }

        public func count(_ version: Int) -> Int { analysis.versions[version].sentences.count }

        public func scalars(_ version: Int, _ sentence: Int) -> [Unicode.Scalar] {
            let range = analysis.versions[version].sentences[sentence].range.clamped(to: 0..<documents[version].scalars.count)
            return documents[version].scalars.scalars(range)
        }

        public func string(_ version: Int, _ sentence: Int) -> String { String(String.UnicodeScalarView(scalars(version, sentence))) }

        /// Sentences `run` of `version` as one text, a space between them: the halves of a
        /// sentence a translation split (`TranslationCounterparts.runs`).
        public func string(_ version: Int, _ run: ClosedRange<Int>) -> String {
            run.count == 1 ? string(version, run.lowerBound) : run.map { string(version, $0) }.joined(separator: " ")
        }

        /// The texts compared of linked sentences `a` and `b` (`TranslationCounterparts.runs`:
        /// a translation's split sentence whole); nil for a later pair of the same runs (the
        /// second half against the same sentence), whose differences the first pair says.
        public func counterpartTexts(_ a: Analysis.SentenceRef, _ b: Analysis.SentenceRef,
                                     translations: TranslationCounterparts) -> (a: String, b: String)? {
            let runs = translations.runs(a, b)
            guard runs.isFirst else { return nil }
            return (string(a.version, runs.a), string(b.version, runs.b))
        }

        /// The sentence as text where it is short enough to compare (`WordChange.scalarLimit`), else nil.
        func boundedString(_ version: Int, _ sentence: Int) -> String? {
            analysis.versions[version].sentences[sentence].range.count <= WordChange.scalarLimit ? string(version, sentence) : nil
        }

        /// A sentence's words (runs of letters and digits, as written) as sorted hashes, repeats
        /// kept: what two sentences share, counted without making a string of a word.
        func wordHashes(_ version: Int, _ sentence: Int) -> [UInt64] {
            let range = analysis.versions[version].sentences[sentence].range.clamped(to: 0..<documents[version].scalars.count)
            let text = documents[version].scalars
            var hashes: [UInt64] = []
            var hash: UInt64 = 0xcbf29ce484222325
            var inWord = false
            for offset in range {
                let scalar = text[offset]
                let isWordScalar = scalar.value < 0x80
                    ? (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar.value | 0x20 >= 0x61 && scalar.value | 0x20 <= 0x7A)
                    : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                if isWordScalar {
                    hash = (hash ^ UInt64(scalar.value)) &* 0x100000001b3
                    inWord = true
                } else if inWord {
                    hashes.append(hash)
                    hash = 0xcbf29ce484222325
                    inWord = false
                }
            }
            if inWord { hashes.append(hash) }
            return hashes.sorted()
        }

        /// A sentence's distinct words, lower-cased, as sorted keys: their hash values, which
        /// are equal where the words are (canonically: "é" or "e" + U+0301), valid in this
        /// process (two different words of one pair of sentences would count as one if their
        /// 64-bit hashes met: about one chance in 2⁶⁴). What `DraftChanges` pairs changed
        /// sentences by; a set of strings for each held 26 MB at the bench's 2 × 10 MB drafts.
        func wordKeys(_ version: Int, _ sentence: Int) -> [Int] {
            let words = string(version, sentence).lowercased().split { !$0.isLetter && !$0.isNumber }
            var keys = words.map(\.hashValue)
            keys.sort()
            var distinct = 0
            for index in keys.indices where distinct == 0 || keys[distinct - 1] != keys[index] {
                keys[distinct] = keys[index]
                distinct += 1
            }
            keys.removeLast(keys.count - distinct)
            return keys
        }

        /// The heading a sentence comes under, if any: the nearest heading at or before it.
        public func heading(_ version: Int, before sentence: Int) -> Int? {
            guard headings.indices.contains(version), headings[version].indices.contains(sentence) else { return nil }
            let heading = Int(headings[version][sentence])
            return heading >= 0 ? heading : nil
        }
    }
}
