import ReadoutsText
import ReadoutsTopics

/// CommonMark for untrusted text: whatever a document, label or file name holds, it comes
/// out as literal text in any CommonMark viewer — never a heading, list, quote, code
/// block, link, image, table cell, raw HTML or entity.
///
/// - Inline: a backslash before every ASCII character that can open markup anywhere in a
///   line (`\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `|` `~` `$` `#`; `|` for tables and `~`
///   and `$` for the strikethrough and maths of GitHub's dialect; `_` not between two
///   letters or digits, where it cannot mark emphasis: "kremlin_ru.txt"), runs of spaces,
///   tabs and line breaks as one space, control characters and bidi overrides as the
///   reader's placeholders (`␛`, `␦`).
/// - At the start of a line also `-` `+` `=` and the `.` or `)` after up to nine digits
///   (list items, setext underlines), and no leading or trailing white space (code blocks,
///   hard breaks).
/// - Strong emphasis (`**…**`) only around words that begin and end with a letter or digit
///   (a topic's words are trimmed to them; a label is bold whole or not at all), so its
///   delimiters open and close whatever surrounds them.
enum MarkdownText {
    /// One line of text: `text`'s scalars escaped, with `strong` ranges (offsets into
    /// `text`) in strong emphasis. `lineStart`: the line begins here (after `> ` or `# `),
    /// so block markers are escaped too.
    static func line(_ text: [Unicode.Scalar], strong: [Range<Int>] = [], lineStart: Bool = true) -> String {
        var bytes: [UInt8] = []
        var out = ChunkedOutput(chunkSize: 4096) { bytes += $0 }
        write(text, strong: strong, lineStart: lineStart, to: &out)
        out.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    static func line(_ text: String, lineStart: Bool = true) -> String {
        line(Array(text.unicodeScalars), lineStart: lineStart)
    }

    /// `line`, written straight to the output (the brief's passages: no string per line).
    /// `partsAtPunctuation`: each bold span cut where punctuation parts its words
    /// (`splitAtPunctuation`), for topic words in a passage.
    static func write(_ text: [Unicode.Scalar], strong: [Range<Int>] = [], partsAtPunctuation: Bool = false, lineStart: Bool = true,
                      to out: inout ChunkedOutput) {
        let trimmed = trim(text)
        let spans = merged(strong).map { $0.clamped(to: trimmed) }
        let bold = (partsAtPunctuation ? spans.flatMap { splitAtPunctuation(text, $0) } : spans).compactMap { alphanumericCore(text, $0) }
        let listMarker = lineStart ? orderedListMarker(text[trimmed]).map { $0 + trimmed.lowerBound } : nil
        var next = 0
        var inside = false
        for offset in trimmed {
            // A run of spaces, tabs and line breaks is one space: a bill's indentation
            // ("disclosure of         which") is layout, not text.
            if offset > trimmed.lowerBound, isCollapsedSpace(text[offset]), isCollapsedSpace(text[offset - 1]) { continue }
            if inside, offset == bold[next].upperBound {
                out.append("**")
                inside = false
                next += 1
            }
            if !inside, next < bold.count, offset == bold[next].lowerBound {
                out.append("**")
                inside = true
            }
            let scalar = text[offset]
            if scalar == "_", isWordScalar(text, offset - 1), isWordScalar(text, offset + 1) {
                // Between two letters or digits, "_" can neither open nor close emphasis:
                // a file name "kremlin_ru_2023.txt" is written as it is, not "kremlin\\_ru".
                out.append(scalar)
            } else if needsBackslash(scalar, atLineStart: lineStart && offset == trimmed.lowerBound) || offset == listMarker {
                out.append(UInt8(ascii: "\\"))
                out.append(scalar)
            } else if isCollapsedSpace(scalar) {
                out.append(UInt8(ascii: " "))
            } else {
                out.append(Sanitiser.placeholder(for: scalar) ?? scalar)
            }
        }
        if inside { out.append("**") }
    }

    /// A space, a tab or a line break: a run of them is written as one space (a no-break
    /// space is French typography, and kept).
    @inline(__always)
    static func isCollapsedSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// Whether `text[offset]` exists and is a letter or a digit.
    static func isWordScalar(_ text: [Unicode.Scalar], _ offset: Int) -> Bool {
        text.indices.contains(offset) && (text[offset].properties.isAlphabetic || text[offset].properties.numericType != nil)
    }

    /// `\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `|` `~` `$` `#` anywhere; `-` `+` `=` first.
    @inline(__always)
    static func needsBackslash(_ scalar: Unicode.Scalar, atLineStart: Bool) -> Bool {
        switch scalar {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "$", "#": return true
        case "-", "+", "=": return atLineStart
        default: return false
        }
    }

    /// `text` (a label) in strong emphasis: the whole of it, or where it begins or ends
    /// with punctuation ("Readout of President Donald J. Trump's …", a shortened label),
    /// its words from the first to the last, where the delimiters are sure to work.
    static func strong(_ text: String, lineStart: Bool = true) -> String {
        let scalars = Array(text.unicodeScalars)
        let whole = trim(scalars)
        let core = alphanumericCore(scalars, whole)
        return line(scalars, strong: core.map { [$0] } ?? [], lineStart: lineStart)
    }

    /// The marks that part a bold span's words when a space goes with them (`splitAtPunctuation`).
    static let partingMarks: Set<Unicode.Scalar> = Set("«»“”„\"()[],;:–—".unicodeScalars)

    /// `range` cut where its words are parted by quotes, brackets, commas, colons, semicolons
    /// or dashes with a space ("Horizon 2047 », adoptée" is two spans, "Horizon 2047" and
    /// "adoptée": a bold run over « », read as part of the quoted name); an apostrophe or a
    /// hyphen inside a word, a full stop ("Donald J. Trump") or spaces alone part nothing.
    static func splitAtPunctuation(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        func isWord(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var offset = range.lowerBound
        while offset < range.upperBound {
            guard !isWord(text[offset]) else { offset += 1; continue }
            var end = offset
            while end < range.upperBound, !isWord(text[end]) { end += 1 }
            let gap = text[offset..<end]
            if gap.contains(where: \.properties.isWhitespace), gap.contains(where: partingMarks.contains) {
                parts.append(start..<offset)
                start = end
            }
            offset = end
        }
        parts.append(start..<range.upperBound)
        return parts.filter { !$0.isEmpty }
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
        // A bracket opened inside closes inside: "**A (EN)**", not "**A (EN**)" (the closing
        // delimiter after ")" and before the end or a space still closes).
        for (open, close) in [("(", ")"), ("[", "]")] as [(Unicode.Scalar, Unicode.Scalar)] {
            let inside = text[start..<end]
            if end < min(text.count, range.upperBound), text[end] == close,
               inside.filter({ $0 == open }).count > inside.filter({ $0 == close }).count {
                end += 1
            }
        }
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
    static func orderedListMarker(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        var offset = text.startIndex
        while offset < text.endIndex, offset - text.startIndex < 9, ("0"..."9").contains(text[offset]) { offset += 1 }
        guard offset > text.startIndex, offset < text.endIndex, text[offset] == "." || text[offset] == ")" else { return nil }
        return offset - text.startIndex
    }
}
