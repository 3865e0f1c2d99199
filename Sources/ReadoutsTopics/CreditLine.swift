import ReadoutsText

/// A news agency's credit line: who reported, wrote and edited the story ("(Reporting by
/// Mohammad Zargham Editing by Sonya Hepinstall)", "Additional reporting by …", "Associated
/// Press writer … contributed to this report."). It says nothing of the event, so it has no
/// words, like a dateline alone (`OpeningLineAside`): in no topic, and not "linked to
/// nothing" (a journalist's three accounts had "Sonya Hepinstall" as a topic only in Reuters).
enum CreditLine {
    /// What a credit line opens with, lower case, after an opening bracket if any.
    static let openers = ["reporting by", "additional reporting by", "editing by", "writing by", "compiled by",
                          "reporting and writing by", "edited by", "written by"]
    /// What a credit line may end with instead ("… contributed to this report.").
    static let closers = ["contributed to this report", "contributed reporting", "contributed to this story"]
    /// The longest credit line, in scalars.
    static let longest = 240

    /// How many scalars of a sentence's start and end are read: the longest opener or closer
    /// and a space.
    static let edge = 32

    /// Whether the text of a sentence is a credit line: its start (brackets and white space
    /// aside) opens as one, or its end (a final stop aside) closes as one. Only its two
    /// edges are read, each at most `edge` scalars.
    static func isCredit(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
        guard scalars.count <= longest else { return false }
        let text = Array(scalars)
        var (lower, upper) = (0, text.count)
        while lower < upper, text[lower].properties.isWhitespace || "([{".unicodeScalars.contains(text[lower]) { lower += 1 }
        while upper > lower, text[upper - 1].properties.isWhitespace || ")]}.".unicodeScalars.contains(text[upper - 1]) { upper -= 1 }
        let head = String(String.UnicodeScalarView(text[lower..<min(upper, lower + edge)])).lowercased()
        let tail = String(String.UnicodeScalarView(text[max(lower, upper - edge)..<upper])).lowercased()
        return openers.contains { head.hasPrefix($0 + " ") } || closers.contains { tail.hasSuffix($0) }
    }

    /// The indices of `sentences` (outside headings) that are credit lines of `document`.
    static func sentences(_ sentences: [Sentence], _ document: Document) -> Set<Int> {
        var found = Set<Int>()
        let count = document.scalars.count
        for (index, sentence) in sentences.enumerated() where !sentence.isHeading && sentence.range.count <= longest {
            if isCredit(document.scalars.scalars(sentence.range.clamped(to: 0..<count))) { found.insert(index) }
        }
        return found
    }
}
