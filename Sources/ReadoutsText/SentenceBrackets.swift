extension SentenceSplitter {
    /// Whether ICU broke between `previous` and `next` inside a bracket, "(…" or "[…", whose
    /// text goes on in lower case after it closes: "…des milliers (plus de 1 500 ?) d’emplois
    /// bien rémunérés…" was two sentences, "d’emplois…" the second, as was "…the largest (by
    /// far!) investment…", since ICU ends a sentence at "?" or "!" and the brackets after it
    /// whatever follows. A bracket that closes before a capital or a period ("He asked
    /// (why?). Then he left.") keeps the break, as does one that never closes in `next`.
    static func breaksInsideBrackets(_ local: [Unicode.Scalar], _ previous: Range<Int>, _ next: Range<Int>) -> Bool {
        // The break's own mark: `previous` without the brackets it closes with ("?)" → "?").
        var mark = previous.upperBound
        while mark > previous.lowerBound, isClosingBracket(local[mark - 1]) || isSpace(local[mark - 1]) { mark -= 1 }
        // How many brackets are open at the mark (a list's "a)" closes none).
        var open = 0
        for index in previous.lowerBound..<mark {
            if isOpeningBracket(local[index]) { open += 1 } else if isClosingBracket(local[index]), open > 0 { open -= 1 }
        }
        guard open > 0 else { return false }
        // Where they close, and what comes after.
        var index = mark
        while index < next.upperBound, open > 0 {
            if isOpeningBracket(local[index]) { open += 1 } else if isClosingBracket(local[index]) { open -= 1 }
            index += 1
        }
        guard open == 0 else { return false }
        while index < next.upperBound, local[index].properties.isWhitespace { index += 1 }
        return index < next.upperBound && local[index].properties.isLowercase
    }

    static func isOpeningBracket(_ scalar: Unicode.Scalar) -> Bool { scalar == "(" || scalar == "[" }
    static func isClosingBracket(_ scalar: Unicode.Scalar) -> Bool { scalar == ")" || scalar == "]" }
}
