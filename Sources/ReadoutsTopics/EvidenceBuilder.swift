/// The words that made a link, as scalar ranges: on each side, the tokens whose key (or
/// key2) the other sentence shares, merged across at most two stopwords ("mesures
/// économiques et autres fortes" is one span, not three), plus the aliases of each shared
/// lexicon topic.
struct EvidenceBuilder {
    let weights: TermWeights
    let key2OfTerm: [Int32]

    /// Lexical evidence ranges of `sentence` in `version` against the other side's keys.
    func lexicalRanges(_ version: PreparedVersion, _ sentence: Int, against other: [Int32]) -> [Range<Int>] {
        let otherKeys = Set(other)
        let otherKey2 = Set(other.map { key2OfTerm[Int($0)] }.filter { $0 >= 0 })
        // Words found everywhere ("présidents", "deux") are shown only when nothing better is shared.
        var strongest: Float = 0
        for t in version.tokens(of: sentence) {
            let term = version.term[t]
            if term >= 0, otherKeys.contains(term) || (key2OfTerm[Int(term)] >= 0 && otherKey2.contains(key2OfTerm[Int(term)])) {
                strongest = max(strongest, weights.weight[Int(term)])
            }
        }
        let floor = min(0.6, 0.5 * strongest)
        var ranges: [Range<Int>] = []
        var gap = 0
        var open = false
        var coveredUntil: Int32 = -1
        for t in version.tokens(of: sentence) {
            // The stopwords dropped before `t` lie outside every compound: each is a word of the gap.
            gap += version.stopwordsBefore(t)
            let term = version.term[t]
            let isCompound = version.flags[t] & PreparedVersion.compoundFlag != 0
            let matched = term >= 0 && weights.weight[Int(term)] > 0 && weights.weight[Int(term)] >= floor
                && (otherKeys.contains(term) || (key2OfTerm[Int(term)] >= 0 && otherKey2.contains(key2OfTerm[Int(term)])))
            let range = version.tokenRange(t)
            if matched {
                if open, gap <= 2, let last = ranges.last {
                    ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
                } else if let last = ranges.last, last.overlaps(range) {
                    ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
                } else {
                    ranges.append(range)
                }
                open = true
                gap = 0
                if isCompound { coveredUntil = version.tokenEnd(t) }
            } else if version.tokenStart(t) < coveredUntil {
                continue  // a part of a matched compound
            } else if isCompound {
                continue  // its parts decide
            } else if term < 0 {
                gap += 1
            } else {
                open = false
            }
        }
        return ranges
    }

    /// The scalar range of a lexicon hit.
    static func range(of hit: LexiconHit, in version: PreparedVersion) -> Range<Int> {
        Int(version.tokenStart(Int(hit.firstToken)))..<Int(version.tokenEnd(Int(hit.lastToken)))
    }
}
