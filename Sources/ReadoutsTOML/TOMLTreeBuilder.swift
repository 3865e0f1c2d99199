/// Builds the document while it is parsed and enforces TOML's rules on defining tables and
/// keys: a key once per table; a table defined once by a header, or by dotted keys in one
/// place, never by both; inline tables and arrays written as values closed to additions;
/// `[[array]]` headers adding an element each. Tables and arrays live in flat arrays and refer
/// to each other by index, so adding to a deep table costs no copying.
struct TOMLTreeBuilder {
    /// How a table came to be, which decides what may still add to it.
    enum Origin: Equatable {
        /// Named only as the parent in a header (`a` in `[a.b]`): a header may still define it.
        case implicit
        /// Defined by a `[header]`, or an element of an array of tables.
        case header
        /// Created by dotted keys (`a.b = 1`) in one table section or inline table.
        case dotted(section: Int)
        /// An inline table `{ … }`: complete as written.
        case inline
    }

    enum Ref {
        case table(Int)
        case array(Int)
        case scalar(TOMLValue)
    }

    struct Table {
        var location: TOMLLocation
        var origin: Origin
        var depth: Int
        var entries: [(key: String, keyLocation: TOMLLocation, ref: Ref)] = []
        var positions: [String: Int] = [:]
    }

    struct Array {
        var location: TOMLLocation
        /// `[[name]]` arrays grow with each header; arrays written as values are closed.
        var ofTables: Bool
        var elements: [Ref] = []
    }

    /// Tables may nest this deep, counting arrays and inline tables; deeper documents are
    /// refused rather than risking the stack (toml-test suggests 128 or 256).
    static let maximumDepth = 128

    private(set) var tables = [Table(location: .start, origin: .header, depth: 0)]
    private(set) var arrays: [Array] = []
    private var sections = 0
    let root = 0

    /// A fresh id for a table section or inline table, within which dotted keys may extend
    /// the tables they created.
    mutating func newSection() -> Int {
        sections += 1
        return sections
    }

    func depth(of table: Int) -> Int { tables[table].depth }

    mutating func makeTable(at location: TOMLLocation, origin: Origin, depth: Int) -> Int {
        tables.append(Table(location: location, origin: origin, depth: depth))
        return tables.count - 1
    }

    mutating func makeArray(at location: TOMLLocation, elements: [Ref]) -> Int {
        arrays.append(Array(location: location, ofTables: false, elements: elements))
        return arrays.count - 1
    }

    /// Adds `key = value` to `table`, creating the tables of a dotted key's parts.
    mutating func insert(_ key: [TOMLKeyPart], _ value: Ref, into table: Int, section: Int, file: String) throws(LocatedError) {
        guard let last = key.last else { return }
        var current = table
        for part in key.dropLast() {
            if let position = tables[current].positions[part.name] {
                let existing = tables[current].entries[position]
                guard case .table(let sub) = existing.ref else {
                    throw refusal(part, file: file, "\(describe(existing.ref)) defined at \(existing.keyLocation)",
                                  expected: "a key that is not already a value")
                }
                switch tables[sub].origin {
                case .implicit:
                    tables[sub].origin = .dotted(section: section)
                case .dotted(let s) where s == section:
                    break
                case .dotted:
                    throw refusal(part, file: file, "a table made by dotted keys at \(existing.keyLocation)",
                                  expected: "dotted keys that extend a table only where it was made")
                case .header:
                    throw refusal(part, file: file, "a table defined by a header at \(tables[sub].location)",
                                  expected: "its keys under its own [header]")
                case .inline:
                    throw refusal(part, file: file, "an inline table at \(tables[sub].location), complete as written",
                                  expected: "all of an inline table's keys inside its { }")
                }
                current = sub
            } else {
                let sub = try makeChildTable(of: current, part, origin: .dotted(section: section), file: file)
                current = sub
            }
        }
        if let position = tables[current].positions[last.name] {
            let existing = tables[current].entries[position]
            throw LocatedError(file: file, at: last.location,
                               "TOML syntax error: duplicate key \(LocatedError.quote(last.name)), first defined at \(existing.keyLocation)",
                               expected: "valid TOML: each key once per table")
        }
        add(last, value, to: current)
    }

    /// Opens the table a `[header]` or `[[header]]` names, and returns it.
    mutating func openTable(_ key: [TOMLKeyPart], at location: TOMLLocation, arrayOfTables: Bool, file: String) throws(LocatedError) -> Int {
        guard let last = key.last else { return root }
        var current = root
        for part in key.dropLast() {
            guard let position = tables[current].positions[part.name] else {
                current = try makeChildTable(of: current, part, origin: .implicit, file: file)
                continue
            }
            let existing = tables[current].entries[position]
            switch existing.ref {
            case .table(let sub) where tables[sub].origin == .inline:
                throw refusal(part, file: file, "an inline table at \(tables[sub].location), complete as written",
                              expected: "all of an inline table's keys inside its { }")
            case .table(let sub):
                current = sub
            case .array(let a) where arrays[a].ofTables:
                guard case .table(let element)? = arrays[a].elements.last else { return root }
                current = element
            default:
                throw refusal(part, file: file, "\(describe(existing.ref)) defined at \(existing.keyLocation)",
                              expected: "a key that is not already a value")
            }
        }
        let name = LocatedError.quote(key.map(\.name).joined(separator: "."))
        guard let position = tables[current].positions[last.name] else {
            let depth = tables[current].depth + 1
            try checkDepth(depth, at: last, file: file)
            if arrayOfTables {
                let element = makeTable(at: location, origin: .header, depth: depth + 1)
                arrays.append(Array(location: location, ofTables: true, elements: [.table(element)]))
                add(last, .array(arrays.count - 1), to: current)
                return element
            }
            let table = makeTable(at: location, origin: .header, depth: depth)
            add(last, .table(table), to: current)
            return table
        }
        let existing = tables[current].entries[position]
        switch existing.ref {
        case .table(let table) where !arrayOfTables && tables[table].origin == .implicit:
            tables[table].origin = .header
            tables[table].location = location
            return table
        case .array(let a) where arrayOfTables && arrays[a].ofTables:
            let element = makeTable(at: location, origin: .header, depth: tables[current].depth + 2)
            arrays[a].elements.append(.table(element))
            return element
        case .table(let table):
            let how: String
            switch tables[table].origin {
            case .header, .implicit: how = "by a header at \(tables[table].location)"
            case .dotted: how = "by dotted keys at \(existing.keyLocation)"
            case .inline: how = "as an inline table at \(tables[table].location)"
            }
            throw LocatedError(file: file, at: last.location,
                               "TOML syntax error: table \(name) is already defined \(how)",
                               expected: arrayOfTables ? "valid TOML: [[…]] only for arrays of tables" : "valid TOML: each table defined once")
        case .array(let a) where arrays[a].ofTables:
            throw LocatedError(file: file, at: last.location,
                               "TOML syntax error: \(name) is an array of tables, first at \(arrays[a].location)",
                               expected: "valid TOML: [[\(key.map(\.name).joined(separator: "."))]] to add an element")
        default:
            throw LocatedError(file: file, at: last.location,
                               "TOML syntax error: \(name) is already \(describe(existing.ref)) defined at \(existing.keyLocation)",
                               expected: "valid TOML: each key once per table")
        }
    }

    /// The finished document.
    func build() -> TOMLTable {
        guard case .table(let table) = value(.table(root)).kind else { return TOMLTable() }
        return table
    }

    private func value(_ ref: Ref) -> TOMLValue {
        switch ref {
        case .scalar(let value):
            return value
        case .array(let index):
            let array = arrays[index]
            return TOMLValue(.array(array.elements.map(value)), at: array.location)
        case .table(let index):
            let table = tables[index]
            let entries = table.entries.map { TOMLEntry(key: $0.key, keyLocation: $0.keyLocation, value: value($0.ref)) }
            return TOMLValue(.table(TOMLTable(entries: entries, positions: table.positions)), at: table.location)
        }
    }

    private mutating func add(_ part: TOMLKeyPart, _ ref: Ref, to table: Int) {
        tables[table].positions[part.name] = tables[table].entries.count
        tables[table].entries.append((part.name, part.location, ref))
    }

    private mutating func makeChildTable(of parent: Int, _ part: TOMLKeyPart, origin: Origin, file: String) throws(LocatedError) -> Int {
        let depth = tables[parent].depth + 1
        try checkDepth(depth, at: part, file: file)
        let table = makeTable(at: part.location, origin: origin, depth: depth)
        add(part, .table(table), to: parent)
        return table
    }

    func checkDepth(_ depth: Int, at part: TOMLKeyPart, file: String) throws(LocatedError) {
        guard depth <= Self.maximumDepth else {
            throw LocatedError(file: file, at: part.location, "tables nested more than \(Self.maximumDepth) deep",
                               expected: "at most \(Self.maximumDepth) levels of tables, arrays and inline tables")
        }
    }

    private func describe(_ ref: Ref) -> String {
        switch ref {
        case .scalar(let value): return value.kindDescription
        case .array(let a): return arrays[a].ofTables ? "an array of tables" : "an array"
        case .table: return "a table"
        }
    }

    private func refusal(_ part: TOMLKeyPart, file: String, _ what: String, expected: String) -> LocatedError {
        LocatedError(file: file, at: part.location,
                     "TOML syntax error: cannot add to \(LocatedError.quote(part.name)), which is \(what)",
                     expected: "valid TOML: " + expected)
    }
}

/// One part of a (possibly dotted) key, with where it is written.
struct TOMLKeyPart {
    var name: String
    var location: TOMLLocation
}
