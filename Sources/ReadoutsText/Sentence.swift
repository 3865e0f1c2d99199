import CICU

/// One sentence of a document: the unit the topic engine links. Headings are sentences of
/// their own, so a heading never links as part of the paragraph below it.
///
/// Stored in 32-bit fields (20 bytes instead of 40; offsets stay below the 1 GiB input
/// limit): at 2 × 10 MB the engine and the analysis hold 200,000 of them.
public struct Sentence: Sendable, Equatable, Hashable {
    private var storedIndex: Int32
    private var start: Int32
    private var end: Int32
    private var storedBlock: Int32
    public var isHeading: Bool

    /// Position in the document's sentence list (0-based, in reading order).
    public var index: Int {
        get { Int(storedIndex) }
        set { storedIndex = Int32(newValue) }
    }
    /// Unicode-scalar offsets into `Document.text`, without surrounding white space.
    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set { (start, end) = (Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
    }
    public var block: Int {
        get { Int(storedBlock) }
        set { storedBlock = Int32(newValue) }
    }

    public init(index: Int, range: Range<Int>, block: Int, isHeading: Bool) {
        storedIndex = Int32(index)
        start = Int32(range.lowerBound)
        end = Int32(range.upperBound)
        storedBlock = Int32(block)
        self.isHeading = isHeading
    }
}

/// Splits blocks into sentences with ICU's sentence break iterator. The locale's
/// `ss=standard` suppressions keep "M. Poutine" and "Mr. Smith" whole, a short list of
/// abbreviations ICU does not know ("déc.", "janv.", "H.E.", "Дж.", …) is merged back, as
/// are a person's initials ("President Joseph R. Biden, Jr.", how every Biden White House
/// readout opens; "Mr. J. F. Dulles", "Э. А. Шеварднадзе": `endsWithInitial`), an acronym
/// before its title ("U.S. President": `endsWithAcronymBeforeItsNoun`), an agency's
/// credit ("(PTI)", "/ТАСС/."), a German ordinal ("vom 9. November":
/// `endsWithGermanOrdinal`), a question inside brackets the sentence goes on after ("(plus
/// de 1 500 ?) d’emplois": `breaksInsideBrackets`) and a list item's number ("1. At the
/// outset, …", as Japan's MOFA numbers its paragraphs); decimal numbers never split because
/// ICU does not break inside "3.5".
public enum SentenceSplitter {
    /// Lower-case abbreviations (without the period) after which a break is not a sentence end.
    static let abbreviations: Set<String> = [
        "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "dec", "m", "mm", "mme", "mmes", "mlle", "dr", "mr", "mrs",
        "ms", "st", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "prof", "no", "art", "vol",
        "p", "pp", "cf", "env", "av", "apr", "approx", "vs", "etc.", "г", "гг", "т", "им", "ул",
        "h.e", "s.e", "messrs", "dept", "corp", "govt", "capt", "supt", "univ", "assn", "blvd", "exec", "comm", "cont",
        "misc", "coll", "млрд", "проф",
        // Titles before a name: "Rev. Smith", "Adm. Mullen", "Дж. Шульц" (Джон, Джордж), "акад. Сахаров".
        "rev", "hon", "maj", "adm", "amb", "brig", "cmdr", "pres", "mgr", "дж", "акад", "тов", "св",
        // Spanish doubles an abbreviation's letters for a plural: "EE. UU." (Estados Unidos),
        // "FF. AA." (Fuerzas Armadas); "Excmo. Sr.": ICU's Spanish rules break after "EE.".
        "ee", "ff", "excmo", "excma",
        // A bill's section and its own number: "SEC. 2. REQUESTS BY CBO…", "[H.R. 7032
        // Received in Senate]", "H.Res. 24", "S.Res. 5".
        "sec", "h.r", "h.res", "s.res",
    ]

    public static func sentences(of document: Document, language: Language = .french) -> [Sentence] {
        var result: [Sentence] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            let range = block.range.clamped(to: 0..<document.scalars.count)
            let scalars = document.scalars.scalars(range)
            if block.isHeading {
                if let trimmed = trim(scalars[...]) {
                    let absolute = (trimmed.lowerBound + range.lowerBound)..<(trimmed.upperBound + range.lowerBound)
                    result.append(Sentence(index: result.count, range: absolute, block: blockIndex, isHeading: true))
                }
                continue
            }
            for sentence in split(scalars, base: range.lowerBound, language: language) {
                result.append(Sentence(index: result.count, range: sentence, block: blockIndex, isHeading: false))
            }
        }
        return result
    }

    /// Sentence ranges (absolute scalar offsets) of one block's scalars.
    static func split(_ local: [Unicode.Scalar], base: Int, language: Language) -> [Range<Int>] {
        let locale = language.sentenceLocale
        // UTF-16 for ICU, remembering the scalar offset of every UTF-16 unit.
        var units: [UInt16] = []
        var scalarOfUnit: [Int32] = []
        units.reserveCapacity(local.count + 8)
        scalarOfUnit.reserveCapacity(local.count + 8)
        for (offset, scalar) in local.enumerated() {
            // A single line break inside a paragraph is a soft wrap, not a sentence end.
            let s: Unicode.Scalar = (scalar == "\n" || scalar == "\r") ? " " : scalar
            if s.value < 0x10000 {
                units.append(UInt16(s.value))
                scalarOfUnit.append(Int32(offset))
            } else {
                let v = s.value - 0x10000
                units.append(UInt16(0xD800 + (v >> 10)))
                units.append(UInt16(0xDC00 + (v & 0x3FF)))
                scalarOfUnit.append(Int32(offset))
                scalarOfUnit.append(Int32(offset))
            }
        }
        scalarOfUnit.append(Int32(local.count))
        var breaks = [Int32](repeating: 0, count: units.count / 8 + 16)
        var count = units.withUnsafeBufferPointer { text in
            readouts_sentence_breaks(text.baseAddress, Int32(text.count), locale, &breaks, Int32(breaks.count))
        }
        if count > breaks.count {
            breaks = [Int32](repeating: 0, count: Int(count))
            count = units.withUnsafeBufferPointer { text in
                readouts_sentence_breaks(text.baseAddress, Int32(text.count), locale, &breaks, Int32(breaks.count))
            }
        }
        var ends: [Int] = count > 0 ? breaks[0..<Int(count)].map { Int(scalarOfUnit[Int($0)]) } : [local.count]
        if ends.last != local.count { ends.append(local.count) }
        let missed = missedEnds(local, language: language) + enumerationEnds(local)
        if !missed.isEmpty { ends = Array(Set(ends).union(missed)).sorted() }
        var ranges: [Range<Int>] = []
        var start = 0
        for end in ends where end > start {
            if var trimmed = trim(local[start..<end]) {
                // A closing guillemet or bracket after a space ("…sans voiture. »"), or a
                // footnote's mark ("…rubles.¹ Next year…"): ICU ends the sentence before it,
                // and "»" was a sentence of its own (or opened the next).
                // A footnote's number in brackets after the end, as plain text writes it
                // ("…exceed this proportion.[1] There seems…"): ICU cut after the "[", and
                // "1] There seems…" opened the next sentence.
                if let previous = ranges.last, local[previous.upperBound - 1] == "[",
                   let close = bracketedNumberEnd(local, trimmed) {
                    ranges[ranges.count - 1] = previous.lowerBound..<close
                    guard let rest = trim(local[close..<trimmed.upperBound]) else {
                        start = end
                        continue
                    }
                    trimmed = rest
                }
                // Marks with no letter nor digit after a sentence's end ("…négociations
                // directes. \"", a straight quote closing it): no sentence of their own (a
                // translator's J stopped at a quotation mark "only in" the French).
                if let previous = ranges.last,
                   !local[trimmed].contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
                    ranges[ranges.count - 1] = previous.lowerBound..<trimmed.upperBound
                    start = end
                    continue
                }
                if let previous = ranges.last, endsPrevious(local[trimmed.lowerBound]) {
                    var close = trimmed.lowerBound
                    while close < trimmed.upperBound, endsPrevious(local[close]) || isSpace(local[close]) && close + 1 < trimmed.upperBound
                        && endsPrevious(local[close + 1]) { close += 1 }
                    ranges[ranges.count - 1] = previous.lowerBound..<close
                    guard let rest = trim(local[close..<trimmed.upperBound]) else {
                        start = end
                        continue
                    }
                    trimmed = rest
                }
                if let previous = ranges.last,
                   endsWithAbbreviation(local, previous, language: language, before: trimmed.lowerBound) || isListMarker(local[previous]) || isSectionHeading(local[previous])
                    || endsWithInitial(local, previous, before: trimmed, language: language) || isCredit(local, trimmed)
                    || endsWithAcronymBeforeItsNoun(local, previous, before: trimmed, language: language)
                    || endsWithExcellency(local, previous, before: trimmed) || ranges.count == 1 && isCredit(local, previous)
                    || endsWithGermanOrdinal(local, previous, before: trimmed, language: language)
                    || endsWithTimeBeforeItsZone(local, previous, before: trimmed)
                    || closesQuotationOf(local, previous, trimmed) || isJoinedByAHyphen(local, previous, trimmed)
                    || breaksInsideBrackets(local, previous, trimmed) {
                    ranges[ranges.count - 1] = previous.lowerBound..<trimmed.upperBound
                } else {
                    ranges.append(trimmed)
                }
            }
            start = end
        }
        return ranges.flatMap { splitLong(local, $0) }.map { ($0.lowerBound + base)..<($0.upperBound + base) }
    }

    /// Sentence ends ICU's abbreviation filter hides, for two reasons: it matches the end of
    /// a longer word, so the French abbreviation of mercredi, "mer.", kept "avec Keir
    /// Starmer. Les deux dirigeants…" whole, as "mar." (mardi) does "du Myanmar. Les…"; and
    /// its English list holds acronyms written in capitals ("complementary to NATO. President
    /// Biden reaffirmed…" was one sentence). A period after a word of four letters or more, not in
    /// `abbreviations`, then a space and a capital, ends a sentence (the offset after the
    /// period's spaces); the merges that follow (initials, credits, list numbers) still apply.
    static func missedEnds(_ local: [Unicode.Scalar], language: Language = .undetermined) -> [Int] {
        var ends: [Int] = []
        for i in 4..<max(4, local.count - 2) where local[i] == "." && isSpace(local[i + 1]) && isLetter(local[i - 1]) {
            var next = i + 1
            while next < local.count, isSpace(local[next]) { next += 1 }
            guard next < local.count, local[next].properties.isUppercase else { continue }
            let start = wordStart(local, endingAt: i - 1, from: 0)
            let word = String(String.UnicodeScalarView(local[start..<i])).lowercased()
            guard i - start >= 4 || wordsNeverAbbreviated.contains(word), start == 0 || local[start - 1] != ".",
                  !endsWithAbbreviation(local, start..<(i + 1), language: language, before: next) else { continue }
            ends.append(next)
        }
        return ends
    }

    /// Words under four letters that ICU's English list takes for abbreviations but a bill
    /// ends its sentences with: "…for the purposes of this Act. Personal data shall…" was one
    /// sentence, and a drafts' change twice as long as it was.
    static let wordsNeverAbbreviated: Set<String> = ["act"]

    /// Units of more than `longUnit` words are cut after ";", ":" and "—", so one run-on
    /// sentence does not become a hub that links to everything.
    static let longUnit = 60

    /// Whether `next` closes a quotation `previous` opened and goes on with its attribution
    /// — “Europe cannot afford fatigue. Every week of hesitation is paid for in lives,” the
    /// Prime Minister said. / « La paix est possible. Nous y travaillons », a déclaré le
    /// président. — so the two are one sentence: a journalist's `y` copied half a quote with
    /// one quotation mark and no speaker. A quotation is open where “ or « outnumber ” or »,
    /// or straight quotes are odd; it goes on with its attribution where the closing mark
    /// comes after a comma or before a lower-case word (or a comma). At most 80 words in all.
    static func closesQuotationOf(_ local: [Unicode.Scalar], _ previous: Range<Int>, _ next: Range<Int>) -> Bool {
        var curly = 0, guillemets = 0, straight = 0
        for index in previous {
            switch local[index] {
            case "“": curly += 1
            case "”": curly -= 1
            case "«": guillemets += 1
            case "»": guillemets -= 1
            // A straight quote after a digit is an inch or a second (6.1"), no quotation.
            case "\"" where index == previous.lowerBound || local[index - 1].properties.numericType == nil: straight += 1
            default: break
            }
        }
        // The outer quotation: guillemets hold „…“ or “…” inside them (Russian, French).
        let closing: Set<Unicode.Scalar> = guillemets > 0 ? ["»"] : curly > 0 ? ["”"] : straight % 2 == 1 ? ["\""] : []
        guard !closing.isEmpty,
              local[previous.lowerBound..<next.upperBound].lazy.filter({ isSpace($0) || $0 == "\n" }).count < 80,
              let close = local[next].firstIndex(where: closing.contains) else { return false }
        if close > next.lowerBound, local[close - 1] == "," { return true }
        var after = close + 1
        while after < next.upperBound, isSpace(local[after]) { after += 1 }
        guard after < next.upperBound else { return false }
        return local[after] == "," || local[after].properties.isLowercase
    }

    /// Whether `next` goes on right after `previous` with a hyphen, no space between: "du
    /// R.\u{2011}U. au PTPGP" (Royaume-Uni, written with a non-breaking hyphen). ICU reads
    /// "-" after a period as going on, but not the hyphen (U+2010) nor the non-breaking hyphen
    /// (U+2011) French typography writes, and "‑U. au PTPGP." was a sentence of its own.
    static func isJoinedByAHyphen(_ local: [Unicode.Scalar], _ previous: Range<Int>, _ next: Range<Int>) -> Bool {
        previous.upperBound == next.lowerBound && Tokenizer.isHyphen(local[next.lowerBound])
    }

    /// A closing guillemet, quotation mark or bracket, or a footnote's mark: it ends the
    /// sentence before it.
    static func endsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "»" || scalar == "”" || scalar == "›" || scalar == ")" || scalar == "]" || isFootnoteMark(scalar)
    }

    /// A superscript digit: a footnote's mark ("rubles.¹", as `MarkdownFootnotes` shows a
    /// reference, or as a text pasted from a rendered page has it).
    static func isFootnoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xB9, 0xB2, 0xB3, 0x2070, 0x2074...0x2079: return true
        default: return false
        }
    }

    /// A space, a no-break space, or a line break (a soft wrap inside a paragraph, read as a space).
    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\n" || scalar == "\r"
    }

    /// `isAlphabetic` with the ASCII answer inline: the Unicode property lookup was three
    /// quarters of sentence splitting on long versions (profiled with readouts-bench).
    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    static func splitLong(_ local: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var words = 0
        var previousIsLetter = false
        for i in range {
            let isLetter = isLetter(local[i])
            if isLetter, !previousIsLetter { words += 1 }
            previousIsLetter = isLetter
        }
        guard words > longUnit else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where ";:—".unicodeScalars.contains(local[i]) {
            // Only a separator followed by a space, and never a piece of a handful of words,
            // before it or after it: "«…сотрудничество с МАГАТЭ», — сообщила пресс-служба." left
            // "сообщила пресс-служба." alone, and a journalist's `Y` quoted "…МАГАТЭ», —".
            guard i + 1 < range.upperBound, local[i + 1] == " ", i - start > 40, range.upperBound - i > 40 else { continue }
            pieces.append(start..<(i + 1))
            start = i + 1
            while start < range.upperBound, local[start] == " " { start += 1 }
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }

    /// True when the sentence `range` ends with a known abbreviation's period ("déc.",
    /// "H.E.": letters with periods inside count as one word), in German also one of
    /// `germanAbbreviations`.
    /// `next`: where the text after it starts (nil: unknown), which a German abbreviation
    /// that may also end a sentence (`germanAbbreviationsEndingSentences`) must not open.
    private static func endsWithAbbreviation(_ local: [Unicode.Scalar], _ range: Range<Int>, language: Language, before next: Int? = nil) -> Bool {
        let end = range.upperBound
        guard end >= 2, local[end - 1] == "." else { return false }
        var start = end - 1
        while start > range.lowerBound,
              isLetter(local[start - 1]) || (local[start - 1] == "." && start - 2 >= range.lowerBound && isLetter(local[start - 2])) {
            start -= 1
        }
        guard start < end - 1 else { return false }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: local[start..<(end - 1)])
        let lowered = String(word).lowercased()
        if abbreviations.contains(lowered) { return true }
        guard language == .german else { return false }
        if germanAbbreviations.contains(lowered) { return true }
        guard germanAbbreviationsEndingSentences.contains(lowered), let next, next < local.count else { return false }
        // "…z. B. die Anlagen", "e. V. prüft", "S. 3970", "i. V. m.": no sentence opens so;
        // "…Kleidung usw. Die Regierung…", "Plan B. Die…" do.
        let first = local[next]
        let isLetterAbbreviation = first.properties.isUppercase && next + 1 < local.count && local[next + 1] == "."
        return first.properties.isLowercase || first.properties.numericType != nil || first == "(" || isLetterAbbreviation
    }

    /// German abbreviations a sentence seldom ends with, which every German law and many
    /// German releases cite with: "(BGBl. I S. 3970)", "Art. 2 Abs. 63 G v. 22.12.2011",
    /// "Nr.", "e. V.", "z. B.", "i. V. m.". A legislative analyst's change report quoted
    /// "(BGBl." / "I S." / "3970, 4592 …" as three sentences, and one changed citation as
    /// two changes. Those that also end sentences are `germanAbbreviationsEndingSentences`.
    static let germanAbbreviations: Set<String> = [
        "bgbl", "gbl", "abs", "nr", "bzw", "ca", "ggf", "vgl", "sog", "bspw", "inkl", "zzgl", "evtl", "gem",
        "lit", "buchst", "ziff", "anl", "abschn", "kap", "bd", "hrsg", "jh", "tel", "dt", "mdb", "mdl",
        "drs", "az", "allg", "amtl", "einschl", "entspr", "geb", "gez",
    ]

    /// German abbreviations that may also end a sentence ("usw.", "Mio.", "Plan B."): they end
    /// none only before what no sentence opens with (`endsWithAbbreviation`).
    static let germanAbbreviationsEndingSentences: Set<String> = [
        "s", "v", "z", "b", "e", "u", "a", "i", "d", "h", "m", "usw", "ff", "mio", "mrd", "str", "br", "bt",
    ]

    /// The end of a footnote's number and its closing bracket at the start of `range`
    /// ("1]", up to three digits), if it starts so.
    static func bracketedNumberEnd(_ local: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var position = range.lowerBound
        while position < range.upperBound, position - range.lowerBound < 3, ("0"..."9").contains(local[position]) { position += 1 }
        guard position > range.lowerBound, position < range.upperBound, local[position] == "]" else { return nil }
        return position + 1
    }

    /// True when the sentence `range` ends with "a.m." or "p.m." and `next` opens with a
    /// time zone: "…the call ended at 5 p.m. Eastern time." was cut after "p.m.", and
    /// "Eastern time." was a sentence of its own. "…at 5 p.m. The President then…" ends there.
    static func endsWithTimeBeforeItsZone(_ local: [Unicode.Scalar], _ range: Range<Int>, before next: Range<Int>) -> Bool {
        guard range.count >= 4 else { return false }
        let ending = String(String.UnicodeScalarView(local[(range.upperBound - 4)..<range.upperBound])).lowercased()
        guard ending == "a.m." || ending == "p.m." else { return false }
        func word(from start: Int) -> (String, end: Int) {
            var end = start
            while end < next.upperBound, isLetter(local[end]) { end += 1 }
            return (String(String.UnicodeScalarView(local[start..<end])), end)
        }
        let (first, end) = word(from: next.lowerBound)
        if timeZoneAbbreviations.contains(first) { return true }
        // A name opens sentences too ("…at 10 a.m. Moscow rejected it."): with "time" after it only.
        guard timeZoneNames.contains(first), end < next.upperBound, isSpace(local[end]) else { return false }
        return ["time", "Time", "Standard", "Daylight"].contains(word(from: end + 1).0)
    }

    /// Time zones after "a.m." or "p.m.": abbreviations, alone ("5 p.m. GMT"), and names,
    /// followed by "time" ("5 p.m. Eastern time", "Moscow time", "Eastern Standard Time").
    static let timeZoneAbbreviations: Set<String> = [
        "GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "BST", "CET", "CEST",
        "MSK", "JST", "IST",
    ]
    static let timeZoneNames: Set<String> = [
        "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Alaska", "Hawaii", "Greenwich", "Moscow", "Kyiv", "Kiev",
        "Beijing", "Tokyo", "Paris", "London", "Brussels", "Berlin", "local",
    ]

    /// True when the sentence `range` ends inside "H. E." or "S. E." (His Excellency, Son
    /// Excellence, written with a space: "…held a telephone talk with H. E. Dr. Ursula von
    /// der Leyen", as Japan's MOFA writes it at times): "H." before "E.", or "H. E." before
    /// the name. ("H.E." without the space is an abbreviation of `abbreviations`.)
    static func endsWithExcellency(_ local: [Unicode.Scalar], _ range: Range<Int>, before next: Range<Int>) -> Bool {
        func endsWith(_ text: String) -> Bool {
            let suffix = Array(text.unicodeScalars)
            guard range.count >= suffix.count, Array(local[(range.upperBound - suffix.count)..<range.upperBound]) == suffix else { return false }
            let start = range.upperBound - suffix.count
            return start == range.lowerBound || isSpace(local[start - 1])
        }
        let nextStartsWithE = next.count >= 2 && local[next.lowerBound] == "E" && local[next.lowerBound + 1] == "."
        return (endsWith("H.") || endsWith("S.")) && nextStartsWithE || endsWith("H. E.") || endsWith("S. E.")
    }

    /// True when `marker` (a whole sentence as ICU cut it, or a sentence's first word) is
    /// nothing but a list item's number or letter: "1.", "12)", "(a)", "b)". It belongs to
    /// the sentence it numbers.
    static func isListMarker(_ marker: ArraySlice<Unicode.Scalar>) -> Bool {
        var body = marker
        guard body.count >= 2, body.count <= 5, let last = body.last, last == "." || last == ")" else { return false }
        body = body.dropLast()
        if last == ")", body.first == "(" { body = body.dropFirst() }
        guard !body.isEmpty else { return false }
        if body.allSatisfy({ $0.properties.numericType == .decimal }) { return body.count <= 3 }
        // A single lower-case letter: "a)", "(b)"; never "M." or "R.", which are names.
        return last == ")" && body.count == 1 && body.first!.properties.isLowercase
    }

    /// A section's label alone, or with a title of at most six words: "Section 3.", "Section 3.
    /// Registration.", "Article 12. Entrée en vigueur.". The sentence after it is the section's
    /// first: it joins them, so a passage holds what the section says.
    static func isSectionHeading(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = sentence.first, first == "§" || sectionInitials.contains(first) else { return false }
        let label = sectionLabelLength(sentence)
        guard label > 0 else { return false }
        let title = sentence.dropFirst(label)
        // One title at most: "Section 2. Fees." takes the next sentence; "Section 2. Fees.
        // Each host pays five dollars." is a passage and takes no more.
        return title.split(whereSeparator: { $0.properties.isWhitespace }).count <= 6
            && (title.isEmpty || title.last == "." || title.last == ":")
            && !title.dropLast().contains { $0 == "." || $0 == ":" || $0 == "!" || $0 == "?" }
    }

    /// The title of a section, as offsets from the sentence's start, when the sentence opens
    /// with a section's label and a title of at most six words before more text: "Section 3.
    /// Registration. No host may…" → "Registration"; "Article 12 : Entrée en vigueur. La
    /// loi…" → "Entrée en vigueur". A title names the section better than any phrase of its
    /// text: two drafts' sections are named by it (`TopicNamer`). Nil when there is none,
    /// or when what follows the label is one sentence ("Section 3. No host may offer…").
    public static func sectionTitle(_ sentence: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        guard let first = sentence.first, first == "§" || sectionInitials.contains(first) else { return nil }
        let label = sectionLabelLength(sentence)
        guard label > 0 else { return nil }
        let title = sentence.dropFirst(label)
        guard let letter = title.first, letter.properties.isUppercase,
              let end = title.firstIndex(where: { $0 == "." || $0 == ":" }) else { return nil }
        var trimmed = end
        while trimmed > title.startIndex, title[trimmed - 1].properties.isWhitespace { trimmed -= 1 }
        let words = title[..<trimmed].split(whereSeparator: { $0.properties.isWhitespace })
        let after = title[(end + 1)...].drop(while: { $0.properties.isWhitespace || $0 == "." || $0 == ":" })
        guard !words.isEmpty, words.count <= 6, let next = after.first,
              !title[..<trimmed].contains(where: { $0 == "!" || $0 == "?" || $0 == ";" || $0 == "," }) else { return nil }
        // A colon ends a title only before a new sentence ("Definitions: In this Act…"), not
        // a clause that goes on ("Every host must: keep a register…"); a full stop, not an
        // abbreviation's ("U.S. persons" is no title "U").
        if title[end] == ":", !next.properties.isUppercase { return nil }
        if let last = words.last, last.count == 1 { return nil }
        return (title.startIndex - sentence.startIndex)..<(trimmed - sentence.startIndex)
    }

    /// How many scalars a list item's number or a section's label (`sectionLabelLength`) and
    /// the spaces after it take at the start of a sentence ("1. At the outset…" → 3), or 0:
    /// the number is shown, never tokenised or embedded, so "1." weighs nothing in a link.
    public static func listNumberLength(_ sentence: ArraySlice<Unicode.Scalar>) -> Int {
        if let first = sentence.first, first == "§" || sectionInitials.contains(first) {
            let label = sectionLabelLength(sentence)
            if label > 0 { return label }
        }
        guard let first = sentence.first, mayStartListNumber(first),
              let space = sentence.prefix(6).firstIndex(where: \.properties.isWhitespace),
              isListMarker(sentence[..<space]) else { return 0 }
        var end = space
        while end < sentence.endIndex, sentence[end].properties.isWhitespace { end += 1 }
        return end - sentence.startIndex
    }

    /// Whether a sentence starting with `first` may start with a list item's number: a
    /// digit, "(" or a lower-case letter ("a)"), or a section's label ("Section 3.", "§ 4",
    /// "Статья 5."): a cheap first test, `listNumberLength` reads the words.
    public static func mayStartListNumber(_ first: Unicode.Scalar) -> Bool {
        first == "(" || first.properties.numericType == .decimal || first.properties.isLowercase
            || first == "§" || sectionInitials.contains(first)
    }

    /// The words that number a law's parts, lower-case, a final "." where abbreviated.
    static let sectionWords: Set<String> = [
        "section", "sec.", "article", "art.", "chapter", "part", "title", "clause", "schedule", "annex", "paragraph", "rule",
        "chapitre", "titre", "partie", "annexe", "paragraphe", "alinéa",
        "статья", "ст.", "глава", "раздел", "часть", "пункт", "приложение",
    ]
    static let sectionInitials: Set<Unicode.Scalar> = Set(sectionWords.flatMap { word in
        word.unicodeScalars.first.map { [$0, Unicode.Scalar(String($0).uppercased())!] } ?? []
    })

    /// How many scalars a section's label and the spaces after it take at the start of a
    /// sentence, or 0: a word of `sectionWords` (any case) or "§", then a number, a Roman
    /// numeral or "premier" / "first", ended by "." or ":" ("Section 3. ", "Article premier. ",
    /// "Chapter IV: ", "§ 12. ", "Статья 5. "). Like a list item's number, it is shown and
    /// never tokenised or embedded: two drafts' "Section 7." must not link what the sections
    /// say (a bill's tourist tax in one draft, its penalties in the other).
    public static func sectionLabelLength(_ sentence: ArraySlice<Unicode.Scalar>) -> Int {
        var position = sentence.startIndex
        func word() -> String {
            var text = ""
            while position < sentence.endIndex, !sentence[position].properties.isWhitespace, text.unicodeScalars.count < 12 {
                text.unicodeScalars.append(sentence[position])
                position += 1
            }
            return text
        }
        func spaces() { while position < sentence.endIndex, sentence[position].properties.isWhitespace { position += 1 } }
        var first = word().lowercased()
        if first.hasPrefix("§") {
            first.removeFirst(first.hasPrefix("§§") ? 2 : 1)
            if first.isEmpty { spaces(); first = word().lowercased() }
        } else {
            guard sectionWords.contains(first) else { return 0 }
            spaces()
            first = word().lowercased()
        }
        // Ended by "." or ":" ("Article 5 of the treaty…" is a sentence's subject, not a label).
        guard let end = first.last, end == "." || end == ":" else { return 0 }
        while let last = first.last, last == "." || last == ":" { first.removeLast() }
        let roman = isRomanNumeral(first)
        let number = first.first?.isNumber == true && first.dropFirst().allSatisfy { $0.isNumber || $0.isLetter && $0.isLowercase || $0 == "." }
        guard roman || number || first == "premier" || first == "first" || first == "1er" else { return 0 }
        guard position == sentence.endIndex || sentence[position].properties.isWhitespace else { return 0 }
        spaces()
        // A label is followed by a title or the section's text, which open with a capital
        // (or a digit, a quote): "Chapter 11: the firm filed." is a sentence about Chapter 11.
        if position < sentence.endIndex, sentence[position].properties.isLowercase { return 0 }
        return position - sentence.startIndex
    }

    /// A Roman numeral in lower case, written as one ("iv", "xii", "xlii"; not "ill", "civil").
    static func isRomanNumeral(_ word: String) -> Bool {
        guard !word.isEmpty, word.count <= 8 else { return false }
        var rest = Substring(word)
        for group in [["c", "cc", "ccc"], ["xc", "xl", "l", "lx", "lxx", "lxxx", "x", "xx", "xxx"], ["ix", "iv", "v", "vi", "vii", "viii", "i", "ii", "iii"]] {
            if let match = group.sorted(by: { $0.count > $1.count }).first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(match.count) }
        }
        return rest.isEmpty
    }

    /// Whether a sentence is a news report's dateline alone: a place in capitals (one to
    /// three words), then a day and its month, maybe a year, then nothing or an agency's
    /// credit (a dash and at most three capitalised words, or "/ТАСС/", "(Reuters)"):
    /// "НЬЮ-ДЕЛИ, 7 окт — РИА Новости.", "МОСКВА, 17 августа. /ТАСС/.", "NEW DELHI, Oct 8.",
    /// "MADRID, 14 de marzo (EFE).";
    /// or the place alone, "NUR-SULTAN.". Not "KYIV, Oct 7 — Zelensky phoned Macron.", a
    /// sentence after its dateline. A document that opens with one has its opening line,
    /// the one that says who spoke with whom, after it.
    public static func isDateline(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        var words = sentence.split(whereSeparator: isSpace).map { String(String.UnicodeScalarView($0)) }
        guard !words.isEmpty, words.count <= 10 else { return false }
        func bare(_ word: String) -> String { String(word.reversed().drop { ",.:".contains($0) }.reversed()) }
        var index = 0
        var placeLetters = 0
        while true {
            guard index < min(3, words.count) else { return false }
            let word = bare(words[index])
            let letters = word.filter(\.isLetter).count
            guard letters >= 2, word.allSatisfy({ $0 == "-" || $0.isLetter && $0.isUppercase }) else { return false }
            placeLetters += letters
            index += 1
            if words[index - 1].hasSuffix(",") || words[index - 1].hasSuffix(".") { break }
        }
        guard placeLetters >= 3 else { return false }
        if index == words.count { return words[index - 1].hasSuffix(".") }
        guard index + 1 < words.count else { return false }
        func isDay(_ word: String) -> Bool { (1...2).contains(word.count) && word.allSatisfy(\.isNumber) }
        func isMonth(_ word: String) -> Bool { MonthNames.all.contains(word.lowercased()) }
        // Spanish puts "de" between a day and its month, and before the year ("14 de marzo de 2025").
        func isDe(_ at: Int) -> Bool { at + 1 < words.count && words[at] == "de" }
        if isDe(index + 1), isDay(bare(words[index])) { words.remove(at: index + 1) }
        let (first, second) = (bare(words[index]), bare(words[index + 1]))
        guard isDay(first) && isMonth(second) || isMonth(first) && isDay(second) else { return false }
        index += 2
        if isDe(index), bare(words[index + 1]).count == 4, bare(words[index + 1]).allSatisfy(\.isNumber) { index += 1 }
        if index < words.count, bare(words[index]).count == 4, bare(words[index]).allSatisfy(\.isNumber) { index += 1 }
        var credit = words[index...]
        if let dash = credit.first, ["—", "–", "-", "--"].contains(dash) { credit = credit.dropFirst() }
        if credit.isEmpty { return index == words.count }
        return credit.count <= 3 && credit.allSatisfy { word in
            guard let first = word.first else { return false }
            return first == "/" || first == "(" || first.isUppercase
        }
    }

    /// True when the sentence `range` is nothing but an agency's credit — "(PTI)",
    /// "(Reuters)", "/ТАСС/.", or a dateline's cut "TASS/." — which belongs to the sentence
    /// before it, or, opening a paragraph, to the one after it.
    static func isCredit(_ local: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var body = local[range]
        if body.last == "." { body = body.dropLast() }
        guard body.count >= 4, body.count <= 24, let open = body.first, let close = body.last else { return false }
        let inside: ArraySlice<Unicode.Scalar>
        if (open == "(" && close == ")") || (open == "/" && close == "/") {
            inside = body.dropFirst().dropLast()
        } else if close == "/", open.properties.isUppercase {
            inside = body.dropLast()  // "TASS/": the agency in capitals, its opening slash cut
            guard inside.allSatisfy({ !$0.properties.isLowercase }) else { return false }
        } else {
            return false
        }
        return inside.contains(where: isLetter) && inside.allSatisfy { isLetter($0) || $0 == " " || $0 == "-" || $0 == "," }
    }

    /// Where the word whose last letter is at `last` starts (not before `lower`).
    static func wordStart(_ local: [Unicode.Scalar], endingAt last: Int, from lower: Int) -> Int {
        var start = last
        while start > lower, isLetter(local[start - 1]) { start -= 1 }
        return start
    }

    /// The range of `slice` without leading and trailing white space, in the slice's own
    /// indices, or nil when nothing but white space is left.
    static func trim(_ slice: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        var lower = slice.startIndex
        var upper = slice.endIndex
        while lower < upper, slice[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, slice[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
