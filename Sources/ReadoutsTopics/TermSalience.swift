import Glibc
import ReadoutsText

/// How much each key says about a subject, across every version of an analysis: what naming
/// and merging automatic topics weigh words by. A label should carry the words that set a
/// subject apart (high IDF), not the event's participants, the readouts' own vocabulary, a
/// reporting verb or a word that goes with anything ("sure", "new", "nouveau").
struct TermSalience: Sendable {
    enum Role: UInt8 {
        /// An ordinary content word.
        case content
        /// A reporting verb or a word a label never rests on ("sure", "know", "nouveau"):
        /// never at a label's edge, and worth nothing inside one.
        case empty
        /// The readouts' words ("président", "entretien") and the participants (a name in a
        /// version's opening sentence, a word in a quarter of a version's sentences).
        case weak
        /// A number: part of a phrase ("40 millions de dollars"), never a label alone.
        case number
        /// A name used inside sentences ("Genève", "Sahel"): a label alone only when nothing
        /// better is shared.
        case name
    }

    /// log(1 + N / df) over the sentences of every version.
    private(set) var idf: [Float]
    private(set) var role: [Role]
    /// Key2 id of each key (-1: none), from whichever version uses it.
    private(set) var key2: [Int32]
    /// Capitalised inside a sentence somewhere: a name, written with its capital in a label.
    private(set) var isName: [Bool]

    init(_ versions: [PreparedVersion], keyCount: Int, empty: Set<Int32>, weak: Set<Int32>) {
        var df = [Int32](repeating: 0, count: keyCount)
        var dfInVersion = [Int32](repeating: 0, count: keyCount)
        var seen = [Int32](repeating: -1, count: keyCount)
        var isName = [Bool](repeating: false, count: keyCount)
        var isNumber = [Bool](repeating: false, count: keyCount)
        var isWeak = [Bool](repeating: false, count: keyCount)
        key2 = [Int32](repeating: -1, count: keyCount)
        var sentenceTotal = 0
        var stamp: Int32 = 0
        for version in versions {
            sentenceTotal += version.sentenceCount
            for index in dfInVersion.indices { dfInVersion[index] = 0 }
            for (term, k2) in version.key2OfTerm.enumerated() where k2 >= 0 && term < keyCount { key2[term] = k2 }
            for s in 0..<version.sentenceCount {
                stamp += 1
                let tokens = version.tokens(of: s)
                for t in tokens {
                    let term = Int(version.term[t])
                    guard term >= 0, term < keyCount else { continue }
                    let flags = version.flags[t]
                    // A compound that starts with a figure ("20-minute", "2-3") counts as one.
                    if flags & PreparedVersion.numberFlag != 0
                        || flags & PreparedVersion.compoundFlag != 0 && version.surface[Int32(term)]?.first?.isNumber == true {
                        isNumber[term] = true
                    }
                    if flags & PreparedVersion.capitalisedFlag != 0, !version.startsSentence(t) { isName[term] = true }
                    if seen[term] != stamp {
                        seen[term] = stamp
                        df[term] += 1
                        dfInVersion[term] += 1
                    }
                }
            }
            let n = Float(max(1, version.sentenceCount))
            for term in 0..<keyCount where dfInVersion[term] >= 3 && Float(dfInVersion[term]) >= 0.25 * n { isWeak[term] = true }
        }
        let total = Float(max(1, sentenceTotal))
        idf = df.map { $0 == 0 ? 0 : log(1 + total / Float($0)) }
        self.isName = isName
        role = (0..<keyCount).map { term in
            if empty.contains(Int32(term)) { return .empty }
            if isWeak[term] || weak.contains(Int32(term)) { return .weak }
            if isNumber[term] { return .number }
            if isName[term] { return .name }
            return .content
        }
    }

    /// These saliences with `keys` weak (those neither empty nor weak already): a participant's
    /// name in another form (`PersonNames`) for naming, which merging does not read.
    func weakening(_ keys: Set<Int32>) -> TermSalience {
        var weakened = self
        for key in keys where Int(key) < role.count && role[Int(key)] != .empty { weakened.role[Int(key)] = .weak }
        return weakened
    }

    /// True for a name used inside sentences ("Genève", "Canada"), not for a content word.
    func isProperName(_ term: Int32) -> Bool { role[Int(term)] == .name }

    /// What a key adds to a label's specificity.
    func weight(_ term: Int32) -> Float {
        let base = idf[Int(term)]
        switch role[Int(term)] {
        case .content, .name: return base
        case .number: return 0.5 * base
        case .weak: return 0.2 * base
        case .empty: return 0
        }
    }

    /// True for a key that can name a subject alone or set two topics' sentences apart as
    /// speaking of one thing: neither empty nor weak nor a bare number.
    func isTelling(_ term: Int32) -> Bool {
        switch role[Int(term)] {
        case .content, .name: return true
        case .number, .weak, .empty: return false
        }
    }
}
