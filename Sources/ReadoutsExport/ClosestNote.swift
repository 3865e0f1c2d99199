import ReadoutsReader
import ReadoutsTopics

/// What the brief and the page say after a passage another version has nothing linked to:
/// that version's closest sentence in meaning (`Analysis.nearest`, the reader's `c`), by its
/// number and first words, "closest in Maison Blanche: sentence 3 (“Biden and Putin
/// discussed…”), 0.21 alike", so that a reader checks the claim of an omission against one
/// sentence, not the whole other account — and one without the tool finds that sentence
/// (a communications officer's colleagues had the brief alone, not the texts). A closest
/// sentence under `Analysis.Nearest.nearFloor` alike is no candidate: "nothing near it in meaning in
/// Maison Blanche" (a new user read "0.09 alike" and "−0.01 alike" as if they meant
/// something). Nothing without one (a lexical run, or versions too large to compare every
/// pair).
enum ClosestNote {
    /// The closest sentence's words quoted, at most, and its characters (a language written
    /// without spaces is one "word" a sentence).
    static let quotedWords = 8
    static let quotedCharacters = 80

    /// The note for sentence `sentence` of `version` in `others` (every other version when
    /// nil), after "; ", as the quotes' parentheses end with it; "" without one.
    static func suffix(version: Int, sentence: Int, in others: [Int]? = nil, texts: DraftChanges.SentenceTexts) -> String {
        let labels = texts.documents.map(\.label)
        let parts = (others ?? labels.indices.filter { $0 != version }).compactMap { other -> String? in
            guard other < labels.count,
                  let closest = texts.analysis.nearest(to: .init(version: version, sentence: sentence), in: other) else { return nil }
            guard closest.isNear else { return "nothing near it in meaning in " + labels[other] }
            return "closest in " + labels[other] + ": " + Self.sentence(closest, texts: texts) + ", " + closest.alike
        }
        return parts.isEmpty ? "" : "; " + parts.joined(separator: "; ")
    }

    /// "sentence 3 (“Biden and Putin discussed the situation…”)": the closest sentence's
    /// number and its first `quotedWords` words.
    static func sentence(_ closest: Analysis.Nearest, texts: DraftChanges.SentenceTexts) -> String {
        let scalars = texts.scalars(closest.to.version, closest.to.sentence)
        let head = String(String.UnicodeScalarView(scalars.prefix(quotedCharacters * 2)))
        let words = head.split(whereSeparator: \.isWhitespace)
        var quoted = words.prefix(quotedWords).joined(separator: " ")
        var cut = words.count > quotedWords || scalars.count > quotedCharacters * 2
        if quoted.count > quotedCharacters {
            quoted = String(quoted.prefix(quotedCharacters))
            cut = true
        }
        quoted += cut ? "…" : ""
        return "sentence \(closest.to.sentence + 1) (“\(quoted)”)"
    }
}
