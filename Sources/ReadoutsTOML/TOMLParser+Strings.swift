/// TOML's four kinds of string: "basic" with escapes, 'literal' without, and a multi-line
/// form of each between tripled quotes.
extension TOMLParser {
    /// `"…"` or `"""…"""`, the cursor on the first quote.
    mutating func parseBasicString(multiLine: Bool) throws(LocatedError) -> String {
        try parseString(quote: Byte.quote, multiLine: multiLine, escapes: true)
    }

    /// `'…'` or `'''…'''`, the cursor on the first quote.
    mutating func parseLiteralString(multiLine: Bool) throws(LocatedError) -> String {
        try parseString(quote: Byte.apostrophe, multiLine: multiLine, escapes: false)
    }

    private mutating func parseString(quote: UInt8, multiLine: Bool, escapes: Bool) throws(LocatedError) -> String {
        let kind = escapes ? "string" : "literal string"
        cursor.advance(by: multiLine ? 3 : 1)
        // A line end right after the opening quotes is not part of a multi-line string.
        if multiLine { _ = skipNewline() }
        var text: [UInt8] = []
        while true {
            guard let byte = cursor.peek() else {
                throw cursor.syntaxError("the file ends inside a \(kind)",
                                         expected: "a closing " + String(repeating: quote == Byte.quote ? "\"" : "'", count: multiLine ? 3 : 1))
            }
            if byte == quote {
                if !multiLine {
                    cursor.advance()
                    break
                }
                // Up to two quotes may touch the closing three: """a""""" is `a""`.
                var run = 0
                while cursor.peek(run) == quote { run += 1 }
                if run < 3 {
                    text.append(contentsOf: repeatElement(quote, count: run))
                    cursor.advance(by: run)
                    continue
                }
                guard run <= 5 else {
                    cursor.advance(by: 5)
                    throw cursor.syntaxError("too many quotes at the end of a multi-line \(kind)",
                                             expected: "at most two quotes before the closing three")
                }
                text.append(contentsOf: repeatElement(quote, count: run - 3))
                cursor.advance(by: run)
                break
            }
            if escapes && byte == Byte.backslash {
                try parseEscape(into: &text, multiLine: multiLine)
                continue
            }
            if byte == Byte.lineFeed || byte == Byte.carriageReturn {
                guard multiLine else {
                    throw cursor.syntaxError("the line ends inside a \(kind)",
                                             expected: "the closing quote on the same line, or a multi-line string between triple quotes")
                }
                guard byte == Byte.lineFeed || cursor.peek(1) == Byte.lineFeed else {
                    throw cursor.syntaxError("carriage return without a line feed in a \(kind)", expected: "lines ending in LF or CRLF")
                }
                text.append(byte)
                cursor.advance()
                continue
            }
            if Byte.isForbiddenControl(byte) {
                throw cursor.syntaxError("control character \(Self.name(ofControl: byte)) in a \(kind)",
                                         expected: escapes ? "an escape such as \\u0007 for a control character" : "no control characters but tab")
            }
            text.append(byte)
            cursor.advance()
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A backslash escape; in a multi-line string, a backslash ending a line also trims the
    /// line end and the spaces and line ends after it.
    private mutating func parseEscape(into text: inout [UInt8], multiLine: Bool) throws(LocatedError) {
        let escapeStart = cursor.location()
        cursor.advance()
        guard let letter = cursor.peek() else {
            throw cursor.syntaxError("the file ends inside an escape", expected: "an escape and a closing quote")
        }
        switch letter {
        case 0x62: text.append(0x08)  // \b
        case 0x74: text.append(Byte.tab)  // \t
        case 0x6E: text.append(Byte.lineFeed)  // \n
        case 0x66: text.append(0x0C)  // \f
        case 0x72: text.append(Byte.carriageReturn)  // \r
        case Byte.quote: text.append(Byte.quote)
        case Byte.backslash: text.append(Byte.backslash)
        case 0x75, 0x55:  // \uXXXX, \UXXXXXXXX
            cursor.advance()
            let digits = letter == 0x75 ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<digits {
                guard let byte = cursor.peek(), let digit = Self.hexValue(byte) else {
                    throw cursor.syntaxError("\(cursor.describeNext()) in a \\\(letter == 0x75 ? "u" : "U") escape",
                                             expected: "\(digits) hexadecimal digits")
                }
                value = value << 4 | UInt32(digit)
                cursor.advance()
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw LocatedError(file: file, at: escapeStart,
                                   "TOML syntax error: the escape names U+\(String(value, radix: 16, uppercase: true)), which is not a Unicode scalar value",
                                   expected: "valid TOML: a code point up to U+10FFFF and not a surrogate")
            }
            text.append(contentsOf: String(Character(scalar)).utf8)
            return
        case Byte.space, Byte.tab, Byte.lineFeed, Byte.carriageReturn:
            guard multiLine else { throw unknownEscape(at: escapeStart) }
            // Only spaces may stand between the backslash and the line end.
            while let byte = cursor.peek(), byte == Byte.space || byte == Byte.tab { cursor.advance() }
            guard skipNewline() else {
                throw cursor.syntaxError("\(cursor.describeNext()) after a line-ending backslash",
                                         expected: "nothing but spaces between a line-ending backslash and the line end")
            }
            while true {
                while let byte = cursor.peek(), byte == Byte.space || byte == Byte.tab { cursor.advance() }
                guard skipNewline() else { break }
            }
            return
        default:
            throw unknownEscape(at: escapeStart)
        }
        cursor.advance()
    }

    private func unknownEscape(at location: TOMLLocation) -> LocatedError {
        LocatedError(file: file, at: location, "TOML syntax error: unknown escape, a backslash before \(cursor.describeNext())",
                     expected: "valid TOML: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX or \\UXXXXXXXX")
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
