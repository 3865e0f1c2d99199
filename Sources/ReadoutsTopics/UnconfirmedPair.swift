/// A pair the lexical linker scored at its high threshold but turned down (one shared word
/// where a link of words alone needs two, and no shared lexicon topic): the semantic linker
/// links it when the sentences' meaning agrees. 24 bytes instead of a `PairLink`'s 40 and
/// its topics' array header: on large synthetic versions there are hundreds of thousands.
struct UnconfirmedPair {
    var score: Double
    var a: Int32
    var b: Int32
    /// The shared key with the most weight: names the automatic topic (-1: none).
    var dominantTerm: Int32

    /// The link it becomes, before topics.
    var pairLink: PairLink {
        PairLink(a: Int(a), b: Int(b), score: score, sharedTopics: [], dominantTerm: dominantTerm)
    }
}
