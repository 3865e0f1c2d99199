import ReadoutsReader
import ReadoutsTOML

/// Reads a parsed `config.toml` into a `Configuration`, checking every key and value; the
/// first mistake is thrown, located, with a suggestion for a misspelt key or value.
struct ConfigurationReader {
    let document: TOMLDocument

    func read() throws(LocatedError) -> Configuration {
        var configuration = Configuration()
        configuration.file = document.file
        for entry in document.root.entries {
            let value = entry.value
            switch entry.key {
            case "theme":
                configuration.theme = .init(value: try string(entry), location: value.location)
            case "mouse":
                configuration.preferences.mouse = try boolean(entry)
            case "follow":
                configuration.preferences.follows = try boolean(entry)
            case "numbers":
                configuration.preferences.numbersSentences = try boolean(entry)
            case "wrap-width":
                configuration.preferences.wrapWidth = try wrapWidth(value)
            case "clipboard":
                let name = try string(entry)
                guard let policy = ClipboardPolicy(rawValue: name) else {
                    throw unknown("clipboard setting", name, at: value.location, among: ClipboardPolicy.allCases.map(\.rawValue))
                }
                configuration.clipboard = policy
            case "topic-language":
                let name = try string(entry)
                guard let language = Configuration.topicLanguages[name] else {
                    throw unknown("topic language", name, at: value.location, among: Configuration.topicLanguages.keys.sorted())
                }
                configuration.topicLanguage = language
            case "keys":
                guard let table = value.table else {
                    throw document.error("keys is \(value.kindDescription)", at: value.location, expected: "a [keys] table")
                }
                configuration.preferences.keys = try keys(table)
            default:
                throw unknown("key", entry.key, at: entry.keyLocation, among: Configuration.keys)
            }
        }
        return configuration
    }

    /// `wrap-width`: 0 (nil: the pane's width) or a number of columns in range.
    func wrapWidth(_ value: TOMLValue) throws(LocatedError) -> Int? {
        let shown: String
        if let width = value.integer {
            if width == 0 { return nil }
            if Int64(Configuration.wrapWidths.lowerBound)...Int64(Configuration.wrapWidths.upperBound) ~= width { return Int(width) }
            shown = String(width)
        } else {
            shown = value.kindDescription
        }
        throw document.error("wrap-width is \(shown)", at: value.location,
                             expected: "0 (the pane's width) or a number of columns from \(Configuration.wrapWidths.lowerBound) to \(Configuration.wrapWidths.upperBound)")
    }

    /// `[keys]`: each key a key or a sequence, each value a command's name or "none".
    func keys(_ table: TOMLTable) throws(LocatedError) -> [KeyOverride] {
        var overrides: [KeyOverride] = []
        // The spelling each key sequence was first given in: "Ctrl-N" and "Ctrl-n" are one
        // key, and TOML, which sees two names, let both through (a diplomat's help listed
        // "Ctrl-N next-topic" and "Ctrl-N quit", and the first won).
        var spelled: [[Key]: String] = [:]
        for entry in table.entries {
            guard let keys = Key.parseSequence(entry.key) else {
                throw document.error("\(LocatedError.quote(entry.key)) is not a key", at: entry.keyLocation,
                                     expected: "a character, Ctrl-A…Ctrl-Z, F1…F12, or "
                                        + Key.named.keys.filter { $0.first?.isASCII == true }.sorted().joined(separator: ", ")
                                        + " (several keys separated by spaces)")
            }
            if let first = spelled[keys] {
                throw document.error("\(LocatedError.quote(entry.key)) is the same key as \(LocatedError.quote(first)), bound above",
                                     at: entry.keyLocation, expected: "each key bound once")
            }
            spelled[keys] = entry.key
            let name = try string(entry)
            if name == "none" {
                overrides.append(KeyOverride(keys: keys, command: nil))
                continue
            }
            guard let command = Command.byName[name] else {
                throw unknown("command", name, at: entry.value.location, among: Command.byName.keys.sorted() + ["none"])
            }
            overrides.append(KeyOverride(keys: keys, command: command))
        }
        return overrides
    }

    func string(_ entry: TOMLEntry) throws(LocatedError) -> String {
        guard let text = entry.value.string else {
            throw document.error("\(entry.key) is \(entry.value.kindDescription)", at: entry.value.location, expected: "a string")
        }
        return text
    }

    func boolean(_ entry: TOMLEntry) throws(LocatedError) -> Bool {
        guard let flag = entry.value.boolean else {
            throw document.error("\(entry.key) is \(entry.value.kindDescription)", at: entry.value.location, expected: "true or false")
        }
        return flag
    }

    /// `unknown key "mose" (did you mean "mouse"?), expected one of …`.
    func unknown(_ what: String, _ name: String, at location: TOMLLocation, among candidates: [String]) -> LocatedError {
        let hint = Spelling.suggestion(for: name, among: candidates).map { " (did you mean \"\($0)\"?)" } ?? ""
        return document.error("unknown \(what) \(LocatedError.quote(name))\(hint)", at: location,
                              expected: "one of " + candidates.joined(separator: ", "))
    }
}
