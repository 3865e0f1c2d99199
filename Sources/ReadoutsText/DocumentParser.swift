import Foundation
/// Splits sanitised text into blocks: optional front matter (`label:`, `source:`, `date:`
/// between `---` lines), `#` headings, and paragraphs separated by blank lines; a Markdown
/// file's blocks and inline markup as `MarkdownBlocks` and `MarkdownInline` read them.
public struct DocumentParser {
    /// Paragraphs longer than this many scalars are cut into chunks, so that wrapping and
    /// drawing stay proportional to the viewport even for a file with no line break.
    public static let maxChunk = 4096

    public struct Parsed {
        /// The document's text.
        public var text: ScalarText
        public var blocks: [Block]
        public var metadata: [String: String]
        public var firstHeading: String?
    }

    /// `markdown`: single line breaks inside a paragraph are soft (shown as spaces), and the
    /// markup is read (`MarkdownBlocks`): the text is what a reader of the rendered file sees.
    public static func parse(_ sanitised: String, markdown: Bool) -> Parsed {
        parse(ScalarText(sanitised), markdown: markdown)
    }

    /// The same on sanitised text (what `DocumentLoader` has), in one pass over its lines.
    /// Lines are visited, not listed: a file of a million short lines costs no line table.
    public static func parse(_ input: ScalarText, markdown: Bool) -> Parsed {
        var metadata: [String: String] = [:]
        var bodyStart = 0
        if let frontMatterEnd = frontMatter(input, firstLines(input, limit: frontMatterLines + 2), into: &metadata) {
            bodyStart = frontMatterEnd
        }

        var output = Output(out: ScalarText.Builder(alphabetOf: input, capacity: input.count - bodyStart))
        var markdownBlocks = markdown ? MarkdownBlocks(input: input) : nil
        var paragraphStart: Int?
        var paragraphLines = 0
        var hardWrap = HardWrap()

        func endParagraph() {
            guard let begin = paragraphStart else { return }
            output.closeParagraph(from: begin, lines: paragraphLines, mayBeTitle: true, mayBeProvision: true,
                                  keepsLineBreaks: !hardWrap.isProse)
            paragraphStart = nil
            hardWrap = HardWrap()
        }
        func visit(_ line: Range<Int>) {
            if markdownBlocks != nil {
                markdownBlocks!.visit(line, into: &output)
                return
            }
            let content = trimmed(input, line)
            if content.isEmpty {
                endParagraph()
                return
            }
            if let (level, title) = heading(input, content) {
                endParagraph()
                output.beginBlock()
                let begin = output.out.count
                output.out.append(contentsOf: input, title)
                output.closeHeading(from: begin, level: level)
                return
            }
            // A paragraph's first line keeps its indentation; the lines after it do not, as
            // the panes never showed it: a bill's centred "other purposes." read "and for
            // (29 spaces) other purposes." once its paragraph flowed, and quotes kept runs
            // of 13 spaces.
            let kept: Range<Int>
            if paragraphStart == nil {
                output.beginBlock()
                paragraphStart = output.out.count
                paragraphLines = 1
                kept = trimmedTrailing(input, line)
            } else {
                output.out.appendASCII(0x0A)
                paragraphLines += 1
                kept = content
            }
            hardWrap.add(input, kept)
            output.out.append(contentsOf: input, kept)
        }

        var lineStart = bodyStart
        input.offsets(of: "\n", in: bodyStart..<input.count) { newline in
            visit(lineStart..<newline)
            lineStart = newline + 1
            return true
        }
        if lineStart < input.count { visit(lineStart..<input.count) }
        endParagraph()
        markdownBlocks?.finish(into: &output)
        let text = output.out.build()
        var blocks = output.blocks
        if let titleCandidate = output.titleCandidate, blocks.count > 1, blocks[0].range == titleCandidate {
            blocks[0].kind = .heading(level: 1)
        }
        return Parsed(text: text, blocks: blocks, metadata: metadata, firstHeading: output.firstHeading)
    }

    /// Whether a plain-text paragraph is prose wrapped by hand at a fixed width (a Project
    /// Gutenberg text, an e-mail): its lines are then one flow, wrapped to the pane as
    /// Markdown's are, not kept (a journalist's Federalist Papers showed every 70-column line
    /// broken in two at 100 × 30: "not to be sanguine in / expecting an easy accommodation of
    /// such / differences."). Prose so wrapped has two lines or more; every line but the last
    /// is 40 to 100 scalars long and at least two thirds of the longest; most of them end
    /// within a sentence (a letter, a comma, a hyphen); and none opens as a list item does.
    /// A readout written a sentence a line, a poem, an address or a list keeps its lines.
    struct HardWrap {
        /// Each line's length and whether it ends within a sentence.
        private var lines: [(length: Int, endsWithin: Bool)] = []
        private var hasListItem = false

        mutating func add(_ input: ScalarText, _ line: Range<Int>) {
            let content = DocumentParser.trimmed(input, line)
            let last = content.last.map { input[$0] }
            lines.append((content.count, last.map { $0.properties.isAlphabetic || $0 == "," || $0 == "-" } ?? false))
            // A bullet, or a number ("3.", "12)") followed by a space: "2.5 per cent" is no item.
            var digits = content.lowerBound
            while digits < content.upperBound, ("0"..."9").contains(input[digits]) { digits += 1 }
            let numbered = digits > content.lowerBound && digits + 1 < content.upperBound
                && ".)".unicodeScalars.contains(input[digits]) && input[digits + 1] == " "
            if let first = content.first.map({ input[$0] }), "-*•–".unicodeScalars.contains(first) || numbered {
                hasListItem = true
            }
        }

        var isProse: Bool {
            // The last line's end is the paragraph's own: the wrapped lines alone count.
            let wrapped = lines.dropLast()
            guard !wrapped.isEmpty, !hasListItem,
                  let longest = wrapped.map(\.length).max(), let shortest = wrapped.map(\.length).min(),
                  shortest >= 40, longest <= 100, 3 * shortest >= 2 * longest else { return false }
            return 2 * wrapped.filter(\.endsWithin).count > wrapped.count
        }
    }

    /// The text being built and its blocks, as the plain-text reading and the Markdown one
    /// (`MarkdownBlocks`) write them.
    struct Output {
        var out: ScalarText.Builder
        var blocks: [Block] = []
        var firstHeading: String?
        /// The body's first line when it stands alone and reads as a title (`isTitleLine`):
        /// a heading once another block follows it.
        var titleCandidate: Range<Int>?

        /// Separates the next block from the text before it: a blank line, or one line
        /// break before a tight block (a list's next item, a table's next row).
        mutating func beginBlock(tight: Bool = false) {
            if out.count > 0 {
                out.appendASCII(0x0A)
                if !tight { out.appendASCII(0x0A) }
            }
        }

        func string(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(range.map { out[$0] }))
        }

        /// The heading written from `begin` to the end of the text.
        mutating func closeHeading(from begin: Int, level: Int) {
            blocks.append(Block(kind: .heading(level: level), range: begin..<out.count))
            if firstHeading == nil { firstHeading = string(begin..<out.count) }
        }

        /// The paragraph of `lines` lines written from `begin` to the end of the text: a
        /// title (the body's first line, `mayBeTitle`), a provision's heading
        /// (`mayBeProvision`), or a paragraph, in chunks.
        mutating func closeParagraph(from begin: Int, lines: Int, mayBeTitle: Bool, mayBeProvision: Bool, keepsLineBreaks: Bool, tight: Bool = false) {
            // A title is short: a long first line (a whole file without line breaks) is not
            // copied out to be read.
            let short = lines == 1 && out.count - begin <= DocumentParser.titleLimit
            if mayBeTitle, blocks.isEmpty, short, DocumentParser.isTitleLine(string(begin..<out.count)) {
                titleCandidate = begin..<out.count
            }
            if mayBeProvision, short, DocumentParser.isProvisionHeading(string(begin..<out.count)) {
                blocks.append(Block(kind: .heading(level: 2), range: begin..<out.count))
            } else if mayBeProvision, !blocks.isEmpty, lines == 1, out.count - begin <= DocumentParser.subheadingLimit,
                      DocumentParser.isSubheading(string(begin..<out.count)) {
                blocks.append(Block(kind: .heading(level: 3), range: begin..<out.count))
            } else {
                DocumentParser.appendChunked(begin..<out.count, into: &blocks, text: out, keepsLineBreaks: keepsLineBreaks, tight: tight)
            }
        }
    }

    /// A pasted readout's title, in a plain-text file or a Markdown one (whose writers, a
    /// front matter above it, type the title as a line of its own as often as after `#`):
    /// one line of at most
    /// 20 words that does not end as a sentence or a lead-in does (".", "!", "?", "…", ":",
    /// ";", a closing quote or bracket), does not open as a list item or emphasis does, and
    /// names a call or a meeting ("Readout of President Biden's Call with President Putin
    /// of Russia", "Entretien téléphonique du Président de la République avec…",
    /// "Телефонный разговор с…", "Prime Minister Trudeau speaks with…", "Bundeskanzler Scholz
    /// telefoniert mit…", "Declaración conjunta…") or ends with a date
    /// ("…: 14 September 2025"). Taken for a sentence, it was where the engine looked for who
    /// spoke with whom.
    static func isTitleLine(_ line: String) -> Bool {
        if let title = isEastAsianTitleLine(line) { return title }
        let words = line.split(whereSeparator: \.isWhitespace)
        // A title in capitals ("MUNICIPAL HOUSING AND TENANCY BILL — Draft A (introduced 3
        // March 2025)"), as bills and reports set theirs: three words of capitals first.
        let capitals = words.prefix(3).filter { word in word.contains(where: \.isLetter) && word.allSatisfy { !$0.isLetter || $0.isUppercase } }
        if words.count <= 20, capitals.count == 3, let end = line.unicodeScalars.last, !".!?…:;".unicodeScalars.contains(end) { return true }
        guard let first = words.first, let last = words.last, words.count <= 20, line.contains(where: \.isLetter),
            let end = last.unicodeScalars.last, !".!?…:;»”\"')]".unicodeScalars.contains(end),
            let start = first.unicodeScalars.first, !"-*•+_#>–—".unicodeScalars.contains(start),
            !(first.dropLast().allSatisfy(\.isNumber) && [".", ")"].contains(first.last.map(String.init) ?? ""))
        else { return false }
        // Lowercased, without the punctuation around ("Call," "(Reuters)").
        let lowered = words.map { word in
            String(word.lowercased().drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
        }
        if lowered.contains(where: titleWords.contains) || namesAnEventInRussian(lowered) { return true }
        // Ends with a date: a year, or a day and its month.
        let tail = lowered.suffix(2)
        return tail.last.map { $0.count == 4 && $0.allSatisfy(\.isNumber) } == true
            || tail.contains { MonthNames.all.contains($0) }
    }

    /// For a line mostly of Han, kana or Hangul (`EastAsianScript`), whether it is a title, as
    /// `isTitleLine` says of others: a line written without spaces is one "word", and the
    /// words that name a meeting are inside it ("日英首脳会談", the Japan–UK summit meeting;
    /// "中美元首通话"; "한일 정상회담"). At most 40 scalars, not ending as a sentence or a
    /// quotation does ("。", "！", "」"), and naming a meeting, a call or a statement. Nil for
    /// any other line. Japan's readout's title was a passage linked by meaning to the
    /// English version's first sentence.
    static func isEastAsianTitleLine(_ line: String) -> Bool? {
        var eastAsian = 0, letters = 0
        for scalar in line.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if EastAsianScript.contains(scalar.value) { eastAsian += 1 }
        }
        guard eastAsian > 0, eastAsian * 2 >= letters else { return nil }
        guard line.unicodeScalars.count <= 40, let end = line.unicodeScalars.last,
              !"。．！？：；」』）】!?.:;…".unicodeScalars.contains(end) else { return false }
        return eastAsianTitleWords.contains { line.contains($0) }
    }

    /// Words a Japanese, Chinese or Korean title names its event by: talks, a summit, a
    /// meeting, a call, a visit, a statement.
    static let eastAsianTitleWords: [String] = [
        "会談", "会議", "会合", "会見", "電話", "声明", "訪問", "協議", "首脳", "談話",
        "会谈", "會談", "会晤", "會晤", "通话", "通話", "会见", "會見", "峰会", "峰會", "会议", "會議", "电话", "访问", "訪問",
        "회담", "통화", "회의", "성명", "정상", "면담", "방문",
    ]

    /// A line of its own that heads a provision of a bill, a treaty or a statute: "Article 9.
    /// Rent increases", "Section 4 — Definitions", "Chapter II", "§ 5", "Статья 12. Ремонт":
    /// a word of `provisionWords`, a number (or a roman one), at most twelve words, and no
    /// sentence's end unless it is that alone ("Article 12."). Read as a sentence, every
    /// heading after a deleted article was a change ("Article 12. Repairs" / "Article 11.
    /// Repairs"), and an added article's heading linked to another's by "Article".
    static func isProvisionHeading(_ line: String) -> Bool {
        var words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        // "§5" is "§ 5".
        if let first = words.first, first.hasPrefix("§"), first.count > 1 { words = ["§", String(first.dropFirst())] + words.dropFirst() }
        guard words.count >= 2, words.count <= 12,
              provisionWords.contains(words[0].lowercased().trimmingCharacters(in: .punctuationCharacters)) || words[0] == "§"
        else { return false }
        let number = words[1].trimmingCharacters(in: .punctuationCharacters)
        let isNumber = number.first?.isNumber == true
            || (!number.isEmpty && number.count <= 6 && number.allSatisfy { "IVXLCDM".contains($0) })
        guard isNumber, let end = line.last else { return false }
        return words.count == 2 || !".;:,!?".contains(end)
    }

    /// The words that head a provision, in the languages the versions come in.
    static let provisionWords: Set<String> = [
        "article", "art", "section", "chapter", "part", "title", "schedule", "annex", "appendix", "clause", "rule", "paragraph",
        "chapitre", "titre", "annexe", "partie", "paragraphe",
        "статья", "глава", "раздел", "часть", "приложение", "пункт",
    ]

    /// A web page's subheading pasted as a line of its own between paragraphs ("Prioritäten
    /// setzen", "Unterstützung für die Ukraine", "Next steps"): at most `subheadingWords`
    /// words, the first a capitalised word, and a letter last: no sentence's or lead-in's end
    /// (".", "!", "?", "…", ":", a closing quote or bracket), nor a date's ("Paris, 14 March
    /// 2024", a dateline, `OpeningLineAside`'s). Read as sentences, a journalist's
    /// German release counted "Unterstützung für die Ukraine" as a third passage on Ukraine.
    /// Not a version's first line (a readout's title, `isTitleLine`, or its first sentence).
    /// Nor a line whose last word is a function word ("Der Anspruch nach § 1 besteht wegen",
    /// a law's lead-in to the list that follows: read as a heading, its change to "§ 2" was
    /// never reported, and later passages were cited under it).
    static func isSubheading(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard let first = words.first?.first, first.isLetter, first.isUppercase, words.count <= subheadingWords,
              let end = line.last, end.isLetter, let written = words.last else { return false }
        // A word in capitals is an acronym, not a function word: "Beziehungen zur EU" (French "eu").
        let isAcronym = written.count > 1 && written.allSatisfy { !$0.isLetter || $0.isUppercase }
        return words.count == 1 || isAcronym || !endingFunctionWords.contains(written.lowercased())
    }

    /// The function words of the languages readouts come in, which end a lead-in, not a heading.
    /// Prepositions and announcers the stopword lists leave out close the set ("wegen",
    /// "gemäß", "including", "notamment").
    static let endingFunctionWords: Set<String> = [Language.english, .french, .german, .russian, .spanish]
        .reduce(into: Set<String>()) { $0.formUnion(Stopwords.words(for: $1)) }
        .union(["wegen", "nach", "gemäß", "aufgrund", "infolge", "bezüglich", "hinsichtlich", "insbesondere", "namentlich",
                "including", "namely", "following", "notamment", "suivants", "suivantes", "включая"])

    static let subheadingWords = 8
    /// The longest line read as a subheading, in scalars.
    static let subheadingLimit = 80

    /// The longest line read as a title, in scalars (20 words of ten letters).
    static let titleLimit = 220

    /// Words a readout's title names its event by, in the languages the readouts come in.
    static let titleWords: Set<String> = [
        "readout", "call", "phone", "telephone", "conversation", "talk", "talks", "meeting", "meets", "speaks", "summit",
        "statement", "communiqué", "communique", "release", "declaration", "remarks",
        "entretien", "entretiens", "appel", "téléphonique", "échange", "rencontre", "sommet", "réunion", "déclaration", "presse",
        // "декларация": the official Russian text of the Universal Declaration opens with its
        // title as the English does, and a translator read it as a passage the English lacks.
        "разговор", "телефонный", "телефонного", "беседа", "встреча", "переговоры", "саммит", "заявление", "декларация", "коммюнике",
        "telefonat", "telefoniert", "telefonierte", "gespräch", "treffen", "trifft", "gipfel", "erklärung",
        "pressemitteilung", "mitteilung", "unterredung",
        "llamada", "conversación", "reunión", "cumbre", "declaración", "comunicado",
        "telefonata", "colloquio", "incontro", "vertice", "dichiarazione", "comunicato",
    ]

    /// Whether lower-case `words` hold a Russian word of `titleWords` in any of its cases:
    /// Russian declines them, and RIA Novosti's title "Ушаков: Путин поблагодарил Трампа за
    /// достигнутый на саммите на Аляске прогресс" ("саммите", the prepositional case) was
    /// read as the text's first sentence, and "linked to nothing". Words are compared by
    /// their Snowball stems ("саммите" → "саммит", "встрече" → "встреч").
    static func namesAnEventInRussian(_ words: [String]) -> Bool {
        let cyrillic = words.filter { $0.unicodeScalars.contains(where: CyrillicScript.contains) }
        guard !cyrillic.isEmpty, let stemmer = Stemmer(language: .russian) else { return false }
        return cyrillic.contains { russianTitleStems.contains(stemmer.stem($0)) }
    }

    /// The stems of the Russian words of `titleWords`.
    static let russianTitleStems: Set<String> = {
        guard let stemmer = Stemmer(language: .russian) else { return [] }
        return Set(titleWords.filter { $0.unicodeScalars.contains(where: CyrillicScript.contains) }.map(stemmer.stem))
    }()

    /// The first `limit` lines (as ranges, without their line break).
    static func firstLines(_ input: ScalarText, limit: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        input.offsets(of: "\n", in: 0..<input.count) { newline in
            lines.append(start..<newline)
            start = newline + 1
            return lines.count < limit
        }
        if lines.count < limit, start < input.count { lines.append(start..<input.count) }
        return lines
    }

    /// Cuts a paragraph into chunks of at most `maxChunk` scalars, preferring line breaks,
    /// then spaces, and never separating a combining mark from its base.
    static func appendChunked(_ range: Range<Int>, into blocks: inout [Block], text: ScalarText.Builder, keepsLineBreaks: Bool, tight: Bool = false) {
        var begin = range.lowerBound
        var first = true
        while begin < range.upperBound {
            var end = min(begin + maxChunk, range.upperBound)
            if end < range.upperBound {
                // One backward pass finds the last line break, and the last space on the way.
                var newline: Int?
                var space: Int?
                for index in (begin + maxChunk / 2..<end).reversed() {
                    let scalar = text[index]
                    if scalar == "\n" { newline = index; break }
                    if space == nil && scalar == " " { space = index }
                }
                if let newline {
                    end = newline + 1
                } else if let space {
                    end = space + 1
                } else {
                    end = clusterBoundary(atOrBefore: end, after: begin, in: text)
                }
            }
            blocks.append(Block(kind: .paragraph, range: begin..<end, continuesPrevious: !first, keepsLineBreaks: keepsLineBreaks,
                                tight: first && tight && !blocks.isEmpty))
            first = false
            begin = end
        }
    }

    /// The last grapheme-cluster boundary at or before `offset` and after `chunkStart`, as
    /// `Character` finds it reading from `chunkStart` (itself a boundary, so flags pair
    /// up as they should): a cut never separates a mark, an emoji modifier, a flag's two
    /// halves or Hangul jamo from their cluster. Only text without a space or line break
    /// for 2,048 scalars gets here, once per chunk. Most such text (CJK, Latin letters run
    /// together) has a certain break within a few scalars of `offset`: found by looking at
    /// those, not by reading the chunk as `Character`s, which made 10 MB without a space
    /// take seconds to open.
    static func clusterBoundary(atOrBefore offset: Int, after chunkStart: Int, in text: ScalarText.Builder) -> Int {
        var candidate = offset
        while candidate > max(chunkStart, offset - 64) {
            if CertainGraphemeBreak.between(text[candidate - 1], text[candidate]) { return candidate }
            candidate -= 1
        }
        var view = String.UnicodeScalarView()
        for index in chunkStart..<min(text.count, offset + 64) { view.append(text[index]) }
        var boundary = chunkStart
        var position = chunkStart
        for character in String(view) {
            position += character.unicodeScalars.count
            if position > offset { break }
            boundary = position
        }
        // One cluster longer than the chunk (thousands of marks) is cut where it must be.
        return boundary > chunkStart ? boundary : offset
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\u{2007}" || scalar == "\u{3000}"
            || scalar == "\u{FEFF}" || scalar == "\u{240D}"  // a stray carriage return's placeholder
    }

    static func trimmed(_ input: ScalarText, _ line: Range<Int>) -> Range<Int> {
        var low = line.lowerBound
        var high = line.upperBound
        while low < high && isBlank(input[low]) { low += 1 }
        while high > low && isBlank(input[high - 1]) { high -= 1 }
        return low..<high
    }

    static func trimmedTrailing(_ input: ScalarText, _ line: Range<Int>) -> Range<Int> {
        var high = line.upperBound
        while high > line.lowerBound && input[high - 1] == " " { high -= 1 }
        return line.lowerBound..<high
    }

    /// An ATX heading: 1–6 `#`, a space, the title (closing `#`s dropped).
    static func heading(_ input: ScalarText, _ line: Range<Int>) -> (Int, Range<Int>)? {
        var index = line.lowerBound
        while index < line.upperBound && input[index] == "#" { index += 1 }
        let level = index - line.lowerBound
        guard (1...6).contains(level), index < line.upperBound, input[index] == " " else { return nil }
        var end = line.upperBound
        while end > index && input[end - 1] == "#" { end -= 1 }
        let title = trimmed(input, index..<end)
        return title.isEmpty ? nil : (level, title)
    }

    /// The offset where the body starts, when the text opens with front matter: YAML's
    /// (a site generator's `title:`, `layout:`, `redirect_from:` and its list), of which the
    /// top-level `key: value` lines are read and the rest (indented lines, list items,
    /// comments) passed over. A legislative analyst's Jekyll and law files showed their
    /// front matter as text, and compared it as a change.
    static func frontMatter(_ input: ScalarText, _ lines: [Range<Int>], into metadata: inout [String: String]) -> Int? {
        // Compare in place: converting the first line to a String cost a second on a 10 MB
        // file without newline.
        guard let first = lines.first, input[first].elementsEqual("---".unicodeScalars) else { return nil }
        var found: [String: String] = [:]
        for line in lines.dropFirst().prefix(frontMatterLines) {
            guard line.count <= 1000 else { return nil }  // front matter lines are short
            let text = input.string(line)
            if text == "---" {
                // A rule, a heading and a list between two rules is text, not front matter.
                guard !found.isEmpty else { return nil }
                metadata = found
                return min(line.upperBound + 1, input.count)
            }
            // Nested values, list items, comments and blank lines belong to YAML, not to
            // Readouts: passed over once a key has been read (before one, they are text).
            if !found.isEmpty, text.trimmingSpaces().isEmpty || text.first == " " || text.first == "\t" || text.hasPrefix("- ")
                || text == "-" || text.hasPrefix("#") { continue }
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let key = text[..<colon].trimmingSpaces().lowercased()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
            found[key] = Self.unquoted(String(text[text.index(after: colon)...]).trimmingSpaces())
        }
        return nil
    }

    /// The most lines front matter may hold before its closing `---`.
    static let frontMatterLines = 100

    /// A YAML scalar without the quotes around it ('Privacy' or "Privacy").
    static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "'" || first == "\"" else { return value }
        return String(value.dropFirst().dropLast())
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
