import ReadoutsReader
import ReadoutsText
import ReadoutsTopics

/// The brief's table of a translation, sentence by sentence: for two versions in two
/// languages that the semantic linker aligned as one text (`Analysis.alignedVersions`), each
/// sentence of the first beside its counterparts in the second, in the first's order, and a
/// sentence one of them leaves out on a row of its own, "—" beside it. A translator checking
/// a French copy against its English wanted "EN 6 ↔ FR 8" first, and the brief, ordered by
/// topic, gave it nowhere. Each cell is the sentence's number and the sentence, whole up to
/// `quotedWords` words: cut to ten, a translator could not check a rendering from the brief.
struct MarkdownSentenceAlignment {
    let texts: DraftChanges.SentenceTexts

    static let heading = "Sentence by sentence"
    /// The words of a sentence a cell quotes at most (a paragraph with no full stop is cut).
    static let quotedWords = 80
    /// Rows at most per pair of versions (a long translation's table is said to go on).
    static let rowLimit = 500

    /// A row: sentences of the first version and of the second (either may be empty).
    struct Row: Equatable {
        var first: [Int]
        var second: [Int]
    }

    static let intro = "Versions in two languages read as one text: each sentence beside its counterpart, "
        + "in the first version’s order; “—”: the other version has none."

    /// The pairs of versions the table is made for: in two languages, aligned as one text.
    static func pairs(_ texts: DraftChanges.SentenceTexts) -> [Analysis.AlignedVersions] {
        let analysis = texts.analysis
        return analysis.alignedVersions.filter { pair in
            analysis.versions.indices.contains(pair.first) && analysis.versions.indices.contains(pair.second)
                && pair.second < texts.documents.count
                && analysis.versions[pair.first].language != analysis.versions[pair.second].language
        }
    }

    func write(to out: inout ChunkedOutput) {
        let pairs = Self.pairs(texts)
        guard !pairs.isEmpty else { return }
        out.append("\n## \(Self.heading)\n\n\(Self.intro)\n")
        for pair in pairs {
            let labels = [pair.first, pair.second].map { MarkdownText.line(texts.documents[$0].label, lineStart: false) }
            let rows = Self.rows(texts.analysis, pair.first, pair.second)
            out.append("\n| \(labels[0]) | \(labels[1]) |\n|:--|:--|\n")
            for row in rows.prefix(Self.rowLimit) {
                out.append("| " + cell(pair.first, row.first) + " | " + cell(pair.second, row.second) + " |\n")
            }
            if rows.count > Self.rowLimit { out.append("\n\(rows.count - Self.rowLimit) more rows.\n") }
        }
    }

    /// A cell: each sentence's number and words, or "—".
    private func cell(_ version: Int, _ sentences: [Int]) -> String {
        guard !sentences.isEmpty else { return "—" }
        return sentences.map { "\($0 + 1) · " + MarkdownText.line(Self.start(texts, version, $0), lineStart: false) }.joined(separator: "<br>")
    }

    /// A sentence, its first `quotedWords` words and "…" where it goes on.
    static func start(_ texts: DraftChanges.SentenceTexts, _ version: Int, _ sentence: Int) -> String {
        let words = String(String.UnicodeScalarView(texts.scalars(version, sentence))).split(whereSeparator: \.isWhitespace)
        return words.prefix(quotedWords).joined(separator: " ") + (words.count > quotedWords ? " …" : "")
    }

    /// The rows of versions `first` and `second`: each sentence of `first` with the sentences
    /// of `second` linked to it; a sentence of `second` nothing links comes on a row of its own
    /// where it stands among the counterparts that keep their order (a moved paragraph is
    /// shown beside its original and moves nothing else). Headings are left out.
    static func rows(_ analysis: Analysis, _ first: Int, _ second: Int) -> [Row] {
        let (a, b) = (analysis.versions[first].sentences, analysis.versions[second].sentences)
        let (partners, linkedB) = TranslationCounterparts.partners(analysis, first, second)
        var rows: [Row] = []
        var nextB = 0
        /// B's unlinked sentences before `end`, each on its own row.
        func unlinkedB(before end: Int) {
            while nextB < min(end, b.count) {
                if !linkedB[nextB], !b[nextB].isHeading { rows.append(Row(first: [], second: [nextB])) }
                nextB += 1
            }
        }
        let counterparts = a.indices.map { Array(Set(partners[$0])).sorted() }
        // The sentences in order: the longest run of A's sentences whose counterparts come in
        // B's order too. The others were moved, and leave the order alone: the sentences B
        // adds come where B has them along that run.
        let linked = a.indices.filter { !a[$0].isHeading && !counterparts[$0].isEmpty }
        let inOrder = Set(linked.longestIncreasingRun { counterparts[$0][0] }.map { linked[$0] })
        for sentence in a.indices where !a[sentence].isHeading {
            if inOrder.contains(sentence), let firstB = counterparts[sentence].first, let lastB = counterparts[sentence].last {
                unlinkedB(before: firstB)
                nextB = max(nextB, lastB + 1)
            }
            rows.append(Row(first: [sentence], second: counterparts[sentence]))
        }
        unlinkedB(before: b.count)
        // A sentence nothing links that the run passed over (between moved ones) still has its row.
        let shown = Set(rows.flatMap(\.second))
        for sentence in b.indices where !linkedB[sentence] && !b[sentence].isHeading && !shown.contains(sentence) {
            rows.append(Row(first: [], second: [sentence]))
        }
        return rows
    }
}
