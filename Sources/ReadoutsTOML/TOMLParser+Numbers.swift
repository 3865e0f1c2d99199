/// Integers (decimal, 0x, 0o, 0b, with underscores between digits), floats (with inf and
/// nan), and RFC 3339 dates, times and date-times, which all start like a number.
extension TOMLParser {
    mutating func parseNumberOrDate() throws(LocatedError) -> TOMLValue.Kind {
        let location = cursor.location()
        let start = cursor.offset
        gatherToken()
        // A date and a time may be separated by a space: 1979-05-27 07:32:00.
        if cursor.offset - start == 10, cursor.peek() == Byte.space,
            let a = cursor.peek(1), let b = cursor.peek(2), Byte.isDigit(a), Byte.isDigit(b), cursor.peek(3) == Byte.colon
        {
            cursor.advance()
            gatherToken()
        }
        let token = Array(cursor.bytes[start..<cursor.offset])
        var reader = TokenReader(token: token, file: file, location: location)
        if token.count >= 5, token[0..<4].allSatisfy(Byte.isDigit), token[4] == Byte.minus {
            return .dateTime(try reader.dateTime())
        }
        if token.count >= 3, token[0..<2].allSatisfy(Byte.isDigit), token[2] == Byte.colon {
            return .dateTime(try reader.localTime())
        }
        return try reader.number()
    }

    /// Steps over the characters a number or date can contain.
    private mutating func gatherToken() {
        while let byte = cursor.peek(),
            Byte.isBareKey(byte) || byte == Byte.plus || byte == Byte.dot || byte == Byte.colon
        {
            cursor.advance()
        }
    }
}

/// Reads one number or date token (ASCII only), reporting mistakes at its start.
private struct TokenReader {
    let token: [UInt8]
    let file: String
    let location: TOMLLocation
    var i = 0

    init(token: [UInt8], file: String, location: TOMLLocation) {
        self.token = token
        self.file = file
        self.location = location
    }

    var text: String { LocatedError.quote(String(decoding: token, as: UTF8.self)) }

    func invalid(_ message: String, expected: String) -> LocatedError {
        LocatedError(file: file, at: location, "TOML syntax error: " + message, expected: "valid TOML: " + expected)
    }

    func peek(_ ahead: Int = 0) -> UInt8? { i + ahead < token.count ? token[i + ahead] : nil }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        i += 1
        return true
    }

    var isAtEnd: Bool { i >= token.count }

    // MARK: Numbers

    mutating func number() throws(LocatedError) -> TOMLValue.Kind {
        let numberExpectation = "an integer such as 42, -17, 1_000 or 0xff, or a float such as 3.14, 1e6, inf or nan"
        let sign = peek() == Byte.plus || peek() == Byte.minus ? token[0] : nil
        if sign != nil { i += 1 }
        let rest = token[i...]
        if rest.elementsEqual("inf".utf8) { return .float(sign == Byte.minus ? -.infinity : .infinity) }
        if rest.elementsEqual("nan".utf8) { return .float(sign == Byte.minus ? -.nan : .nan) }
        if peek() == 0x30, let prefix = peek(1), let (radix, name) = Self.radices[prefix] {
            guard sign == nil else {
                throw invalid("a sign before the \(name) integer \(text)", expected: "no sign: \(name) integers are never negative")
            }
            i += 2
            let digits = try self.digits(radix: radix, what: "\(name) integer")
            guard isAtEnd else { throw invalid("\(text) is not a \(name) integer", expected: "only \(name) digits after 0\(Character(Unicode.Scalar(prefix)))") }
            guard let value = Self.value(of: digits, radix: radix), value <= UInt64(Int64.max) else {
                throw invalid("\(text) does not fit in 64 bits", expected: "an integer from -2^63 to 2^63-1")
            }
            return .integer(Int64(value))
        }
        let integerDigits = try digits(radix: 10, what: "number")
        if integerDigits.count > 1 && integerDigits.first == 0 {
            throw invalid("\(text) has a leading zero", expected: "no leading zeros (0o for octal)")
        }
        var isFloat = false
        if skip(Byte.dot) {
            isFloat = true
            _ = try digits(radix: 10, what: "fraction")
        }
        if skip(0x65) || skip(0x45) {  // e, E
            isFloat = true
            if !skip(Byte.plus) { _ = skip(Byte.minus) }
            _ = try digits(radix: 10, what: "exponent")
        }
        guard isAtEnd else { throw invalid("\(text) is not a number", expected: numberExpectation) }
        if isFloat {
            let written = String(decoding: token.filter { $0 != Byte.underscore }, as: UTF8.self)
            guard let value = Double(written), value.isFinite else {
                throw invalid("\(text) is too large for a 64-bit float", expected: "a float up to about 1.8e308")
            }
            return .float(value)
        }
        let magnitude = Self.value(of: integerDigits, radix: 10)
        let limit = sign == Byte.minus ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        guard let magnitude, magnitude <= limit else {
            throw invalid("\(text) does not fit in 64 bits", expected: "an integer from -2^63 to 2^63-1")
        }
        return .integer(sign == Byte.minus ? Int64(truncatingIfNeeded: 0 &- magnitude) : Int64(magnitude))
    }

    static let radices: [UInt8: (Int, String)] = [0x78: (16, "hexadecimal"), 0x6F: (8, "octal"), 0x62: (2, "binary")]

    /// One or more digits in `radix`, each underscore between two digits; their values.
    mutating func digits(radix: Int, what: String) throws(LocatedError) -> [UInt8] {
        var values: [UInt8] = []
        while let byte = peek() {
            if let digit = TOMLParser.hexValue(byte), Int(digit) < radix {
                values.append(digit)
                i += 1
            } else if byte == Byte.underscore {
                guard !values.isEmpty, let next = peek(1), let digit = TOMLParser.hexValue(next), Int(digit) < radix else {
                    throw invalid("misplaced '_' in \(text)", expected: "each '_' between two digits")
                }
                i += 1
            } else {
                break
            }
        }
        guard !values.isEmpty else {
            throw invalid("\(text) has a \(what) without digits", expected: "digits in every part of a number")
        }
        return values
    }

    /// The value of `digits` in `radix`, or nil if it overflows 64 bits.
    static func value(of digits: [UInt8], radix: Int) -> UInt64? {
        var value: UInt64 = 0
        for digit in digits {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: UInt64(radix))
            let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(digit))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }

    // MARK: Dates and times

    /// A number of exactly `count` digits.
    mutating func fixed(_ count: Int) -> Int? {
        guard i + count <= token.count else { return nil }
        var value = 0
        for k in 0..<count {
            guard Byte.isDigit(token[i + k]) else { return nil }
            value = value * 10 + Int(token[i + k] - 0x30)
        }
        i += count
        return value
    }

    static let dateTimeExpectation = "a date-time such as 1979-05-27T07:32:00Z, 1979-05-27 07:32:00, 1979-05-27 or 07:32:00.999"

    /// `YYYY-MM-DD`, optionally followed by `T` (or a space) and a time, and an offset.
    mutating func dateTime() throws(LocatedError) -> TOMLDateTime {
        guard let year = fixed(4), skip(Byte.minus), let month = fixed(2), skip(Byte.minus), let day = fixed(2) else {
            throw invalid("\(text) is not a date", expected: Self.dateTimeExpectation)
        }
        guard (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day) else {
            throw invalid("\(text) is not a date of the calendar", expected: "a month from 01 to 12 and a day that month has")
        }
        let date = TOMLDateTime.Date(year: year, month: month, day: day)
        if isAtEnd { return TOMLDateTime(date: date) }
        guard skip(0x54) || skip(0x74) || skip(Byte.space) else {  // T, t
            throw invalid("\(text) is not a date-time", expected: Self.dateTimeExpectation)
        }
        let time = try self.time()
        if isAtEnd { return TOMLDateTime(date: date, time: time) }
        var offset = 0
        if !(skip(0x5A) || skip(0x7A)) {  // Z, z
            let sign = peek()
            guard skip(Byte.plus) || skip(Byte.minus), let hours = fixed(2), skip(Byte.colon), let minutes = fixed(2) else {
                throw invalid("\(text) has a malformed offset", expected: "Z or an offset such as +05:30 or -07:00")
            }
            guard hours <= 23, minutes <= 59 else {
                throw invalid("\(text) has an offset out of range", expected: "an offset from -23:59 to +23:59")
            }
            offset = (hours * 60 + minutes) * (sign == Byte.minus ? -1 : 1)
        }
        guard isAtEnd else { throw invalid("\(text) is not a date-time", expected: Self.dateTimeExpectation) }
        return TOMLDateTime(date: date, time: time, offsetMinutes: offset)
    }

    /// `HH:MM:SS[.fraction]` alone.
    mutating func localTime() throws(LocatedError) -> TOMLDateTime {
        let time = try self.time()
        guard isAtEnd else { throw invalid("\(text) is not a time", expected: "a local time such as 07:32:00 or 00:32:00.999999") }
        return TOMLDateTime(time: time)
    }

    mutating func time() throws(LocatedError) -> TOMLDateTime.Time {
        guard let hour = fixed(2), skip(Byte.colon), let minute = fixed(2), skip(Byte.colon), let second = fixed(2) else {
            throw invalid("\(text) has a malformed time", expected: "a time with hours, minutes and seconds: 07:32:00")
        }
        guard hour <= 23, minute <= 59, second <= 60 else {
            throw invalid("\(text) has a time out of range", expected: "hours 00–23, minutes 00–59, seconds 00–60")
        }
        var nanosecond = 0
        if skip(Byte.dot) {
            var digits = 0
            while let byte = peek(), Byte.isDigit(byte) {
                if digits < 9 { nanosecond = nanosecond * 10 + Int(byte - 0x30) }
                digits += 1
                i += 1
            }
            guard digits > 0 else { throw invalid("\(text) has a '.' without fractional seconds", expected: "digits after the '.'") }
            for _ in digits..<max(9, digits) { nanosecond *= 10 }
        }
        return TOMLDateTime.Time(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
