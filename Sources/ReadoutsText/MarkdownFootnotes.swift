/// Markdown footnotes as a rendered page shows them: a reference `[^label]` is a
/// superscript number after the word or sentence it annotates ("rubles.¹"), a definition
/// `[^label]: …` a numbered line of its own ("1. Ministry of Finance figures."), numbered
/// in the order footnotes are first referred to, as GitHub and pandoc number them.
///
/// Left raw, "…2.1 billion rubles.[^1] Next year…" was cut into "…rubles.[" and "^1] Next
/// year…", and the reference's "1" was compared as a figure ("1986 → 1"). A superscript
/// digit is no digit for words and figures (`Tokenizer`), and the sentence splitter keeps
/// it with the sentence before it; the definition's number is a list item's, neither a
/// word nor a figure.
struct MarkdownFootnotes {
    /// Each label's number, labels lower-cased (GitHub matches them regardless of case).
    private var numbers: [String: Int] = [:]

    /// The footnote's number: the one it was given, or the next one.
    mutating func number(for label: String) -> Int {
        let key = label.lowercased()
        if let known = numbers[key] { return known }
        let next = numbers.count + 1
        numbers[key] = next
        return next
    }

    /// The label of a footnote reference `[^label]` starting at `open` (its "["), and the
    /// offset after its "]": a caret, then up to 100 scalars, none of them white space or
    /// a bracket.
    static func reference(in scalars: [Unicode.Scalar], at open: Int) -> (label: String, end: Int)? {
        guard open + 3 < scalars.count, scalars[open] == "[", scalars[open + 1] == "^" else { return nil }
        var i = open + 2
        while i < scalars.count, i - open < 102, scalars[i] != "]" {
            let scalar = scalars[i]
            if scalar == "[" || scalar.properties.isWhitespace { return nil }
            i += 1
        }
        guard i < scalars.count, scalars[i] == "]", i > open + 2 else { return nil }
        return (String(String.UnicodeScalarView(scalars[(open + 2)..<i])), i + 1)
    }

    /// A footnote's definition at the start of `line`, `[^label]: text`: its label and its
    /// text (trimmed; empty when the text is on the lines below).
    static func definition(_ input: ScalarText, _ line: Range<Int>) -> (label: String, text: Range<Int>)? {
        guard line.count >= 5, input[line.lowerBound] == "[" else { return nil }
        let head = input.scalars(line.lowerBound..<min(line.upperBound, line.lowerBound + 104))
        guard let (label, end) = reference(in: head, at: 0), end < head.count, head[end] == ":" else { return nil }
        return (label, DocumentParser.trimmed(input, (line.lowerBound + end + 1)..<line.upperBound))
    }

    /// `number` in superscript digits ("¹²").
    static func superscript(_ number: Int) -> [Unicode.Scalar] {
        let digits: [Unicode.Scalar] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(number).unicodeScalars.map { digits[Int($0.value) - 0x30] }
    }
}
