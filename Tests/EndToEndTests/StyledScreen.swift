/// `capture-pane -p -e` output parsed into cells with their SGR attributes. Only SGR
/// changes are emitted and the state carries across lines; a wide character is one
/// character of text but two columns on screen.
struct StyledScreen {
    struct Attributes: Equatable, Hashable {
        var foreground: String?
        var background: String?
        var bold = false
        var dim = false
        var italic = false
        var underline = false
        var reverse = false
    }

    struct Cell: Equatable {
        var character: Character
        var attributes: Attributes
    }

    var rows: [[Cell]] = []

    init(_ capture: String) {
        var attributes = Attributes()
        for line in capture.split(separator: "\n", omittingEmptySubsequences: false) {
            var row: [Cell] = []
            var scalars = Array(line.unicodeScalars)[...]
            var text = String.UnicodeScalarView()
            func flush() {
                for character in String(text) {
                    row.append(Cell(character: character, attributes: attributes))
                    if let first = character.unicodeScalars.first, StyledScreen.isWide(first) {
                        row.append(Cell(character: " ", attributes: attributes))
                    }
                }
                text = String.UnicodeScalarView()
            }
            while let scalar = scalars.first {
                scalars = scalars.dropFirst()
                if scalar == "\u{1B}", scalars.first == "[" {
                    flush()
                    scalars = scalars.dropFirst()
                    var parameters = ""
                    while let next = scalars.first {
                        scalars = scalars.dropFirst()
                        if next.properties.isAlphabetic {
                            if next == "m" { StyledScreen.apply(parameters, to: &attributes) }
                            break
                        }
                        parameters.unicodeScalars.append(next)
                    }
                } else {
                    text.append(scalar)
                }
            }
            flush()
            rows.append(row)
        }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
            || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
            || (0xFF00...0xFF60).contains(scalar.value) || (0x1F300...0x1FAFF).contains(scalar.value)
    }

    static func apply(_ parameters: String, to attributes: inout Attributes) {
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
        if codes.isEmpty { codes = [0] }
        while let code = codes.first {
            codes = codes.dropFirst()
            switch code {
            case 0: attributes = Attributes()
            case 1: attributes.bold = true
            case 2: attributes.dim = true
            case 3: attributes.italic = true
            case 4: attributes.underline = true
            case 7: attributes.reverse = true
            case 22: attributes.bold = false; attributes.dim = false
            case 23: attributes.italic = false
            case 24: attributes.underline = false
            case 27: attributes.reverse = false
            case 30...37, 90...97: attributes.foreground = "\(code)"
            case 39: attributes.foreground = nil
            case 40...47, 100...107: attributes.background = "\(code)"
            case 49: attributes.background = nil
            case 38, 48:
                var value = ""
                if codes.first == 5 {
                    value = "5;\(codes.dropFirst().first ?? 0)"
                    codes = codes.dropFirst(2)
                } else if codes.first == 2 {
                    value = "2;" + codes.dropFirst().prefix(3).map(String.init).joined(separator: ";")
                    codes = codes.dropFirst(4)
                }
                if code == 38 { attributes.foreground = value } else { attributes.background = value }
            default: break
            }
        }
    }

    /// The text of a row (wide characters once).
    func text(_ row: Int) -> String {
        guard rows.indices.contains(row) else { return "" }
        var result = ""
        var skip = false
        for cell in rows[row] {
            if skip { skip = false; continue }
            result.append(cell.character)
            if let first = cell.character.unicodeScalars.first, StyledScreen.isWide(first) { skip = true }
        }
        return result
    }

    /// The cells of every occurrence of `word` on screen, with their column range.
    func find(_ word: String) -> [(row: Int, columns: Range<Int>, attributes: [Attributes])] {
        var found: [(Int, Range<Int>, [Attributes])] = []
        let target = Array(word)
        for (y, row) in rows.enumerated() where row.count >= target.count {
            for x in 0...(row.count - target.count) where row[x..<x + target.count].map(\.character) == target {
                found.append((y, x..<x + target.count, row[x..<x + target.count].map(\.attributes)))
            }
        }
        return found
    }
}
