import Foundation
import ReadoutsText

/// One hand-annotated pair of accounts of the same event, as stored in
/// `Tests/ReadoutsTopicsTests/Annotations/dev/` and `…/test/` (the format is described in
/// that folder's README): the two published texts with their origin, the topics each covers
/// with the sentences that speak of them, and the pairs a reader might also accept.
public struct AnnotatedPair: Decodable, Sendable {
    /// One account: the published text and where it comes from.
    public struct Side: Decodable, Sendable {
        /// Short name shown in reports and panes ("Downing Street", "Kremlin (ru)").
        public var label: String
        /// Who gives this account: the government or organisation whose side it tells.
        public var party: String
        /// "fr", "en" or "ru": the language of `text`.
        public var language: String
        /// "official" (the party's own readout) or "news" (an outlet's report of it).
        public var kind: String
        public var publisher: String
        /// The page the text was published at.
        public var url: String
        /// Where the text was read when that is not `url` (a mirror or an archive), if anywhere.
        public var via: String?
        /// Publication date, ISO 8601.
        public var date: String
        /// Licence or terms of reuse, as far as known.
        public var terms: String
        /// The published text, paragraphs separated by blank lines; navigation and
        /// boilerplate trimmed, nothing else changed.
        public var text: String

        public var parsedLanguage: Language? { Language(rawValue: language) }
    }

    /// What an account covers: a subject and, on each side, quotes naming the sentences that
    /// speak of it. A topic with quotes on one side only is one-sided.
    public struct Topic: Decodable, Sendable {
        public var id: String
        public var label: String
        public var a: [String]
        public var b: [String]

        public var isShared: Bool { !a.isEmpty && !b.isEmpty }
        public var isOneSided: Bool { a.isEmpty != b.isEmpty }
    }

    /// The file's base name ("carney-starmer-2025-05-12"), set when loading.
    public var name: String = ""
    /// What happened: who met or called whom, and when.
    public var event: String
    public var a: Side
    public var b: Side
    public var topics: [Topic]
    /// Sentence pairs (a quote, b quote) a reader might accept without their sharing a topic:
    /// the opening lines that name the call, a broad subject against a specific one.
    /// A predicted possible pair is neither right nor wrong.
    public var possible: [[String]]
    public var notes: String?

    enum CodingKeys: String, CodingKey { case event, a, b, topics, possible, notes }

    public var sides: [Side] { [a, b] }
    /// True when the two accounts are in different languages.
    public var isCrossLanguage: Bool { a.language != b.language }
    /// "fr-en", "ru-ru".
    public var languagePair: String { "\(a.language)-\(b.language)" }

    public static func load(_ url: URL) throws -> AnnotatedPair {
        let data = try Data(contentsOf: url)
        var pair = try JSONDecoder().decode(AnnotatedPair.self, from: data)
        pair.name = url.deletingPathExtension().lastPathComponent
        return pair
    }

    /// The two accounts as the reader loads them (plain text, not Markdown).
    public func documents() throws -> [Document] {
        try sides.enumerated().map { index, side in
            try DocumentLoader.load(
                bytes: Array(side.text.utf8), name: "\(name)-\(index == 0 ? "a" : "b").txt", markdown: false,
                label: side.label)
        }
    }
}
