import ReadoutsText

/// The words that write a participant's name in its other forms, for naming topics only: an
/// honorific ("H.E. Mr. Vladimir Vladimirovich Putin", "PM Modi", "MM. Trudeau et Johnson")
/// and the names written with a participant's in one run of capitalised words, a first name
/// in an opening sentence ("Vladimir Putin had a telephone conversation…") or a middle name
/// or patronymic between two of theirs ("Vladimir Vladimirovich Putin"). A topic named by
/// them alone says who spoke, not what about (`TopicNaming`). Not for the links' weights:
/// the participants (`Participants`) stay as found, so naming changes no link.
enum PersonNames {
    /// Honorifics written before a name, as surface words normalised like the text.
    static let honorifics: [Language: [String]] = [
        .english: ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "h.e.", "pm", "excellency", "dr", "dr."],
        .french: ["m.", "mm.", "mme", "s.e.", "excellence"],
        .russian: ["г-н", "г-жа"],
        .german: ["hr.", "fr."],
        .spanish: ["sr.", "sra.", "excelentísimo", "excelentísima"],
    ]

    /// The names joined to a participant's (`participants`: key ids) in a run of capitalised
    /// words: in a version's opening sentence, any name of the run before a participant's word;
    /// elsewhere, a name between two participants' words of one run. Words of a run follow each other after one space.
    /// "Sophie Grégoire Trudeau" outside the opening sentence is someone else: no word of
    /// hers is added.
    static func joined(_ versions: [PreparedVersion], participants: Set<Int32>) -> Set<Int32> {
        // The opening sentences' first, then the names between two of theirs, those first
        // names included ("Vladimir" of the Kremlin's "Vladimir Putin had…" encloses Kantei's
        // "Vladimir Vladimirovich Putin").
        var names = Set<Int32>()
        for opening in [true, false] {
            let known = participants.union(names)
            for version in versions {
                let first = Participants.openingSentence(version)
                for s in 0..<version.sentenceCount where (s == first) == opening {
                    for run in runs(version, sentence: s) where run.contains(where: { known.contains(version.term[$0]) }) {
                        let inside = run.indices.filter { known.contains(version.term[run[$0]]) }
                        for (position, t) in run.enumerated() where !known.contains(version.term[t]) {
                            // In the opening sentence, a name before a participant's word (a first
                            // name); not one after it: German capitalises its nouns ("…Präsident
                            // Selenskyj Unterstützung zugesichert").
                            let before = inside.contains(where: { $0 > position })
                            if opening ? before : before && inside.contains(where: { $0 < position }) {
                                names.insert(version.term[t])
                            }
                        }
                    }
                }
            }
        }
        return names
    }

    /// The runs of capitalised words (compounds and their parts aside) of sentence `s`, each
    /// word after the one before by one space, no stopword between.
    private static func runs(_ version: PreparedVersion, sentence s: Int) -> [[Int]] {
        var runs: [[Int]] = []
        var run: [Int] = []
        for t in version.tokens(of: s) {
            let flags = version.flags[t]
            let isWord = version.term[t] >= 0 && flags & PreparedVersion.capitalisedFlag != 0
                && flags & PreparedVersion.compoundFlag == 0 && flags & PreparedVersion.numberFlag == 0
            if isWord, let last = run.last, version.stopwordsBefore(t) == 0, version.tokenStart(t) - version.tokenEnd(last) == 1 {
                run.append(t)
                continue
            }
            if run.count > 1 { runs.append(run) }
            run = isWord ? [t] : []
        }
        if run.count > 1 { runs.append(run) }
        return runs
    }
}
