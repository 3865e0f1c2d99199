/// A search pattern that is a number, matched against the numbers of the text however they
/// group their digits: `12000` finds "12000", "12 000" (a space, a no-break space U+00A0,
/// a narrow one U+202F, a thin one U+2009), "12,000", "12.000" and "12'000"; `2,3` finds
/// "2.3" and "2,3". A translator's `*12000` found nothing where the French wrote "12 000"
/// with a no-break space and the English "12,000".
///
/// Numbers match whole: `12000` is not found inside "312000", "120001" or "12000.5". A
/// written number is read every way it can be — "1,500" is 1500 or 1.500 — and matches
/// when one of its readings is one of the pattern's; the decimal digits must be the same
/// ("2,30" is not "2,3").
struct NumberPattern {
    /// The pattern's readings: "12000", "2.3".
    let readings: Set<String>

    /// Nil unless the whole pattern is one number (digits, grouped or not, with at most one
    /// decimal separator).
    init?(_ pattern: String) {
        let scalars = Array(pattern.unicodeScalars)
        let found = Self.numbers(in: scalars, range: 0..<scalars.count)
        guard found.count == 1, found[0].range == 0..<scalars.count, !found[0].readings.isEmpty else { return nil }
        readings = found[0].readings
    }

    /// Where the pattern's number is written in `scalars[range]`.
    func matches(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        Self.numbers(in: scalars, range: range).filter { !$0.readings.isDisjoint(with: readings) }.map(\.range)
    }

    static let groupSeparators: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", ",", ".", "'", "\u{2019}"]
    static let decimalSeparators: Set<Unicode.Scalar> = [",", "."]

    /// The numbers written in `scalars[range]`, each with its readings: its digit runs are
    /// joined by one separator where each run after the first has three digits ("12 000",
    /// "1,234,567"; a first run of four digits or more takes no group after a space, so "en
    /// 2024 12 000" is 2024 and 12000), and "," or "." before the last run may be a decimal
    /// point ("1 234,5", "1,234.5", "2.3").
    static func numbers(in scalars: [Unicode.Scalar], range: Range<Int>) -> [(range: Range<Int>, readings: Set<String>)] {
        var found: [(range: Range<Int>, readings: Set<String>)] = []
        var i = range.lowerBound
        func digits(from start: Int) -> String? {
            var run = ""
            var k = start
            while k < range.upperBound, let digit = digit(scalars[k]) {
                run.append(digit)
                k += 1
            }
            return run.isEmpty ? nil : run
        }
        while i < range.upperBound {
            guard let first = digits(from: i) else {
                i += 1
                continue
            }
            // The tail of a number that starts before the range (a scalar before it is given)
            // is no number.
            if i > 0, digit(scalars[i - 1]) != nil {
                i += first.count
                continue
            }
            let start = i
            var groups = [first]
            var separators: [Unicode.Scalar] = []
            var end = i + first.unicodeScalars.count
            while end + 1 < range.upperBound, groupSeparators.contains(scalars[end]), let run = digits(from: end + 1) {
                let separator = scalars[end]
                let grouped = run.count == 3 && groups[0].count <= 3 && separators.allSatisfy { $0 == separator }
                if grouped || decimalSeparators.contains(separator) {
                    groups.append(run)
                    separators.append(separator)
                    end += 1 + run.count
                    if grouped { continue }
                }
                break
            }
            found.append((start..<end, readings(groups, separators)))
            i = end
        }
        return found
    }

    /// Every value the digit runs and separators may be read as: a whole number where every
    /// separator groups digits, a decimal one where the last is a decimal point.
    static func readings(_ groups: [String], _ separators: [Unicode.Scalar]) -> Set<String> {
        func whole(_ groups: ArraySlice<String>, _ separators: ArraySlice<Unicode.Scalar>) -> String? {
            guard groups.count > 1 else { return groups.first }
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  let separator = separators.first, separators.allSatisfy({ $0 == separator }) else { return nil }
            return groups.joined()
        }
        var readings = Set<String>()
        if let value = whole(groups[...], separators[...]) { readings.insert(value) }
        if groups.count > 1, let point = separators.last, decimalSeparators.contains(point),
           let integer = whole(groups.dropLast(), separators.dropLast()), !separators.dropLast().contains(point) {
            readings.insert(integer + "." + groups[groups.count - 1])
        }
        return readings
    }

    /// A decimal digit as an ASCII one ("٣" is "3"), or nil.
    private static func digit(_ scalar: Unicode.Scalar) -> Character? {
        if scalar.value >= 0x30 && scalar.value <= 0x39 { return Character(scalar) }
        guard scalar.value >= 0x80, scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
        return Character(String(Int(value)))
    }
}
