import ReadoutsText
import ReadoutsTopics

/// The sentences of each version that some other version does not have word for word: what
/// `J` and `K` step through, as vimdiff's `]c` and Meld's Alt-↓ step through a diff's
/// changes. Between two drafts of a bill that is every amended, added and deleted sentence,
/// and nothing else; between two accounts of one call, nearly every sentence.
///
/// Sentences are compared by their text with runs of white space made one space (a
/// re-wrapped paragraph is no change), wherever they stand (a moved article is no change:
/// Enter says it moved). A heading's figures are left out, so that the renumbering of every
/// article after a deleted one is not thirty changes. Built with the `TopicIndex`, in the
/// background: `J` looks its target up, it never compares texts.
public struct SentenceChanges: Sendable {
    /// Per version, the changed sentences in reading order…
    public let sentences: [[Int32]]
    /// …and for each, the versions that lack it word for word (bit `w` for version `w`;
    /// versions past the 64th are not told apart).
    let lacking: [[UInt64]]

    public init(_ analysis: Analysis, documents: [Document]) {
        let count = min(documents.count, analysis.versions.count)
        let keys: [[String]] = (0..<count).map { version in
            analysis.versions[version].sentences.map { sentence in
                Self.key(documents[version].string(sentence.range), isHeading: sentence.isHeading)
            }
        }
        let sets = keys.map(Set.init)
        var sentences: [[Int32]] = []
        var lacking: [[UInt64]] = []
        for version in 0..<count {
            var changed: [Int32] = []
            var masks: [UInt64] = []
            for (sentence, key) in keys[version].enumerated() where !key.isEmpty {
                var mask: UInt64 = 0
                for other in 0..<count where other != version && !sets[other].contains(key) { mask |= 1 << UInt64(min(other, 63)) }
                if mask != 0 {
                    changed.append(Int32(sentence))
                    masks.append(mask)
                }
            }
            sentences.append(changed)
            lacking.append(masks)
        }
        self.sentences = sentences
        self.lacking = lacking
    }

    /// The versions that lack the change at `position` of `version`'s list word for word.
    public func versionsLacking(_ version: Int, position: Int) -> [Int] {
        let mask = lacking[version][position]
        return (0..<64).filter { mask & (1 << UInt64($0)) != 0 }
    }

    /// A sentence's text as compared: white space runs as one space, ends trimmed; a
    /// heading's digits left out ("Article 12. Repairs" is "Article 11. Repairs" renumbered).
    static func key(_ text: String, isHeading: Bool) -> String {
        var key = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !key.isEmpty
                continue
            }
            if isHeading, character.isNumber { continue }
            if pendingSpace { key.append(" ") }
            pendingSpace = false
            key.append(character)
        }
        return key
    }

    /// The position in `sentences[version]` of the first change after sentence `sentence`
    /// (`forward`) or before it; nil when there is none that way.
    public func position(in version: Int, after sentence: Int, forward: Bool) -> Int? {
        guard sentences.indices.contains(version) else { return nil }
        let list = sentences[version]
        // The first change at or after `sentence`, by binary search.
        var (low, high) = (0, list.count)
        while low < high {
            let middle = (low + high) / 2
            if Int(list[middle]) < sentence { low = middle + 1 } else { high = middle }
        }
        if forward {
            let next = low < list.count && Int(list[low]) == sentence ? low + 1 : low
            return next < list.count ? next : nil
        }
        return low > 0 ? low - 1 : nil
    }
}
