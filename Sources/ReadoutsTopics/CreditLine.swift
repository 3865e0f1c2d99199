import ReadoutsText

/// A news agency's credit line: who reported, wrote and edited the story ("(Reporting by
/// Mohammad Zargham Editing by Sonya Hepinstall)", "Additional reporting by …", "Associated
/// Press writer … contributed to this report."). It says nothing of the event, so it has no
/// words, like a dateline alone (`OpeningLineAside`): in no topic, and not "linked to
/// nothing" (a journalist's three accounts had "Sonya Hepinstall" as a topic only in Reuters).
enum CreditLine {
    /// What a credit line opens with, lower case, after an opening bracket if any.
    static let openers = ["reporting by", "additional reporting by", "editing by", "writing by", "compiled by",
                          "reporting and writing by", "edited by", "written by", "reporting by and"]
    /// What a credit line may end with instead ("… contributed to this report.").
    static let closers = ["contributed to this report", "contributed reporting", "contributed to this story"]
    /// The longest credit line, in scalars.
    static let longest = 240

    /// Whether the text of a sentence is a credit line.
    static func isCredit(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
        guard scalars.count <= longest else { return false }
        var text = String(String.UnicodeScalarView(scalars)).lowercased()
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while let first = text.first, "([{".contains(first) { text.removeFirst() }
        while let last = text.last, ")]}.".contains(last) { text.removeLast() }
        text = text.trimmingCharacters(in: .whitespaces)
        return openers.contains { text.hasPrefix($0 + " ") } || closers.contains { text.hasSuffix($0) }
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
