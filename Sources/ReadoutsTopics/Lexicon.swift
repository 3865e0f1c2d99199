import Foundation
import ReadoutsText
import ReadoutsTOML

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
/// de = ["Sanktionen", "Strafmaßnahmen"]   # and es: every language Readouts reads
/// es = ["sanciones", "medidas restrictivas"]
/// exclude = ["mesures sanitaires"]     # phrases (any language) that cancel an alias match
///                                       # they overlap
/// place = true                          # a region, a sea, a country (optional, default false)
/// ```
///
/// Aliases are normalised exactly like the text (stopwords dropped, stemmed, folded), so
/// "mesures économiques" also matches "des mesures économiques et autres fortes", and
/// a phrase matches its words in order with stopwords between them. Several lexicons can
/// be loaded together; a topic id found in two of them gets the union of their aliases.
public struct Lexicon: Sendable, Equatable {
    public struct Topic: Sendable, Equatable {
        public var id: String
        /// Label per language code ("fr", "en", "ru", "de", "es"); "" is the language-neutral label.
        public var labels: [String: String]
        public var weight: Double
        /// Aliases and phrases per language.
        public var aliases: [Language: [String]]
        public var exclusions: [String]
        /// Aliases that do not assign the topic alone ("guarantees", "hackers", "cyber").
        public var ambiguous: [String]
        /// A place (a region, a sea, a country): a sentence whose topics are other places is
        /// not, by meaning alone, about this one (`MeaningCounterparts`): "…the Middle East
        /// and the Red Sea…" is no passage on the Black Sea.
        public var isPlace = false

        public init(id: String, labels: [String: String], weight: Double = 1, aliases: [Language: [String]], exclusions: [String] = [],
                    ambiguous: [String] = []) {
            self.ambiguous = ambiguous
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
    /// The file's `version`, as written (an integer or a string); nil without one.
    public var version: String?
    public var topics: [Topic]

    public init(name: String, version: String? = nil, topics: [Topic]) {
        self.name = name
        self.version = version
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

    /// Loads a user's lexicon. Throws `LocatedError` (`FILE:LINE:COLUMN: message`) when the
    /// file cannot be read, is not UTF-8 TOML, or does not follow the format.
    public static func load(path: String) throws(LocatedError) -> Lexicon {
        guard let data = FileManager.default.contents(atPath: path) else { throw LocatedError.unreadable(path) }
        return try parse(bytes: Array(data), file: path)
    }

    /// Parses lexicon source text; `file` is only used in error messages.
    public static func parse(_ source: String, file: String) throws(LocatedError) -> Lexicon {
        try parse(bytes: Array(source.utf8), file: file)
    }

    /// Parses a lexicon file's bytes; `file` is only used in error messages.
    public static func parse(bytes: [UInt8], file: String) throws(LocatedError) -> Lexicon {
        try LexiconReader(document: try TOMLDocument(parsing: bytes, file: file)).read()
    }
}

/// Turns a parsed TOML document into a `Lexicon`, reporting mistakes where they are written:
/// an unknown or mistyped key at the key, a bad alias at the alias, a topic that lacks
/// something at its header.
private struct LexiconReader {
    let document: TOMLDocument
    static let languageKeys: [String: Language] = Dictionary(uniqueKeysWithValues: Language.known.map { ($0.rawValue, $0) })
    /// Every key a topic may have, in the order the manual gives them.
    static let topicKeys = ["label", "weight"] + Language.known.map(\.rawValue) + ["exclude", "ambiguous", "place"]
    /// The alias languages, "fr, en, ru, de or es".
    static let languageList = Language.known.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + (Language.known.last?.rawValue ?? "")

    /// Why `key` is no language of a lexicon when it names one the reader tells apart but
    /// does not read ("uk"): a Kyiv analyst's `uk = [...]` was told only the keys expected.
    static func notALexiconLanguage(_ key: String) -> String {
        guard let name = LanguageIdentifier.unreadLanguageName(code: key) else { return "" }
        return "; \(name) is not a lexicon language"
    }

    func fail(_ message: String, at location: TOMLLocation) -> LocatedError {
        document.error(message, at: location)
    }

    func quote(_ text: String) -> String { LocatedError.quote(text, mark: "'") }

    func read() throws(LocatedError) -> Lexicon {
        var name = (document.file as NSString).lastPathComponent
        var version: String?
        var topics: [Lexicon.Topic] = []
        for entry in document.root.entries {
            switch entry.key {
            case "name":
                guard let string = entry.value.string else { throw fail("'name' must be a string", at: entry.keyLocation) }
                name = string
            case "version":
                // Written without `map` and `??`: that form crashed the optimiser (Swift 6.3.1,
                // CopyPropagation) in this typed-throws function.
                if let integer = entry.value.integer {
                    version = String(integer)
                } else if let string = entry.value.string {
                    version = string
                } else {
                    throw fail("'version' must be an integer or a string", at: entry.keyLocation)
                }
            case "topic":
                guard let topicTable = entry.value.table else {
                    throw fail("'topic' must be a table of topics ([topic.ID])", at: entry.keyLocation)
                }
                for topic in topicTable.entries {
                    guard let body = topic.value.table else {
                        throw fail("topic \(quote(topic.key)) must be a table ([topic.\(LocatedError.quote(topic.key, mark: ""))])", at: topic.keyLocation)
                    }
                    topics.append(try readTopic(id: topic.key, body, at: topic.value.location))
                }
            default:
                throw fail("unknown key \(quote(entry.key)) (expected 'name', 'version' or [topic.ID] tables)", at: entry.keyLocation)
            }
        }
        topics.sort { $0.id < $1.id }
        return Lexicon(name: name, version: version, topics: topics)
    }

    func readTopic(id: String, _ body: TOMLTable, at location: TOMLLocation) throws(LocatedError) -> Lexicon.Topic {
        var topic = Lexicon.Topic(id: id, labels: [:], aliases: [:])
        for entry in body.entries {
            if let language = Self.languageKeys[entry.key] {
                topic.aliases[language] = try strings(entry)
                continue
            }
            switch entry.key {
            case "label":
                if let string = entry.value.string {
                    topic.labels[""] = string
                } else if let labels = entry.value.table {
                    for label in labels.entries {
                        guard Self.languageKeys[label.key] != nil else {
                            throw fail("unknown language \(quote(label.key)) in label (expected \(Self.languageList))\(Self.notALexiconLanguage(label.key))", at: label.keyLocation)
                        }
                        guard let string = label.value.string else {
                            throw fail("label \(quote(label.key)) must be a string", at: label.keyLocation)
                        }
                        topic.labels[label.key] = string
                    }
                } else {
                    throw fail("'label' must be a string or a table such as { fr = \"…\", en = \"…\" }", at: entry.keyLocation)
                }
            case "weight":
                guard let weight = entry.value.number, (0...2).contains(weight) else {
                    throw fail("'weight' must be a number between 0 and 2", at: entry.keyLocation)
                }
                topic.weight = weight
            case "exclude":
                topic.exclusions = try strings(entry)
            case "ambiguous":
                topic.ambiguous = try strings(entry)
            case "place":
                guard let place = entry.value.boolean else { throw fail("'place' must be true or false", at: entry.keyLocation) }
                topic.isPlace = place
            default:
                throw fail("unknown key \(quote(entry.key)) in topic \(quote(id)) (expected \(Self.topicKeys.joined(separator: ", ")))"
                           + Self.notALexiconLanguage(entry.key), at: entry.keyLocation)
            }
        }
        if topic.labels.isEmpty { throw fail("topic \(quote(id)) has no 'label'", at: location) }
        if topic.aliases.values.allSatisfy(\.isEmpty) { throw fail("topic \(quote(id)) has no aliases (\(Self.languageList))", at: location) }
        return topic
    }

    func strings(_ entry: TOMLEntry) throws(LocatedError) -> [String] {
        guard let array = entry.value.array else { throw fail("\(quote(entry.key)) must be an array of strings", at: entry.keyLocation) }
        var result: [String] = []
        for element in array {
            guard let string = element.string, !string.isEmpty else {
                throw fail("\(quote(entry.key)) must contain only non-empty strings", at: element.location)
            }
            result.append(string)
        }
        return result
    }
}
