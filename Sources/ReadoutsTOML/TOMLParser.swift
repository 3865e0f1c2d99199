/// A TOML 1.0 parser (toml.io/en/v1.0.0) that locates everything it reads and never traps:
/// every malformed input, however short or long, ends in one `LocatedError`. Recursion is
/// bounded by `TOMLTreeBuilder.maximumDepth`, and each byte is looked at a bounded number
/// of times, so time is linear in the input.
///
/// The document part is here; strings are in `TOMLParser+Strings`, numbers, dates and
/// times in `TOMLParser+Numbers`, and the rules on defining tables in `TOMLTreeBuilder`.
struct TOMLParser {
    var cursor: TOMLCursor
    var tree = TOMLTreeBuilder()

    init(bytes: [UInt8], file: String) {
        cursor = TOMLCursor(bytes: bytes, file: file)
    }

    var file: String { cursor.file }

    mutating func parseDocument() throws(LocatedError) -> TOMLTable {
        cursor.skipByteOrderMark()
        var table = tree.root
        var section = tree.newSection()
        while true {
            skipWhitespace()
            guard let byte = cursor.peek() else { break }
            switch byte {
            case Byte.hash, Byte.lineFeed, Byte.carriageReturn:
                break
            case Byte.openBracket:
                table = try parseHeader()
                section = tree.newSection()
            default:
                try parseKeyValue(into: table, section: section)
            }
            try endLine()
        }
        return tree.build()
    }

    // MARK: Lines, whitespace and comments

    mutating func skipWhitespace() {
        while let byte = cursor.peek(), byte == Byte.space || byte == Byte.tab { cursor.advance() }
    }

    /// Steps over a line end (LF or CRLF) if one is next.
    mutating func skipNewline() -> Bool {
        if cursor.skip(Byte.lineFeed) { return true }
        if cursor.peek() == Byte.carriageReturn, cursor.peek(1) == Byte.lineFeed {
            cursor.advance(by: 2)
            return true
        }
        return false
    }

    /// A `#` comment to the end of its line, if one is next.
    mutating func skipComment() throws(LocatedError) {
        guard cursor.skip(Byte.hash) else { return }
        while let byte = cursor.peek(), byte != Byte.lineFeed {
            if byte == Byte.carriageReturn, cursor.peek(1) == Byte.lineFeed { return }
            if Byte.isForbiddenControl(byte) {
                throw cursor.syntaxError("control character \(Self.name(ofControl: byte)) in a comment",
                                         expected: "no control characters but tab in comments")
            }
            cursor.advance()
        }
    }

    /// After a key/value pair or a header: spaces, maybe a comment, then a line end or the end.
    mutating func endLine() throws(LocatedError) {
        skipWhitespace()
        try skipComment()
        guard cursor.isAtEnd || skipNewline() else {
            if cursor.peek() == Byte.carriageReturn {
                throw cursor.syntaxError("carriage return without a line feed", expected: "lines ending in LF or CRLF")
            }
            throw cursor.syntaxError("\(cursor.describeNext()) after a complete key/value pair or header",
                                     expected: "a new line (one key = value or [header] a line)")
        }
    }

    /// Spaces, line ends and comments, as allowed between array elements.
    mutating func skipBlankLines() throws(LocatedError) {
        while true {
            skipWhitespace()
            try skipComment()
            guard skipNewline() else { return }
        }
    }

    // MARK: Keys and tables

    /// `[a.b]` or `[[a.b]]`: opens the table and returns it.
    mutating func parseHeader() throws(LocatedError) -> Int {
        let location = cursor.location()
        cursor.advance()
        let arrayOfTables = cursor.skip(Byte.openBracket)
        skipWhitespace()
        let key = try parseKey(depth: 0)
        skipWhitespace()
        let closing = arrayOfTables ? "]]" : "]"
        guard cursor.skip(Byte.closeBracket), !arrayOfTables || cursor.skip(Byte.closeBracket) else {
            throw cursor.syntaxError("\(cursor.describeNext()) in a table header", expected: "'.' and a key, or '\(closing)'")
        }
        return try tree.openTable(key, at: location, arrayOfTables: arrayOfTables, file: file)
    }

    /// `key = value`, added to `table`.
    mutating func parseKeyValue(into table: Int, section: Int) throws(LocatedError) {
        let key = try parseKey(depth: tree.depth(of: table))
        skipWhitespace()
        guard cursor.skip(Byte.equals) else {
            throw cursor.syntaxError("\(cursor.describeNext()) after the key \(LocatedError.quote(key.map(\.name).joined(separator: ".")))",
                                     expected: "'=' and a value, or '.' and more key")
        }
        skipWhitespace()
        let value = try parseValue(depth: tree.depth(of: table) + key.count)
        try tree.insert(key, value, into: table, section: section, file: file)
    }

    /// A key: bare, quoted or dotted (`a."b c".d`), each part located.
    mutating func parseKey(depth: Int) throws(LocatedError) -> [TOMLKeyPart] {
        var parts: [TOMLKeyPart] = []
        while true {
            let location = cursor.location()
            let name: String
            switch cursor.peek() {
            case Byte.quote?:
                name = try parseBasicString(multiLine: false)
            case Byte.apostrophe?:
                name = try parseLiteralString(multiLine: false)
            case let byte? where Byte.isBareKey(byte):
                let start = cursor.offset
                while let byte = cursor.peek(), Byte.isBareKey(byte) { cursor.advance() }
                name = String(decoding: cursor.bytes[start..<cursor.offset], as: UTF8.self)
            default:
                throw cursor.syntaxError("\(cursor.describeNext()) where a key should be",
                                         expected: "a key: letters, digits, '_' and '-', or a quoted string")
            }
            let part = TOMLKeyPart(name: name, location: location)
            try tree.checkDepth(depth + parts.count, at: part, file: file)
            parts.append(part)
            skipWhitespace()
            guard cursor.skip(Byte.dot) else { return parts }
            skipWhitespace()
        }
    }

    // MARK: Values

    /// Any value; `depth` is how deep it sits, for the nesting bound.
    mutating func parseValue(depth: Int) throws(LocatedError) -> TOMLTreeBuilder.Ref {
        let location = cursor.location()
        guard depth <= TOMLTreeBuilder.maximumDepth else {
            throw LocatedError(file: file, at: location, "values nested more than \(TOMLTreeBuilder.maximumDepth) deep",
                               expected: "at most \(TOMLTreeBuilder.maximumDepth) levels of tables, arrays and inline tables")
        }
        func scalar(_ kind: TOMLValue.Kind) -> TOMLTreeBuilder.Ref { .scalar(TOMLValue(kind, at: location)) }
        switch cursor.peek() {
        case Byte.quote?:
            let multiLine = cursor.peek(word: "\"\"\"")
            return scalar(.string(try parseBasicString(multiLine: multiLine)))
        case Byte.apostrophe?:
            let multiLine = cursor.peek(word: "'''")
            return scalar(.string(try parseLiteralString(multiLine: multiLine)))
        case Byte.openBracket?:
            return try parseArray(at: location, depth: depth)
        case Byte.openBrace?:
            return .table(try parseInlineTable(at: location, depth: depth))
        case _ where cursor.peek(word: "true"):
            cursor.advance(by: 4)
            return scalar(.boolean(true))
        case _ where cursor.peek(word: "false"):
            cursor.advance(by: 5)
            return scalar(.boolean(false))
        case let byte? where Byte.isDigit(byte) || byte == Byte.plus || byte == Byte.minus || byte == 0x69 || byte == 0x6E:
            return scalar(try parseNumberOrDate())  // digits, signs, inf, nan
        default:
            throw cursor.syntaxError("\(cursor.describeNext()) where a value should be",
                                     expected: "a value: a \"string\", a number, true, false, a date, [ an array ] or { an inline table }")
        }
    }

    /// `[ v, v, … ]`, across lines, with comments and a trailing comma allowed.
    mutating func parseArray(at location: TOMLLocation, depth: Int) throws(LocatedError) -> TOMLTreeBuilder.Ref {
        cursor.advance()
        var elements: [TOMLTreeBuilder.Ref] = []
        while true {
            try skipBlankLines()
            if cursor.skip(Byte.closeBracket) { break }
            elements.append(try parseValue(depth: depth + 1))
            try skipBlankLines()
            if cursor.skip(Byte.comma) { continue }
            if cursor.skip(Byte.closeBracket) { break }
            throw cursor.syntaxError("\(cursor.describeNext()) after an array element", expected: "',' or ']'")
        }
        return .array(tree.makeArray(at: location, elements: elements))
    }

    /// `{ k = v, k.k = v }` on one line, without a trailing comma (TOML 1.0).
    mutating func parseInlineTable(at location: TOMLLocation, depth: Int) throws(LocatedError) -> Int {
        cursor.advance()
        let table = tree.makeTable(at: location, origin: .inline, depth: depth)
        let section = tree.newSection()
        skipWhitespace()
        if cursor.skip(Byte.closeBrace) { return table }
        while true {
            skipWhitespace()
            try parseKeyValue(into: table, section: section)
            skipWhitespace()
            if cursor.skip(Byte.closeBrace) { return table }
            guard cursor.skip(Byte.comma) else {
                throw cursor.syntaxError("\(cursor.describeNext()) in an inline table",
                                         expected: "',' or '}' (an inline table is written on one line)")
            }
            skipWhitespace()
            if cursor.peek(is: Byte.closeBrace) {
                throw cursor.syntaxError("a comma before '}'", expected: "no trailing comma in an inline table")
            }
        }
    }

    /// How a control character is named in messages: `U+0007`.
    static func name(ofControl byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
