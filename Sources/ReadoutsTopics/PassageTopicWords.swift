import ReadoutsText

extension Analysis {
    /// A passage one version alone has, found by meaning (`OneSidedPassages`), is named from
    /// its own words ("expulsions massives"); where the name stands in the sentence as written,
    /// that is where the topic is shown, no longer the whole sentence by meaning alone. A
    /// student found "expulsions massives" in the topic list and its letter in the gutter,
    /// but not the words, though the sentence says "…des expulsions massives de diplomates
    /// russes…". The name is looked for without regard to case.
    mutating func showPassageTopicsWhereTheirNameIs(_ documents: [Document]) {
        for topicIndex in topics.indices where topics[topicIndex].isPassage {
            let name = Array(topics[topicIndex].label.lowercased().unicodeScalars)
            guard name.count >= 3 else { continue }
            for occurrenceIndex in topics[topicIndex].occurrences.indices {
                let occurrence = topics[topicIndex].occurrences[occurrenceIndex]
                guard occurrence.byMeaning, occurrence.version < documents.count, occurrence.version < versions.count,
                      versions[occurrence.version].sentences.indices.contains(occurrence.sentence) else { continue }
                let sentence = versions[occurrence.version].sentences[occurrence.sentence].range
                let scalars = documents[occurrence.version].scalars
                guard sentence.upperBound <= scalars.count, let found = Self.caselessRange(of: name, in: scalars, within: sentence) else { continue }
                topics[topicIndex].occurrences[occurrenceIndex] = Occurrence(version: occurrence.version, sentence: occurrence.sentence, range: found)
            }
        }
    }

    /// The first place `name` (lower case) stands in `scalars[range]` as whole words, case aside.
    static func caselessRange(of name: [Unicode.Scalar], in scalars: ScalarText, within range: Range<Int>) -> Range<Int>? {
        guard range.count >= name.count, let first = name.first else { return nil }
        func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            let mapping = scalar.properties.lowercaseMapping.unicodeScalars
            return mapping.count == 1 ? mapping.first! : scalar
        }
        func isLetter(_ offset: Int) -> Bool { range.contains(offset) && scalars[offset].properties.isAlphabetic }
        var start = range.lowerBound
        while start + name.count <= range.upperBound {
            if lowered(scalars[start]) == first, !isLetter(start - 1), !isLetter(start + name.count),
               (1..<name.count).allSatisfy({ lowered(scalars[start + $0]) == name[$0] }) {
                return start..<start + name.count
            }
            start += 1
        }
        return nil
    }
}
