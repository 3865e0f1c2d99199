/// Finds where keys and values are written in a TOML source, because TOMLKit's values carry
/// no positions and users need `file:line:column` for mistakes TOML itself accepts (an
/// unknown scope, a bad colour). Handles table headers, arrays of tables, dotted and quoted
/// keys, inline tables and (multi-line) arrays. It runs only on text TOMLKit has already
/// parsed, so it is lenient rather than validating.
struct SourceLocator {
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// Array elements appear in paths as `#0`, `#1`, …
    static func element(_ index: Int) -> String { "#\(index)" }

    private var keys: [[String]: Position] = [:]
    private var values: [[String]: Position] = [:]

    init(text: String) {
        var scanner = Scanner(chars: Array(text))
        scanner.document(into: &self)
    }

    /// Where the key at `path` is written, or the nearest enclosing key, or 1:1.
    func key(_ path: [String]) -> Position {
        var path = path
        while !path.isEmpty {
            if let p = keys[path] { return p }
            path.removeLast()
        }
        return Position(line: 1, column: 1)
    }

    /// Where the value at `path` starts, falling back to its key.
    func value(_ path: [String]) -> Position {
        values[path] ?? key(path)
    }

    fileprivate mutating func record(key path: [String], at position: Position) {
        if keys[path] == nil { keys[path] = position }
    }

    fileprivate mutating func record(value path: [String], at position: Position) {
        values[path] = position
    }
}

private struct Scanner {
    let chars: [Character]
    var i = 0
    var line = 1
    var column = 1

    init(chars: [Character]) { self.chars = chars }

    var here: SourceLocator.Position { .init(line: line, column: column) }
    var peek: Character? { i < chars.count ? chars[i] : nil }
    func peek(_ offset: Int) -> Character? { i + offset < chars.count ? chars[i + offset] : nil }

    mutating func advance() {
        guard i < chars.count else { return }
        if chars[i] == "\n" || chars[i] == "\r\n" {  // Swift reads CRLF as one Character
            line += 1
            column = 1
        } else {
            column += 1
        }
        i += 1
    }

    mutating func skipSpaces() {
        while let c = peek, c == " " || c == "\t" { advance() }
    }

    /// Spaces, newlines and comments.
    mutating func skipTrivia() {
        while let c = peek {
            if c == " " || c == "\t" || c == "\n" || c == "\r\n" || c == "\r" {
                advance()
            } else if c == "#" {
                while let d = peek, d != "\n", d != "\r\n" { advance() }
            } else {
                return
            }
        }
    }

    mutating func skipLine() {
        while let c = peek, c != "\n", c != "\r\n" { advance() }
    }

    mutating func document(into locator: inout SourceLocator) {
        var table: [String] = []
        var arrayCounts: [[String]: Int] = [:]
        while true {
            skipTrivia()
            guard let c = peek else { return }
            let start = i
            if c == "[" {
                advance()
                let isArray = peek == "["
                if isArray { advance() }
                skipSpaces()
                let position = here
                let key = readKey() ?? []
                if isArray {
                    let index = arrayCounts[key, default: 0]
                    arrayCounts[key] = index + 1
                    table = key + [SourceLocator.element(index)]
                } else {
                    table = key
                }
                locator.record(key: key, at: position)
                locator.record(key: table, at: position)
                skipLine()
            } else {
                let position = here
                if let key = readKey() {
                    locator.record(key: table + key, at: position)
                    skipSpaces()
                    if peek == "=" { advance() }
                    skipSpaces()
                    value(table + key, into: &locator)
                }
            }
            if i == start { advance() }
        }
    }

    mutating func value(_ path: [String], into locator: inout SourceLocator) {
        locator.record(value: path, at: here)
        guard let c = peek else { return }
        if c == "{" {
            advance()
            while true {
                skipTrivia()
                guard let d = peek else { return }
                if d == "}" { advance(); return }
                let start = i
                let position = here
                if let key = readKey() {
                    locator.record(key: path + key, at: position)
                    skipSpaces()
                    if peek == "=" { advance() }
                    skipSpaces()
                    value(path + key, into: &locator)
                }
                skipTrivia()
                if peek == "," { advance() }
                if i == start { advance() }
            }
        } else if c == "[" {
            advance()
            var index = 0
            while true {
                skipTrivia()
                guard let d = peek else { return }
                if d == "]" { advance(); return }
                let start = i
                value(path + [SourceLocator.element(index)], into: &locator)
                index += 1
                skipTrivia()
                if peek == "," { advance() }
                if i == start { advance() }
            }
        } else if c == "\"" || c == "'" {
            _ = readString()
        } else {
            while let d = peek, !",]}#\n \t".contains(d), d != "\r\n" { advance() }
        }
    }

    /// A dotted key: bare or quoted parts separated by dots, spaces allowed around them.
    mutating func readKey() -> [String]? {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let part = readKeyPart() else { return parts.isEmpty ? nil : parts }
            parts.append(part)
            skipSpaces()
            guard peek == "." else { return parts }
            advance()
        }
    }

    mutating func readKeyPart() -> String? {
        guard let c = peek else { return nil }
        if c == "\"" || c == "'" { return readString() }
        var part = ""
        while let d = peek, d.isLetter || d.isNumber || d == "_" || d == "-" {
            part.append(d)
            advance()
        }
        return part.isEmpty ? nil : part
    }

    /// A basic or literal string, single- or multi-line; returns its (unescaped enough) text.
    mutating func readString() -> String {
        let quote = peek!
        let triple = peek(1) == quote && peek(2) == quote
        let width = triple ? 3 : 1
        for _ in 0..<width { advance() }
        var text = ""
        while let c = peek {
            if c == "\\" && quote == "\"" {
                advance()
                if let e = peek { text.append(e); advance() }
                continue
            }
            if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                for _ in 0..<width { advance() }
                return text
            }
            if !triple && (c == "\n" || c == "\r\n") { return text }
            text.append(c)
            advance()
        }
        return text
    }
}
