/// One TOML value with where it is written: the first character of a string's quotes, a
/// number, an array's `[`, an inline table's `{`, a table's header (its `[`), or the key
/// that created a table implicitly.
public struct TOMLValue: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case string(String)
        /// TOML integers are 64-bit signed.
        case integer(Int64)
        case float(Double)
        case boolean(Bool)
        /// Boxed: a date-time is several times larger than any other case.
        indirect case dateTime(TOMLDateTime)
        case array([TOMLValue])
        case table(TOMLTable)
    }

    public var kind: Kind
    public var location: TOMLLocation

    public init(_ kind: Kind, at location: TOMLLocation) {
        self.kind = kind
        self.location = location
    }

    public var string: String? {
        if case .string(let value) = kind { return value }
        return nil
    }

    public var integer: Int64? {
        if case .integer(let value) = kind { return value }
        return nil
    }

    /// A float, or an integer read as one (`weight = 1` where a number is wanted).
    public var number: Double? {
        switch kind {
        case .float(let value): return value
        case .integer(let value): return Double(value)
        default: return nil
        }
    }

    public var boolean: Bool? {
        if case .boolean(let value) = kind { return value }
        return nil
    }

    public var dateTime: TOMLDateTime? {
        if case .dateTime(let value) = kind { return value }
        return nil
    }

    public var array: [TOMLValue]? {
        if case .array(let value) = kind { return value }
        return nil
    }

    public var table: TOMLTable? {
        if case .table(let value) = kind { return value }
        return nil
    }

    /// What the value is, for messages such as "fg is a boolean".
    public var kindDescription: String {
        switch kind {
        case .string: return "a string"
        case .integer: return "an integer"
        case .float: return "a float"
        case .boolean: return "a boolean"
        case .dateTime(let value): return value.kindDescription
        case .array: return "an array"
        case .table: return "a table"
        }
    }
}

/// A key as written in its table, with the location of the key itself (for a dotted key
/// `a.b.c`, each part's own location; for `[a.b]`, the `b` of the first header naming it).
public struct TOMLEntry: Equatable, Sendable {
    public var key: String
    public var keyLocation: TOMLLocation
    public var value: TOMLValue

    public init(key: String, keyLocation: TOMLLocation, value: TOMLValue) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// A TOML table: its entries in the order their keys first appear in the file, so that a
/// reader visiting them reports the first mistake in the file first.
public struct TOMLTable: Equatable, Sendable {
    public private(set) var entries: [TOMLEntry]
    private var positions: [String: Int]

    public init(_ entries: [TOMLEntry] = []) {
        self.entries = []
        positions = [:]
        for entry in entries { self[entry.key] = entry }
    }

    /// Entries whose keys are known to be distinct, with their positions already counted.
    init(entries: [TOMLEntry], positions: [String: Int]) {
        self.entries = entries
        self.positions = positions
    }

    public var keys: [String] { entries.map(\.key) }
    public var isEmpty: Bool { entries.isEmpty }

    /// The entry for `key`; setting one replaces it in place or appends it.
    public subscript(key: String) -> TOMLEntry? {
        get { positions[key].map { entries[$0] } }
        set {
            if let index = positions[key] {
                if let newValue {
                    entries[index] = newValue
                } else {
                    entries.remove(at: index)
                    positions = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0) })
                }
            } else if let newValue {
                positions[key] = entries.count
                entries.append(newValue)
            }
        }
    }

    public static func == (a: TOMLTable, b: TOMLTable) -> Bool { a.entries == b.entries }
}
