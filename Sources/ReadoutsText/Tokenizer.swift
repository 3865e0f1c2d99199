/// One word of a sentence, as the normaliser sees it.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        /// A canonical number: "3,5" and "3.5" both read "3.5".
        case number
        /// A whole hyphenated compound ("états-unis"); its parts follow it as `.word`s.
        case compound
    }
    /// Unicode-scalar offsets into the scanned text (the document's, for document scans).
    public var range: Range<Int>
    /// The lower-cased surface form, apostrophes and hyphens normalised to ASCII.
    public var text: String
    public var kind: Kind
    /// The surface form starts with a capital: a hint that the word is a name.
    public var isCapitalised: Bool
}

/// A scanner over Unicode scalars. French elisions (l’, d’, qu’, with either apostrophe)
/// are split off, so "l’Ukraine" yields "l" and "ukraine"; hyphenated compounds are kept
/// whole and as parts, so "États-Unis" matches both "états-unis" and "unis"; numbers are
/// canonicalised, so "3,5" = "3.5".
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return tokens(in: scalars[...])
    }

    /// Tokens of `text[range]`, with ranges as offsets into `text`.
    public static func tokens(in text: ScalarText, _ range: Range<Int>) -> [Token] {
        let range = range.clamped(to: 0..<text.count)
        var result = tokens(in: text.scalars(range)[...])
        for index in result.indices {
            let local = result[index].range
            result[index].range = (local.lowerBound + range.lowerBound)..<(local.upperBound + range.lowerBound)
        }
        return result
    }

    /// Tokens of a slice; ranges use the slice's indices (absolute offsets for document slices).
    public static func tokens(in scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        var result: [Token] = []
        var i = scalars.startIndex
        let end = scalars.endIndex
        while i < end {
            guard isWordScalar(scalars[i]) else {
                i = scalars[i] == escapePicture ? endOfEscapeSequence(scalars, from: i) : i + 1
                continue
            }
            let start = i
            i += 1
            while i < end {
                let c = scalars[i]
                if isWordScalar(c) { i += 1; continue }
                // Joiners continue a word only between word scalars; "." and "," only between digits.
                guard i + 1 < end, isWordScalar(scalars[i + 1]) else { break }
                if isApostrophe(c) || isHyphen(c) { i += 1; continue }
                if (c == "." || c == ","), isDigit(scalars[i - 1]), isDigit(scalars[i + 1]) { i += 1; continue }
                if isThousandsSpace(scalars, at: i, numberStart: start) { i += 1; continue }
                break
            }
            emitRun(scalars, start..<i, into: &result)
        }
        return result
    }

    /// What the sanitiser shows for ESC (`Sanitiser`): the rest of an escape sequence
    /// stays as text ("␛[0m"), shown so the reader sees it, never a word of a topic.
    static let escapePicture: Unicode.Scalar = "\u{241B}"

    /// Past the escape sequence whose ESC (shown as ␛) is at `start`: a CSI's parameters and
    /// final letter ("␛[31m", "␛[0m": a student's text made a topic "0m" of them), an OSC's
    /// text up to its BEL (␇) or ST (at most 256 scalars), or the one character of another.
    static func endOfEscapeSequence(_ scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> Int {
        var i = start + 1
        guard i < scalars.endIndex else { return i }
        switch scalars[i] {
        case "[":
            i += 1
            while i < scalars.endIndex, (0x20...0x3F).contains(scalars[i].value) { i += 1 }
            if i < scalars.endIndex, (0x40...0x7E).contains(scalars[i].value) { i += 1 }
            return i
        case "]", "P", "_", "^":
            let limit = min(scalars.endIndex, i + 256)
            i += 1
            while i < limit {
                if scalars[i] == "\u{2407}" { return i + 1 }
                if scalars[i] == escapePicture { return i + 1 < scalars.endIndex && scalars[i + 1] == "\\" ? i + 2 : i }
                i += 1
            }
            return i
        case let intermediate where (0x21...0x2F).contains(intermediate.value):
            // A character set's designation ("␛(B", which `tput sgr0` writes): its
            // intermediates, then one final character, glued to the word after it.
            while i < scalars.endIndex, (0x20...0x2F).contains(scalars[i].value) { i += 1 }
            return i < scalars.endIndex && (0x30...0x7E).contains(scalars[i].value) ? i + 1 : i
        default:
            return start + 1
        }
    }

    private static func emitRun(_ scalars: ArraySlice<Unicode.Scalar>, _ run: Range<Int>, into result: inout [Token]) {
        // Split at apostrophes: elided articles and English clitics become their own tokens.
        var pieceStart = run.lowerBound
        for j in run.lowerBound...run.upperBound where j == run.upperBound || isApostrophe(scalars[j]) {
            if j > pieceStart { emitPiece(scalars, pieceStart..<j, into: &result) }
            pieceStart = j + 1
        }
    }

    /// Whether the space at `i` groups the thousands of a number that starts at
    /// `numberStart` (French and Russian write "5 000", "1 000 000", with a space or a
    /// no-break one): digits only so far, one to three of them since the last space, and
    /// three more after it, ending the number. "5 000 euros" is one figure, so two drafts'
    /// fines say "5 000 → 10 000", not "5 → 10"; "en 2022 100 personnes" stays two.
    static func isThousandsSpace(_ scalars: ArraySlice<Unicode.Scalar>, at i: Int, numberStart: Int) -> Bool {
        let end = scalars.endIndex
        guard isGroupSpace(scalars[i]), i + 3 < end, (1...3).allSatisfy({ isDigit(scalars[i + $0]) }) else { return false }
        if i + 4 < end, isWordScalar(scalars[i + 4]) { return false }
        // So far a number alone, its first group one to three digits (later ones were
        // joined three digits at a time).
        let before = scalars[numberStart..<i]
        guard before.allSatisfy({ isDigit($0) || isGroupSpace($0) }) else { return false }
        let first = before.prefix { isDigit($0) }.count
        return (1...3).contains(first)
    }

    private static func emitPiece(_ scalars: ArraySlice<Unicode.Scalar>, _ piece: Range<Int>, into result: inout [Token]) {
        let hasHyphen = scalars[piece].contains(where: isHyphen)
        if hasHyphen { result.append(make(scalars, piece, kind: .compound)) }
        var partStart = piece.lowerBound
        for j in piece.lowerBound...piece.upperBound where j == piece.upperBound || isHyphen(scalars[j]) {
            if j > partStart {
                let part = partStart..<j
                let numeric = scalars[part].allSatisfy { isDigit($0) || $0 == "." || $0 == "," || isGroupSpace($0) }
                result.append(make(scalars, part, kind: numeric ? .number : .word))
            }
            partStart = j + 1
        }
    }

    private static func make(_ scalars: ArraySlice<Unicode.Scalar>, _ range: Range<Int>, kind: Token.Kind) -> Token {
        var view = String.UnicodeScalarView()
        for c in scalars[range] {
            if isHyphen(c) { view.append("-") } else if kind == .number, c == "," { view.append(".") }
            else if kind == .number, isGroupSpace(c) { continue } else { view.append(c) }
        }
        let capitalised = scalars[range.lowerBound].properties.isUppercase
        return Token(range: range, text: String(view).lowercased(), kind: kind, isCapitalised: capitalised)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            let v = c.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType == .decimal || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// A space that may group a number's thousands (`isThousandsSpace`).
    @inline(__always) static func isGroupSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\u{00A0}" || c == "\u{202F}"
    }

    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{02BC}"
    }

    /// A hyphen: "-", U+2010, or the no-break hyphen U+2011.
    @inline(__always) public static func isHyphen(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}"
    }
}
