import ReadoutsText
import ReadoutsReader
import ReadoutsTopics

/// The brief's list of changes between drafts (`SentenceChanges`, as `J` steps through them
/// in the reader): for each version after the first, every sentence of the first it lacks
/// word for word — with what changed where the two are linked, or "only in" the first — then
/// every sentence of its own that nothing of the first is linked to. A committee's aide
/// exported two drafts and got 792 lines by topic in which 2 of 12 amendments were said.
///
/// Written only when the versions are drafts of one text: at least half of the first
/// version's sentences found word for word in the other (two accounts of one call share
/// almost none, and every sentence would be a "change").
struct MarkdownChanges {
    let documents: [Document]
    let analysis: Analysis
    let changes: SentenceChanges

    init(documents: [Document], analysis: Analysis) {
        self.documents = documents
        self.analysis = analysis
        changes = SentenceChanges(analysis, documents: documents)
    }

    /// The other versions that are drafts of the first: half its sentences at least are theirs word for word.
    var drafts: [Int] {
        guard documents.count > 1, let first = analysis.versions.first, !first.sentences.isEmpty else { return [] }
        return (1..<min(documents.count, analysis.versions.count)).filter { version in
            let lacking = changes.sentences[0].indices.filter { changes.versionsLacking(0, position: $0).contains(version) }.count
            return 2 * lacking <= first.sentences.count
        }
    }

    /// The links between sentences of version 0 and of `other`, neither a heading (the reader
    /// shows no heading's links: an added article's heading was linked to "Article 1. Short
    /// title" by its words), strongest first, as (sentence of 0, sentence of `other`).
    private func links(with other: Int) -> [(a: Int, b: Int)] {
        func isHeading(_ end: Analysis.SentenceRef) -> Bool { analysis.versions[end.version].sentences[end.sentence].isHeading }
        var pairs: [(a: Int, b: Int, score: Double)] = []
        for link in analysis.links where !isHeading(link.from) && !isHeading(link.to) {
            if link.from.version == 0, link.to.version == other { pairs.append((link.from.sentence, link.to.sentence, link.score)) }
            if link.to.version == 0, link.from.version == other { pairs.append((link.to.sentence, link.from.sentence, link.score)) }
        }
        return pairs.sorted { ($0.score, -$0.a, -$0.b) > ($1.score, -$1.a, -$1.b) }.map { ($0.a, $0.b) }
    }

    /// A sentence's words, lower-cased.
    private func words(_ version: Int, _ sentence: Int) -> Set<String> {
        let text = String(String.UnicodeScalarView(text(version, sentence))).lowercased()
        return Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    private func text(_ version: Int, _ sentence: Int) -> [Unicode.Scalar] {
        let range = analysis.versions[version].sentences[sentence].range.clamped(to: 0..<documents[version].scalars.count)
        return documents[version].scalars.scalars(range)
    }

    private func quote(_ version: Int, _ sentence: Int, to out: inout ChunkedOutput) {
        out.append("  > " + MarkdownText.strong(documents[version].label) + " (sentence \(sentence + 1)): ")
        MarkdownText.write(text(version, sentence), lineStart: false, to: &out)
        out.append(UInt8(ascii: "\n"))
    }

    /// The section for each draft, or nothing when no other version is a draft of the first.
    func write(to out: inout ChunkedOutput) {
        let labels = documents.map(\.label)
        for version in drafts {
            let title = labels[0] + " → " + labels[version]
            let removed = changes.sentences[0].indices.filter { changes.versionsLacking(0, position: $0).contains(version) }.map { Int(changes.sentences[0][$0]) }
            let added = changes.sentences[version].indices.filter { changes.versionsLacking(version, position: $0).contains(0) }
                .map { Int(changes.sentences[version][$0]) }
            // Each changed sentence of the first draft is paired with at most one changed
            // sentence of this one, strongest link first (a sentence amended in both places
            // is one change, not the partner of every sentence near it).
            let links = links(with: version)
            let (removedSet, addedSet) = (Set(removed), Set(added))
            var pairedA: [Int: Int] = [:], pairedB = Set<Int>()
            for link in links where removedSet.contains(link.a) && addedSet.contains(link.b) && pairedA[link.a] == nil && !pairedB.contains(link.b) {
                pairedA[link.a] = link.b
                pairedB.insert(link.b)
            }
            // Then, of those left, a sentence of each at the same place in its draft (within 2 %
            // of its length) and mostly of the same words (0.6): an amended one of a bill's
            // repeated sentences, whose links went to its unamended twins elsewhere.
            let (leftA, leftB) = (removed.filter { pairedA[$0] == nil }, added.filter { !pairedB.contains($0) })
            if !leftA.isEmpty, !leftB.isEmpty, leftA.count * leftB.count <= 1_000_000 {
                let (countA, countB) = (Double(analysis.versions[0].sentences.count), Double(analysis.versions[version].sentences.count))
                let wordsB = leftB.map { words(version, $0) }
                var candidates: [(a: Int, b: Int, share: Double)] = []
                for a in leftA {
                    let wordsA = words(0, a)
                    for (k, b) in leftB.enumerated() where abs(Double(a) / countA - Double(b) / countB) <= 0.02 {
                        let share = Double(wordsA.intersection(wordsB[k]).count) / Double(max(1, wordsA.count, wordsB[k].count))
                        if share >= 0.6 { candidates.append((a, b, share)) }
                    }
                }
                for pair in candidates.sorted(by: { ($0.share, -$0.a) > ($1.share, -$1.a) }) where pairedA[pair.a] == nil && !pairedB.contains(pair.b) {
                    pairedA[pair.a] = pair.b
                    pairedB.insert(pair.b)
                }
            }
            let reworded = removed.compactMap { sentence in pairedA[sentence].map { (sentence, $0) } }
            let only = removed.filter { pairedA[$0] == nil }
            let new = added.filter { !pairedB.contains($0) }
            // Where an added sentence goes: after the first draft's sentence linked to the
            // nearest sentence before it that has a link.
            var backward: [Int: Int] = [:]
            for link in links.reversed() { backward[link.b] = link.a }
            out.append("\n## Changes: " + MarkdownText.line(title, lineStart: false) + "\n\n")
            out.append("\(reworded.count) \(reworded.count == 1 ? "sentence" : "sentences") worded otherwise, \(only.count) only in "
                       + MarkdownText.line(labels[0], lineStart: false) + ", \(new.count) only in " + MarkdownText.line(labels[version], lineStart: false)
                       + ", in the order of " + MarkdownText.line(labels[0], lineStart: false) + " (sentences compared whole, wherever they stand: a moved sentence is no change).\n\n")
            // In reading order of the first version, each added sentence after the change before it.
            var items: [(order: (Int, Int), write: (inout ChunkedOutput) -> Void)] = []
            for (sentence, other) in reworded {
                let said = WordChange.changes(String(String.UnicodeScalarView(text(0, sentence))), String(String.UnicodeScalarView(text(version, other))), kept: true)
                items.append(((sentence, 0), { out in
                    out.append("- **Worded otherwise**" + (said.isEmpty ? "" : ": " + MarkdownText.line(said.joined(separator: " · "), lineStart: false)) + "\n")
                    quote(0, sentence, to: &out)
                    out.append("  >\n")
                    quote(version, other, to: &out)
                }))
            }
            for sentence in only {
                items.append(((sentence, 0), { out in
                    out.append("- **Only in " + MarkdownText.line(labels[0], lineStart: false) + "**\n")
                    quote(0, sentence, to: &out)
                }))
            }
            for sentence in new {
                // Placed after the first version's sentence linked to the one before it, if any.
                let before = (0..<sentence).reversed().lazy.compactMap { backward[$0] }.first ?? -1
                items.append(((before, 1), { out in
                    out.append("- **Only in " + MarkdownText.line(labels[version], lineStart: false) + "**\n")
                    quote(version, sentence, to: &out)
                }))
            }
            for item in items.sorted(by: { $0.order < $1.order }) { item.write(&out) }
            if items.isEmpty { out.append("No change: every sentence is in both, word for word.\n") }
        }
    }
}
