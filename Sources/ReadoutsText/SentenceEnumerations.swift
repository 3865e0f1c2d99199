extension SentenceSplitter {
    /// Sentence ends before the items of a bill's enumeration, which ICU cannot see: a
    /// line that opens with an item's mark — "(a)", "(1)", "(B)", "(iv)", "1.", "2)" — after a
    /// line that ends as an item or its lead-in does (";", "; and", "; or", ":", "--", "—",
    /// or "." with any closing quotes). A bill prints "…is amended--\n (1) by striking…;\n
    /// (2) by striking…; and\n (3) by adding at the end the following:\n ``(2) No
    /// provision…''.\n (b) Report.--Not later than one year…": ICU reads the line breaks as
    /// spaces and a lower-case "(b)" as no sentence's start, and a researcher's whole
    /// subsection (b) and an added subsection (c), 200 words, were one "sentence" whose four
    /// amendments no change list named. Each item is a passage of its own; the offsets are
    /// where the items start (their opening quotes included).
    static func enumerationEnds(_ local: [Unicode.Scalar]) -> [Int] {
        var ends: [Int] = []
        var index = 0
        while index < local.count {
            defer { index += 1 }
            guard local[index] == "\n", endsAnItemOrItsLeadIn(local, before: index) else { continue }
            var start = index + 1
            while start < local.count, local[start] == " " || local[start] == "\t" { start += 1 }
            if itemMarkLength(local, at: start) > 0 { ends.append(start) }
        }
        return ends
    }

    /// Whether the line ending at `newline` ends as an enumeration's item or its lead-in.
    static func endsAnItemOrItsLeadIn(_ local: [Unicode.Scalar], before newline: Int) -> Bool {
        var end = newline
        while end > 0, local[end - 1] == " " || local[end - 1] == "\t" || local[end - 1] == "\r" { end -= 1 }
        guard end > 0 else { return false }
        // "; and", "; or": the item's last word after its semicolon.
        var wordStart = end
        while wordStart > 0, isLetter(local[wordStart - 1]) { wordStart -= 1 }
        let word = String(String.UnicodeScalarView(local[wordStart..<end])).lowercased()
        if word == "and" || word == "or" || word == "et" || word == "ou" {
            var before = wordStart
            while before > 0, local[before - 1] == " " { before -= 1 }
            return before > 0 && (local[before - 1] == ";" || local[before - 1] == ",")
        }
        // Closing quotes after a period: ".''", ".”", ".»".
        var last = end - 1
        while last > 0, closingQuotes.contains(local[last]) { last -= 1 }
        switch local[last] {
        case ";", ":", "\u{2014}", ".": return true
        case "-": return last > 0 && local[last - 1] == "-"
        default: return false
        }
    }

    static let closingQuotes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{201D}", "\"", "\u{00BB}"]

    /// The length of the item's mark at `start` (with any opening quotes before it, "``(2)"),
    /// followed by a space; 0 when there is none. A mark is "(" then one to four letters or
    /// digits then ")", or one to three digits then "." or ")".
    static func itemMarkLength(_ local: [Unicode.Scalar], at start: Int) -> Int {
        var index = start
        var quotes = 0
        while index < local.count, quotes < 2, openingQuotes.contains(local[index]) {
            index += 1
            quotes += 1
        }
        guard index < local.count else { return 0 }
        var inside = 0
        if local[index] == "(" {
            index += 1
            while index < local.count, inside < 5, isLetter(local[index]) || ("0"..."9").contains(local[index]) {
                index += 1
                inside += 1
            }
            guard (1...4).contains(inside), index < local.count, local[index] == ")" else { return 0 }
            index += 1
        } else {
            while index < local.count, inside < 4, ("0"..."9").contains(local[index]) {
                index += 1
                inside += 1
            }
            guard (1...3).contains(inside), index < local.count, local[index] == "." || local[index] == ")" else { return 0 }
            index += 1
        }
        guard index < local.count, local[index] == " " || local[index] == "\u{00A0}" else { return 0 }
        return index - start
    }

    static let openingQuotes: Set<Unicode.Scalar> = ["`", "'", "\u{2018}", "\u{201C}", "\"", "\u{00AB}"]
}
