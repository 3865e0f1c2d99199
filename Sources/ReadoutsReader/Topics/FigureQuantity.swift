import ReadoutsText

/// What a figure of a passage counts, as far as its digits and the word after it tell:
/// enough to say whether two figures of linked passages that differ plausibly state the
/// same quantity (`plausiblySame`). An NGO's brief listed "230 → 2,828": a ministry's 230
/// prisoners of this exchange against an agency's 2,828 freed in all, two facts in two
/// linked sentences, paired only because each was the one figure its sentence had.
struct FigureQuantity: Equatable {
    /// A measure the word after a figure names, in English, French, Russian, German or Spanish, or the
    /// sign after it in Japanese or Chinese ("年", "分間", "人", "億").
    enum Unit: Equatable {
        case percent, thousand, tenThousand, million, tenMillion, hundredMillion, billion, trillion
        case minute, hour, day, week, month, year, people, kilometre, kilogram, tonne
        /// Ten years: "two decades" is 20 years, which a translator wrote "20 dernières années"
        /// (read "figures two → 20", the only change said of a sound translation).
        case decade

        /// The power of ten a scale multiplies its figure by ("1.2 billion", "12億"), or nil.
        /// A decade's figure counts years, ten each.
        var scale: Int? {
            switch self {
            case .decade: 1
            case .thousand: 3
            case .tenThousand: 4
            case .million: 6
            case .tenMillion: 7
            case .hundredMillion: 8
            case .billion: 9
            case .trillion: 12
            default: nil
            }
        }
    }

    var value: Double
    /// Four digits from 1800 to 2100, not grouped: most likely a year ("в 1986 году").
    var isYear: Bool
    var unit: Unit?
    /// An ordinal ("75th", "70e", "zum 75. Jubiläum", "sixième"): it pairs only with another
    /// (`plausiblySame`), never a year.
    var isOrdinal: Bool
    /// A scale named without a number ("des millions de personnes", "thousands of"): it
    /// pairs only with another such (`plausiblySame`), whatever their values.
    var isBareScale = false
    /// A fraction in words ("un tiers", "half", `FractionWords`): it pairs only with another.
    var isFraction = false

    /// `written`: the figure as the text gives it; `value`: `WordChange.value` of it; `after`:
    /// the text after it; `isOrdinal`: whether the text reads it as an ordinal.
    /// `written` has ASCII digits (full-width ones read as such). A scale's figure is valued
    /// whole: "1.2 billion" and "12億" are 1.2e9.
    init(written: String, value: String, after: some Collection<Unicode.Scalar>, isOrdinal: Bool = false) {
        self.init(written: written, value: value, unit: Self.unit(after: after), isOrdinal: isOrdinal)
    }

    /// A figure whose unit is known (`unit`: a bare scale's own).
    init(written: String, value: String, unit: Unit?, isOrdinal: Bool = false, isBareScale: Bool = false) {
        self.isBareScale = isBareScale
        self.value = Double(value) ?? 0
        self.isOrdinal = isOrdinal
        isYear = !isOrdinal && written.count == 4 && written.allSatisfy(\.isASCII) && written.allSatisfy(\.isNumber)
            && (1800...2100).contains(self.value)
        self.unit = unit
        if let scale = unit?.scale { self.value *= pow10(scale) }
    }

    /// How far apart two years of passages worded differently may be and still be one year
    /// told two ways ("by 2030" for "by 2035"; 2026 for 2025 in a translation).
    static let yearsApart: Double = 5

    private func pow10(_ exponent: Int) -> Double { (0..<exponent).reduce(1) { product, _ in product * 10 } }

    /// Whether figures `a` and `b` (of different values) may be one quantity told two ways:
    /// a year only against a year; where both name a unit, the same one ("2,4 milliards" and
    /// "2,1 млрд", "50 %" and "30 процентов", "1,14 kilomètre" and "11.4 km": a misplaced
    /// decimal point); else the two within a factor of ten of each other (a translator's 19
    /// for 16, an aid of 1.2 billion for 1.5) — a running total against one day's count, a
    /// year against a footnote's number, are not. Two years more than `yearsApart` apart in
    /// passages worded differently are two events, not one year told two ways: a student's
    /// pair read "figures 2014 → 2022" for "as it did in 2014, when it annexed… Crimea"
    /// against "a possible invasion early in 2022". `closelyWorded` passages (a draft and the
    /// next, "carbon neutrality by 2060" / "by 2050") pair any two years.
    /// An ordinal pairs only with an ordinal: "the 6th test" against "5 essais" is two facts.
    static func plausiblySame(_ a: FigureQuantity, _ b: FigureQuantity, closelyWorded: Bool = false) -> Bool {
        // "millions" against "milliers": one vague amount told two ways.
        if a.isBareScale || b.isBareScale { return a.isBareScale && b.isBareScale }
        // "un tiers" against "la moitié": two shares of one whole.
        if a.isFraction || b.isFraction { return a.isFraction && b.isFraction }
        guard a.isYear == b.isYear, a.isOrdinal == b.isOrdinal else { return false }
        if a.isYear { return closelyWorded || abs(a.value - b.value) <= yearsApart }
        // Two scales ("1.2 billion", "12億") compare by their values, as figures without one;
        // decades are years ("two decades" against "30 ans").
        func counted(_ unit: Unit?) -> Unit? { unit == .decade ? .year : unit }
        if let x = counted(a.unit), let y = counted(b.unit), x.scale == nil || y.scale == nil { return x == y }
        let (low, high) = (min(a.value, b.value), max(a.value, b.value))
        return low > 0 && high <= low * 10
    }

    /// Plural scales written without a number, in the five languages ("hundreds",
    /// "milliers", "миллионы", "Milliarden", "miles"): how many they say.
    static let bareScales: [String: Unit] = [
        "thousands": .thousand, "millions": .million, "billions": .billion, "trillions": .trillion,
        "milliers": .thousand, "milliards": .billion,
        "тысячи": .thousand, "тысяч": .thousand, "тысячам": .thousand, "тысячами": .thousand,
        "миллионы": .million, "миллионов": .million, "миллионам": .million, "миллионами": .million,
        "миллиарды": .billion, "миллиардов": .billion,
        "tausende": .thousand, "millionen": .million, "milliarden": .billion,
        "miles": .thousand, "millones": .million,
    ]

    /// The unit the word after a figure names ("%", "per cent", "milliards", "млрд", "days",
    /// "分間", "億").
    static func unit(after scalars: some Collection<Unicode.Scalar>) -> Unit? {
        written(after: scalars)?.unit
    }

    /// The unit after a figure and how many scalars of `scalars` it takes, the spaces
    /// before it included ("  milliards" 11, "mil millones" 12, "億" 1): what quotes the
    /// figure with its scale ("1.500 millones", `WordChange.figures`).
    static func written(after scalars: some Collection<Unicode.Scalar>) -> (unit: Unit, length: Int)? {
        let total = scalars.count
        var rest = scalars.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2009}" }
        func taken(_ unit: Unit?, _ remaining: Int) -> (unit: Unit, length: Int)? { unit.map { ($0, total - remaining) } }
        if rest.first == "%" || rest.first == "\u{066A}" || rest.first == "\u{FF05}" { return taken(.percent, rest.count - 1) }
        if let first = rest.first, EastAsianScript.contains(first.value) {
            let sign = String(String.UnicodeScalarView(rest.prefix(3)))
            guard let (unit, signs) = eastAsianUnits.first(where: { _, signs in signs.contains { sign.hasPrefix($0) } }),
                  let matched = signs.first(where: { sign.hasPrefix($0) }) else { return nil }
            return taken(unit, rest.count - matched.unicodeScalars.count)
        }
        var word = ""
        while let scalar = rest.first, scalar.properties.isAlphabetic {
            word.unicodeScalars.append(scalar)
            rest = rest.dropFirst()
        }
        let lowered = word.lowercased()
        let afterSpaces = rest.drop { $0 == " " }
        let next = String(String.UnicodeScalarView(afterSpaces.prefix(8))).lowercased()
        /// `rest` less the second word ("cent", "ciento", "millones").
        func withNextWord(_ unit: Unit) -> (unit: Unit, length: Int)? {
            taken(unit, afterSpaces.drop { $0.properties.isAlphabetic }.count)
        }
        if lowered == "per" || lowered == "pour" { return next.hasPrefix("cent") ? withNextWord(.percent) : nil }
        // Spanish "por ciento"; "mil millones" is a thousand millions, a billion ("1.000
        // millones" is read as a thousand and "millones").
        if lowered == "por" { return next.hasPrefix("ciento") ? withNextWord(.percent) : nil }
        if lowered == "mil", next.hasPrefix("millón") || next.hasPrefix("millones") { return withNextWord(.billion) }
        guard !lowered.isEmpty else { return nil }
        return taken(units.first { _, words in
            words.contains { $0.hasSuffix("*") ? lowered.hasPrefix($0.dropLast()) : lowered == $0 }
        }?.unit, rest.count)
    }

    /// Each unit's words: whole, or a stem ending in "*".
    private static let units: [(unit: Unit, words: [String])] = [
        (.percent, ["percent", "pourcent", "pct", "процент*", "проц", "prozent"]),
        (.minute, ["minute*", "min", "mins", "минут*", "minuten", "minuto*"]),
        (.people, ["people", "persons", "personnes", "человек", "personen", "menschen", "personas"]),
        (.thousand, ["thousand*", "mille", "milliers", "тыс", "тысяч*", "tausend", "mil"]),
        (.million, ["million*", "mln", "mn", "млн", "миллион*", "mio", "millón", "millones"]),
        (.billion, ["billion*", "bn", "milliard*", "млрд", "миллиард*", "mrd", "millardo*"]),
        // A Spanish "billón" is a million millions.
        (.trillion, ["billón", "billones"]),
        (.hour, ["hour*", "hr", "hrs", "heure*", "час", "часа", "часов", "stunde", "stunden", "hora", "horas"]),
        (.day, ["day", "days", "jour*", "день", "дня", "дней", "сутки", "суток", "tag", "tage", "tagen", "día", "días"]),
        (.week, ["week*", "semaine*", "недел*", "woche", "wochen", "semana*"]),
        (.month, ["month*", "mois", "месяц*", "monat", "monate", "monaten", "mes", "meses"]),
        (.year, ["year*", "an", "ans", "année*", "год", "года", "годы", "лет", "jahr", "jahre", "jahren", "año", "años"]),
        (.decade, ["decade*", "décennie*", "десятилети*", "jahrzehnt*", "década*", "decenio*"]),
        (.kilometre, ["km", "kilomet*", "kilomèt*", "км", "километр*", "kilómetro*"]),
        (.kilogram, ["kg", "kilogram*", "kilo", "kilos", "кг", "килограмм*"]),
        (.tonne, ["tonne*", "ton", "tons", "т", "тонн*", "tonelada*"]),
    ]

    /// Whether the signs after a Japanese or Chinese figure make it a date's month or day
    /// ("11月18日", "6月15日～16日"), which the other side writes with the month's name
    /// ("November 18"): no figure, as a day beside its month's name is none. "3か月" (three
    /// months) and "3日間" (three days) are durations (`unit`).
    static func isDatePart(after scalars: some Collection<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first else { return false }
        if first == "月" { return true }
        return (first == "日" || first == "号") && scalars.dropFirst().first != "間"
    }

    /// The signs after a Japanese or Chinese figure, by unit; the longest first where one
    /// starts another ("分の", a fraction, before "分"; "時間" hours, but "時" alone is the
    /// hour of a time of day, no unit). Read by prefix.
    private static let eastAsianUnits: [(unit: Unit?, signs: [String])] = [
        (.hour, ["時間", "小时", "小時", "个小时", "個小時"]),
        (nil, ["分の", "時", "点"]),
        (.percent, ["パーセント", "％"]),
        (.tenMillion, ["千万", "千萬"]),
        (.million, ["百万", "百萬"]),
        (.thousand, ["千"]),
        (.tenThousand, ["万", "萬"]),
        (.hundredMillion, ["億", "亿"]),
        (.trillion, ["兆"]),
        (.minute, ["分"]),
        (.day, ["日間", "日间", "天"]),
        (.week, ["週間", "週", "周", "星期"]),
        (.month, ["か月", "ヶ月", "カ月", "ケ月", "箇月", "个月", "個月"]),
        (.year, ["年"]),
        (.people, ["人", "名"]),
        (.tonne, ["トン", "吨", "噸"]),
    ]
}
