import Foundation
import ReadoutsText

/// The JSON export (`readouts --export json`): one object with the versions, the topics
/// and the links. Versions are named by their `id`, sentences by their `index`, and every
/// `range` is `[start, end)` in Unicode scalars of the version's text.
///
/// ```json
/// {
///   "versions": [{"id": "kremlin", "label": "Kremlin", "language": "fr",
///                 "sentences": [{"index": 0, "text": "…", "range": [0, 120]}]}],
///   "topics": [{"id": "sanctions", "label": "sanctions et mesures économiques",
///               "origin": "lexicon",
///               "occurrences": [{"version": "kremlin", "sentence": 7, "range": [812, 821],
///                                "text": "sanctions"}]}],
///   "links": [{"from": {"version": "kremlin", "sentence": 7},
///              "to": {"version": "maison-blanche", "sentence": 2},
///              "score": 0.912, "topics": ["sanctions", "troops"],
///              "evidence": [{"version": "kremlin", "sentence": 7, "range": [812, 821],
///                            "text": "sanctions", "topic": "sanctions"},
///                           {"version": "maison-blanche", "sentence": 2, "range": [420, 458],
///                            "text": "mesures économiques et autres fortes", "topic": "sanctions"},
///                           {"version": "kremlin", "sentence": 7, "range": [700, 733],
///                            "text": "près de la frontière avec l’Ukraine"}]}]
/// }
/// ```
///
/// An evidence element is one span of matched words on one side of the link: `version`
/// and `sentence` say which side, `range` and `text` the words; `topic` is present when
/// the span is an alias of that lexicon topic and absent for words the two sentences
/// share (same stem, same prefix or similar spelling). A topic is one-sided when all its
/// occurrences are in one version.
public func exportJSON(documents: [Document], analysis: Analysis) -> String {
    let export = JSONExport(documents: documents, analysis: analysis)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(export) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
}

/// The Codable mirror of the export schema.
struct JSONExport: Encodable {
    struct Version: Encodable {
        var id: String
        var label: String
        var language: String
        var sentences: [SentenceEntry]
    }
    struct SentenceEntry: Encodable {
        var index: Int
        var text: String
        var range: [Int]
    }
    struct Topic: Encodable {
        var id: String
        var label: String
        var origin: String
        var occurrences: [Span]
    }
    struct Span: Encodable {
        var version: String
        var sentence: Int
        var range: [Int]
        var text: String
        var topic: String?
    }
    struct End: Encodable {
        var version: String
        var sentence: Int
    }
    struct Link: Encodable {
        var from: End
        var to: End
        var score: Double
        var topics: [String]
        var evidence: [Span]
    }

    var versions: [Version]
    var topics: [Topic]
    var links: [Link]

    init(documents: [Document], analysis: Analysis) {
        func text(_ version: Int, _ range: Range<Int>) -> String {
            version < documents.count ? documents[version].string(range) : ""
        }
        func id(_ version: Int) -> String { analysis.versions[version].id }
        versions = analysis.versions.enumerated().map { v, version in
            Version(id: version.id, label: version.label, language: version.language.rawValue,
                    sentences: version.sentences.map {
                        SentenceEntry(index: $0.index, text: text(v, $0.range), range: [$0.range.lowerBound, $0.range.upperBound])
                    })
        }
        topics = analysis.topics.map { topic in
            Topic(id: topic.id, label: topic.label, origin: topic.origin.rawValue, occurrences: topic.occurrences.map {
                Span(version: id($0.version), sentence: $0.sentence, range: [$0.range.lowerBound, $0.range.upperBound],
                     text: text($0.version, $0.range), topic: nil)
            })
        }
        links = analysis.links.map { link in
            Link(from: End(version: id(link.from.version), sentence: link.from.sentence),
                 to: End(version: id(link.to.version), sentence: link.to.sentence),
                 score: link.score, topics: link.topics,
                 evidence: link.evidence.map {
                     Span(version: id($0.side.version), sentence: $0.side.sentence,
                          range: [$0.range.lowerBound, $0.range.upperBound], text: text($0.side.version, $0.range), topic: $0.topic)
                 })
        }
    }
}
