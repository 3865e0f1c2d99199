import Foundation

/// A news report's dateline at the head of a sentence, date included: "BEIJING, Nov. 17,
/// 2023 -- ", "Xinhua News Agency, San Francisco, November 15 (Reporters …) – ", "MOSCOW,
/// December 7 (TASS) — ". Its date is when the agency filed, not a figure of the event: two
/// agencies' reports of one meeting, filed two days apart, read "figures November 15 →
/// Nov. 17" to an analyst whose two texts both dated the meeting the 15th.
public enum NewsDateline {
    /// How far into a sentence its dateline may run (an agency's bracket of reporters' names
    /// included).
    static let longest = 160

    /// The length in scalars of the dateline at the head of `text`, separator and spaces
    /// after it included; 0 when `text` opens with none. A dateline opens with a capital,
    /// names a place before a comma, then a date (a month's name beside a day), maybe a year
    /// and a bracket, and ends with a dash ("--", "—", "–") within `longest` scalars.
    public static func length(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars.prefix(longest))
        guard let first = scalars.first, first.properties.isUppercase else { return 0 }
        // The first dash with a space before it ("2023 --", ") –"), outside brackets.
        var depth = 0
        var dash: Range<Int>?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "(" { depth += 1 } else if scalar == ")" { depth = max(0, depth - 1) }
            if depth == 0, index > 0, scalars[index - 1] == " ", scalar == "—" || scalar == "–" || scalar == "-" && index + 1 < scalars.count && scalars[index + 1] == "-" {
                dash = index..<(scalar == "-" ? index + 2 : index + 1)
                break
            }
            // A sentence's end before any dash: no dateline ("Nov." is an abbreviation, not an end).
            if depth == 0, scalar == "." || scalar == "!" || scalar == "?", index + 1 < scalars.count, scalars[index + 1] == " ",
               !precedesAbbreviation(scalars, index) { return 0 }
            index += 1
        }
        guard let dash, scalars[..<dash.lowerBound].contains(",") else { return 0 }
        // Outside its bracket, the head is a place and a date: a month's name beside a day.
        var head = ""
        depth = 0
        for scalar in scalars[..<dash.lowerBound] {
            if scalar == "(" { depth += 1 } else if scalar == ")" { depth = max(0, depth - 1) } else if depth == 0 { head.unicodeScalars.append(scalar) }
        }
        let words = head.split { $0 == " " || $0 == "," }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        guard words.count <= 12 else { return 0 }
        let hasDate = words.indices.contains { i in
            MonthNames.number(of: words[i].lowercased()) != nil
                && [i - 1, i + 1].contains { words.indices.contains($0) && isDay(words[$0]) }
        }
        guard hasDate else { return 0 }
        var end = dash.upperBound
        while end < scalars.count, scalars[end] == " " { end += 1 }
        return end
    }

    private static func isDay(_ word: String) -> Bool {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        return (1...2).contains(digits.count) && (Int(digits) ?? 0) <= 31
    }

    /// Whether the full stop at `index` ends a month's abbreviation ("Nov.", "Sept.").
    private static func precedesAbbreviation(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var start = index
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<index])).lowercased()
        return MonthNames.number(of: word) != nil
    }
}
