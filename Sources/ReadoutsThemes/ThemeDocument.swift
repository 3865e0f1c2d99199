import TOMLKit

/// One theme file, parsed and checked on its own but not yet merged with what it inherits.
/// Colour references stay unresolved because they may name a parent's `[palette]` entries.
struct ThemeDocument {
    /// A colour as written, with where it was written for error messages.
    struct ColorRef {
        var text: String
        var integer: Int?
        var at: SourceLocator.Position
        var file: String
    }

    /// A style entry as written: absent fields are inherited later.
    struct StyleSpec {
        var foreground: ColorRef?
        var background: ColorRef?
        var modifiers: Modifiers?
        var at: SourceLocator.Position
    }

    var file: String
    var description: String?
    var inherits: (name: String, at: SourceLocator.Position)?
    var palette: [String: Color] = [:]
    var styles: [String: StyleSpec] = [:]
    var topics: (entries: [StyleSpec], at: SourceLocator.Position)?

    static let topLevelKeys = ["name", "description", "inherits", "palette", "topics"]
    static let modifierNames: [String: Modifiers] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "underlined": .underline,
        "reverse": .reverse, "reversed": .reverse,
    ]

    /// Parses `source`; `file` is used only in error messages.
    init(source: String, file: String) throws {
        self.file = file
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw ThemeError(
                file: file, line: error.source.begin.line, column: error.source.begin.column,
                message: "TOML syntax error: \(error.description)", expected: "valid TOML (toml.io)")
        }
        let locator = SourceLocator(text: source)
        var parser = Parser(file: file, locator: locator)
        // Visit keys in source order so the error reported is the first one in the file.
        for key in parser.ordered(table.keys, under: []) {
            try parser.topLevel(key, table[key]!, into: &self)
        }
    }

    /// Walks the TOML tree, turning mistakes into located errors.
    private struct Parser {
        let file: String
        let locator: SourceLocator

        func ordered(_ keys: [String], under path: [String]) -> [String] {
            keys.sorted {
                let a = locator.key(path + [$0]), b = locator.key(path + [$1])
                return (a.line, a.column, $0) < (b.line, b.column, $1)
            }
        }

        func fail(_ position: SourceLocator.Position, _ message: String, expected: String) -> ThemeError {
            ThemeError(file: file, line: position.line, column: position.column, message: message, expected: expected)
        }

        func typeName(_ value: TOMLValueConvertible) -> String {
            switch value.type {
            case .string: return "a string"
            case .int: return "an integer"
            case .double: return "a number"
            case .bool: return "a boolean"
            case .table: return "a table"
            case .array: return "an array"
            default: return "a date or time"
            }
        }

        func string(_ value: TOMLValueConvertible, _ path: [String], expected: String) throws -> String {
            guard let s = value.string else {
                throw fail(locator.value(path), "\(path.last ?? "value") is \(typeName(value))", expected: expected)
            }
            return s
        }

        mutating func topLevel(_ key: String, _ value: TOMLValueConvertible, into doc: inout ThemeDocument) throws {
            let path = [key]
            switch key {
            case "name":
                _ = try string(value, path, expected: "a string")
            case "description":
                doc.description = try string(value, path, expected: "a one-line string")
            case "inherits":
                doc.inherits = (try string(value, path, expected: "the name of another theme"), locator.value(path))
            case "palette":
                guard let table = value.table else {
                    throw fail(locator.value(path), "palette is \(typeName(value))", expected: "a table of named colours")
                }
                for name in ordered(table.keys, under: path) {
                    let ref = try colorRef(table[name]!, path + [name])
                    guard let color = ref.integer.flatMap(ColorParser.index) ?? ColorParser.parse(ref.text) else {
                        throw fail(ref.at, "bad colour \"\(ref.text)\" in [palette]", expected: "#rrggbb, 0–255, default or an ANSI name")
                    }
                    doc.palette[name] = color
                }
            case "topics":
                guard let table = value.table else {
                    throw fail(locator.value(path), "topics is \(typeName(value))", expected: "a table with palette = [ … ]")
                }
                for sub in ordered(table.keys, under: path) where sub != "palette" {
                    throw fail(locator.key(path + [sub]), "unknown key \"\(sub)\" in [topics]", expected: "palette")
                }
                guard let entry = table["palette"] else { break }
                guard let array = entry.array else {
                    throw fail(locator.value(path + ["palette"]), "topics.palette is \(typeName(entry))",
                               expected: "an array of colours or { fg, bg, modifiers } tables")
                }
                var specs: [StyleSpec] = []
                for (index, element) in array.enumerated() {
                    let elementPath = path + ["palette", SourceLocator.element(index)]
                    specs.append(try styleSpec(element, elementPath, scope: "topic"))
                }
                doc.topics = (specs, locator.value(path + ["palette"]))
            default:
                try scope(key, value, path, into: &doc)
            }
        }

        mutating func scope(_ name: String, _ value: TOMLValueConvertible, _ path: [String], into doc: inout ThemeDocument) throws {
            guard ThemeScopes.definable.contains(name) else {
                let hint = Spelling.suggestion(for: name, among: ThemeScopes.names + ThemeDocument.topLevelKeys)
                    .map { " (did you mean \"\($0)\"?)" } ?? ""
                throw fail(locator.key(path), "unknown key \"\(name)\"\(hint)",
                           expected: ThemeDocument.topLevelKeys.joined(separator: ", ") + " or a scope: "
                               + ThemeScopes.names.joined(separator: ", "))
            }
            var spec = try styleSpec(value, path, scope: name)
            if let table = value.table {
                // Keys other than fg/bg/modifiers are nested scopes: [ui.pane] title = {…}.
                for key in ordered(table.keys, under: path) where !["fg", "bg", "modifiers"].contains(key) {
                    try scope(name + "." + key, table[key]!, path + [key], into: &doc)
                }
                let own = table.keys.contains { ["fg", "bg", "modifiers"].contains($0) }
                if !own { return }
            }
            if ThemeScopes.modifierOnly.contains(name), spec.foreground != nil || spec.background != nil {
                throw fail(locator.key(path + [spec.foreground != nil ? "fg" : "bg"]),
                           "\(name) takes no colours: it adjusts each topic's own colour", expected: "modifiers = [ … ] only")
            }
            spec.at = locator.key(path)
            doc.styles[name] = spec
        }

        func colorRef(_ value: TOMLValueConvertible, _ path: [String]) throws -> ColorRef {
            let at = locator.value(path)
            if let s = value.string { return ColorRef(text: s, integer: nil, at: at, file: file) }
            if let n = value.int { return ColorRef(text: String(n), integer: n, at: at, file: file) }
            throw fail(at, "\(path.last ?? "colour") is \(typeName(value))", expected: "a colour: " + ColorParser.expectation)
        }

        /// A style: a bare colour (the foreground) or a table { fg, bg, modifiers }.
        func styleSpec(_ value: TOMLValueConvertible, _ path: [String], scope: String) throws -> StyleSpec {
            let at = locator.value(path)
            if value.string != nil || value.int != nil {
                return StyleSpec(foreground: try colorRef(value, path), at: at)
            }
            guard let table = value.table else {
                throw fail(at, "\(scope) is \(typeName(value))", expected: "a colour or a table { fg = …, bg = …, modifiers = [ … ] }")
            }
            var spec = StyleSpec(at: at)
            if let fg = table["fg"] { spec.foreground = try colorRef(fg, path + ["fg"]) }
            if let bg = table["bg"] { spec.background = try colorRef(bg, path + ["bg"]) }
            if let mods = table["modifiers"] {
                guard let array = mods.array else {
                    throw fail(locator.value(path + ["modifiers"]), "modifiers is \(typeName(mods))",
                               expected: "an array such as [\"bold\", \"underline\"]")
                }
                var set: Modifiers = []
                for (index, element) in array.enumerated() {
                    let elementPath = path + ["modifiers", SourceLocator.element(index)]
                    guard let word = element.string, let m = ThemeDocument.modifierNames[word] else {
                        throw fail(locator.value(elementPath), "unknown modifier \(element.string.map { "\"\($0)\"" } ?? typeName(element))",
                                   expected: "bold, dim, italic, underline or reverse")
                    }
                    set.formUnion(m)
                }
                spec.modifiers = set
            }
            if scope == "topic" {
                for key in ordered(table.keys, under: path) where !["fg", "bg", "modifiers"].contains(key) {
                    throw fail(locator.key(path + [key]), "unknown key \"\(key)\" in a topic colour", expected: "fg, bg or modifiers")
                }
            }
            return spec
        }
    }
}
