import ReadoutsTOML

/// One theme file, parsed and checked on its own but not yet merged with what it inherits.
/// Colour references stay unresolved because they may name a parent's `[palette]` entries.
struct ThemeDocument {
    /// A colour as written, with where it was written for error messages.
    struct ColorRef {
        var text: String
        var integer: Int?
        var at: TOMLLocation
        var file: String
    }

    /// A style entry as written: absent fields are inherited later.
    struct StyleSpec {
        var foreground: ColorRef?
        var background: ColorRef?
        var modifiers: Modifiers?
        var at: TOMLLocation
    }

    var file: String
    var description: String?
    var inherits: (name: String, at: TOMLLocation)?
    var palette: [String: Color] = [:]
    var styles: [String: StyleSpec] = [:]
    var topics: (entries: [StyleSpec], at: TOMLLocation)?

    static let topLevelKeys = ["name", "description", "inherits", "palette", "topics"]
    static let styleKeys: Set<String> = ["fg", "bg", "modifiers"]
    static let modifierNames: [String: Modifiers] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "underlined": .underline,
        "reverse": .reverse, "reversed": .reverse,
    ]

    /// Parses `source`; `file` is used only in error messages. Entries are visited in source
    /// order, so the error reported is the first one in the file.
    init(source: String, file: String) throws(LocatedError) {
        self.file = file
        let reader = Reader(document: try TOMLDocument(parsing: source, file: file))
        for entry in reader.document.root.entries {
            try reader.topLevel(entry, into: &self)
        }
    }

    /// Walks the located TOML tree, turning mistakes into located errors.
    private struct Reader {
        let document: TOMLDocument

        func fail(_ at: TOMLLocation, _ message: String, expected: String) -> LocatedError {
            document.error(message, at: at, expected: expected)
        }

        func string(_ entry: TOMLEntry, expected: String) throws(LocatedError) -> String {
            guard let s = entry.value.string else {
                throw fail(entry.value.location, "\(entry.key) is \(entry.value.kindDescription)", expected: expected)
            }
            return s
        }

        func topLevel(_ entry: TOMLEntry, into doc: inout ThemeDocument) throws(LocatedError) {
            switch entry.key {
            case "name":
                _ = try string(entry, expected: "a string")
            case "description":
                let text = try string(entry, expected: "a one-line string")
                // --list-themes prints it on one line of a terminal.
                guard LocatedError.escapingControls(text) == text else {
                    throw fail(entry.value.location, "description has a line break or control character", expected: "a one-line string")
                }
                doc.description = text
            case "inherits":
                doc.inherits = (try string(entry, expected: "the name of another theme"), entry.value.location)
            case "palette":
                guard let table = entry.value.table else {
                    throw fail(entry.value.location, "palette is \(entry.value.kindDescription)", expected: "a table of named colours")
                }
                for named in table.entries {
                    let ref = try colorRef(named.value, name: named.key)
                    guard let color = ref.integer.flatMap(ColorParser.index) ?? ColorParser.parse(ref.text) else {
                        throw fail(ref.at, "bad colour \(LocatedError.quote(ref.text)) in [palette]",
                                   expected: "#rrggbb, 0–255, default or an ANSI name")
                    }
                    doc.palette[named.key] = color
                }
            case "topics":
                guard let table = entry.value.table else {
                    throw fail(entry.value.location, "topics is \(entry.value.kindDescription)", expected: "a table with palette = [ … ]")
                }
                for sub in table.entries where sub.key != "palette" {
                    throw fail(sub.keyLocation, "unknown key \(LocatedError.quote(sub.key)) in [topics]", expected: "palette")
                }
                guard let palette = table["palette"] else { break }
                guard let array = palette.value.array else {
                    throw fail(palette.value.location, "topics.palette is \(palette.value.kindDescription)",
                               expected: "an array of colours or { fg, bg, modifiers } tables")
                }
                var specs: [StyleSpec] = []
                for element in array {
                    specs.append(try styleSpec(element, scope: "topic"))
                }
                doc.topics = (specs, palette.value.location)
            default:
                try scope(entry.key, entry, into: &doc)
            }
        }

        func scope(_ name: String, _ entry: TOMLEntry, into doc: inout ThemeDocument) throws(LocatedError) {
            guard ThemeScopes.definable.contains(name) else {
                let hint = Spelling.suggestion(for: name, among: ThemeScopes.names + ThemeDocument.topLevelKeys)
                    .map { " (did you mean \"\($0)\"?)" } ?? ""
                throw fail(entry.keyLocation, "unknown key \(LocatedError.quote(name))\(hint)",
                           expected: ThemeDocument.topLevelKeys.joined(separator: ", ") + " or a scope: "
                               + ThemeScopes.names.joined(separator: ", "))
            }
            var spec = try styleSpec(entry.value, scope: name)
            if let table = entry.value.table {
                // Keys other than fg/bg/modifiers are nested scopes: [ui.pane] title = {…}.
                for sub in table.entries where !ThemeDocument.styleKeys.contains(sub.key) {
                    // Not a nested scope either: a misspelt fg, bg or modifiers ("fgg") is
                    // said as such, not as an unknown scope "ui.divider.fgg".
                    if !ThemeScopes.definable.contains(name + "." + sub.key),
                       let meant = Spelling.suggestion(for: sub.key, among: ThemeDocument.styleKeys.sorted()) {
                        throw fail(sub.keyLocation, "unknown key \(LocatedError.quote(sub.key)) in \(name) (did you mean \"\(meant)\"?)",
                                   expected: "fg, bg or modifiers")
                    }
                    try scope(name + "." + sub.key, sub, into: &doc)
                }
                if !table.keys.contains(where: ThemeDocument.styleKeys.contains) { return }
                if ThemeScopes.modifierOnly.contains(name), let colour = table["fg"] ?? table["bg"] {
                    throw fail(colour.keyLocation, "\(name) takes no colours: it adjusts each topic's own colour",
                               expected: "modifiers = [ … ] only")
                }
            } else if ThemeScopes.modifierOnly.contains(name) {
                throw fail(entry.value.location, "\(name) takes no colours: it adjusts each topic's own colour",
                           expected: "modifiers = [ … ] only")
            }
            spec.at = entry.keyLocation
            doc.styles[name] = spec
        }

        func colorRef(_ value: TOMLValue, name: String) throws(LocatedError) -> ColorRef {
            if let s = value.string { return ColorRef(text: s, integer: nil, at: value.location, file: document.file) }
            if let n = value.integer { return ColorRef(text: String(n), integer: Int(clamping: n), at: value.location, file: document.file) }
            throw fail(value.location, "\(name) is \(value.kindDescription)", expected: "a colour: " + ColorParser.expectation)
        }

        /// A style: a bare colour (the foreground) or a table { fg, bg, modifiers }.
        func styleSpec(_ value: TOMLValue, scope: String) throws(LocatedError) -> StyleSpec {
            if value.string != nil || value.integer != nil {
                return StyleSpec(foreground: try colorRef(value, name: scope), at: value.location)
            }
            guard let table = value.table else {
                throw fail(value.location, "\(scope) is \(value.kindDescription)",
                           expected: "a colour or a table { fg = …, bg = …, modifiers = [ … ] }")
            }
            var spec = StyleSpec(at: value.location)
            for entry in table.entries {
                switch entry.key {
                case "fg": spec.foreground = try colorRef(entry.value, name: "fg")
                case "bg": spec.background = try colorRef(entry.value, name: "bg")
                case "modifiers": spec.modifiers = try modifiers(entry.value)
                default:
                    if scope == "topic" {
                        throw fail(entry.keyLocation, "unknown key \(LocatedError.quote(entry.key)) in a topic colour",
                                   expected: "fg, bg or modifiers")
                    }
                }
            }
            return spec
        }

        func modifiers(_ value: TOMLValue) throws(LocatedError) -> Modifiers {
            guard let array = value.array else {
                throw fail(value.location, "modifiers is \(value.kindDescription)", expected: "an array such as [\"bold\", \"underline\"]")
            }
            var set: Modifiers = []
            for element in array {
                guard let word = element.string, let m = ThemeDocument.modifierNames[word] else {
                    throw fail(element.location, "unknown modifier \(element.string.map { LocatedError.quote($0) } ?? element.kindDescription)",
                               expected: "bold, dim, italic, underline or reverse")
                }
                set.formUnion(m)
            }
            return set
        }
    }
}
