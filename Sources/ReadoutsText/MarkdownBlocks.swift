/// How a Markdown file's lines make blocks, read as a reader of the rendered file sees them
/// (CommonMark and GitHub's tables, as far as a plain reader needs them), one line at a time:
///
/// - a paragraph's lines are joined by soft breaks and read by `MarkdownInline`;
/// - `>` markers are dropped: the quoted text is a paragraph (a quote starts a new one);
/// - each list item (`-`, `*`, `+`, `1.`, `1)`) is a block of its own, tight (on the next
///   line, `Block.tight`) after the paragraph or item before it, shown with a bullet "•"
///   or its number as typed, two spaces further in for each level of nesting: its
///   sentences end with it ("Technician training; - the safety…" was one sentence);
/// - a GitHub table's rows are tight blocks, cells joined by " · " and the `|---|` row
///   dropped: a row is read as one line, not the whole table as one sentence;
/// - `---`, `***`, `___` lines are not shown, nor a fenced code block's fences (its lines
///   are, as typed, line breaks kept); a line of `===` or `---` under a paragraph makes it a
///   heading; a link reference definition (`[id]: https://…`) is not shown;
/// - a footnote's definition (`[^1]: …`) is a block of its own, shown with its number like
///   a numbered list's item ("1. …", `MarkdownFootnotes`).
///
/// Indented code blocks and HTML blocks read as paragraphs.
struct MarkdownBlocks {
    let input: ScalarText

    enum Kind: Equatable {
        case paragraph
        /// A list item, with what it is shown with: its indentation, bullet or number.
        case item(prefix: [Unicode.Scalar])
    }

    /// The open paragraph's or item's lines, their quote markers and indentation dropped.
    var lines: [Range<Int>] = []
    var kind = Kind.paragraph
    /// Whether the open paragraph's first line was quoted.
    var quoted = false
    /// Whether it opened with emphasis or a quote: never a title.
    var marked = false
    /// Whether it follows the block before on the next line.
    var tight = false
    /// The open fenced code block's fence: its character, length and indentation.
    var fence: (marker: Unicode.Scalar, length: Int, indent: Int)?
    /// Where the open code block's text starts, and how many lines it has.
    var codeBegin: Int?
    var codeLines = 0
    /// The open table's number of columns, or 0.
    var tableColumns = 0
    /// The indentation of each open list's markers, outermost first.
    var listIndents: [Int] = []
    /// The footnotes' numbers, in the order they are first referred to.
    var footnotes = MarkdownFootnotes()

    init(input: ScalarText) { self.input = input }

    mutating func visit(_ line: Range<Int>, into output: inout DocumentParser.Output) {
        if let fence {
            visitCode(line, fence, into: &output)
            return
        }
        // Quote markers: up to three spaces, ">", an optional space; again when nested.
        var from = line.lowerBound
        var isQuoted = false
        while true {
            var p = from
            while p < line.upperBound, p - from < 3, input[p] == " " { p += 1 }
            guard p < line.upperBound, input[p] == ">" else { break }
            isQuoted = true
            from = p + 1
            if from < line.upperBound, input[from] == " " { from += 1 }
        }
        let content = DocumentParser.trimmed(input, from..<line.upperBound)
        let indent = content.lowerBound - from
        if content.isEmpty {
            closeParagraph(into: &output)
            tableColumns = 0
            return
        }
        if isQuoted && !quoted && !lines.isEmpty { closeParagraph(into: &output) }
        if let opened = openingFence(content) {
            closeParagraph(into: &output)
            tableColumns = 0
            listIndents = []
            fence = (opened.marker, opened.length, indent)
            return
        }
        if let (level, title) = DocumentParser.heading(input, content) {
            closeParagraph(into: &output)
            tableColumns = 0
            listIndents = []
            output.beginBlock()
            let begin = output.out.count
            MarkdownInline.render(input, lines: [title], softBreak: " ", footnotes: &footnotes, into: &output.out)
            output.closeHeading(from: begin, level: level)
            return
        }
        if !lines.isEmpty, kind == .paragraph, quoted == isQuoted, let level = setextLevel(content) {
            output.beginBlock()
            let begin = output.out.count
            MarkdownInline.render(input, lines: lines, softBreak: " ", footnotes: &footnotes, into: &output.out)
            output.closeHeading(from: begin, level: level)
            lines = []
            return
        }
        if isThematicBreak(content) {
            closeParagraph(into: &output)
            tableColumns = 0
            listIndents = []
            return
        }
        if tableColumns > 0 {
            if input[content].contains("|") {
                writeRow(content, tight: true, into: &output)
                return
            }
            tableColumns = 0
        }
        if kind == .paragraph, let header = lines.last, quoted == isQuoted, let columns = delimiterRowColumns(content),
           cells(header).count == columns {
            lines.removeLast()
            let interrupts = !lines.isEmpty
            closeParagraph(into: &output)
            writeRow(header, tight: interrupts, into: &output)
            tableColumns = columns
            return
        }
        if let note = MarkdownFootnotes.definition(input, content) {
            let follows = !lines.isEmpty
            closeParagraph(into: &output)
            listIndents = []
            kind = .item(prefix: Array("\(footnotes.number(for: note.label)).".unicodeScalars))
            lines = [note.text]
            quoted = isQuoted
            marked = true
            tight = follows
            return
        }
        if let item = listItem(content) {
            // Only a bullet or a "1." with words after it interrupts a paragraph ("…in
            // 2024.\n2025 will…" stays one).
            if lines.isEmpty || kind != .paragraph || !item.text.isEmpty && (item.number == nil || item.number == 1) {
                let follows = !lines.isEmpty
                closeParagraph(into: &output)
                while let last = listIndents.last, last > indent { listIndents.removeLast() }
                if listIndents.isEmpty || indent >= listIndents.last! + 2 { listIndents.append(indent) }
                let indentation = [Unicode.Scalar](repeating: " ", count: 2 * (listIndents.count - 1))
                kind = .item(prefix: indentation + item.marker)
                lines = [item.text]
                quoted = isQuoted
                marked = true
                tight = follows
                return
            }
        }
        if lines.isEmpty {
            if isDefinition(content) { return }
            kind = .paragraph
            quoted = isQuoted
            marked = isQuoted || input[content.lowerBound] == "*" || input[content.lowerBound] == "_"
            tight = false
            if indent < 2 { listIndents = [] }
        }
        lines.append(content)
    }

    mutating func finish(into output: inout DocumentParser.Output) {
        closeParagraph(into: &output)
        closeCode(into: &output)
    }

    mutating func closeParagraph(into output: inout DocumentParser.Output) {
        guard !lines.isEmpty else { return }
        let shown = lines.filter { !$0.isEmpty }
        output.beginBlock(tight: tight)
        let begin = output.out.count
        if case .item(let prefix) = kind {
            for scalar in prefix { output.out.append(scalar) }
            if !shown.isEmpty { output.out.appendASCII(0x20) }
        }
        MarkdownInline.render(input, lines: shown, footnotes: &footnotes, into: &output.out)
        let isParagraph = kind == .paragraph
        output.closeParagraph(from: begin, lines: shown.count, mayBeTitle: isParagraph && !marked, mayBeProvision: isParagraph,
                              keepsLineBreaks: false, tight: tight)
        lines = []
        kind = .paragraph
    }

    /// A line inside a fenced code block: shown as typed, less the fence's indentation.
    mutating func visitCode(_ line: Range<Int>, _ fence: (marker: Unicode.Scalar, length: Int, indent: Int), into output: inout DocumentParser.Output) {
        let content = DocumentParser.trimmed(input, line)
        if content.lowerBound - line.lowerBound < 4, content.count >= fence.length,
           input[content].allSatisfy({ $0 == fence.marker }) {
            closeCode(into: &output)
            self.fence = nil
            return
        }
        // A blank line ends the block's text; the next line opens another, a blank line between.
        guard !content.isEmpty else { closeCode(into: &output); return }
        var from = line.lowerBound
        while from < line.upperBound, from - line.lowerBound < fence.indent, input[from] == " " { from += 1 }
        if codeBegin == nil {
            output.beginBlock()
            codeBegin = output.out.count
            codeLines = 1
        } else {
            output.out.appendASCII(0x0A)
            codeLines += 1
        }
        output.out.append(contentsOf: input, DocumentParser.trimmedTrailing(input, from..<line.upperBound))
    }

    mutating func closeCode(into output: inout DocumentParser.Output) {
        guard let begin = codeBegin else { return }
        output.closeParagraph(from: begin, lines: codeLines, mayBeTitle: false, mayBeProvision: false, keepsLineBreaks: true)
        codeBegin = nil
    }

    /// One table row: its cells, read, joined by " · " (empty cells left out).
    mutating func writeRow(_ row: Range<Int>, tight: Bool, into output: inout DocumentParser.Output) {
        let shown = cells(row).filter { !$0.isEmpty }
        guard !shown.isEmpty else { return }
        output.beginBlock(tight: tight)
        let begin = output.out.count
        for (index, cell) in shown.enumerated() {
            if index > 0 { output.out.appendASCII(0x20); output.out.append("·"); output.out.appendASCII(0x20) }
            MarkdownInline.render(input, lines: [cell], footnotes: &footnotes, into: &output.out)
        }
        output.closeParagraph(from: begin, lines: 1, mayBeTitle: false, mayBeProvision: false, keepsLineBreaks: false, tight: tight)
    }

    /// A table row's cells, trimmed: split at each "|" not escaped, a leading and a
    /// trailing "|" dropped.
    func cells(_ row: Range<Int>) -> [Range<Int>] {
        var start = row.lowerBound
        var end = row.upperBound
        if start < end, input[start] == "|" { start += 1 }
        if end > start, input[end - 1] == "|", end - 2 < start || input[end - 2] != "\\" { end -= 1 }
        var result: [Range<Int>] = []
        var cellStart = start
        var i = start
        while i < end {
            if input[i] == "\\" { i += 2; continue }
            if input[i] == "|" {
                result.append(DocumentParser.trimmed(input, cellStart..<i))
                cellStart = i + 1
            }
            i += 1
        }
        result.append(DocumentParser.trimmed(input, cellStart..<end))
        return result
    }

    /// The number of columns when `line` is a table's delimiter row (`|---|:--:|`), else nil.
    func delimiterRowColumns(_ line: Range<Int>) -> Int? {
        guard input[line].contains("|"), input[line].contains("-"),
              input[line].allSatisfy({ $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }) else { return nil }
        let columns = cells(line)
        let valid = columns.allSatisfy { cell in
            var dashes = input[cell][...]
            if dashes.first == ":" { dashes = dashes.dropFirst() }
            if dashes.last == ":" { dashes = dashes.dropLast() }
            return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
        }
        return valid ? columns.count : nil
    }

    /// A list item's marker, shown as "•" or as its number is typed, its number, and its text.
    func listItem(_ line: Range<Int>) -> (marker: [Unicode.Scalar], number: Int?, text: Range<Int>)? {
        let first = input[line.lowerBound]
        if first == "-" || first == "*" || first == "+" {
            guard line.count == 1 || input[line.lowerBound + 1] == " " else { return nil }
            return (["•"], nil, DocumentParser.trimmed(input, line.lowerBound + 1..<line.upperBound))
        }
        var i = line.lowerBound
        while i < line.upperBound, i - line.lowerBound < 9, input[i].isASCII, input[i].properties.numericType == .decimal { i += 1 }
        guard i > line.lowerBound, i < line.upperBound, input[i] == "." || input[i] == ")",
              i + 1 == line.upperBound || input[i + 1] == " " else { return nil }
        let number = Int(input.string(line.lowerBound..<i))
        return (Array(input[line.lowerBound...i]), number, DocumentParser.trimmed(input, i + 1..<line.upperBound))
    }

    /// An opening fence: three or more "`" (no "`" in what follows) or "~".
    func openingFence(_ line: Range<Int>) -> (marker: Unicode.Scalar, length: Int)? {
        let marker = input[line.lowerBound]
        guard marker == "`" || marker == "~" else { return nil }
        var i = line.lowerBound
        while i < line.upperBound, input[i] == marker { i += 1 }
        guard i - line.lowerBound >= 3 else { return nil }
        if marker == "`", input[i..<line.upperBound].contains("`") { return nil }
        return (marker, i - line.lowerBound)
    }

    /// `---`, `***` or `___` (three or more, spaces between allowed).
    func isThematicBreak(_ line: Range<Int>) -> Bool {
        let marker = input[line.lowerBound]
        guard marker == "-" || marker == "*" || marker == "_" else { return false }
        var count = 0
        for scalar in input[line] {
            if scalar == marker { count += 1 } else if scalar != " " { return false }
        }
        return count >= 3
    }

    /// A setext heading's underline: `===` (level 1) or `---` (level 2), nothing else.
    func setextLevel(_ line: Range<Int>) -> Int? {
        let marker = input[line.lowerBound]
        guard marker == "=" || marker == "-", input[line].allSatisfy({ $0 == marker }) else { return nil }
        return marker == "=" ? 1 : 2
    }

    /// A link reference definition, `[label]: destination`, which a reader does not see.
    /// A footnote's text (`[^1]: …`) is no such definition: it is read, as a renderer shows
    /// it at the page's foot (hidden, a journalist's footnote was lost; `MarkdownFootnotes`).
    func isDefinition(_ line: Range<Int>) -> Bool {
        guard input[line.lowerBound] == "[", line.lowerBound + 1 < line.upperBound, input[line.lowerBound + 1] != "^" else { return false }
        var i = line.lowerBound + 1
        while i < line.upperBound, i - line.lowerBound < 1000, input[i] != "]" {
            if input[i] == "[" { return false }
            if input[i] == "\\" { i += 1 }
            i += 1
        }
        guard i > line.lowerBound + 1, i + 2 < line.upperBound, input[i] == "]", input[i + 1] == ":" else { return false }
        return !DocumentParser.trimmed(input, i + 2..<line.upperBound).isEmpty
    }
}
