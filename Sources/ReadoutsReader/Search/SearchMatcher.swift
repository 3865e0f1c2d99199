import ReadoutsText

/// Finds a pattern in one block (or any scalar range) of a document and answers original
/// scalar ranges. Matching is per block, so wrapping never hides a match that crosses a
/// screen row, and every call is bounded: blocks are at most 4096 scalars, and a regular
/// expression stops when it has spent its budget of ICU match steps (a pathological
/// pattern skips the block instead of freezing the reader, and the same text and pattern
/// always give the same result: no clock is read).
///
/// Owns a stemmer and a fold cache, so it is not thread-safe: one matcher per pane and thread.
public final class SearchMatcher {
    public let pattern: String
    public let options: SearchOptions
    let folder: ScalarFolder
    private let literal: [UInt32]
    /// The folded pattern with German's "ae", "oe", "ue" read as the umlaut they stand for
    /// (folded, "a", "o", "u"): `Praesident` finds "Präsident", as typed on a keyboard without
    /// umlauts. Nil when the pattern has none, or accents count. Only a match whose text has
    /// an umlaut there is kept: `Michael` finds no "Michal".
    private let umlautReading: [UInt32]?
    /// The folded pattern's other spacings of a section sign before its number ("§12",
    /// "§ 12", "§" and a no-break space): laws and analysts write both. Empty without one.
    private let sectionReadings: [[UInt32]]
    /// The folded name, in the pane's language, of the shipped lexicon's topic the pattern
    /// names in another (`ShippedTopicNames`: `NATO` → "OTAN"), and the other spellings of
    /// the place it spells (`PlaceSpellings`: `Kyiv` → "Kiev"). Empty for most patterns.
    private let nameReadings: [[UInt32]]
    /// Where Cyrillic is in the pattern or the text: the literal pattern matched letter by
    /// letter against its spellings (`putin`, `shevardnadze`, `Zelenskiy` in Russian text).
    private let spelling: SpellingMatcher?
    private let regex: RegularExpression?
    /// A pattern that is a number, found however the text groups its digits (not with a
    /// regular expression, which is searched as written).
    private let number: NumberPattern?
    private let stemmer: Stemmer?
    private let stemKeys: [String]
    /// Stem mode on a version in a language without a stemmer (`.undetermined`: Ukrainian,
    /// Polish…): the pattern's words' beginnings (`WordBeginning`), matched at the start of
    /// the text's words; nil when words match by stem or stem mode is off.
    public let wordBeginnings: [String]?
    /// For each of `wordBeginnings`, whether it is its word kept whole (a beginning under
    /// `WordBeginning.shortest` letters): matched as the whole word, not as a beginning ("та"
    /// is no "також").
    private let wholeWords: [Bool]
    /// Stem mode on a version in no known language with a pattern in a script written
    /// without spaces (Chinese, Japanese, Thai: `UnspacedScript`): its words are not told
    /// apart, so the pattern is matched as written, as plain search does (a token there is a
    /// whole run between punctuation: `日本` by beginning lit "日本の首相は日本政府" whole, and
    /// `首相` found nothing).
    public let matchesAsWritten: Bool
    private var stemCache: [String: String] = [:]
    /// How many ICU match steps one block may take before it is skipped (a step is about
    /// a millisecond of matching).
    public static let regexStepsPerBlock = 3
    /// How much a scalar costs to search in this mode relative to a plain one (measured:
    /// stems tokenise and stem, regular expressions go through ICU and UTF-16), so that
    /// work budgets counted in scalars stay about the same in time (a Latin name read through
    /// Cyrillic, `LatinNameReading`: `Shoigu` counted 9.5 MB in 150 ms, `shoigu` in 55). A
    /// regular expression's matching is also counted in ICU steps, and each match it finds in
    /// scalars (`matchCost`): a pattern that matches every word costs what it does.
    public var cost: Int { options.regex ? 8 : (options.stem ? 6 : (spelling?.nameReading != nil ? 3 : 1)) }
    public var matchCost: Int { options.regex ? 64 : 4 }
    public var isRegex: Bool { regex != nil }

    /// Builds a matcher; an invalid regular expression or an empty stem pattern throws.
    /// `language` chooses the stemmer for stem mode; `.undetermined`, no stemmer: words match
    /// by their beginnings.
    /// `paneLanguage`: the searched version's language as the analysis found it, for
    /// `nameReadings` (nil: none; `language` is the stemmer's, given in stem mode only).
    public init(pattern: String, options: SearchOptions, language: Language = .english, paneLanguage: Language? = nil) throws(SearchError) {
        self.pattern = pattern
        self.options = options
        // Smart case: capitals in the pattern make the search case-sensitive (less's `-i`);
        // `-I` ignores case always, and without either case always counts.
        let caseless = switch options.caseMatching {
        case .smart: !pattern.unicodeScalars.contains { $0.properties.isUppercase }
        case .ignore: true
        case .sensitive: false
        }
        // A regular expression is searched in ICU's Latin (its classes and ranges mean that).
        let folder = ScalarFolder(caseless: caseless || options.stem, accentless: !options.exactAccents, keepsCyrillic: !options.regex)
        self.folder = folder
        literal = folder.fold(pattern: pattern)
        umlautReading = options.exactAccents ? nil : Self.umlautReading(literal)
        sectionReadings = Self.sectionReadings(literal)
        nameReadings = options.regex ? [] : ((paneLanguage.map { ShippedTopicNames.names(for: pattern, in: $0) } ?? [])
                                             + PlaceSpellings.others(of: pattern)).map { folder.fold(pattern: $0) }
        spelling = folder.keepsCyrillic ? SpellingMatcher(pattern: literal, caseless: folder.caseless, readsUkrainianSpellings: language != .russian,
                                                          readsAsName: LatinNameReading.qualifies(pattern),
                                                          declinesAsName: SpellingMatcher.declinesAsName(pattern)) : nil
        if options.regex {
            var source = String(String.UnicodeScalarView(pattern.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
                // Fold only non-ASCII letters: ASCII escapes such as \W must keep their case.
                scalar.value < 0x80 ? [scalar] : folder.fold(scalar).compactMap(Unicode.Scalar.init)
            }))
            if options.wholeWord { source = "\\b(?:" + source + ")\\b" }
            regex = try RegularExpression(source, caseInsensitive: caseless)
        } else {
            regex = nil
        }
        number = options.regex ? nil : NumberPattern(pattern)
        if options.stem && !options.regex {
            let words = Tokenizer.tokens(in: pattern).filter { $0.kind != .compound }.map(\.text)
            // A version in no known language: a pattern in an unspaced script is matched as
            // written; one in the Latin alphabet stems as English (plurals and endings most
            // European languages share, as before there were word beginnings: a short English
            // text the identifier could not place kept "sanction" from "sanctuary"); any
            // other (Ukrainian, Belarusian, Greek…) by its words' beginnings.
            let undetermined = language == .undetermined
            let asWritten = undetermined && pattern.unicodeScalars.contains(where: UnspacedScript.contains)
            matchesAsWritten = asWritten
            let latin = words.allSatisfy { $0.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic || $0.value < 0x0250 } }
            let stemmer = undetermined && !latin ? nil : Stemmer(language: undetermined ? .english : language)
            // (English stems read British spellings as American ones, `Stemmer`: `defence`
            // finds "Defense".)
            self.stemmer = stemmer
            let found = undetermined && !latin && !asWritten ? words.map(WordBeginning.of) : nil
            let beginnings = found?.map(\.key)
            wordBeginnings = beginnings
            wholeWords = found?.map(\.isWhole) ?? []
            let accentless = !options.exactAccents
            stemKeys = (beginnings ?? words).map { word in
                let stem = beginnings == nil ? (stemmer?.stem(word) ?? word) : word
                return accentless ? Folding.fold(stem) : stem
            }
            if stemKeys.isEmpty { throw SearchError("no word to stem in the pattern") }
        } else {
            stemmer = nil
            stemKeys = []
            wordBeginnings = nil
            wholeWords = []
            matchesAsWritten = false
        }
    }

    /// The result of matching one range: original scalar ranges, sorted, and whether the
    /// budget ran out before the end.
    public struct Result: Sendable {
        public var ranges: [Range<Int>]
        /// The regular expression spent its steps before the end.
        public var timedOut = false
        public var stepsSpent = 0
    }

    /// Matches in `scalars[range]` that start before `startLimit` (defaults to the end). Call
    /// with a range that reaches a little into the next chunk of the same paragraph to
    /// find matches that cross the chunk boundary.
    public func matches(in scalars: [Unicode.Scalar], range: Range<Int>, startLimit: Int? = nil,
                        regexSteps: Int = SearchMatcher.regexStepsPerBlock) -> Result {
        let limit = startLimit ?? range.upperBound
        if range.isEmpty { return Result(ranges: []) }
        var result: Result
        if regex != nil {
            result = regexMatches(scalars, range, steps: regexSteps)
        } else if let number {
            result = Result(ranges: number.matches(in: scalars, range: range))
        } else if options.stem && !matchesAsWritten {
            result = Result(ranges: stemMatches(scalars, range))
        } else {
            result = literalMatches(scalars, range)
        }
        result.ranges.removeAll { $0.lowerBound >= limit }
        if options.wholeWord && regex == nil {
            result.ranges.removeAll { !Self.isWordBounded($0, in: scalars) }
        }
        return result
    }

    /// Matches in one block of `document`, including one that crosses into the next chunk.
    public func matches(in document: Document, block index: Int, regexSteps: Int = SearchMatcher.regexStepsPerBlock) -> Result {
        let block = document.blocks[index]
        var end = block.range.upperBound
        if index + 1 < document.blocks.count, document.blocks[index + 1].continuesPrevious {
            end = min(document.blocks[index + 1].range.upperBound, end + Self.overlap)
        }
        // The block's scalars, and one on each side for whole-word checks.
        let window = max(0, block.range.lowerBound - 1)..<min(document.scalars.count, end + 1)
        let base = window.lowerBound
        var result = matches(in: document.scalars.scalars(window), range: (block.range.lowerBound - base)..<(end - base),
                             startLimit: block.range.upperBound - base, regexSteps: regexSteps)
        result.ranges = result.ranges.map { ($0.lowerBound + base)..<($0.upperBound + base) }
        return result
    }

    /// How far a match may reach into the next chunk of a long paragraph.
    static let overlap = 512

    /// The pattern as folded in the text folded; where either has Cyrillic, or the pattern
    /// is a Latin name (`LatinNameReading`), by spelling (a
    /// block that takes too many steps is `timedOut`, as a regular expression's is).
    private func literalMatches(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Result {
        guard !literal.isEmpty else { return Result(ranges: []) }
        let text = folder.fold(scalars, range: range)
        let haystack = text.scalars
        var ranges: [Range<Int>]
        var timedOut = false
        if let spelling, text.hasCyrillic || spelling.patternHasCyrillic || spelling.nameReading != nil {
            let found = spelling.matches(in: haystack)
            ranges = found.ranges.map(text.original)
            timedOut = found.exhausted
        } else {
            ranges = Self.find(literal, in: haystack).map(text.original)
        }
        if let umlautReading {
            // Where the text writes the umlaut the pattern spelled out.
            let umlauts = Self.find(umlautReading, in: haystack).map(text.original)
                .filter { found in found.contains { Self.umlauts.contains(scalars[$0]) } }
            ranges = Self.merged(ranges, umlauts)
        }
        for reading in sectionReadings + nameReadings { ranges = Self.merged(ranges, Self.find(reading, in: haystack).map(text.original)) }
        // A number is found whole: "§ 1" is not the start of "§ 10", nor "2013" the end of
        // "12013". Not a group of digits being typed ("12 0" on the way to "12 000").
        if Self.endsWithWholeNumber(literal) {
            ranges.removeAll { $0.upperBound < scalars.count && Self.isDigit(scalars[$0.upperBound].value) }
        }
        if Self.endsWithWholeNumber(literal.reversed()) {
            ranges.removeAll { $0.lowerBound > 0 && Self.isDigit(scalars[$0.lowerBound - 1].value) }
        }
        return Result(ranges: ranges, timedOut: timedOut)
    }

    /// Whether `folded` ends with digits that are no group of a longer number: not after a
    /// digit and a group separator ("12 0", "1,5").
    private static func endsWithWholeNumber<C: BidirectionalCollection>(_ folded: C) -> Bool where C.Element == UInt32 {
        guard let last = folded.last, isDigit(last) else { return false }
        var index = folded.endIndex
        while index > folded.startIndex, isDigit(folded[folded.index(before: index)]) { index = folded.index(before: index) }
        guard index > folded.startIndex else { return true }
        let separator = folded.index(before: index)
        guard separator > folded.startIndex, NumberPattern.groupSeparators.contains(Unicode.Scalar(folded[separator]) ?? " ") else { return true }
        return !isDigit(folded[folded.index(before: separator)])
    }

    private static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

    /// `ranges` and `more`, in order, none overlapping (the first found of two that do is kept).
    private static func merged(_ ranges: [Range<Int>], _ more: [Range<Int>]) -> [Range<Int>] {
        guard !more.isEmpty else { return ranges }
        var kept: [Range<Int>] = []
        for found in (ranges + more).sorted(by: { $0.lowerBound < $1.lowerBound })
        where kept.last.map({ found.lowerBound >= $0.upperBound }) ?? true { kept.append(found) }
        return kept
    }

    /// `folded`'s other spacings of "§" before a number: with none, one space, a no-break
    /// space or a narrow one where the pattern has another (or none). Empty without "§" and a number.
    static func sectionReadings(_ folded: [UInt32]) -> [[UInt32]] {
        let spaces: [UInt32] = [0x20, 0xA0, 0x202F]
        guard let sign = folded.firstIndex(of: 0xA7) else { return [] }
        var number = sign + 1
        while number < folded.count, spaces.contains(folded[number]) { number += 1 }
        guard number < folded.count, isDigit(folded[number]), number - sign <= 2 else { return [] }
        let head = Array(folded[...sign])
        let tail = Array(folded[number...])
        let written = Array(folded[(sign + 1)..<number])
        return ([[]] + spaces.map { [$0] }).filter { $0 != written }.map { head + $0 + tail }
    }

    /// Where `pattern` is in `haystack`, none overlapping, in order.
    private static func find(_ pattern: [UInt32], in haystack: [UInt32]) -> [Range<Int>] {
        guard let first = pattern.first else { return [] }
        let count = pattern.count
        var ranges: [Range<Int>] = []
        var index = 0
        while index + count <= haystack.count {
            if haystack[index] == first {
                var same = true
                var k = 1
                while k < count {
                    if haystack[index + k] != pattern[k] { same = false; break }
                    k += 1
                }
                if same {
                    ranges.append(index..<index + count)
                    index += count
                    continue
                }
            }
            index += 1
        }
        return ranges
    }

    /// The umlauts, written whole or as a vowel and a combining diaeresis (U+0308).
    private static let umlauts: Set<Unicode.Scalar> = ["ä", "ö", "ü", "Ä", "Ö", "Ü", "\u{308}"]

    /// `folded` with each "ae", "oe", "ue" (either case) read as its vowel alone; nil when it
    /// has none.
    static func umlautReading(_ folded: [UInt32]) -> [UInt32]? {
        var result: [UInt32] = []
        var changed = false
        var index = 0
        while index < folded.count {
            let value = folded[index]
            if index + 1 < folded.count, "aouAOU".unicodeScalars.contains(where: { $0.value == value }), folded[index + 1] | 0x20 == 0x65 {
                result.append(value)
                index += 2
                changed = true
                continue
            }
            result.append(value)
            index += 1
        }
        return changed ? result : nil
    }

    private func stemMatches(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        let tokens = Tokenizer.tokens(in: scalars[range]).filter { $0.kind != .compound }
        var keys: [String] = []
        keys.reserveCapacity(tokens.count)
        for token in tokens { keys.append(stemKey(token.text)) }
        var ranges: [Range<Int>] = []
        var index = 0
        while index + stemKeys.count <= tokens.count {
            let byBeginning = wordBeginnings != nil
            if (0..<stemKeys.count).allSatisfy({ word in
                byBeginning && !wholeWords[word] ? keys[index + word].hasPrefix(stemKeys[word]) : keys[index + word] == stemKeys[word]
            }) {
                ranges.append(tokens[index].range.lowerBound..<tokens[index + stemKeys.count - 1].range.upperBound)
                index += stemKeys.count
            } else {
                index += 1
            }
        }
        return ranges
    }

    private func stemKey(_ word: String) -> String {
        if let cached = stemCache[word] { return cached }
        let stem = stemmer?.stem(word) ?? word
        let key = options.exactAccents ? stem : Folding.fold(stem)
        stemCache[word] = key
        return key
    }

    private func regexMatches(_ scalars: [Unicode.Scalar], _ range: Range<Int>, steps: Int) -> Result {
        guard let regex else { return Result(ranges: []) }
        let text = folder.fold(scalars, range: range)
        // ICU counts UTF-16 units: map each back to its folded scalar.
        var units: [UInt16] = []
        var unitToFolded: [Int] = []
        units.reserveCapacity(text.scalars.count + 1)
        unitToFolded.reserveCapacity(text.scalars.count + 1)
        for (index, value) in text.scalars.enumerated() {
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            for unit in scalar.utf16 {
                units.append(unit)
                unitToFolded.append(index)
            }
        }
        unitToFolded.append(text.scalars.count)
        let found = regex.matches(in: units, steps: steps)
        var result = Result(ranges: [], timedOut: found.exhausted, stepsSpent: found.stepsSpent)
        for match in found.ranges {
            let lower = unitToFolded[match.lowerBound]
            let upper = unitToFolded[match.upperBound]
            if upper > lower { result.ranges.append(text.original(lower..<upper)) }
        }
        return result
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    static func isWordBounded(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        if range.lowerBound > 0 && isWordScalar(scalars[range.lowerBound - 1]) { return false }
        if range.upperBound < scalars.count && isWordScalar(scalars[range.upperBound]) { return false }
        return true
    }
}
