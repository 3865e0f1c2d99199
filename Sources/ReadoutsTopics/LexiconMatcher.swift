import ReadoutsText

/// A lexicon topic found in a sentence: the tokens of the alias that matched.
struct LexiconHit: Sendable, Hashable {
    var topic: Int32
    var sentence: Int32
    var firstToken: Int32
    var lastToken: Int32
    /// Matched by an alias the lexicon calls ambiguous (see `Lexicon.Topic.ambiguous`).
    var isAmbiguous = false
}

/// The lexicons compiled through the text's normaliser into one trie per language over key
/// ids. Matching walks the trie from each content word, skipping stopwords, so a document is
/// matched in one pass whose cost is its length times the longest alias.
struct LexiconMatcher {
    struct Pattern: Hashable {
        var topic: Int32
        var isExclusion: Bool
        var isAmbiguous = false
        /// A one-word alias written as a name that the stemmer cuts to a short stem matches a
        /// capitalised word only: that stem is often a common word's too (French "Gaza" and
        /// "gaz" are both "gaz", "Crimée" and "crimes" "crim", Russian "Газа" and "газ").
        /// Longer names keep matching lower-case words: French and Russian write the
        /// adjectives of names so ("indopacifique", "черноморский").
        var needsCapital = false
        /// The alias's length in scalars, for `needsCapital`: a sentence's first word is
        /// capitalised whatever it is, so there it must be as long as the name ("Gaz et
        /// électricité…" is no "Gaza").
        var length: Int32 = 0
        /// The stopwords an exclusion is written with before and after its words, folded: it
        /// cancels an alias only where the text has them there too (see `context(of:)`).
        var before: [String] = []
        var after: [String] = []
    }

    /// Topics merged by id across lexicons.
    let topics: [Lexicon.Topic]
    private var children: [Language: [[Int32: Int32]]] = [:]
    private var outputs: [Language: [[Pattern]]] = [:]

    /// Compiles the aliases of `languages` only (the languages of the versions at hand).
    init(lexicons: [Lexicon], languages: Set<Language> = Set(Language.known), keys: Vocabulary,
         normalisers: (Language) -> Normaliser) {
        var merged: [String: Lexicon.Topic] = [:]
        var order: [String] = []
        for lexicon in lexicons {
            for topic in lexicon.topics.map(\.shownSafely) {
                if var existing = merged[topic.id] {
                    for (language, aliases) in topic.aliases { existing.aliases[language, default: []] += aliases }
                    existing.exclusions += topic.exclusions
                    existing.ambiguous += topic.ambiguous
                    existing.isPlace = existing.isPlace || topic.isPlace
                    merged[topic.id] = existing
                } else {
                    merged[topic.id] = topic
                    order.append(topic.id)
                }
            }
        }
        topics = order.map { merged[$0]! }
        for language in Language.known where languages.contains(language) {
            var nodes: [[Int32: Int32]] = [[:]]
            var out: [[Pattern]] = [[]]
            let normaliser = normalisers(language)
            func add(surface key: String, _ pattern: Pattern) { insert([keys.intern(key)], pattern) }
            func add(_ phrase: String, _ pattern: Pattern) { insert(Self.keys(of: phrase, normaliser).map { keys.intern($0) }, pattern) }
            func insert(_ sequence: [Int32], _ pattern: Pattern) {
                guard !sequence.isEmpty else { return }
                var node: Int32 = 0
                for id in sequence {
                    if let next = nodes[Int(node)][id] {
                        node = next
                    } else {
                        nodes.append([:])
                        out.append([])
                        let next = Int32(nodes.count - 1)
                        nodes[Int(node)][id] = next
                        node = next
                    }
                }
                if !out[Int(node)].contains(pattern) { out[Int(node)].append(pattern) }
            }
            for (index, topic) in topics.enumerated() {
                let ambiguous = Set(topic.ambiguous.map { $0.lowercased() })
                for alias in topic.aliases[language] ?? [] {
                    let words = Tokenizer.tokens(in: alias)
                    let stem = words.count == 1 && words[0].isCapitalised ? Self.keys(of: alias, normaliser).first : nil
                    let pattern = Pattern(topic: Int32(index), isExclusion: false, isAmbiguous: ambiguous.contains(alias.lowercased()),
                                          needsCapital: words.count == 1 && Self.isAcronym(alias)
                                              || stem.map { $0.count <= 4 && $0 != Folding.fold(words[0].text) } ?? false,
                                          length: Int32(words.first?.text.unicodeScalars.count ?? 0))
                    add(alias, pattern)
                    // Stemmers cut short names unevenly (Russian "Иран" → "ира", "Ираном" → "иран"):
                    // a one-word alias also matches a text word whose stem is the alias itself.
                    if words.count == 1, words[0].kind == .word {
                        add(surface: Folding.fold(words[0].text), pattern)
                    }
                }
                for phrase in topic.exclusions {
                    let (before, after) = Self.context(of: phrase, normaliser)
                    add(phrase, Pattern(topic: Int32(index), isExclusion: true, before: before, after: after))
                }
            }
            children[language] = nodes
            outputs[language] = out
        }
    }

    /// Whether an alias is an acronym ("AI", "NATO", "АЭС"): two letters or more, all capitals.
    /// It matches a capitalised word only: in lower case it is another word, or part of one
    /// (the "ai" of "Ren'ai", a Chinese reef, was artificial intelligence).
    static func isAcronym(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// The key sequence of an alias: a single hyphenated word is one key ("contre-mesures"),
    /// anything else the keys of its words with stopwords dropped.
    static func keys(of phrase: String, _ normaliser: Normaliser) -> [String] {
        let tokens = Tokenizer.tokens(in: phrase)
        if let first = tokens.first, first.kind == .compound, tokens.allSatisfy({ $0.range.overlaps(first.range) }) {
            return normaliser.normalise(first).map { [$0.key] } ?? []
        }
        return tokens.filter { $0.kind != .compound }.compactMap { normaliser.normalise($0)?.key }
    }

    /// The stopwords an exclusion is written with before its first word and after its last,
    /// folded. Stopwords are skipped in matching, but these tell a sense apart: "s'est
    /// félicité" and "se félicite" are "se féliciter de" (to welcome), not congratulations;
    /// "Consultez ici les conclusions" is a web page's link, not consultations. Such an
    /// exclusion cancels an alias only where the text has its stopwords there, in that order
    /// among the stopwords next to the words ("se sont félicités" is "se félicite"'s).
    static func context(of phrase: String, _ normaliser: Normaliser) -> (before: [String], after: [String]) {
        let words = Tokenizer.tokens(in: phrase).filter { $0.kind != .compound }
        guard let first = words.firstIndex(where: { normaliser.normalise($0) != nil }),
              let last = words.lastIndex(where: { normaliser.normalise($0) != nil }) else { return ([], []) }
        return (words[..<first].map { Folding.fold($0.text) }, words[(last + 1)...].map { Folding.fold($0.text) })
    }

    /// Whether the stopwords of `document` before token `first` (back to the word kept before
    /// it) hold `pattern.before`, and those after token `last` its `after`, each in order,
    /// others between allowed.
    private static func hasContext(_ pattern: Pattern, first: Int, last: Int, sentence: Int, _ version: PreparedVersion, _ document: Document?) -> Bool {
        if pattern.before.isEmpty && pattern.after.isEmpty { return true }
        guard let document else { return false }
        let tokens = version.tokens(of: sentence)
        let bounds = version.sentences[sentence].range
        func words(_ range: Range<Int>) -> [String] {
            range.isEmpty ? [] : Tokenizer.tokens(in: document.scalars, range).filter { $0.kind != .compound }.map { Folding.fold($0.text) }
        }
        func holds(_ wanted: [String], in found: [String]) -> Bool {
            var rest = found[...]
            for word in wanted {
                guard let index = rest.firstIndex(of: word) else { return false }
                rest = rest[(index + 1)...]
            }
            return true
        }
        let start = first > tokens.lowerBound ? Int(version.tokenEnd(first - 1)) : bounds.lowerBound
        let end = last + 1 < tokens.upperBound ? Int(version.tokenStart(last + 1)) : bounds.upperBound
        return holds(pattern.before, in: words(start..<max(start, Int(version.tokenStart(first)))))
            && holds(pattern.after, in: words(Int(version.tokenEnd(last))..<max(Int(version.tokenEnd(last)), end)))
    }

    /// Every alias match of `version`, exclusions applied, in sentence order. `document` is
    /// the version's text, read for the stopwords an exclusion is written with (without it,
    /// such an exclusion cancels nothing).
    func match(_ version: PreparedVersion, in document: Document? = nil) -> [LexiconHit] {
        let languages = version.language == .undetermined ? Language.known : [version.language]
        var hits: [LexiconHit] = []
        var content: [Int32] = []
        for sentence in 0..<version.sentenceCount {
            let tokens = version.tokens(of: sentence)
            var found: [LexiconHit] = []
            var excluded: [LexiconHit] = []
            for language in languages {
                guard let nodes = children[language], let out = outputs[language] else { continue }
                content.removeAll(keepingCapacity: true)
                for t in tokens where version.term[t] >= 0 && version.flags[t] & PreparedVersion.compoundFlag == 0 {
                    content.append(Int32(t))
                }
                func record(_ node: Int32, _ first: Int32, _ last: Int32) {
                    for pattern in out[Int(node)] {
                        if pattern.needsCapital, first == last, version.flags[Int(first)] & PreparedVersion.capitalisedFlag == 0
                            || version.startsSentence(Int(first)) && version.tokenRange(Int(first)).count < pattern.length { continue }
                        let hit = LexiconHit(topic: pattern.topic, sentence: Int32(sentence), firstToken: first, lastToken: last,
                                             isAmbiguous: pattern.isAmbiguous)
                        if pattern.isExclusion {
                            if Self.hasContext(pattern, first: Int(first), last: Int(last), sentence: sentence, version, document) { excluded.append(hit) }
                        } else {
                            found.append(hit)
                        }
                    }
                }
                // Whole compounds match single-key aliases ("contre-mesures").
                for t in tokens where version.flags[t] & PreparedVersion.compoundFlag != 0 && version.term[t] >= 0 {
                    if let node = nodes[0][version.term[t]] { record(node, Int32(t), Int32(t)) }
                }
                for start in content.indices {
                    var node: Int32 = 0
                    var position = start
                    while position < content.count, let next = nodes[Int(node)][version.term[Int(content[position])]] {
                        node = next
                        record(node, content[start], content[position])
                        position += 1
                    }
                }
            }
            let kept = found.filter { hit in
                !excluded.contains { $0.topic == hit.topic && $0.firstToken <= hit.lastToken && hit.firstToken <= $0.lastToken }
            }
            // "accords de Minsk" already says "Minsk": drop a hit inside a longer one of its topic.
            var added = Set<LexiconHit>()
            for hit in kept where !kept.contains(where: {
                $0 != hit && $0.topic == hit.topic && $0.firstToken <= hit.firstToken && hit.lastToken <= $0.lastToken
            }) {
                if added.insert(hit).inserted { hits.append(hit) }
            }
        }
        return hits
    }

    /// `hits` without the ambiguous ones that stand alone: an ambiguous alias assigns its
    /// topic only beside an unambiguous alias of it in the same sentence, or when
    /// `agrees(topic, sentence)` (the sentence means the topic).
    static func unambiguous(_ hits: [LexiconHit], agrees: (Int32, Int32) -> Bool = { _, _ in false }) -> [LexiconHit] {
        partition(hits, agrees: agrees).kept
    }

    /// `unambiguous`'s hits, and the ambiguous hits it leaves out: those standing alone in
    /// their sentence, which a link may still confirm (`TopicEngine.confirmByLink`).
    static func partition(_ hits: [LexiconHit], agrees: (Int32, Int32) -> Bool = { _, _ in false }) -> (kept: [LexiconHit], alone: [LexiconHit]) {
        // (topic, sentence) as one integer: a set of two-element arrays cost a heap block per hit.
        func key(_ hit: LexiconHit) -> Int64 { Int64(hit.topic) << 32 | Int64(UInt32(bitPattern: hit.sentence)) }
        guard hits.contains(where: \.isAmbiguous) else { return (hits, []) }
        var confirmed = Set<Int64>()
        for hit in hits where !hit.isAmbiguous { confirmed.insert(key(hit)) }
        var kept: [LexiconHit] = []
        var alone: [LexiconHit] = []
        for hit in hits {
            if !hit.isAmbiguous || confirmed.contains(key(hit)) || agrees(hit.topic, hit.sentence) { kept.append(hit) } else { alone.append(hit) }
        }
        return (kept, alone)
    }
}
