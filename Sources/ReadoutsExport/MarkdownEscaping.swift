import ReadoutsText

/// CommonMark for untrusted text: whatever a document, label or file name holds, it comes
/// out as literal text in any CommonMark viewer — never a heading, list, quote, code
/// block, link, image, table cell, raw HTML or entity.
///
/// - Inline: a backslash before every ASCII character that can open markup anywhere in a
///   line (`\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `|` `~` `$` `#`; `|` for tables and `~`
///   and `$` for the strikethrough and maths of GitHub's dialect), line breaks as spaces,
///   control characters and bidi overrides as the reader's placeholders (`␛`, `␦`).
/// - At the start of a line also `-` `+` `=` and the `.` or `)` after up to nine digits
///   (list items, setext underlines), and no leading or trailing white space (code blocks,
///   hard breaks).
/// - Strong emphasis (`**…**`) only around words that begin and end with a letter or digit
///   (a topic's words are trimmed to them; a label is bold whole or not at all), so its
///   delimiters open and close whatever surrounds them.
enum MarkdownText {
    static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "$", "#"]
    static let escapedAtLineStart: Set<Unicode.Scalar> = ["-", "+", "="]

    /// One line of text: `text`'s scalars escaped, with `strong` ranges (offsets into
    /// `text`, sorted) in strong emphasis. `lineStart`: the line begins here (after `> `
    /// or `# `), so block markers are escaped too.
    static func line(_ text: [Unicode.Scalar], strong: [Range<Int>] = [], lineStart: Bool = true) -> String {
        let trimmed = trim(text)
        let shift = trimmed.lowerBound
        let scalars = Array(text[trimmed])
        var opens = Set<Int>()
        var closes = Set<Int>()
        for range in merged(strong) {
            guard let words = alphanumericCore(scalars, (range.lowerBound - shift)..<(range.upperBound - shift)) else { continue }
            opens.insert(words.lowerBound)
            closes.insert(words.upperBound)
        }
        var result = String.UnicodeScalarView()
        let listMarker = lineStart ? orderedListMarker(scalars) : nil
        for (offset, scalar) in scalars.enumerated() {
            if closes.contains(offset) { result.append(contentsOf: "**".unicodeScalars) }
            if opens.contains(offset) { result.append(contentsOf: "**".unicodeScalars) }
            if alwaysEscaped.contains(scalar) || (offset == 0 && lineStart && escapedAtLineStart.contains(scalar))
                || offset == listMarker
            {
                result.append("\\")
                result.append(scalar)
            } else if scalar == "\n" || scalar == "\r" {
                result.append(" ")
            } else if let placeholder = Sanitiser.placeholder(for: scalar) {
                result.append(placeholder)
            } else {
                result.append(scalar)
            }
        }
        if closes.contains(scalars.count) { result.append(contentsOf: "**".unicodeScalars) }
        return String(result)
    }

    static func line(_ text: String, lineStart: Bool = true) -> String {
        line(Array(text.unicodeScalars), lineStart: lineStart)
    }

    /// `text` (a label) in strong emphasis when its delimiters are sure to work on the whole
    /// of it, else escaped plainly.
    static func strong(_ text: String, lineStart: Bool = true) -> String {
        let scalars = Array(text.unicodeScalars)
        let whole = trim(scalars)
        let isWhole = alphanumericCore(scalars, whole) == whole
        return line(scalars, strong: isWhole ? [whole] : [], lineStart: lineStart)
    }

    /// Without white space (and line breaks) at either end.
    static func trim(_ text: [Unicode.Scalar]) -> Range<Int> {
        var start = 0
        var end = text.count
        while start < end, text[start].properties.isWhitespace { start += 1 }
        while end > start, text[end - 1].properties.isWhitespace { end -= 1 }
        return start..<end
    }

    /// Overlapping or touching ranges joined (`**a****b**` would be one delimiter run).
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The range shrunk to begin and end with a letter or digit, or nil if it holds none.
    static func alphanumericCore(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        var start = max(0, range.lowerBound)
        var end = min(text.count, range.upperBound)
        while start < end, !isWordCharacter(text[start]) { start += 1 }
        while end > start, !isWordCharacter(text[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        // Combining marks stay with their letter ("é" as e + U+0301): a mark is neither white
        // space nor punctuation, so the closing delimiter after it still closes.
        while end < min(text.count, range.upperBound), isMark(text[end]) { end += 1 }
        return start..<end
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The offset of the `.` or `)` that would make the line an ordered list item ("1. ",
    /// "2021) "), or nil: up to nine ASCII digits, then one of them, at the line's start.
    static func orderedListMarker(_ text: [Unicode.Scalar]) -> Int? {
        var offset = 0
        while offset < text.count, offset < 9, ("0"..."9").contains(text[offset]) { offset += 1 }
        guard offset > 0, offset < text.count, text[offset] == "." || text[offset] == ")" else { return nil }
        return offset
    }
}
