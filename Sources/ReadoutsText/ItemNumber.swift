/// A subsection's or list item's number opening a sentence ("(3) ", "(b) ", "3. ", "b) "):
/// what renumbering changes when a provision before it is deleted, and so neither a change
/// between two drafts (`SentenceChanges`) nor what makes a sentence another version lacks
/// (`Analysis.sentencesLinkedToNothing`).
public enum ItemNumber {
    /// The length in characters of the number opening `text` ("(3) ", "(b) ", "3. ", "b) ",
    /// the space after it included); 0 when it opens with none.
    public static func length(opening text: String) -> Int {
        let characters = Array(text.prefix(8))
        var index = 0
        let opened = characters.first == "("
        if opened { index += 1 }
        let start = index
        while index < characters.count, characters[index].isNumber || (index - start < 4 && characters[index].isLetter && characters[index].isLowercase) {
            index += 1
        }
        // Digits, or one to three lower-case letters (b, iv): not the start of a word.
        let body = characters[start..<index]
        guard !body.isEmpty, body.allSatisfy(\.isNumber) || body.count <= 3 && (body.count == 1 || body.allSatisfy { "ivxl".contains($0) })
        else { return 0 }
        guard index < characters.count else { return 0 }
        if opened ? characters[index] == ")" : (characters[index] == ")" || characters[index] == ".") {
            index += 1
        } else {
            return 0
        }
        guard index < characters.count, characters[index].isWhitespace else { return 0 }
        return index + 1
    }

    /// The length in scalars of the number opening the sentence at `range` of `text`, read
    /// from its first scalars alone (a sentence is never copied whole to ask).
    public static func scalarLength(opening range: Range<Int>, of text: ScalarText) -> Int {
        let range = range.clamped(to: 0..<text.count)
        let opening = String(String.UnicodeScalarView(text.scalars(range.lowerBound..<min(range.upperBound, range.lowerBound + 8))))
        return opening.prefix(length(opening: opening)).unicodeScalars.count
    }
}
