extension Analysis {
    /// A passage some other version has no passage linked to (`passagesNotIn`).
    public struct PassageNotIn: Equatable, Sendable {
        /// The sentence, an index into its version's sentences.
        public let sentence: Int
        /// The versions it has no link into, in order; never its own.
        public let versions: [Int]

        public init(sentence: Int, versions: [Int]) {
            self.sentence = sentence
            self.versions = versions
        }
    }

    /// Per version, in reading order, its passages (sentences outside headings that hold a
    /// topic's occurrence) that have no link into some other version: once linking is
    /// complete, a passage linked to nothing is not in any other version; with three
    /// versions or more, one linked to some is not in the others. A link with a heading at
    /// either end counts for nothing, as the reader shows none. The reader's
    /// `TopicIndex.passageMissingFrom` reads it, where `o` stops with "passage not in Maison Blanche"
    /// (the Kremlin's "En réponse, le président russe a appelé à ne pas transférer la
    /// responsabilité…", of Ukraine, which both accounts speak of); the brief and the page
    /// list these too, and the JSON marks them `notIn`.
    public func passagesNotIn(versions count: Int) -> [[PassageNotIn]] {
        guard count > 1 else { return Array(repeating: [], count: max(0, count)) }
        func isHeading(_ version: Int, _ sentence: Int) -> Bool {
            version < versions.count && versions[version].sentences.indices.contains(sentence) && versions[version].sentences[sentence].isHeading
        }
        // Per version, the sentences holding an occurrence, outside headings.
        var held = (0..<count).map { version in
            [Bool](repeating: false, count: version < versions.count ? versions[version].sentences.count : 0)
        }
        for topic in topics {
            for occurrence in topic.occurrences where occurrence.version < count && held[occurrence.version].indices.contains(occurrence.sentence) {
                held[occurrence.version][occurrence.sentence] = !isHeading(occurrence.version, occurrence.sentence)
            }
        }
        // Per version, sentence by sentence, whether it has a link into each version (a flag
        // per version: no set per sentence, for versions of 100,000 sentences).
        var linked = (0..<count).map { [Bool](repeating: false, count: held[$0].count * count) }
        func mark(_ end: SentenceRef, into other: Int) {
            if end.version < count, held[end.version].indices.contains(end.sentence), other < count {
                linked[end.version][end.sentence * count + other] = true
            }
        }
        var hasLink = (0..<count).map { [Bool](repeating: false, count: held[$0].count) }
        for link in links where !isHeading(link.from.version, link.from.sentence) && !isHeading(link.to.version, link.to.sentence) {
            mark(link.from, into: link.to.version)
            mark(link.to, into: link.from.version)
            for end in [link.from, link.to] where end.version < count && hasLink[end.version].indices.contains(end.sentence) {
                hasLink[end.version][end.sentence] = true
            }
        }
        return (0..<count).map { version in
            let others = (0..<count).filter { $0 != version }
            return held[version].indices.compactMap { sentence -> PassageNotIn? in
                guard held[version][sentence] else { return nil }
                guard hasLink[version][sentence] else {
                    // While the engine links, a passage not linked yet may be soon.
                    return isComplete ? PassageNotIn(sentence: sentence, versions: others) : nil
                }
                let missing = others.filter { !linked[version][sentence * count + $0] }
                return missing.isEmpty ? nil : PassageNotIn(sentence: sentence, versions: missing)
            }
        }
    }
}
