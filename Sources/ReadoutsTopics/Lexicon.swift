import Foundation
import ReadoutsText
import TOMLKit

/// A curated topic lexicon: for each topic, its label and the aliases and phrases that
/// name it in each language. It recovers links that share no word at all
/// ("sanctions" ↔ "mesures économiques", "cybersécurité" ↔ "ransomwares").
///
/// File format (TOML), one table per topic:
///
/// ```toml
/// name = "international-affairs"        # optional, shown in messages
///
/// [topic.sanctions]                     # the topic id: stable, used in JSON and colours
/// label = { fr = "sanctions", en = "sanctions", ru = "санкции" }   # or one string
/// weight = 1.0                          # 0…2; 1 = a topic that carries a link on its own,
///                                       # 0.5 = a generic one that only adds a bonus
/// fr = ["sanction", "mesures économiques", "embargo"]   # aliases, written with accents
/// en = ["sanction", "economic measures", "embargo"]
/// ru = ["санкции", "экономические меры"]
/// exclude = ["mesures sanitaires"]     # phrases (any language) that cancel an alias match
///                                       # they overlap
/// ```
///
/// Aliases are normalised exactly like the text (stopwords dropped, stemmed, folded), so
/// "mesures économiques" also matches "des mesures économiques et autres fortes", and
/// a phrase matches its words in order with stopwords between them. Several lexicons can
/// be loaded together; a topic id found in two of them gets the union of their aliases.
public struct Lexicon: Sendable, Equatable {
    public struct Topic: Sendable, Equatable {
        public var id: String
        /// Label per language code ("fr", "en", "ru"); "" is the language-neutral label.
        public var labels: [String: String]
        public var weight: Double
        /// Aliases and phrases per language.
        public var aliases: [Language: [String]]
        public var exclusions: [String]

        public init(id: String, labels: [String: String], weight: Double = 1, aliases: [Language: [String]], exclusions: [String] = []) {
            self.id = id
            self.labels = labels
            self.weight = weight
            self.aliases = aliases
            self.exclusions = exclusions
        }

        /// The label for `language`, else English, else any.
        public func label(for language: Language) -> String {
            labels[language.rawValue] ?? labels[""] ?? labels["en"] ?? labels.values.sorted().first ?? id
        }
    }

    public var name: String
    public var topics: [Topic]

    public init(name: String, topics: [Topic]) {
        self.name = name
        self.topics = topics
    }

    /// The lexicon Readouts ships, for readouts of international affairs in French,
    /// English and Russian.
    public static let international: Lexicon = {
        let source = EmbeddedFiles.byName["international-affairs.toml"] ?? ""
        do {
            return try parse(source, file: "international-affairs.toml")
        } catch {
            fatalError("The shipped lexicon is malformed: \(error)")
        }
    }()

    /// Loads a user's lexicon. Throws `LexiconError` (`FILE:LINE:COLUMN: message`) when the
    /// file cannot be read, is not TOML, or does not follow the format.
    public static func load(path: String) throws(LexiconError) -> Lexicon {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(file: path, line: 1, column: 1, message: "cannot read the file")
        }
        guard let source = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: path, line: 1, column: 1, message: "the file is not UTF-8 text")
        }
        return try parse(source, file: path)
    }

    /// Parses lexicon source text; `file` is only used in error messages.
    public static func parse(_ source: String, file: String) throws(LexiconError) -> Lexicon {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw LexiconError(file: file, line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw LexiconError(file: file, line: 1, column: 1, message: "\(error)")
        }
        return try LexiconReader(table: table, locator: TOMLKeyLocator(source: source), file: file).read()
    }
}

/// Turns a parsed TOML table into a `Lexicon`, reporting semantic errors at their key.
private struct LexiconReader {
    let table: TOMLTable
    let locator: TOMLKeyLocator
    let file: String
    static let languageKeys: [String: Language] = ["fr": .french, "en": .english, "ru": .russian]

    func fail(_ message: String, key: String?, table: String?) -> LexiconError {
        let (line, column) = locator.locate(key: key, inTable: table)
        return LexiconError(file: file, line: line, column: column, message: message)
    }

    func read() throws(LexiconError) -> Lexicon {
        var name = (file as NSString).lastPathComponent
        var topics: [Lexicon.Topic] = []
        for (key, value) in table {
            switch key {
            case "name":
                guard let string = value.string else { throw fail("'name' must be a string", key: key, table: nil) }
                name = string
            case "version":
                guard value.int != nil || value.string != nil else { throw fail("'version' must be an integer or a string", key: key, table: nil) }
            case "topic":
                guard let topicTable = value.table else { throw fail("'topic' must be a table of topics ([topic.ID])", key: key, table: nil) }
                for (id, topicValue) in topicTable {
                    guard let body = topicValue.table else {
                        throw fail("topic '\(id)' must be a table ([topic.\(id)])", key: id, table: "topic")
                    }
                    topics.append(try readTopic(id: id, body))
                }
            default:
                throw fail("unknown key '\(key)' (expected 'name', 'version' or [topic.ID] tables)", key: key, table: nil)
            }
        }
        topics.sort { $0.id < $1.id }
        return Lexicon(name: name, topics: topics)
    }

    func readTopic(id: String, _ body: TOMLTable) throws(LexiconError) -> Lexicon.Topic {
        let path = "topic.\(id)"
        var topic = Lexicon.Topic(id: id, labels: [:], aliases: [:])
        for (key, value) in body {
            if let language = Self.languageKeys[key] {
                topic.aliases[language] = try strings(value, key: key, table: path)
                continue
            }
            switch key {
            case "label":
                if let string = value.string {
                    topic.labels[""] = string
                } else if let labels = value.table {
                    for (code, label) in labels {
                        guard Self.languageKeys[code] != nil else {
                            throw fail("unknown language '\(code)' in label (expected fr, en or ru)", key: key, table: path)
                        }
                        guard let string = label.string else { throw fail("label '\(code)' must be a string", key: key, table: path) }
                        topic.labels[code] = string
                    }
                } else {
                    throw fail("'label' must be a string or a table such as { fr = \"…\", en = \"…\" }", key: key, table: path)
                }
            case "weight":
                guard let weight = value.double ?? value.int.map(Double.init), (0...2).contains(weight) else {
                    throw fail("'weight' must be a number between 0 and 2", key: key, table: path)
                }
                topic.weight = weight
            case "exclude":
                topic.exclusions = try strings(value, key: key, table: path)
            default:
                throw fail("unknown key '\(key)' in topic '\(id)' (expected label, weight, fr, en, ru, exclude)", key: key, table: path)
            }
        }
        if topic.labels.isEmpty { throw fail("topic '\(id)' has no 'label'", key: nil, table: path) }
        if topic.aliases.values.allSatisfy(\.isEmpty) { throw fail("topic '\(id)' has no aliases (fr, en or ru)", key: nil, table: path) }
        return topic
    }

    func strings(_ value: any TOMLValueConvertible, key: String, table: String) throws(LexiconError) -> [String] {
        guard let array = value.array else { throw fail("'\(key)' must be an array of strings", key: key, table: table) }
        var result: [String] = []
        for element in array {
            guard let string = element.string, !string.isEmpty else {
                throw fail("'\(key)' must contain only non-empty strings", key: key, table: table)
            }
            result.append(string)
        }
        return result
    }
}
