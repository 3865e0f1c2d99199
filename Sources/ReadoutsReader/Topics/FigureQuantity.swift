/// What a figure of a passage counts, as far as its digits and the word after it tell:
/// enough to say whether two figures of linked passages that differ plausibly state the
/// same quantity (`plausiblySame`). An NGO's brief listed "230 → 2,828": a ministry's 230
/// prisoners of this exchange against an agency's 2,828 freed in all, two facts in two
/// linked sentences, paired only because each was the one figure its sentence had.
struct FigureQuantity: Equatable {
    /// A measure the word after a figure names, in English, French or Russian.
    enum Unit: Equatable { case percent, thousand, million, billion, hour, day, week, month, year, kilometre, kilogram, tonne }

    var value: Double
    /// Four digits from 1800 to 2100, not grouped: most likely a year ("в 1986 году").
    var isYear: Bool
    var unit: Unit?

    /// `written`: the figure as the text gives it; `value`: `WordChange.value` of it; `after`:
    /// the text after it.
    init(written: String, value: String, after: some Collection<Unicode.Scalar>) {
        self.value = Double(value) ?? 0
        isYear = written.count == 4 && written.allSatisfy(\.isASCII) && written.allSatisfy(\.isNumber) && (1800...2100).contains(self.value)
        unit = Self.unit(after: after)
    }

    /// Whether figures `a` and `b` (of different values) may be one quantity told two ways:
    /// a year only against a year; where both name a unit, the same one ("2,4 milliards" and
    /// "2,1 млрд", "50 %" and "30 процентов", "1,14 kilomètre" and "11.4 km": a misplaced
    /// decimal point); else the two within a factor of ten of each other (a translator's 19
    /// for 16, an aid of 1.2 billion for 1.5) — a running total against one day's count, a
    /// year against a footnote's number, are not.
    static func plausiblySame(_ a: FigureQuantity, _ b: FigureQuantity) -> Bool {
        guard a.isYear == b.isYear else { return false }
        if let x = a.unit, let y = b.unit { return x == y }
        let (low, high) = (min(a.value, b.value), max(a.value, b.value))
        return low > 0 && high <= low * 10
    }

    /// The unit the word after a figure names ("%", "per cent", "milliards", "млрд", "days").
    static func unit(after scalars: some Collection<Unicode.Scalar>) -> Unit? {
        var rest = scalars.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2009}" }
        if rest.first == "%" || rest.first == "\u{066A}" { return .percent }
        var word = ""
        while let scalar = rest.first, scalar.properties.isAlphabetic {
            word.unicodeScalars.append(scalar)
            rest = rest.dropFirst()
        }
        let lowered = word.lowercased()
        if lowered == "per" || lowered == "pour" {
            let next = String(String.UnicodeScalarView(rest.drop { $0 == " " }.prefix(4))).lowercased()
            return next.hasPrefix("cent") ? .percent : nil
        }
        guard !lowered.isEmpty else { return nil }
        return units.first { _, words in
            words.contains { $0.hasSuffix("*") ? lowered.hasPrefix($0.dropLast()) : lowered == $0 }
        }?.unit
    }

    /// Each unit's words: whole, or a stem ending in "*".
    private static let units: [(unit: Unit, words: [String])] = [
        (.percent, ["percent", "pourcent", "pct", "процент*", "проц", "prozent"]),
        (.thousand, ["thousand*", "mille", "milliers", "тыс", "тысяч*", "tausend"]),
        (.million, ["million*", "mln", "mn", "млн", "миллион*", "mio"]),
        (.billion, ["billion*", "bn", "milliard*", "млрд", "миллиард*", "mrd"]),
        (.hour, ["hour*", "hr", "hrs", "heure*", "час", "часа", "часов", "stunde", "stunden"]),
        (.day, ["day", "days", "jour*", "день", "дня", "дней", "сутки", "суток", "tag", "tage", "tagen"]),
        (.week, ["week*", "semaine*", "недел*", "woche", "wochen"]),
        (.month, ["month*", "mois", "месяц*", "monat", "monate", "monaten"]),
        (.year, ["year*", "an", "ans", "année*", "год", "года", "годы", "лет", "jahr", "jahre", "jahren"]),
        (.kilometre, ["km", "kilomet*", "kilomèt*", "км", "километр*"]),
        (.kilogram, ["kg", "kilogram*", "kilo", "kilos", "кг", "килограмм*"]),
        (.tonne, ["tonne*", "ton", "tons", "т", "тонн*"]),
    ]
}
