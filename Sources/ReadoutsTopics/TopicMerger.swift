/// Makes one subject one automatic topic. The linker names each link's topic after its
/// strongest shared word, so one subject can come out as two topics: a project linked by its
/// name, and the sum pledged for it linked by the figure. Two automatic topics are one when
///
/// - at least half of the smaller one's sentences are also the other's, and either they share
///   sentences in two versions (they join the same passages) or their other sentences share a
///   telling word ("the initiative" that the pledge refers to); or
/// - in every version their sentences follow each other, and in one the later refers back to
///   the earlier with a telling word that is not a name ("… to the partnership"): two
///   neighbouring sentences that both name a country ("Canada's defence plan", "gas exports
///   from Canada") speak of it because it is a party, not because they share a subject.
///
/// Two subjects that merely meet in one sentence or follow each other ("Ukraine and the
/// climate were discussed") share no such word and stay apart.
///
/// Lexicon topics are the curator's: they are never merged.
struct TopicMerger: Sendable {
    let versions: [PreparedVersion]
    let salience: TermSalience

    /// A sentence of a version in one `Int` (the version in the high 32 bits): half the
    /// size of `Analysis.SentenceRef` in the sets of every mergeable topic's sentences,
    /// which are naming's memory peak. Ordered as the versions, then the sentences.
    struct Ref: Hashable, Comparable {
        let key: Int
        /// `sentence` may be -1 (before a version's first sentence): it then stands for no
        /// sentence of any version.
        init(version: Int, sentence: Int) { key = version << 32 + sentence }
        var version: Int { key >> 32 }
        var sentence: Int { key & 0xFFFF_FFFF }
        static func < (a: Ref, b: Ref) -> Bool { a.key < b.key }
    }

    /// For each topic index, the index of the topic it joins (itself when it stays).
    func merges(_ topics: [Analysis.Topic]) -> [Int] {
        var parent = Array(topics.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        let mergeable = topics.indices.filter { topics[$0].origin == .automatic && topics[$0].versions.count >= 2 }
        var sentences: [Int: Set<Ref>] = [:]
        for index in mergeable {
            sentences[index] = Set(topics[index].occurrences.lazy.map { Ref(version: $0.version, sentence: $0.sentence) })
        }
        // Each mergeable topic's sentences as (sentence, topic) entries sorted by sentence,
        // then topic: the topics of one sentence are a run, and the next sentence's run, if
        // it has one, follows it. (A dictionary of an array per sentence cost about 80 bytes
        // a sentence at naming's peak; an entry is 16, in an array of its exact size.)
        var entries: [(sentence: Int, topic: Int)] = []
        entries.reserveCapacity(mergeable.reduce(0) { $0 + sentences[$1]!.count })
        for index in mergeable {
            for ref in sentences[index]! { entries.append((ref.key, index)) }
        }
        entries.sort { ($0.sentence, $0.topic) < ($1.sentence, $1.topic) }
        var checked = Set<Int>()
        var runStart = 0
        while runStart < entries.count {
            let key = entries[runStart].sentence
            var runEnd = runStart
            while runEnd < entries.count, entries[runEnd].sentence == key { runEnd += 1 }
            var nextEnd = runEnd
            while nextEnd < entries.count, entries[nextEnd].sentence == key + 1 { nextEnd += 1 }
            defer { runStart = runEnd }
            // Topics in this sentence or the next one of its version.
            let here = entries[runStart..<runEnd].map(\.topic)
            let near = Array(Set(here + entries[runEnd..<nextEnd].map(\.topic))).sorted()
            for x in here {
                for y in near where x != y && checked.insert(min(x, y) * topics.count + max(x, y)).inserted {
                    let (sx, sy) = (sentences[x]!, sentences[y]!)
                    if sameSubject(sx, sy) || continued(sx, sy) {
                        let (rx, ry) = (root(x), root(y))
                        // The earlier topic keeps its id (and so its colour).
                        if rx != ry { parent[max(rx, ry)] = min(rx, ry) }
                    }
                }
            }
        }
        return topics.indices.map(root)
    }

    /// Adjacent sentences that go on with one subject: in every version, the two topics'
    /// sentences are neighbours, and in one version the second refers back to the first with
    /// a telling word that is no name ("the Danube partnership …" / "40 million euros to the partnership").
    private func continued(_ x: Set<Ref>, _ y: Set<Ref>) -> Bool {
        let versionsX = Set(x.map(\.version))
        guard versionsX == Set(y.map(\.version)) else { return false }
        var refersBack = false
        for v in versionsX {
            let xs = x.filter { $0.version == v }
            let ys = y.filter { $0.version == v }
            let near = xs.contains { a in
                (-1...1).contains { ys.contains(Ref(version: v, sentence: a.sentence + $0)) }
            }
            guard near else { return false }
            let (onlyX, onlyY) = (xs.subtracting(ys), ys.subtracting(xs))
            if !refersBack, !onlyX.isEmpty, !onlyY.isEmpty { refersBack = shareTellingWord(onlyX, onlyY, ignoringNames: true) }
        }
        return refersBack
    }

    private func sameSubject(_ x: Set<Ref>, _ y: Set<Ref>) -> Bool {
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        guard 2 * small.count(where: { large.contains($0) }) >= small.count else { return false }
        let common = small.filter { large.contains($0) }
        if Set(common.map(\.version)).count >= 2 { return true }
        let restX = x.subtracting(common)
        let restY = y.subtracting(common)
        if restX.isEmpty || restY.isEmpty { return true }
        return shareTellingWord(restX, restY)
    }

    /// Whether some sentence of `x` and some of `y` share a telling key (`ignoringNames`: a
    /// key that is no name). Large topics are read in part (`sentencesRead` of each): two
    /// subjects that go on together show it early.
    private func shareTellingWord(_ x: Set<Ref>, _ y: Set<Ref>, ignoringNames: Bool = false) -> Bool {
        var keys = Set<Int32>()
        for ref in x.sorted().prefix(Self.sentencesRead) {
            let version = versions[ref.version]
            for t in version.tokens(of: ref.sentence) where version.term[t] >= 0 && salience.isTelling(version.term[t]) {
                if ignoringNames, salience.isProperName(version.term[t]) { continue }
                keys.insert(version.term[t])
            }
        }
        for ref in y.sorted().prefix(Self.sentencesRead) {
            let version = versions[ref.version]
            for t in version.tokens(of: ref.sentence) where version.term[t] >= 0 && keys.contains(version.term[t]) { return true }
        }
        return false
    }

    static let sentencesRead = 64
}
