import ReadoutsText
import ReadoutsTopics

/// What changed between two linked passages that are nearly the same words — two drafts of
/// a section, two printings of a statement — said in a few words for the status line:
/// "same words", or "ninety → sixty". Passages worded differently (two sides' accounts, a
/// translation) say only which figures differ (`figures`): their other differences are
/// everywhere, and `c` shows them.
public enum WordChange {
    /// Longer passages are not compared on a key press.
    static let wordLimit = 200
    /// At most this many words changed, on either side, for a summary.
    static let changeLimit = 6

    /// Scalars a passage may have to be compared (about `wordLimit` words): the text is not
    /// even read past it.
    static let scalarLimit = wordLimit * 30

    public static func summary(_ left: String, _ right: String) -> String? {
        guard left.unicodeScalars.count <= scalarLimit, right.unicodeScalars.count <= scalarLimit else { return nil }
        // A section's label or a list number is where the passage stands, not what it says:
        // a moved section is said as such, apart from its words ("Section 9 → Section 5"
        // read as a changed figure "9 → 5").
        let (leftLabel, leftText) = labelled(left), (rightLabel, rightText) = labelled(right)
        let moved = leftLabel != rightLabel && !leftLabel.isEmpty && !rightLabel.isEmpty ? "\(leftLabel) → \(rightLabel)" : nil
        guard let words = wordSummary(leftText, rightText) else { return nil }
        return moved.map { $0 + " · " + words } ?? words
    }

    /// What Enter, the brief and the page say changed between two linked passages, in parts:
    /// `summary` alone where they are nearly the same words; else a moved paragraph's numbers
    /// ("renumbered 7 → 6"), the figures that differ ("figures 19 → 16": a translator's "19
    /// stations" had become "16" in a reworded sentence, and nothing said so) and, with
    /// `kept`, how much of a reworded passage was kept (Enter's alone: the reports would say it
    /// of two accounts that quote each other). Empty when nothing applies. `languages`: the
    /// two passages' (their ordinals and number words are read by them, `SpelledFigures`);
    /// left undetermined, figures are digits alone — every caller with versions passes them.
    public static func changes(_ left: String, _ right: String, kept: Bool,
                               languages: (Language, Language) = (.undetermined, .undetermined)) -> [String] {
        summary(left, right).map { [$0] } ?? differences(left, right, kept: kept, languages: languages)
    }

    /// `changes` of two passages `summary` has nothing for: worded differently.
    public static func differences(_ left: String, _ right: String, kept: Bool,
                                   languages: (Language, Language) = (.undetermined, .undetermined), counterparts: Bool = false) -> [String] {
        [moved(left, right), figures(left, right, languages: languages, counterparts: counterparts).map { "figures " + $0 },
         kept ? reworded(left, right) : nil].compactMap { $0 }
    }

    /// The figures of `left` and of `right` that the other lacks, paired in reading order
    /// ("19 → 16", "120 → 150, 3 → 4"; a pair repeated is said once) when each side lacks as many: one figure changed for
    /// another. Otherwise nil: a figure only one side gives (a date, a count one account
    /// leaves out; "7 décembre" against "December 7th") would pair with the changed one.
    /// A pair is said only where the two may be one quantity (`FigureQuantity.plausiblySame`:
    /// a year against a year, the same unit where both name one, within a factor of ten).
    /// Figures are compared by value: "11,4" is "11.4", "5 000" is "5,000" and "5000", and
    /// "1,14" is not "11.4".
    public static func figures(_ left: String, _ right: String,
                               languages: (Language, Language) = (.undetermined, .undetermined), counterparts: Bool = false) -> String? {
        figurePairs(left, right, languages: languages, counterparts: counterparts).map(saying)
    }

    /// Pairs of figures as `figures` says them: "120 → 150, 3 → 4", at most six.
    public static func saying(_ pairs: [(left: String, right: String)]) -> String {
        pairs.prefix(changeLimit).map { "\($0.left) → \($0.right)" }.joined(separator: ", ")
    }

    /// A figure of a passage: as written, its value (`value`), that value with its scale
    /// ("1.2 billion": 1200000000), what it counts, and whether it was read from a word
    /// (`SpelledFigures`: "75th", "three").
    private typealias Figure = (written: String, digits: String, whole: String, quantity: FigureQuantity, isWord: Bool)

    /// The pairs `figures` says, each figure as written on its side (`("420", "240")`; the
    /// JSON export lists them all), or nil.
    ///
    /// `counterparts`: the two are a sentence and its counterpart in a translation
    /// (`TranslationCounterparts`), which say the same: a month named alone ("In November" /
    /// "En octobre") and a scale with no number ("millions" / "milliers") are compared too.
    /// Two accounts of a call name the month of another event ("a meeting in October" beside
    /// "the Declaration they launched in June"), and are not.
    public static func figurePairs(_ left: String, _ right: String,
                                   languages: (Language, Language) = (.undetermined, .undetermined),
                                   counterparts: Bool = false) -> [(left: String, right: String)]? {
        guard left.unicodeScalars.count <= scalarLimit, right.unicodeScalars.count <= scalarLimit else { return nil }
        func figures(_ text: String, language: Language, dates: inout [DateFigure], months: inout [DateFigure]) -> [Figure] {
            // A report's dateline dates the filing, not the event (`NewsDateline`).
            let dateline = NewsDateline.length(text)
            let text = dateline == 0 ? text : String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(dateline)))
            let original = Array(labelled(text).text.unicodeScalars)
            // Read as `figureReading` gives it, scalar for scalar: "２０２６年に" is the figure
            // 2026, then the year's sign (read from the text as written).
            let scalars = original.map(figureReading)
            let tokens = Tokenizer.tokens(in: String(String.UnicodeScalarView(scalars))).filter { $0.kind != .compound }
            func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range.clamped(to: 0..<scalars.count)])) }
            func writtenString(_ range: Range<Int>) -> String {
                String(String.UnicodeScalarView(original[range.clamped(to: 0..<original.count)]))
            }
            /// A month's name, as a date writes it beside its day ("April 30", "30 avril"):
            /// "may" and "mar" only with their capital.
            func isMonth(_ index: Int) -> Bool {
                guard tokens.indices.contains(index), tokens[index].kind == .word else { return false }
                let word = string(tokens[index].range)
                let lowered = word.lowercased()
                return MonthNames.all.contains(lowered) && !((lowered == "may" || lowered == "mar") && word == lowered)
            }
            // Spanish puts "de" between them ("14 de marzo de 2025"), English "of" after an
            // ordinal ("the 1st of May", "the first of May").
            func isDe(_ at: Int, orOf: Bool = false) -> Bool {
                guard tokens.indices.contains(at) else { return false }
                let word = string(tokens[at].range).lowercased()
                return word == "de" || orOf && word == "of"
            }
            /// The month's token of a day at token `day` ("June 13", "13 juin", "13 de junio").
            func monthOf(_ day: Int) -> Int? {
                if isMonth(day - 1) { return day - 1 }
                if isMonth(day + 1) { return day + 1 }
                if isDe(day + 1), isMonth(day + 2) { return day + 2 }
                if isDe(day - 1), isMonth(day - 2) { return day - 2 }
                return nil
            }
            /// Whether the figure of tokens `first...last` is a date's day ("within 14 days" /
            /// "by April 30" read "figures 14 → 30").
            func isDay(_ first: Int, _ last: Int, ordinal: Bool = false) -> Bool {
                isMonth(first - 1) || isMonth(last + 1) || isDe(first - 1) && isMonth(first - 2)
                    || isDe(last + 1, orOf: ordinal) && isMonth(last + 2)
            }
            var found: [Figure] = []
            // A month named with no number beside it ("In November, …", "en octobre"): compared
            // as a date is, by its month (a translator's "In November" rendered "En octobre"
            // went unsaid, a month alone being no figure).
            // (English writes its months with a capital: "march" and "august" are other words.)
            for index in tokens.indices where counterparts && isMonth(index) && (tokens[index].isCapitalised || language != .english) {
                let nearNumber = (max(0, index - 2)...min(tokens.count - 1, index + 2)).contains { tokens[$0].kind == .number }
                guard !nearNumber, let number = MonthNames.number(of: string(tokens[index].range).lowercased()) else { continue }
                months.append(DateFigure(day: 0, month: number, written: writtenString(tokens[index].range)))
            }
            /// Appends the figure of `digits` (`second`: a range's other end) written at `range`
            /// of the text, read as `quantity` tells: a scale's figure is also its whole value
            /// ("12億" is "1.2 billion", "１万" "10,000") and is quoted with its scale ("1.500
            /// millones → 1,2 milliard", not "1.500 → 1,2": a Madrid analyst could not read the
            /// pair without it); `mark`: the ordinal's mark quoted with it ("75.", "75-й").
            func append(_ digits: String, second: String? = nil, quantity: FigureQuantity, range: Range<Int>,
                        after: ArraySlice<Unicode.Scalar>, mark: Int = 0, isWord: Bool) {
                func whole(_ digits: String) -> String { quantity.unit?.scale.map { scaled(digits, by: $0) } ?? digits }
                let scale = quantity.unit?.scale != nil ? FigureQuantity.written(after: after)?.length ?? 0 : 0
                let shown = range.lowerBound..<min(range.upperBound + max(scale, mark), original.count)
                found.append((writtenString(shown), digits + (second.map { "–" + $0 } ?? ""),
                              whole(digits) + (second.map { "–" + whole($0) } ?? ""), quantity, isWord))
            }
            var index = 0
            while index < tokens.count {
                defer { index += 1 }
                // An ordinal written with digits as one word ("75th", "70e", "1er") or a number
                // spelled ("three", "deux", "sixième"): `SpelledFigures`.
                if tokens[index].kind == .word {
                    // A fraction in words, its count before it included ("two thirds", "un
                    // tiers", "la moitié"): `FractionWords`.
                    let counted = index + 1 < tokens.count
                        ? FractionWords.reading(tokens, at: index + 1, language: language).flatMap { $0.first == index ? $0 : nil } : nil
                    if let fraction = counted ?? FractionWords.reading(tokens, at: index, language: language) {
                        let span = tokens[fraction.first].range.lowerBound..<tokens[fraction.last].range.upperBound
                        let digits = String(format: "%.4f", fraction.value)
                        var quantity = FigureQuantity(written: digits, value: digits, unit: nil)
                        quantity.isFraction = true
                        found.append((writtenString(span), digits, digits, quantity, true))
                        index = fraction.last
                        continue
                    }
                    let word = tokens[index].text
                    // A plural scale with no number before it ("des millions de personnes"):
                    // a translator's "millions" rendered "milliers" went unsaid.
                    if counterparts, let unit = FigureQuantity.bareScales[word], word != "miles" || language == .spanish,
                       index == 0 || tokens[index - 1].kind != .number
                        && SpelledFigures.reading(tokens, at: index - 1, scalars: scalars, language: language) == nil {
                        let digits = "1" + String(repeating: "0", count: unit.scale ?? 0)
                        let quantity = FigureQuantity(written: digits, value: digits, unit: nil, isBareScale: true)
                        found.append((writtenString(tokens[index].range), digits, digits, quantity, true))
                        continue
                    }
                    guard let reading = SpelledFigures.digitOrdinal(word).map({ SpelledFigures.Reading(value: $0, isOrdinal: true) })
                            ?? SpelledFigures.reading(tokens, at: index, scalars: scalars, language: language),
                          !isDay(index, index, ordinal: reading.isOrdinal) else { continue }
                    let end = tokens[index].range.upperBound
                    let after = original[min(end, original.count)..<min(end + 24, original.count)]
                    let digits = String(reading.value)
                    let quantity = FigureQuantity(written: digits, value: digits, after: after, isOrdinal: reading.isOrdinal)
                    append(digits, quantity: quantity, range: tokens[index].range, after: after, isWord: true)
                    continue
                }
                guard tokens[index].kind == .number else { continue }
                let first = index
                var range = tokens[index].range
                // A number hyphened to the letters before it is part of a name: "COVID-19",
                // "F-16", "Су-27". A student's "Les deux présidents" against the White House's
                // "…COVID-19…" read "figures deux → 19".
                if range.lowerBound >= 2, Tokenizer.isHyphen(scalars[range.lowerBound - 1]),
                   scalars[range.lowerBound - 2].properties.isAlphabetic { continue }
                /// Whether a token is digits alone, `count` of them (any count: nil).
                func isDigits(_ token: Int, count: Int? = nil) -> Bool {
                    let digits = scalars[tokens[token].range.clamped(to: 0..<scalars.count)]
                    return digits.allSatisfy { $0.properties.numericType == .decimal } && count.map { digits.count == $0 } ?? true
                }
                // "2 300" with a plain space is one figure, as "2 300" with a no-break one is:
                // a group of one to three digits, then groups of exactly three.
                while index + 1 < tokens.count, tokens[index + 1].kind == .number,
                      tokens[index + 1].range.lowerBound == range.upperBound + 1, scalars[range.upperBound] == " ",
                      isDigits(index + 1, count: 3),
                      index > first || isDigits(first) && tokens[first].range.count <= 3 {
                    range = range.lowerBound..<tokens[index + 1].range.upperBound
                    index += 1
                }
                // A range ("15–16 June", "June 15–16", "10-15 %", "15～16日") is one figure, its
                // two ends compared together: "15–16 июня" against "June 15–16" read "figures
                // 15 → 16", a day beside its month's name being no figure on either side.
                var second: Range<Int>?
                if index + 1 < tokens.count, tokens[index + 1].kind == .number,
                   Self.isRangeDash(scalars[range.upperBound..<tokens[index + 1].range.lowerBound]) {
                    second = tokens[index + 1].range
                    index += 1
                }
                let end = second?.upperBound ?? range.upperBound
                let after = original[min(end, original.count)..<min(end + 24, original.count)]
                // A day beside its month is a date, not a figure (compared as a date below),
                // and so are a Japanese or Chinese date's month and day ("11月18日").
                if isDay(first, index) {
                    if second == nil, let month = monthOf(first), let number = MonthNames.number(of: string(tokens[month].range).lowercased()),
                       let day = Int(string(range)), (1...31).contains(day) {
                        let span = min(tokens[month].range.lowerBound, range.lowerBound)..<max(tokens[month].range.upperBound, range.upperBound)
                        dates.append(DateFigure(day: day, month: number, written: writtenString(span)))
                    }
                    continue
                }
                if FigureQuantity.isDatePart(after: after) { continue }
                let reading = string(range)
                let digits = value(reading)
                if digits.isEmpty { continue }
                let other = second.map { value(string($0)) }
                if other?.isEmpty == true { continue }
                // "zum 75. Jubiläum", "75-й", "75.º", quoted with their mark ("75.", "75-й").
                let rest = scalars[min(end, scalars.count)...]
                let isOrdinal = second == nil && SpelledFigures.isOrdinal(after: rest, language: language)
                let mark = !isOrdinal ? 0 : language == .russian ? 1 + rest.dropFirst().prefix(while: \.properties.isAlphabetic).count
                    : rest.prefix { $0 == "." || $0 == "º" || $0 == "ª" }.count
                let quantity = FigureQuantity(written: reading, value: digits, after: after, isOrdinal: isOrdinal)
                append(digits, second: other, quantity: quantity, range: range.lowerBound..<end, after: after, mark: mark, isWord: false)
            }
            return found
        }
        var (leftDates, rightDates) = ([DateFigure](), [DateFigure]())
        var (leftMonths, rightMonths) = ([DateFigure](), [DateFigure]())
        let a = figures(left, language: languages.0, dates: &leftDates, months: &leftMonths)
        let b = figures(right, language: languages.1, dates: &rightDates, months: &rightMonths)
        // With the figures read from words, else (one side's "first" or "deux" unanswered)
        // with digits alone, as before words were read: no pair of digits is lost to a word.
        let numbers = paired(a, b, left, right)
            ?? (a.contains(where: \.isWord) || b.contains(where: \.isWord) ? paired(a.filter { !$0.isWord }, b.filter { !$0.isWord }, left, right) : nil)
        let dates = changedDates(leftDates, rightDates) + changedDates(leftMonths, rightMonths)
        let codes = changedCodes(Self.codes(in: left), Self.codes(in: right))
        return numbers == nil && dates.isEmpty && codes.isEmpty ? nil : (numbers ?? []) + dates + codes
    }

    /// A code of a passage: a name made of letters then digits ("PS752", "MH17", "F-16",
    /// "COVID-19", "G7", "Су-27"), as written, as compared (upper-cased, hyphens and spaces
    /// out: "F-16" is "F16") and its letters alone ("F").
    struct Code: Equatable {
        var written: String
        var compared: String
        var letters: String
    }

    /// The codes of a passage, in reading order: a word, or a hyphened compound, that begins
    /// with a letter and holds a digit. An ordinal ("75th", "75-й") begins with its digits.
    static func codes(in text: String) -> [Code] {
        guard text.unicodeScalars.contains(where: { $0.properties.numericType == .decimal }) else { return [] }
        let scalars = Array(labelled(text).text.unicodeScalars)
        var found: [Code] = []
        var coveredUpTo = 0
        for token in Tokenizer.tokens(in: scalars[...]) where token.kind != .number && token.range.lowerBound >= coveredUpTo {
            let written = scalars[token.range.clamped(to: 0..<scalars.count)]
            guard let first = written.first, first.properties.isAlphabetic,
                  written.contains(where: { $0.properties.numericType == .decimal }) else { continue }
            if token.kind == .compound { coveredUpTo = token.range.upperBound }
            let kept = written.filter { !Tokenizer.isHyphen($0) && $0 != " " }
            let compared = String(String.UnicodeScalarView(kept)).uppercased()
            let letters = String(String.UnicodeScalarView(kept.filter(\.properties.isAlphabetic))).uppercased()
            found.append(Code(written: String(String.UnicodeScalarView(written)), compared: compared, letters: letters))
        }
        return found
    }

    /// The codes of two passages that the other lacks, paired in reading order when each side
    /// lacks as many and each pair has the same letters: a translator's flight "PS752" become
    /// "PS725" went unsaid, its digits being part of a name. "F-16 → F-35" is said; a code one
    /// side alone gives ("COVID-19" against "la pandémie") says nothing, nor does "G7"
    /// against "G-7".
    static func changedCodes(_ left: [Code], _ right: [Code]) -> [(left: String, right: String)] {
        var left = left, right = right
        for index in left.indices.reversed() {
            if let match = right.firstIndex(where: { $0.compared == left[index].compared }) {
                left.remove(at: index)
                right.remove(at: match)
            }
        }
        guard left.count == right.count, zip(left, right).allSatisfy({ $0.letters == $1.letters }) else { return [] }
        var pairs: [(left: String, right: String)] = []
        for (x, y) in zip(left, right) where !pairs.contains(where: { $0.left == x.written && $0.right == y.written }) {
            pairs.append((x.written, y.written))
        }
        return pairs
    }

    /// A date a passage gives: its day, its month (1–12) and how it is written ("13 June",
    /// "15 juin", "5 сентября").
    struct DateFigure {
        var day: Int
        var month: Int
        var written: String
    }

    /// The dates of two passages that the other lacks, paired in reading order when each
    /// side lacks as many: a translation's "le 15 juin" for "June 13" ("13 June → 15 juin").
    /// A date one side alone gives says nothing, as a figure does not.
    static func changedDates(_ left: [DateFigure], _ right: [DateFigure]) -> [(left: String, right: String)] {
        var left = left, right = right
        for index in left.indices.reversed() {
            if let match = right.firstIndex(where: { $0.day == left[index].day && $0.month == left[index].month }) {
                left.remove(at: index)
                right.remove(at: match)
            }
        }
        guard left.count == right.count else { return [] }
        return zip(left, right).map { ($0.written, $1.written) }
    }

    /// The figures of two passages that the other lacks, paired as `figurePairs` says.
    private static func paired(_ a: [Figure], _ b: [Figure], _ left: String, _ right: String) -> [(left: String, right: String)]? {
        var a = a, b = b
        for index in a.indices.reversed() {
            if let match = b.firstIndex(where: { $0.digits == a[index].digits || $0.whole == a[index].whole }) {
                a.remove(at: index)
                b.remove(at: match)
            }
        }
        guard a.count == b.count else { return nil }
        // Each pair of values once: "90 for 90" against "84 на 84" is "90 → 84", not
        // "90 → 84, 90 → 84"; and only figures that may be one quantity told two ways
        // (`FigureQuantity`: not 230 prisoners exchanged against 2,828 freed in all).
        var pairs: [(written: (left: String, right: String), values: [String])] = []
        // Passages worded alike (four words in ten kept, as `reworded` says it) pair any two
        // years: a draft's "by 2060" for "by 2050".
        let closelyWorded = a.contains(where: \.quantity.isYear) && keptWords(left, right).map { $0.kept * 10 >= $0.longer * 4 } ?? false
        for (x, y) in zip(a, b) where FigureQuantity.plausiblySame(x.quantity, y.quantity, closelyWorded: closelyWorded)
            && !pairs.contains(where: { $0.values == [x.digits, y.digits] }) {
            pairs.append(((x.written, y.written), [x.digits, y.digits]))
        }
        return pairs.isEmpty ? nil : pairs.map(\.written)
    }

    /// Whether a passage may give a figure as a word (`SpelledFigures`) or name a month: a
    /// quick test before pairs of passages are compared.
    public static func mayHaveSpelledFigure(_ text: String, language: Language) -> Bool {
        guard text.unicodeScalars.count <= scalarLimit else { return false }
        let tokens = Tokenizer.tokens(in: text).filter { $0.kind != .compound }
        let scalars = Array(text.unicodeScalars)
        return tokens.indices.contains { SpelledFigures.reading(tokens, at: $0, scalars: scalars, language: language) != nil
            || MonthNames.all.contains(tokens[$0].text) || FigureQuantity.bareScales[tokens[$0].text] != nil
            || FractionWords.denominators[tokens[$0].text.lowercased()] != nil }
    }

    /// A scalar as figures are read: a full-width digit, sign or separator ("２", "，", "％")
    /// as its ASCII form, a Han character, a kana or a Hangul letter as a space that groups
    /// nothing (U+3000), so that the figure before it ends there ("2026年"); other scalars as
    /// they are. One scalar for one: offsets stay those of the text.
    static func figureReading(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x2E80 { return scalar }
        if (0xFF01...0xFF5E).contains(value) { return Unicode.Scalar(value - 0xFEE0)! }
        return EastAsianScript.contains(value) ? "\u{3000}" : scalar
    }

    /// What may stand between the two ends of a range: a dash or a wave dash, spaces around.
    static func isRangeDash(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
        let dash = between.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" && $0 != "\u{2009}" }
        return dash.count == 1 && rangeDashes.contains(dash[dash.startIndex])
    }

    private static let rangeDashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "~", "\u{301C}"]

    /// A figure's `value` times ten to the `exponent`, as text: "1.2" by 9 is "1200000000".
    static func scaled(_ value: String, by exponent: Int) -> String {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        for _ in 0..<exponent {
            if let digit = fraction.first { whole.append(digit); fraction.removeFirst() } else { whole.append("0") }
        }
        while whole.count > 1, whole.first == "0" { whole.removeFirst() }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    /// A figure's value as text: spaces (thousands) dropped; the last "," or "." a decimal
    /// point unless three digits follow it (then, like the others, a thousands separator);
    /// trailing decimal zeros dropped. "11,4" and "11.40" are "11.4"; "5 000", "5,000" and
    /// "5.000" are "5000"; "1,14" is "1.14".
    static func value(_ written: String) -> String {
        let kept = written.filter { $0.isNumber || $0 == "," || $0 == "." }
        guard let last = kept.lastIndex(where: { $0 == "," || $0 == "." }) else { return kept }
        let after = kept[kept.index(after: last)...]
        let whole = kept[..<last].filter(\.isNumber)
        if after.count == 3 { return String(whole) + String(after) }
        var fraction = String(after.filter(\.isNumber))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? String(whole) : String(whole) + "." + fraction
    }

    /// The passage's section label or list number ("Section 9", "3."), and the text after it.
    private static func labelled(_ text: String) -> (label: String, text: String) {
        let scalars = Array(text.unicodeScalars)
        let length = SentenceSplitter.listNumberLength(scalars[...])
        guard length > 0 else { return ("", text) }
        var label = String(String.UnicodeScalarView(scalars[..<length]))
        while let last = label.last, last == " " || last == "\u{00A0}" || last == "." || last == ":" { label.removeLast() }
        return (label, String(String.UnicodeScalarView(scalars[length...])))
    }

    private static func wordSummary(_ left: String, _ right: String) -> String? {
        let (leftScalars, rightScalars) = (Array(left.unicodeScalars), Array(right.unicodeScalars))
        let a = wordRanges(leftScalars), b = wordRanges(rightScalars)
        guard !a.isEmpty, !b.isEmpty, a.count <= wordLimit, b.count <= wordLimit else { return nil }
        let x = a.map { String(String.UnicodeScalarView(leftScalars[$0])).lowercased() }
        let y = b.map { String(String.UnicodeScalarView(rightScalars[$0])).lowercased() }
        if x == y { return punctuationSummary(leftScalars, a, rightScalars, b) ?? "same words" }
        let table = commonTable(x, y)
        // The changed words of each side, as indices of `a` and `b`: consecutive, so shown as
        // the text between the first and the last.
        var removed: [Int] = [], added: [Int] = []
        // Each change as the words of either side it spans (empty: none on that side), where
        // it starts in each, and the words both keep before it since the last change.
        var runs: [WordRun] = []
        var start = (i: 0, j: 0)
        var (i, j) = (0, 0)
        var changed = 0
        var kept = 0
        func flush() {
            guard !removed.isEmpty || !added.isEmpty else { return }
            runs.append(WordRun(removed: removed, added: added, start: start, keptBefore: kept))
            removed = []
            added = []
            kept = 0
        }
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                flush()
                kept += 1
                i += 1
                j += 1
                continue
            }
            if removed.isEmpty && added.isEmpty { start = (i, j) }
            if j < y.count, i == x.count || table[i][j + 1] >= table[i + 1][j] {
                added.append(j)
                j += 1
            } else {
                removed.append(i)
                i += 1
            }
            changed += 1
        }
        flush()
        // Two changes one kept word apart, each changing both sides, are one: "the Minister
        // said → said Deputy Minister Ivan Petrov", not "the → said Deputy, said → Ivan
        // Petrov" (a journalist's quote given to another speaker).
        var merged: [WordRun] = []
        for run in runs {
            if let last = merged.last, run.keptBefore == 1, last.changesBothSides, run.changesBothSides {
                merged[merged.count - 1] = last.through(run)
            } else {
                merged.append(run)
            }
        }
        let changes = reordered(merged, x, y).flatMap { change -> [String] in
            let run: WordRun
            switch change {
            case .moved(let words): return [written(leftScalars, words.map { a[$0] }) + " moved"]
            case .run(let changedRun): run = changedRun
            }
            if let pairs = wordByWord(leftScalars, run.removed.map { a[$0] }, rightScalars, run.added.map { b[$0] }) { return pairs }
            let old = written(leftScalars, run.removed.map { a[$0] }), new = written(rightScalars, run.added.map { b[$0] })
            return [run.removed.isEmpty ? "+ " + new : run.added.isEmpty ? "− " + old : old + " → " + new]
        }
        let common = Int(table[0][0])
        // Nearly the same: few words changed, six or more shared, most of the shorter side
        // and half the longer ("The Black Sea matters." is no draft of "Energy and the Black
        // Sea were discussed.").
        guard changed <= changeLimit * 2, common >= 6, common * 10 >= min(x.count, y.count) * 7,
              common * 2 >= max(x.count, y.count) else { return nil }
        return changes.joined(separator: ", ")
    }

    /// A change between two word lists: the words of `removed` (indices of the left list)
    /// and of `added` (of the right) it spans, where it starts in each, and the words both
    /// keep between the change before it and this one.
    struct WordRun {
        var removed: [Int]
        var added: [Int]
        var start: (i: Int, j: Int)
        var keptBefore: Int

        var changesBothSides: Bool { !removed.isEmpty && !added.isEmpty }

        /// This change and `later` as one, with the words kept between them: from this one's
        /// start to the later one's end on each side.
        func through(_ later: WordRun) -> WordRun {
            WordRun(removed: Array(start.i..<(later.start.i + later.removed.count)),
                    added: Array(start.j..<(later.start.j + later.added.count)), start: start, keptBefore: keptBefore)
        }
    }

    /// A change as said: a run of words, or words only reordered (`reordered`).
    enum SaidChange {
        case run(WordRun)
        /// The left list's words that one side has elsewhere, the same words.
        case moved([Int])
    }

    /// The most words kept between the two halves of a swap said as one change.
    static let swapGap = 4

    /// The changes with words only moved said as such: a run that drops words and one that
    /// adds the same words (in any order) are one change when close ("China-U.S → U.S. –
    /// China", "Chinese and American → American and Chinese": a journalist's two wordings of
    /// a joint statement read "− China, + China"), or "China moved" when far apart.
    static func reordered(_ runs: [WordRun], _ x: [String], _ y: [String]) -> [SaidChange] {
        func words(_ run: WordRun) -> [String]? {
            if run.added.isEmpty { return run.removed.map { x[$0] }.sorted() }
            if run.removed.isEmpty { return run.added.map { y[$0] }.sorted() }
            return nil
        }
        var said: [SaidChange] = []
        var taken = Set<Int>()
        for (index, run) in runs.enumerated() where !taken.contains(index) {
            guard let own = words(run) else { said.append(.run(run)); continue }
            let partner = runs.indices.first { other in
                other > index && !taken.contains(other) && runs[other].removed.isEmpty != run.removed.isEmpty
                    && words(runs[other]) == own
            }
            guard let other = partner else { said.append(.run(run)); continue }
            taken.insert(other)
            if other == index + 1, runs[other].keptBefore <= swapGap {
                said.append(.run(run.through(runs[other])))
            } else {
                said.append(.moved(run.removed.isEmpty ? runs[other].removed : run.removed))
            }
        }
        return said
    }

    /// What differs between two passages of the same words, in order: the marks between
    /// words ("destroyed. → destroyed;", a journalist's draft read "same words" for it) and
    /// the words' capitals ("Minister → minister"); nil when only white space differs.
    private static func punctuationSummary(_ left: [Unicode.Scalar], _ a: [Range<Int>], _ right: [Unicode.Scalar], _ b: [Range<Int>]) -> String? {
        /// The marks after word `k` (-1: before the first), white space collapsed to one space.
        func gap(_ scalars: [Unicode.Scalar], _ words: [Range<Int>], _ k: Int) -> String {
            let start = k < 0 ? 0 : words[k].upperBound, end = k + 1 < words.count ? words[k + 1].lowerBound : scalars.count
            var view = String.UnicodeScalarView()
            for scalar in scalars[start..<max(start, end)] {
                if scalar.properties.isWhitespace { if view.last != " " { view.append(" ") } } else { view.append(scalar) }
            }
            while view.first == " " { view.removeFirst() }
            while view.last == " " { view.removeLast() }
            return String(view)
        }
        var changes: [String] = []
        for k in -1..<a.count where changes.count < changeLimit {
            let leftWord = k >= 0 ? String(String.UnicodeScalarView(left[a[k]])) : ""
            let rightWord = k >= 0 ? String(String.UnicodeScalarView(right[b[k]])) : ""
            let (leftGap, rightGap) = (gap(left, a, k), gap(right, b, k))
            if leftWord != rightWord || leftGap != rightGap {
                changes.append(Sanitiser.sanitisedLine(leftWord + leftGap) + " → " + Sanitiser.sanitisedLine(rightWord + rightGap))
            }
        }
        return changes.isEmpty ? nil : changes.joined(separator: ", ")
    }

    /// The section labels or list numbers of two passages worded differently, where they
    /// differ ("renumbered 7 → 6"): a paragraph moved in a translation was said moved only
    /// when the words were nearly the same (`summary`). Not "moved", which the list of
    /// changes says of a block relocated with the same words (an analyst read both in one
    /// report).
    /// Labels of one number written two ways are no renumbering: a translation's "16." for
    /// the original's "Art. 16.", "1." for "Art. 1er" (a translator was shown nine).
    public static func moved(_ left: String, _ right: String) -> String? {
        guard left.unicodeScalars.count <= scalarLimit, right.unicodeScalars.count <= scalarLimit else { return nil }
        let (l, r) = (labelled(left).label, labelled(right).label)
        guard !l.isEmpty, !r.isEmpty, l != r else { return nil }
        func figures(_ label: String) -> [Substring] { label.split { !$0.isASCII || !$0.isNumber } }
        let (lf, rf) = (figures(l), figures(r))
        if !lf.isEmpty, lf == rf { return nil }
        return "renumbered \(l) → \(r)"
    }

    /// How much of a passage another kept, where it is reworded rather than nearly the same
    /// (`summary` nil) or another text: "reworded: 14 of 24 words kept" when at least 40 % of
    /// the longer passage's words are kept in order (two drafts of a paragraph, a diplomat's
    /// "terrorism" paragraph said only its topic); nil otherwise (two sides' accounts, a
    /// translation).
    public static func reworded(_ left: String, _ right: String) -> String? {
        guard let (kept, longer) = keptWords(left, right), kept * 10 >= longer * 4, kept < longer else { return nil }
        return "reworded: \(kept) of \(longer) words kept"
    }

    /// How many of the longer passage's words the other keeps in order, and how many it has;
    /// nil for a passage of fewer than 6 words or more than `wordLimit`.
    static func keptWords(_ left: String, _ right: String) -> (kept: Int, longer: Int)? {
        guard left.unicodeScalars.count <= scalarLimit, right.unicodeScalars.count <= scalarLimit else { return nil }
        let x = words(labelled(left).text).map { $0.lowercased() }, y = words(labelled(right).text).map { $0.lowercased() }
        guard x.count >= 6, y.count >= 6, x.count <= wordLimit, y.count <= wordLimit else { return nil }
        return (Int(commonTable(x, y)[0][0]), max(x.count, y.count))
    }

    /// The words of `left` that `right` does not keep in order (case aside), as scalar ranges
    /// of `left`, neighbouring words joined into one run with what lies between them: what
    /// the panes mark in a draft (`ReaderState.changeTints`), as `git diff --color-words`
    /// does. Nil past `wordLimit` words or `scalarLimit` scalars: not compared on a frame.
    public static func changedWords(_ left: String, _ right: String) -> [Range<Int>]? {
        guard left.unicodeScalars.count <= scalarLimit, right.unicodeScalars.count <= scalarLimit else { return nil }
        let scalars = Array(left.unicodeScalars)
        let ranges = wordRanges(scalars)
        let x = ranges.map { String(String.UnicodeScalarView(scalars[$0])).lowercased() }
        let y = words(right).map { $0.lowercased() }
        guard x.count <= wordLimit, y.count <= wordLimit else { return nil }
        let table = commonTable(x, y)
        var kept = [Bool](repeating: false, count: x.count)
        var (i, j) = (0, 0)
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                kept[i] = true
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        var runs: [Range<Int>] = []
        for (index, range) in ranges.enumerated() where !kept[index] {
            if let last = runs.last, index > 0, !kept[index - 1] {
                runs[runs.count - 1] = last.lowerBound..<range.upperBound
            } else {
                runs.append(range)
            }
        }
        return runs
    }

    /// The longest common subsequence table of two word lists: `[i][j]` is the length of
    /// that of `x[i...]` and `y[j...]`.
    private static func commonTable(_ x: [String], _ y: [String]) -> [[Int32]] {
        var table = [[Int32]](repeating: [Int32](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table
    }

    /// The words as written (a compound's parts, not the compound twice).
    private static func words(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return wordRanges(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    /// Where the words of `scalars` are (a compound's parts, not the compound twice).
    private static func wordRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        Tokenizer.tokens(in: scalars[...]).filter { $0.kind != .compound }.map { $0.range.clamped(to: 0..<scalars.count) }
    }

    /// A run of changed words as the document writes it, from the first's start to the
    /// last's end: "twenty-four", "two months'", not the words alone ("twenty four",
    /// "two months"). A plural's apostrophe after the last word is its own ("months'"),
    /// unless a quote the run opens with closes there ("‘ninety’"); a bracket it opens, with
    /// its closing one. Line breaks, tabs and runs of spaces inside become one space, and
    /// nothing unsafe reaches the status line.
    static func written(_ scalars: [Unicode.Scalar], _ words: [Range<Int>]) -> String {
        guard let first = words.first, let last = words.last else { return "" }
        var end = last.upperBound
        let quoted = first.lowerBound > 0 && isQuote(scalars[first.lowerBound - 1])
        if end < scalars.count, isApostrophe(scalars[end]), !quoted { end += 1 }
        // A bracket the run opens closes with it: "Received in Senate (RDS)" → "Amended
        // draft (ILLUSTRATIVE)", not "(RDS → … (ILLUSTRATIVE".
        for (open, close) in [("(", ")"), ("[", "]")] as [(Unicode.Scalar, Unicode.Scalar)] where end < scalars.count && scalars[end] == close {
            let run = scalars[first.lowerBound..<end]
            if run.filter({ $0 == open }).count > run.filter({ $0 == close }).count { end += 1 }
        }
        var view = String.UnicodeScalarView()
        var i = first.lowerBound
        while i < end {
            guard scalars[i].properties.isWhitespace else {
                view.append(scalars[i])
                i += 1
                continue
            }
            var k = i
            while k < end, scalars[k].properties.isWhitespace { k += 1 }
            let space = scalars[i..<k]
            if space.count > 1 || space.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) { view.append(" ") } else { view.append(contentsOf: space) }
            i = k
        }
        return Sanitiser.sanitisedLine(String(view))
    }

    /// A run that changes as many words on each side, with the same marks between them and
    /// a bracket or a list's separator among those marks, said word by word: "1 → 2, 12 → 14"
    /// for "Article 1 (12 nautical miles)" against "Article 2 (14 nautical miles)", which read
    /// "1 (12 → 2 (14", a bracket left open and the comma between changes taken for one
    /// inside them. Nil for any other run ("twenty-four → thirty-five" stays whole).
    static func wordByWord(_ left: [Unicode.Scalar], _ removed: [Range<Int>], _ right: [Unicode.Scalar], _ added: [Range<Int>]) -> [String]? {
        guard removed.count >= 2, removed.count == added.count else { return nil }
        var separated = false
        for k in 0..<(removed.count - 1) {
            let leftMarks = left[removed[k].upperBound..<removed[k + 1].lowerBound].filter { !$0.properties.isWhitespace }
            let rightMarks = right[added[k].upperBound..<added[k + 1].lowerBound].filter { !$0.properties.isWhitespace }
            guard leftMarks == rightMarks else { return nil }
            if leftMarks.contains(where: { "()[]{},;:".unicodeScalars.contains($0) }) { separated = true }
        }
        guard separated else { return nil }
        return zip(removed, added).compactMap { old, new in
            let (x, y) = (written(left, [old]), written(right, [new]))
            return x == y ? nil : x + " → " + y
        }
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// An opening single quote, which a closing one after the run's last word answers.
    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2018}" || scalar == "\u{2019}"
    }
}
