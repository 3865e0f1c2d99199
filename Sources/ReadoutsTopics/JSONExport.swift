import ReadoutsText

/// The JSON export (`readouts --export json`): one object with the versions, the topics
/// and the links. Versions are named by their `id`, sentences by their `index` (from 0; a
/// sentence's `number`, from 1, is the one the brief, the page and the reader's `:N` give it),
/// and every `range` is `[start, end)` in Unicode scalars of the version's text.
///
/// ```json
/// {
///   "changes": [{"from": "fr-txt", "to": "fr2-txt",
///                "changes": [{"kind": "worded", "description": "420 → 450",
///                             "from": {"version": "fr-txt", "sentence": 3},
///                             "to": {"version": "fr2-txt", "sentence": 3}}]}],
///   "figures": [{"from": {"version": "fr-txt", "sentence": 3}, "to": {"version": "en-txt", "sentence": 3},
///                "pairs": [{"from": "420", "to": "240"}]}],
///   "lexicons": [{"name": "international-affairs", "sha256": "3f2a…", "version": "1"}],
///   "linker": {"kind": "semantic", "model": "use-multilingual-v3", "path": "full"},
///   "versions": [{"id": "kremlin", "label": "Kremlin", "language": "fr",
///                 "date": "2021-12-07", "source": "Kremlin press service…", "path": "k.md",
///                 "sentences": [{"index": 0, "number": 1, "text": "…", "range": [0, 120]}]}],
///   "topics": [{"id": "sanctions", "label": "sanctions et mesures économiques",
///               "origin": "lexicon", "passages": [1, 0],
///               "occurrences": [{"version": "kremlin", "sentence": 7, "range": [812, 821],
///                                "text": "sanctions"}]}],
///   "links": [{"by": "words", "from": {"version": "kremlin", "sentence": 7},
///              "to": {"version": "maison-blanche", "sentence": 2},
///              "score": 0.912, "topics": ["sanctions", "troops"],
///              "evidence": [{"version": "kremlin", "sentence": 7, "range": [812, 821],
///                            "text": "sanctions", "topic": "sanctions"},
///                           {"version": "maison-blanche", "sentence": 2, "range": [420, 458],
///                            "text": "mesures économiques et autres fortes", "topic": "sanctions"},
///                           {"version": "kremlin", "sentence": 7, "range": [700, 733],
///                            "text": "près de la frontière avec l’Ukraine"}]}],
///   "names": [{"from": {"version": "en-txt", "sentence": 2}, "to": {"version": "fr-txt", "sentence": 2},
///              "pairs": [{"from": "Boris Johnson", "to": "Theresa May"}]}],
///   "negations": [{"from": {"version": "fr-txt", "sentence": 6}, "negated": "fr-txt",
///                  "to": {"version": "en-txt", "sentence": 6}, "words": ["ne … pas"]}],
///   "readouts": {"version": "0.1.0"},
///   "schema": 1
/// }
/// ```
///
/// An evidence element is one span of matched words on one side of the link: `version`
/// and `sentence` say which side, `range` and `text` the words; `topic` is present when
/// the span is an alias of that lexicon topic and absent for words the two sentences
/// share (same stem, same prefix or similar spelling). A topic's `passages` count, version
/// by version in the order of `versions`, the sentences outside headings holding its
/// occurrences (`Analysis.passageCounts`): a topic is in the versions where that count is
/// not 0, one-sided when it is in one only, as the reader's topic list, the page and the
/// brief say. `linker` says which linker ran: `kind` "lexical" (with
/// `model` null) or "semantic" (the encoder's name in `model`, and `path` "full" or
/// "token-average"); a link the semantic linker scored has its sentences' cosine
/// `similarity` (from -1 to 1; a link made by meaning alone may have no evidence words).
/// A link's `by` says how it was made (`Analysis.Link.Basis`): "words", "meaning",
/// "clause", "topic", "openings" or "counterpart".
/// `lexicons` (`Lexicon.Identity`) and `readouts.version` say what made the export, so that
/// it can be made again; nothing of the run (no date) is written, so the same versions give
/// the same bytes.
/// A version the reader's status line notes has `notice` ("empty, nothing in it to compare",
/// "decoded as Windows-1252", "the same file as version 1"). A version's opening line that
/// only says a call took place, left out of `unlinked`, has `"callLine": true`.
/// An occurrence found by meaning alone has `"by": "meaning"` and spans its whole sentence.
/// An occurrence the reader does not draw, its words inside another topic's, is left out.
/// A sentence no topic holds and no link reaches, of four words or more and no heading, has
/// `"unlinked": true` (`Analysis.sentencesLinkedToNothing`: the brief's and the page's "Linked to
/// nothing"); other sentences have no such key. A passage (a sentence outside headings that
/// holds a topic) some other version has nothing linked to has `notIn`, those versions' ids
/// (`Analysis.passagesNotIn`: where the reader's `o` says "passage not in …").
/// A sentence outside headings with no link into a version has, after a semantic run of
/// readout-sized versions, `closest`: that version's sentence closest to it in meaning and
/// their similarity (`Analysis.nearest`, what the reader's `c` shows beside it).
/// A version the semantic linker aligned with others as one text (a translation, another
/// wording: `Analysis.alignedVersions`) has `oneTextWith`, their ids; others have no such key.
/// `changes`, `figures` and `negations` are `comparisons`' (`JSONComparisons`: the export finds them with
/// the reader's and the brief's code), left out when none are given.
/// The JSON export's format version (`"schema"`).
public let jsonSchemaVersion = 1

public func exportJSON(documents: [Document], analysis: Analysis, comparisons: JSONComparisons? = nil) -> String {
    var bytes: [UInt8] = []
    writeJSON(documents: documents, analysis: analysis, comparisons: comparisons) { bytes += $0 }
    return String(decoding: bytes, as: UTF8.self)
}

/// The same export, streamed: `output` receives it in pieces of about 64 KB, so a large
/// export never sits in memory whole. Keys are in alphabetical order.
public func writeJSON(documents: [Document], analysis: Analysis, comparisons: JSONComparisons? = nil,
                      to output: @escaping ([UInt8]) -> Void) {
    // The occurrences the reader shows and counts: a word inside another topic's phrase is
    // the phrase's (`withoutCoveredOccurrences`).
    let analysis = analysis.withoutCoveredOccurrences()
    // The sentences the brief and the page list as linked to nothing.
    // (Of those, the ones about the reports themselves are marked too: the brief lists them apart.)
    let byKind = analysis.sentencesLinkedToNothingByKind(documents: documents)
    let unlinked = zip(byKind.event, byKind.reports).map { Set($0).union($1) }
    let aboutTheReport = byKind.reports.map(Set.init)
    // The passages some other version has nothing linked to, with those versions: where the
    // reader's `o` says "passage not in …".
    // In reading order: each version's list is walked once, beside its sentences.
    let notIn = analysis.passagesNotIn(versions: documents.count)
    var json = JSONStreamWriter(flush: output)
    func text(_ version: Int, _ range: Range<Int>) -> String {
        version < documents.count ? documents[version].string(range) : ""
    }
    func id(_ version: Int) -> String { analysis.versions[version].id }
    func range(_ range: Range<Int>) {
        json.beginArray()
        json.int(range.lowerBound)
        json.int(range.upperBound)
        json.endArray()
    }
    func span(version: Int, sentence: Int, range spanRange: Range<Int>, topic: String?, byMeaning: Bool = false) {
        json.beginObject()
        if byMeaning { json.key("by"); json.string("meaning") }
        json.key("range"); range(spanRange)
        json.key("sentence"); json.int(sentence)
        json.key("text"); json.string(text(version, spanRange))
        if let topic { json.key("topic"); json.string(topic) }
        json.key("version"); json.string(id(version))
        json.endObject()
    }
    func end(_ reference: Analysis.SentenceRef) {
        json.beginObject()
        json.key("sentence"); json.int(reference.sentence)
        json.key("version"); json.string(id(reference.version))
        json.endObject()
    }
    /// `"figures"` and `"names"`: two linked passages and the pairs of what differs.
    func writePairs(_ lists: [JSONComparisons.Figures]) {
        json.beginArray()
        for list in lists {
            json.beginObject()
            json.key("from"); end(list.from)
            json.key("pairs")
            json.beginArray()
            for pair in list.pairs {
                json.beginObject()
                json.key("from"); json.string(pair.from)
                json.key("to"); json.string(pair.to)
                json.endObject()
            }
            json.endArray()
            json.key("to"); end(list.to)
            json.endObject()
        }
        json.endArray()
    }

    json.beginObject()
    if let comparisons {
        json.key("changes")
        json.beginArray()
        for drafts in comparisons.changes {
            json.beginObject()
            json.key("changes")
            json.beginArray()
            for change in drafts.changes {
                json.beginObject()
                if change.kind == .moved { json.key("count"); json.int(change.count) }
                if let description = change.description { json.key("description"); json.string(description) }
                json.key("from")
                if let sentence = change.from { end(.init(version: drafts.from, sentence: sentence)) } else { json.null() }
                json.key("kind"); json.string(change.kind.rawValue)
                json.key("to")
                if let sentence = change.to { end(.init(version: drafts.to, sentence: sentence)) } else { json.null() }
                json.endObject()
            }
            json.endArray()
            json.key("from"); json.string(id(drafts.from))
            json.key("to"); json.string(id(drafts.to))
            if drafts.isTranslation { json.key("translation"); json.bool(true) }
            json.endObject()
        }
        json.endArray()
        json.key("figures")
        writePairs(comparisons.figures)
    }
    // The lexicons linked with and the program's version: what makes the export again.
    json.key("lexicons")
    json.beginArray()
    for lexicon in analysis.lexicons {
        json.beginObject()
        json.key("name"); json.string(lexicon.name)
        json.key("sha256"); json.string(lexicon.sha256)
        json.key("version"); if let version = lexicon.version { json.string(version) } else { json.null() }
        json.endObject()
    }
    json.endArray()
    json.key("linker")
    json.beginObject()
    json.key("kind"); json.string(analysis.linker.kind.rawValue)
    json.key("model")
    if let model = analysis.linker.model { json.string(model) } else { json.null() }
    if let path = analysis.linker.path { json.key("path"); json.string(path.rawValue) }
    json.endObject()
    json.key("links")
    json.beginArray()
    for link in analysis.links {
        json.beginObject()
        json.key("by"); json.string(link.basis.name)
        json.key("evidence")
        json.beginArray()
        for evidence in link.evidence {
            span(version: evidence.side.version, sentence: evidence.side.sentence, range: evidence.range, topic: evidence.topic)
        }
        json.endArray()
        json.key("from"); end(link.from)
        json.key("score"); json.double(link.score)
        if let similarity = link.similarity { json.key("similarity"); json.double(similarity) }
        json.key("to"); end(link.to)
        json.key("topics")
        json.beginArray()
        for topic in link.topics { json.string(topic) }
        json.endArray()
        json.endObject()
    }
    json.endArray()
    if let comparisons {
        json.key("names")
        writePairs(comparisons.names)
        json.key("negations")
        json.beginArray()
        for negation in comparisons.negations {
            json.beginObject()
            json.key("from"); end(negation.from)
            json.key("negated"); json.string(id(negation.negated))
            json.key("to"); end(negation.to)
            json.key("words")
            json.beginArray()
            for word in negation.words { json.string(word) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
    }
    json.key("readouts")
    json.beginObject()
    json.key("version"); json.string(ReadoutsVersion.current)
    json.endObject()
    // The format's version, for scripts: raised when a key is removed or renamed or a
    // value changes its type or meaning; new keys may come without it.
    json.key("schema"); json.int(jsonSchemaVersion)

    json.key("topics")
    json.beginArray()
    // Its passages per version, as the reader's topic list, the page and the brief count them.
    let passages = analysis.passageCounts(versions: analysis.versions.count)
    for (number, topic) in analysis.topics.enumerated() {
        json.beginObject()
        json.key("id"); json.string(topic.id)
        json.key("label"); json.string(topic.label)
        json.key("occurrences")
        json.beginArray()
        for occurrence in topic.occurrences {
            span(version: occurrence.version, sentence: occurrence.sentence, range: occurrence.range, topic: nil,
                 byMeaning: occurrence.byMeaning)
        }
        json.endArray()
        json.key("origin"); json.string(topic.origin.rawValue)
        json.key("passages")
        json.beginArray()
        for count in passages[number] { json.int(count) }
        json.endArray()
        json.endObject()
    }
    json.endArray()

    json.key("versions")
    json.beginArray()
    for (index, version) in analysis.versions.enumerated() {
        json.beginObject()
        // The front matter's date and source, as the page and the brief show them (null: none).
        // A file without a source has none here: its path is no source, and `path` says it.
        let document = documents.indices.contains(index) ? documents[index] : nil
        json.key("date"); if let date = document?.date { json.string(date) } else { json.null() }
        json.key("id"); json.string(version.id)
        json.key("label"); json.string(version.label)
        json.key("language"); json.string(version.language.rawValue)
        // What the reader's status line notes of it ("empty, nothing in it to compare",
        // "decoded as Windows-1252", "the same file as version 1"): a script's loop over
        // exports read an empty download's report as valid, the note on standard error only.
        if let notice = document?.notice, !notice.isEmpty { json.key("notice"); json.string(notice) }
        // The versions the semantic linker aligned with it as one text (`Analysis.alignedVersions`).
        let oneText = analysis.versionsAligned(with: index)
        if !oneText.isEmpty {
            json.key("oneTextWith")
            json.beginArray()
            for other in oneText { json.string(id(other)) }
            json.endArray()
        }
        json.key("path"); if let path = document?.path { json.string(path) } else { json.null() }
        json.key("sentences")
        json.beginArray()
        var nextNotIn = 0
        // `analysis.nearest` is in the order of versions and sentences: walked once beside them.
        var nextClosest = analysis.nearest.partitionPoint { $0.from.version >= index }
        for sentence in version.sentences {
            json.beginObject()
            // The reader never shows a heading's links (a title linked to a title says
            // nothing); they are kept here, and a script tells them by this flag (first:
            // keys are in alphabetical order).
            if index < aboutTheReport.count, aboutTheReport[index].contains(sentence.index) { json.key("aboutTheReport"); json.bool(true) }
            // The opening line that only says a call took place, left out of `unlinked` (a
            // script could not tell it from a sentence forgotten).
            if index < byKind.callLines.count, byKind.callLines[index] == sentence.index { json.key("callLine"); json.bool(true) }
            // For each version it has no link into, its closest sentence there in meaning (`c`'s).
            let closestStart = nextClosest
            while nextClosest < analysis.nearest.count, analysis.nearest[nextClosest].from == Analysis.SentenceRef(version: index, sentence: sentence.index) {
                nextClosest += 1
            }
            if nextClosest > closestStart {
                json.key("closest")
                json.beginArray()
                for entry in analysis.nearest[closestStart..<nextClosest] where entry.to.version < analysis.versions.count {
                    json.beginObject()
                    // `number` as the brief and `:N` count (a new user mistook the index for it).
                    json.key("number"); json.int(entry.to.sentence + 1)
                    json.key("sentence"); json.int(entry.to.sentence)
                    // Rounded as a link's similarity is (three decimals): a script's table
                    // had "0.432" beside "0.30571624636650085".
                    json.key("similarity"); json.double((entry.similarity * 1000).rounded() / 1000)
                    json.key("version"); json.string(id(entry.to.version))
                    json.endObject()
                }
                json.endArray()
            }
            if sentence.isHeading { json.key("heading"); json.bool(true) }
            json.key("index"); json.int(sentence.index)
            if index < notIn.count, nextNotIn < notIn[index].count, notIn[index][nextNotIn].sentence == sentence.index {
                json.key("notIn")
                json.beginArray()
                for version in notIn[index][nextNotIn].versions where version < analysis.versions.count { json.string(id(version)) }
                json.endArray()
                nextNotIn += 1
            }
            // The number the brief ("sentence 21"), the page and the reader (`:21`) give it.
            json.key("number"); json.int(sentence.index + 1)
            json.key("range"); range(sentence.range)
            json.key("text"); json.string(text(index, sentence.range))
            if index < unlinked.count, unlinked[index].contains(sentence.index) { json.key("unlinked"); json.bool(true) }
            json.endObject()
        }
        json.endArray()
        json.key("source"); if let source = document?.frontMatterSource { json.string(source) } else { json.null() }
        json.endObject()
    }
    json.endArray()
    json.endObject()
    json.finish()
}
