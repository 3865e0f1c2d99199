/// The text a reader of rendered Markdown sees in a paragraph, a heading, a list item or a
/// table cell: CommonMark's inline rules as far as a plain reader needs them. Emphasis,
/// strong emphasis and `~~strikethrough~~` lose their markers (the words stay, unstyled);
/// a code span its backticks; a link `[text](url "title")` or `[text][ref]` shows its text,
/// an image `![alt](src)` its alt text, an autolink `<https://…>` its address; a backslash
/// escape shows the character escaped, an entity (`&amp;`, `&#233;`) the character it
/// names. Intra-word underscores (snake_case) are not emphasis, by CommonMark's flanking
/// rules. Inline HTML shows as typed, but for comments (`<!-- … -->`, hidden as every
/// renderer hides them), formatting tags without attributes (`<b>`,
/// `</em>`, `<sup>`…), dropped, and `<br>`, a line break. A shortcut reference `[text]`
/// shows as typed: whether it is a link depends on a definition that may come later. A
/// footnote reference `[^label]` shows as its number in superscript (`MarkdownFootnotes`).
///
/// Linear in the paragraph's length: emphasis is matched as CommonMark's reference
/// implementation does (a bottom for each kind of opener), a code span's closing run is
/// found through a list of runs by length, and the look-ahead for link destinations,
/// reference labels and autolinks has a budget proportional to the text.
enum MarkdownInline {
    /// Appends the shown text of one paragraph's `lines` (ranges of `input`) to `out`, the
    /// lines joined by `softBreak`. Every scalar written is the input's, one of
    /// `Sanitiser`'s placeholders, one of " ", "\n", "•", "·", or a superscript digit (a
    /// footnote's number): nothing unsafe to draw.
    static func render(_ input: ScalarText, lines: [Range<Int>], softBreak: Unicode.Scalar = "\n", footnotes: inout MarkdownFootnotes,
                       into out: inout ScalarText.Builder) {
        // Most paragraphs have no markup: copied code for code.
        if !lines.contains(where: { line in line.contains { isSpecial(input[$0]) } }) {
            for (index, line) in lines.enumerated() {
                if index > 0 { out.append(softBreak) }
                out.append(contentsOf: input, line)
            }
            return
        }
        var local: [Unicode.Scalar] = []
        local.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
        for (index, line) in lines.enumerated() {
            if index > 0 { local.append("\n") }
            for offset in line { local.append(input[offset]) }
        }
        var renderer = Renderer(local, footnotes: footnotes)
        renderer.run()
        renderer.emit(softBreak: softBreak, into: &out)
        footnotes = renderer.footnotes
    }

    /// A scalar that may start markup; a line without any is shown as it is.
    @inline(__always)
    static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\\", "`", "*", "_", "[", "<", "&", "~": return true
        default: return false
        }
    }

    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (0x21...0x2F ~= scalar.value || 0x3A...0x40 ~= scalar.value || 0x5B...0x60 ~= scalar.value || 0x7B...0x7E ~= scalar.value)
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// CommonMark's punctuation: ASCII punctuation, Unicode's P and S categories.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIPunctuation(scalar) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Formatting tags dropped when written without attributes: they change how words look,
    /// never which words there are.
    static let droppedTags: Set<String> = [
        "b", "i", "em", "strong", "u", "s", "del", "ins", "mark", "small", "sup", "sub", "span", "cite", "abbr", "q", "code", "kbd",
        // A link's tags: its words stay (its address would say nothing in a pane).
        "a",
    ]

    /// Block tags written inside Markdown (a page's `<ol> <li>…</li>`, `<h1>…</h1>`, `<p>`):
    /// each is a break between the words around it, no text (a translator's copy of a
    /// declaration from GitHub showed every `<li>` as typed, in the panes and the exports).
    static let blockTags: Set<String> = [
        "p", "div", "li", "ol", "ul", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
        "header", "footer", "main", "aside", "nav", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "hr", "center",
        "figure", "figcaption", "details", "summary", "pre",
    ]

    /// Named entities read; any other `&name;` shows as typed.
    static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–", "mdash": "—",
        "hellip": "…", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "euro": "€", "copy": "©", "reg": "®", "deg": "°", "times": "×", "sect": "§", "middot": "·", "bull": "•",
    ]

    /// One paragraph's inline markup, read left to right into pieces, then written out.
    struct Renderer {
        enum Piece {
            case text(Range<Int>)
            case scalar(Unicode.Scalar)
            /// A code span's content: a line break in it reads as a space.
            case code(Range<Int>)
            /// A delimiter run: writes what is left of it once emphasis is matched.
            case delimiter(Int)
            case nothing
        }
        struct Delimiter {
            var scalar: Unicode.Scalar
            var count: Int
            let original: Int
            let canOpen: Bool
            let canClose: Bool
            var previous: Int
            var next: Int
        }
        struct Bracket {
            let piece: Int
            let isImage: Bool
            /// The delimiters before it: emphasis in a link's text is matched inside it.
            let delimiterBottom: Int
        }

        let s: [Unicode.Scalar]
        var pieces: [Piece] = []
        var delimiters: [Delimiter] = []
        /// The last delimiter still in the list, or -1.
        var top = -1
        var brackets: [Bracket] = []
        /// Link openers below this index are inactive: a link holds no link.
        var activeLinkOpeners = 0
        /// Scalars look-ahead may still read before giving up on links and autolinks.
        var budget: Int
        /// Backtick runs, start offsets by length, and how far each length's list was read.
        var backtickRuns: [Int: [Int]] = [:]
        var backtickCursor: [Int: Int] = [:]
        /// The document's footnote numbers, given to references as they come.
        var footnotes: MarkdownFootnotes

        init(_ scalars: [Unicode.Scalar], footnotes: MarkdownFootnotes) {
            s = scalars
            self.footnotes = footnotes
            budget = 8 * scalars.count + 4096
            var i = 0
            while i < s.count {
                if s[i] == "`" {
                    var j = i
                    while j < s.count && s[j] == "`" { j += 1 }
                    backtickRuns[j - i, default: []].append(i)
                    i = j
                } else {
                    i += 1
                }
            }
        }

        mutating func run() {
            var i = 0
            var textStart = 0
            func flush(_ end: Int, _ pieces: inout [Piece]) {
                if end > textStart { pieces.append(.text(textStart..<end)) }
            }
            while i < s.count {
                let c = s[i]
                switch c {
                case "\\":
                    if i + 1 < s.count, isASCIIPunctuation(s[i + 1]) {
                        flush(i, &pieces)
                        pieces.append(.scalar(s[i + 1]))
                        i += 2
                        textStart = i
                    } else if i + 1 < s.count, s[i + 1] == "\n" {
                        // A hard line break: the break stays, the backslash goes.
                        flush(i, &pieces)
                        textStart = i + 1
                        i += 1
                    } else {
                        i += 1
                    }
                case "`":
                    var j = i
                    while j < s.count && s[j] == "`" { j += 1 }
                    let length = j - i
                    if let close = closingBacktickRun(length: length, after: j) {
                        flush(i, &pieces)
                        pieces.append(.code(codeContent(j..<close)))
                        i = close + length
                        textStart = i
                    } else {
                        i = j
                    }
                case "*", "_", "~":
                    var j = i
                    while j < s.count && s[j] == c { j += 1 }
                    let before: Unicode.Scalar = i > 0 ? s[i - 1] : " "
                    let after: Unicode.Scalar = j < s.count ? s[j] : " "
                    let left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before))
                    let right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after))
                    var canOpen = left
                    var canClose = right
                    if c == "_" {
                        canOpen = left && (!right || isPunctuation(before))
                        canClose = right && (!left || isPunctuation(after))
                    }
                    // Strikethrough is `~~` alone; a single tilde is a sign ("~5%").
                    if (canOpen || canClose) && (c != "~" || j - i == 2) {
                        flush(i, &pieces)
                        pushDelimiter(c, count: j - i, canOpen: canOpen, canClose: canClose)
                        textStart = j
                    }
                    i = j
                case "[" where i + 1 < s.count && s[i + 1] == "^":
                    // A footnote reference: its number in superscript, after the word before it.
                    guard let (label, end) = MarkdownFootnotes.reference(in: s, at: i) else { fallthrough }
                    flush(i, &pieces)
                    for digit in MarkdownFootnotes.superscript(footnotes.number(for: label)) { pieces.append(.scalar(digit)) }
                    i = end
                    textStart = i
                case "!" where i + 1 < s.count && s[i + 1] == "[", "[":
                    // An image's "![" or a link's "[": text until a "]" and a tail close it.
                    let width = c == "!" ? 2 : 1
                    flush(i, &pieces)
                    pieces.append(.text(i..<i + width))
                    brackets.append(Bracket(piece: pieces.count - 1, isImage: c == "!", delimiterBottom: top))
                    i += width
                    textStart = i
                case "]":
                    guard let opener = brackets.popLast() else { i += 1; continue }
                    // A link opener past those a link before it deactivated (no link in a link).
                    let isActive = opener.isImage || brackets.count >= activeLinkOpeners
                    activeLinkOpeners = min(activeLinkOpeners, brackets.count)
                    guard isActive, let end = linkTail(after: i) else {
                        i += 1
                        continue
                    }
                    flush(i, &pieces)
                    processEmphasis(bottom: opener.delimiterBottom)
                    pieces[opener.piece] = .nothing
                    if !opener.isImage { activeLinkOpeners = brackets.count }
                    i = end
                    textStart = i
                case "<":
                    if let (end, shown) = angle(at: i) ?? tagWithAttributes(at: i) {
                        flush(i, &pieces)
                        if let shown { pieces.append(shown) }
                        i = end
                        textStart = i
                    } else {
                        i += 1
                    }
                case "&":
                    if let (end, scalar) = entity(at: i) {
                        flush(i, &pieces)
                        pieces.append(.scalar(scalar))
                        i = end
                        textStart = i
                    } else {
                        i += 1
                    }
                default:
                    i += 1
                }
            }
            flush(s.count, &pieces)
            processEmphasis(bottom: -1)
        }

        mutating func pushDelimiter(_ scalar: Unicode.Scalar, count: Int, canOpen: Bool, canClose: Bool) {
            pieces.append(.delimiter(delimiters.count))
            delimiters.append(Delimiter(scalar: scalar, count: count, original: count, canOpen: canOpen, canClose: canClose,
                                        previous: top, next: -1))
            if top >= 0 { delimiters[top].next = delimiters.count - 1 }
            top = delimiters.count - 1
        }

        mutating func unlink(_ index: Int) {
            let (previous, next) = (delimiters[index].previous, delimiters[index].next)
            if previous >= 0 { delimiters[previous].next = next }
            if next >= 0 { delimiters[next].previous = previous } else { top = previous }
        }

        /// CommonMark's "process emphasis" over the delimiters after `bottom`, which are then
        /// taken off the list: matched markers are used up, the others stay as text.
        mutating func processEmphasis(bottom: Int) {
            // The first delimiter after the bottom.
            var closer = top
            var first = -1
            while closer > bottom { first = closer; closer = delimiters[closer].previous }
            closer = first
            // Per kind of closer (character, whether it may open, length mod 3): no opener at
            // or below this one, found earlier.
            var openersBottom = [Int](repeating: bottom, count: 13)
            while closer >= 0 {
                let d = delimiters[closer]
                guard d.canClose else { closer = d.next; continue }
                let kind = d.scalar == "~" ? 12 : (d.scalar == "_" ? 6 : 0) + (d.canOpen ? 3 : 0) + d.original % 3
                var opener = d.previous
                var found = false
                while opener > max(bottom, openersBottom[kind]) {
                    let o = delimiters[opener]
                    if o.scalar == d.scalar && o.canOpen {
                        let oddMatch = (o.canClose || d.canOpen) && (o.original + d.original) % 3 == 0
                            && !(o.original % 3 == 0 && d.original % 3 == 0)
                        // (Only runs of two tildes are delimiters, and a match takes both.)
                        if !oddMatch { found = true; break }
                    }
                    opener = o.previous
                }
                if found {
                    let used = delimiters[opener].count >= 2 && delimiters[closer].count >= 2 ? 2 : 1
                    delimiters[opener].count -= used
                    delimiters[closer].count -= used
                    // What lies between is text now.
                    var between = delimiters[opener].next
                    while between != closer { let next = delimiters[between].next; unlink(between); between = next }
                    if delimiters[opener].count == 0 { unlink(opener) }
                    if delimiters[closer].count == 0 { let next = delimiters[closer].next; unlink(closer); closer = next }
                } else {
                    openersBottom[kind] = d.previous
                    let next = d.next
                    if !d.canOpen { unlink(closer) }
                    closer = next
                }
            }
            while top > bottom { unlink(top) }
        }

        /// The start of the next run of exactly `length` backticks at or after `offset`.
        mutating func closingBacktickRun(length: Int, after offset: Int) -> Int? {
            guard let runs = backtickRuns[length] else { return nil }
            var cursor = backtickCursor[length, default: 0]
            while cursor < runs.count && runs[cursor] < offset { cursor += 1 }
            backtickCursor[length] = cursor
            return cursor < runs.count ? runs[cursor] : nil
        }

        /// A code span's content without the one space that pads each side.
        func codeContent(_ range: Range<Int>) -> Range<Int> {
            let isSpace = { (c: Unicode.Scalar) in c == " " || c == "\n" }
            guard range.count >= 2, isSpace(s[range.lowerBound]), isSpace(s[range.upperBound - 1]),
                  !range.allSatisfy({ isSpace(s[$0]) }) else { return range }
            return range.lowerBound + 1..<range.upperBound - 1
        }

        /// What follows a link's text at `close` (its `]`): an inline destination and title
        /// `(url "title")`, or a reference `[label]` or `[]`. The offset after it, or nil.
        mutating func linkTail(after close: Int) -> Int? {
            var i = close + 1
            guard i < s.count, budget > 0 else { return nil }
            let limit = min(s.count, i + min(budget, 2048))
            defer { budget -= max(0, i - close) }
            if s[i] == "[" {
                i += 1
                while i < limit, s[i] != "]" {
                    if s[i] == "[" { return nil }
                    if s[i] == "\\" { i += 1 }
                    i += 1
                }
                guard i < limit, s[i] == "]" else { return nil }
                return i + 1
            }
            guard s[i] == "(" else { return nil }
            i += 1
            func skipSpaces() { while i < limit, s[i] == " " || s[i] == "\n" { i += 1 } }
            skipSpaces()
            guard i < limit else { return nil }
            if s[i] == "<" {
                i += 1
                while i < limit, s[i] != ">" {
                    if s[i] == "<" || s[i] == "\n" { return nil }
                    if s[i] == "\\" { i += 1 }
                    i += 1
                }
                guard i < limit else { return nil }
                i += 1
            } else {
                var depth = 0
                while i < limit, s[i] != " ", s[i] != "\n" {
                    if s[i] == "\\" { i += 2; continue }
                    if s[i] == "(" { depth += 1 }
                    if s[i] == ")" { if depth == 0 { break }; depth -= 1 }
                    i += 1
                }
                guard depth == 0 else { return nil }
            }
            skipSpaces()
            guard i < limit else { return nil }
            if s[i] == "\"" || s[i] == "'" || s[i] == "(" {
                let closing: Unicode.Scalar = s[i] == "(" ? ")" : s[i]
                i += 1
                while i < limit, s[i] != closing {
                    if s[i] == "\\" { i += 1 }
                    i += 1
                }
                guard i < limit else { return nil }
                i += 1
                skipSpaces()
            }
            guard i < limit, s[i] == ")" else { return nil }
            return i + 1
        }

        /// `<…>` at `open`: an autolink (its address shown), a formatting tag (dropped), a
        /// `<br>` (a line break). The offset after it and what it shows, or nil for text.
        mutating func angle(at open: Int) -> (Int, Piece?)? {
            guard budget > 0 else { return nil }
            // An HTML comment, `<!-- … -->`, is the writer's note to themselves: no renderer
            // shows it, and a journalist's "<!-- internal: check figures with finance -->"
            // went into the brief they shared. (Unclosed, it is text.)
            if open + 3 < s.count, s[open + 1] == "!", s[open + 2] == "-", s[open + 3] == "-" {
                var j = open + 4
                let end = min(s.count, open + 65_536)
                while j + 2 < end, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                budget -= j - open
                return j + 2 < end ? (j + 3, nil) : nil
            }
            var i = open + 1
            let limit = min(s.count, i + 2048)
            while i < limit, s[i] != ">", s[i] != "<", s[i] != " ", s[i] != "\n" { i += 1 }
            budget -= i - open
            guard i < limit, s[i] == ">", i > open + 1 else { return nil }
            let inside = s[(open + 1)..<i]
            // A scheme (2–32 letters, digits, "+", ".", "-"), a colon: an absolute URI.
            if let colon = inside.firstIndex(of: ":"), (2...32).contains(colon - inside.startIndex),
               inside.first!.properties.isAlphabetic && inside.first!.isASCII,
               inside[..<colon].allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "+.-".unicodeScalars.contains($0)) }) {
                return (i + 1, .text((open + 1)..<i))
            }
            if let at = inside.firstIndex(of: "@"), at > inside.startIndex, inside[(at + 1)...].contains("."),
               !inside.contains(where: { $0 == "\\" }) {
                return (i + 1, .text((open + 1)..<i))
            }
            var name = String(String.UnicodeScalarView(inside))
            if name.hasPrefix("/") { name.removeFirst() }
            if name.hasSuffix("/") { name.removeLast() }
            name = name.lowercased()
            if name == "br" || MarkdownInline.blockTags.contains(name) { return (i + 1, .scalar("\n")) }
            return MarkdownInline.droppedTags.contains(name) ? (i + 1, nil) : nil
        }

        /// A tag with attributes at `open` (`<ol start="3">`, `<a href="…">`, `<p class="x">`)
        /// whose name is a formatting or block tag, or a link's: the offset after it and what
        /// it shows (a block tag, a break; any other, nothing), or nil for text. Quoted values
        /// may hold ">"; a tag ends within a line.
        mutating func tagWithAttributes(at open: Int) -> (Int, Piece?)? {
            guard budget > 0, open + 2 < s.count else { return nil }
            var i = open + 1
            let closing = s[i] == "/"
            if closing { i += 1 }
            let nameStart = i
            while i < s.count, i - open < 32, s[i].isASCII, s[i].properties.isAlphabetic || s[i].properties.numericType != nil { i += 1 }
            guard i > nameStart, i < s.count, s[i] == " " else { return nil }
            let name = String(String.UnicodeScalarView(s[nameStart..<i])).lowercased()
            let isBlock = MarkdownInline.blockTags.contains(name)
            guard isBlock || MarkdownInline.droppedTags.contains(name) else { return nil }
            let limit = min(s.count, open + 1024)
            var quote: Unicode.Scalar?
            while i < limit, s[i] != "\n" {
                if let open = quote {
                    if s[i] == open { quote = nil }
                } else if s[i] == "\"" || s[i] == "'" {
                    quote = s[i]
                } else if s[i] == ">" {
                    break
                } else if s[i] == "<" {
                    return nil
                }
                i += 1
            }
            budget -= i - open
            guard i < limit, s[i] == ">" else { return nil }
            return (i + 1, isBlock ? .scalar("\n") : nil)
        }

        /// `&name;`, `&#233;` or `&#xE9;` at `amp`: the offset after it and its character;
        /// a numeric reference to a control shows as `Sanitiser`'s placeholder.
        func entity(at amp: Int) -> (Int, Unicode.Scalar)? {
            var i = amp + 1
            let limit = min(s.count, amp + 34)
            while i < limit, s[i] != ";", s[i].isASCII, s[i].properties.isAlphabetic || s[i].properties.numericType != nil || s[i] == "#" { i += 1 }
            guard i < limit, s[i] == ";", i > amp + 1 else { return nil }
            let body = String(String.UnicodeScalarView(s[(amp + 1)..<i]))
            if body.hasPrefix("#") {
                let digits = body.dropFirst()
                let value: UInt32?
                if digits.first == "x" || digits.first == "X" {
                    value = digits.count >= 2 && digits.count <= 7 ? UInt32(digits.dropFirst(), radix: 16) : nil
                } else {
                    value = !digits.isEmpty && digits.count <= 7 ? UInt32(digits) : nil
                }
                guard let value else { return nil }
                let scalar = value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}"
                if scalar == "\t" || scalar == "\n" || scalar == "\r" { return (i + 1, " ") }
                return (i + 1, Sanitiser.placeholder(for: scalar) ?? scalar)
            }
            return MarkdownInline.entities[body].map { (i + 1, $0) }
        }

        func emit(softBreak: Unicode.Scalar, into out: inout ScalarText.Builder) {
            for piece in pieces {
                switch piece {
                case .text(let range):
                    for i in range { out.append(s[i] == "\n" ? softBreak : s[i]) }
                case .scalar(let scalar):
                    out.append(scalar == "\n" ? softBreak : scalar)
                case .code(let range):
                    for i in range { out.append(s[i] == "\n" ? " " : s[i]) }
                case .delimiter(let index):
                    let d = delimiters[index]
                    for _ in 0..<d.count { out.append(d.scalar) }
                case .nothing:
                    break
                }
            }
        }
    }
}
