import Foundation
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// The Markdown brief read back by a real CommonMark parser (`cmark`): the structure a
/// reader of the brief sees, passages quoted verbatim, topic words in bold, and hostile
/// text never turning into markup.
final class MarkdownBriefTests: XCTestCase {
    /// Node types that would mean text turned into something else.
    static let forbiddenNodes: Set<String> = [
        "html_block", "html_inline", "code", "code_block", "link", "image", "thematic_break", "emph", "linebreak",
    ]

    /// No node that text could have turned into; emphasis only as the brief's own notes.
    func assertNoMarkupFromText(_ tree: CommonMark.Node, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        let names = Set(tree.descendants.map(\.name))
        XCTAssertTrue(names.subtracting(["emph"]).isDisjoint(with: Self.forbiddenNodes), message, file: file, line: line)
        for emphasis in tree.descendants where emphasis.name == "emph" {
            let text = emphasis.text
            // "(sentence 4)", "(sentence 4, by meaning, linked to Kremlin sentences 2, 6, quoted
            // whole under “Ukraine”)"; under
            // "Passages not in the other version", "(sentence 8, under “Ukraine”)".
            let isNote = !matches(#"^\(sentence \d+(, by meaning)?(, linked to [^;,]+ sentences? \d+( weakly)?(, \d+( weakly)?)*(; [^;,]+ sentences? \d+( weakly)?(, \d+( weakly)?)*)*)?(, (quoted whole |also )?under “[^”]*”)?\)$"#, in: text).isEmpty
            // A pair's versions, before its note: "Kremlin → Maison Blanche:".
            let isPair = !matches(#"^[^→]+ → [^→]+:$"#, in: text).isEmpty
            XCTAssertTrue(isNote || isPair, "emphasis «\(text)» is a note of the brief's: \(message)", file: file, line: line)
        }
    }

    /// A quote's note without what it says the passage is linked to ("(sentence 3, linked to
    /// Kremlin sentences 2, 6)" → "(sentence 3)"), for the tests of the rest of the note.
    static func withoutLinks(_ text: String) -> String {
        text.replacingOccurrences(of: #", linked to [^)]*?(?=(, quoted whole under|, also under|\)))"#, with: "", options: .regularExpression)
    }

    /// A document's sentence as a one-line quote shows it.
    static func shown(_ document: Document, _ sentence: Sentence) -> String {
        document.string(sentence.range).replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
    }

    /// An empty version is said to be empty in the brief and on the page, where the reader's
    /// status line says it: a brief of an empty file against a readout listed NATO, Ukraine
    /// and the rest "only in" the other, the reason only on standard error.
    func testAVersionsNoticeIsInTheBriefAndOnThePage() throws {
        let documents = try [("empty.txt", ""), ("wh.txt", "The leaders discussed NATO and Ukraine.")].map { name, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: name, markdown: false)
        }
        XCTAssertEqual(documents[0].notice, DocumentLoader.emptyNotice)
        let analysis = TopicEngine().analyse(documents)
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertTrue(brief.contains("- **empty.txt** — *note: empty, nothing in it to compare*\n"), brief)
        XCTAssertTrue(brief.contains("- **wh.txt**\n"), "no note where there is none: \(brief)")
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("<p class=\"meta\">note: empty, nothing in it to compare</p>"), page)
    }

    func testHostileLinesAreLiteralTextAndTheirTopicWordsBold() throws {
        try CommonMark.requireParser()
        for line in ReportFixtures.hostileLines {
            let scalars = Array(line.unicodeScalars)
            let lowered = String(String.UnicodeScalarView(scalars)).lowercased()
            var words: [Range<Int>] = []
            var searchStart = lowered.startIndex
            while let found = lowered.range(of: "sanctions", range: searchStart..<lowered.endIndex) {
                let start = lowered.unicodeScalars.distance(from: lowered.unicodeScalars.startIndex, to: found.lowerBound)
                words.append(start..<start + 9)
                searchStart = found.upperBound
            }
            let markdown = "> " + MarkdownText.line(scalars, strong: words) + "\n"
            let tree = try CommonMark.parse(markdown)
            let expected = String(String.UnicodeScalarView(scalars.map { Sanitiser.placeholder(for: $0) ?? $0 }))
                .trimmingCharacters(in: .whitespaces)
            XCTAssertEqual(tree.children.map(\.name), ["block_quote"], markdown)
            XCTAssertEqual(tree.children.first?.children.map(\.name), ["paragraph"], markdown)
            XCTAssertEqual(tree.text, expected, markdown)
            let kinds = Set(tree.descendants.map(\.name))
            XCTAssertTrue(kinds.isSubset(of: ["block_quote", "paragraph", "text", "strong"]), "\(kinds): \(markdown)")
            let strong = tree.descendants.filter { $0.name == "strong" }.map(\.text)
            XCTAssertEqual(strong.map { $0.lowercased() }, Array(repeating: "sanctions", count: words.count), markdown)
            XCTAssertFalse(markdown.unicodeScalars.contains(where: ReportFixtures.isForbidden), markdown)
        }
    }

    /// Files named on the command line without a heading are labelled by their name, which is
    /// also their source: the brief names each once ("notes.md", not "notes.md — notes.md").
    /// A journalist pasted a brief into an e-mail: "kremlin\_ru\_2023-06-30.txt" throughout.
    /// A researcher's bill quoted "disclosure of         which", its indentation. An
    /// underscore between letters or digits is written bare (it marks no emphasis there),
    /// and a run of spaces, tabs and line breaks is one space; emphasis stays inert.
    func testFileNamesKeepTheirUnderscoresAndIndentationIsOneSpace() throws {
        XCTAssertEqual(MarkdownText.line("kremlin_ru_2023-06-30.txt"), "kremlin_ru_2023-06-30.txt")
        XCTAssertEqual(MarkdownText.line("the disclosure of\n         which would\tbe  a violation"), "the disclosure of which would be a violation")
        XCTAssertEqual(MarkdownText.line("_em_ and __init__"), "\\_em\\_ and \\_\\_init\\_\\_")
        XCTAssertEqual(MarkdownText.line("no-break\u{00A0}\u{00A0}spaces"), "no-break\u{00A0}\u{00A0}spaces")
        try CommonMark.requireParser()
        let tree = try CommonMark.parse("> " + MarkdownText.line("kremlin_ru_2023 a_b_c x_y_ _z_ __w__") + "\n")
        XCTAssertEqual(tree.text, "kremlin_ru_2023 a_b_c x_y_ _z_ __w__")
        XCTAssertTrue(Set(tree.descendants.map(\.name)).isSubset(of: ["block_quote", "paragraph", "text"]), "\(tree.descendants.map(\.name))")
    }

    /// A journalist wanted the two sides' wording of each shared point side by side: the
    /// brief quoted a passage under its topic and its partner as a reference elsewhere. Each
    /// linked pair of the two accounts is quoted whole, both sentences, with its topics and
    /// how alike in meaning.
    func testEachLinkedPairIsQuotedSideBySide() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let brief = ReportFixtures.markdown(documents, analysis)
        let section = try XCTUnwrap(brief.components(separatedBy: "\n## Linked passages side by side\n").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        let pairs = Set(analysis.links.filter { link in
            link.from.version != link.to.version
                && !analysis.versions[link.from.version].sentences[link.from.sentence].isHeading
                && !analysis.versions[link.to.version].sentences[link.to.sentence].isHeading
        }.map { [min($0.from.version, $0.to.version), $0.from.version < $0.to.version ? $0.from.sentence : $0.to.sentence,
                 $0.from.version < $0.to.version ? $0.to.sentence : $0.from.sentence] })
        XCTAssertGreaterThan(pairs.count, 3)
        let items = section.components(separatedBy: "\n- *").dropFirst()
        XCTAssertEqual(items.count, min(pairs.count, LinkedPassagesSideBySide.limit), section)
        for item in items {
            XCTAssertEqual(item.components(separatedBy: "  > **").count - 1, 2, "both passages quoted: \(item)")
        }
        let ukraine = try XCTUnwrap(analysis.links.first { $0.topics.contains("ukraine") })
        let first = analysis.versions[ukraine.from.version].sentences[ukraine.from.sentence]
        let words = documents[ukraine.from.version].string(first.range).split(separator: " ").prefix(5).joined(separator: " ")
        XCTAssertTrue(section.contains(MarkdownText.line(words, lineStart: false)), "\(words) in \(section)")
    }

    func testAFileNamedOnceWhenItsNameIsBothLabelAndSource() throws {
        try CommonMark.requireParser()
        let documents = try ["notes.md", "drafts/other.md"].map { path in
            try DocumentLoader.load(bytes: Array("Text of \(path).".utf8), name: (path as NSString).lastPathComponent, path: path, markdown: true)
        }
        let brief = ReportFixtures.markdown(documents, TopicEngine(lexicons: []).analyse(documents))
        let list = try XCTUnwrap(try CommonMark.parse(brief).children.first { $0.name == "list" })
        XCTAssertEqual(list.children.map(\.text), ["notes.md", "other.md"], brief)
    }

    /// A label that ends with "…" (shortened) or opens with a quote keeps its words in
    /// bold in the list of versions (a journalist's "Readout of President Donald J. Trump's
    /// …" lost its bold).
    func testALabelWithPunctuationAtItsEndsIsBoldOnItsWords() throws {
        try CommonMark.requireParser()
        let documents = try ["Readout of President Donald J. Trump’s Call …", "« Texte initial »", "A (EN)"].enumerated().map { index, label in
            try DocumentLoader.load(bytes: Array("Text \(index).".utf8), name: "v\(index).md", markdown: true, label: label)
        }
        let brief = ReportFixtures.markdown(documents, TopicEngine(lexicons: []).analyse(documents))
        let list = try XCTUnwrap(try CommonMark.parse(brief).children.first { $0.name == "list" })
        let strong = list.descendants.filter { $0.name == "strong" }.map(\.text)
        XCTAssertEqual(strong, ["Readout of President Donald J. Trump’s Call", "Texte initial", "A (EN)"], brief)
        XCTAssertTrue(brief.contains("**A (EN)**"), "a bracket opened inside closes inside: \(brief)")
        XCTAssertEqual(list.children.map(\.text), documents.map(\.label), brief)
    }

    /// Topic words in a passage are bold word group by word group: a span over « », read as
    /// part of the quoted name ("**Horizon 2047 », adoptée**"); "J." keeps its span whole.
    func testTopicWordsAreBoldWithoutThePunctuationBetweenThem() {
        let text = Array("la feuille de route « Horizon 2047 », adoptée par Donald J. Trump et l’Inde.".unicodeScalars)
        let span = { (words: String) -> Range<Int> in
            let whole = String(String.UnicodeScalarView(text))
            let range = whole.range(of: words)!
            let lower = whole.unicodeScalars.distance(from: whole.unicodeScalars.startIndex, to: range.lowerBound)
            return lower..<lower + words.unicodeScalars.count
        }
        var bytes: [UInt8] = []
        var out = ChunkedOutput(chunkSize: 64) { bytes += $0 }
        MarkdownText.write(text, strong: [span("Horizon 2047 », adoptée"), span("Donald J. Trump et l’Inde")], partsAtPunctuation: true, to: &out)
        out.finish()
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self),
                       "la feuille de route « **Horizon 2047** », **adoptée** par **Donald J. Trump et l’Inde**.")
    }

    /// Two drafts: under a section both have, the brief says what changed, as Enter does in
    /// the reader (a translator's colleague had to compare the drafts by eye).
    func testTheBriefSaysWhatChangedBetweenTwoDrafts() throws {
        let drafts = ["ninety", "sixty"].enumerated().map { index, nights in
            """
            Section 4. Cap on nights. A host may rent an entire dwelling unit for no more than \(nights) nights in any calendar year.

            Section 6. Safety standards. Every short-term rental shall be equipped with working smoke detectors and a fire extinguisher.
            """
        }
        let documents = try drafts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "d\(index).md", markdown: true, label: "Draft \(index + 1)")
        }
        let brief = ReportFixtures.markdown(documents, TopicEngine(lexicons: []).analyse(documents))
        XCTAssertTrue(brief.contains("\n*Draft 1 → Draft 2:* ninety → sixty\n"), brief)
        XCTAssertTrue(brief.contains("\n*Draft 1 → Draft 2:* same words\n"), brief)
        // Worded differently (a translation), a moved paragraph and a changed figure are said.
        let translated = try ["7. The two sides support freedom of navigation and 19 new ports.",
                              "6. Les deux parties soutiennent la liberté de navigation et 16 nouveaux ports."].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "t\(index).md", markdown: true, label: index == 0 ? "EN" : "FR")
        }
        let second = ReportFixtures.markdown(translated, TopicEngine(lexicons: [.international]).analyse(translated))
        XCTAssertTrue(second.contains("*EN → FR:* renumbered 7 → 6 · figures 19 → 16"), second)
        // A figure pair repeated in the passages is said once ("90 for 90" and "84 contre 84").
        let exchange = try ["He welcomed the planned exchange of prisoners of war, 90 for 90.",
                            "Il a salué l’échange prévu de prisonniers de guerre, 84 contre 84."].enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "x\(index).md", markdown: true, label: index == 0 ? "EN" : "FR")
        }
        let third = ReportFixtures.markdown(exchange, TopicEngine(lexicons: [.international]).analyse(exchange))
        XCTAssertTrue(third.contains("*EN → FR:* figures 90 → 84\n"), third)
    }

    /// The brief's count reads as English: "1 topic", not "1 topics".
    /// Two short versions, one sentence each, the first about sanctions (one topic).
    func sanctionsAndNothing() throws -> [Document] {
        try ["a.txt", "b.txt"].enumerated().map { index, name in
            try DocumentLoader.load(bytes: Array((index == 0 ? "The leaders discussed the sanctions." : "Rien de plus.").utf8),
                                    name: name, markdown: false)
        }
    }

    func testOneTopicIsCountedInTheSingular() throws {
        let documents = try sanctionsAndNothing()
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertEqual(analysis.topics.count, 1, "\(analysis.topics.map(\.label))")
        XCTAssertTrue(brief.contains("\n1 topic: 1 in one version only, 0 in both."), brief)
    }

    /// With three versions, what one leaves out has a section of its own, "Not in every
    /// version", each topic saying which version lacks it (a translator found the omissions
    /// of one translation filed under "In more than one version").
    func testWithThreeVersionsWhatOneLeavesOutHasItsSection() throws {
        let texts = ["The leaders discussed the sanctions. They spoke of Iran.",
                     "Sanctions were discussed. Iran came up too.",
                     "The leaders discussed the sanctions."]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: ["a.txt", "b.txt", "c.txt"][index], markdown: false)
        }
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertTrue(brief.contains("0 in one version only, 1 not in every version, 1 in every version."), brief)
        let partial = try XCTUnwrap(brief.components(separatedBy: "\n## ").first { $0.hasPrefix("Not in every version") }, brief)
        XCTAssertTrue(partial.contains("— not in c.txt"), partial)
        XCTAssertTrue(brief.contains("\n## In every version\n"), brief)
        XCTAssertLessThan(brief.range(of: "## Not in every version")!.lowerBound, brief.range(of: "## In every version")!.lowerBound)
        let html = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(html.contains("<span class=\"badge\">not in c.txt</span>"), "the page's table says it too")
    }

    /// Under "In both versions", each passage says which passages of the other version the
    /// topic links it to ("sentence 3, linked to Kremlin sentences 2, 6"): a journalist's
    /// editor could not tell which Kremlin sentence answered which White House one.
    func testEachSharedPassageSaysWhichPassagesItIsLinkedTo() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let brief = ReportFixtures.markdown(documents, analysis)
        let both = try XCTUnwrap(brief.components(separatedBy: "\n## ").first { $0.hasPrefix("In both versions") }, brief)
        var checked = 0
        for topic in analysis.topics {
            guard let section = both.components(separatedBy: "\n### ").first(where: { $0.hasPrefix(MarkdownText.line(topic.label) + "\n") }) else { continue }
            // Each version's part of the section, and in it the note of each passage.
            let parts = documents.map { document in section.components(separatedBy: "\n**").first { $0.hasPrefix(document.label + "**") } ?? "" }
            for (version, document) in documents.enumerated() {
                let part = parts[version]
                // A sentence a note names is quoted under the topic in its version too.
                for note in matches(#"linked to ([^)]*)\)\*"#, in: part).map({ $0[1] }) {
                    for (other, label) in documents.enumerated().map({ ($0.offset, $0.element.label) }) where other != version {
                        guard let numbers = note.components(separatedBy: label + " sentence").dropFirst().first?.components(separatedBy: ";").first else { continue }
                        for number in numbers.split(whereSeparator: { !$0.isNumber }) {
                            XCTAssertTrue(parts[other].contains("*(sentence \(number)"), "«\(note)» under «\(topic.label)» names \(label) sentence \(number), which is not quoted there")
                        }
                    }
                }
                for link in analysis.links where link.topics.contains(topic.id) {
                    let (mine, other) = link.from.version == version ? (link.from, link.to) : link.to.version == version ? (link.to, link.from) : (nil, nil) as (Analysis.SentenceRef?, Analysis.SentenceRef?)
                    // Only passages quoted under the topic: a sentence holding it only inside
                    // another topic's words is no passage of it (the topic list counts it so too).
                    guard let mine, let other, other.version != version, part.contains("*(sentence \(mine.sentence + 1)"),
                          parts[other.version].contains("*(sentence \(other.sentence + 1)") else { continue }
                    let note = try XCTUnwrap(matches(#"\*\(sentence \#(mine.sentence + 1), linked to ([^)]*)\)\*"#, in: part).first?[1],
                                             "\(document.label) sentence \(mine.sentence + 1) under «\(topic.label)» says what it is linked to: \(part)")
                    let numbers = try XCTUnwrap(note.components(separatedBy: documents[other.version].label).dropFirst().first)
                    XCTAssertTrue(numbers.split(whereSeparator: { !$0.isNumber }).contains(Substring(String(other.sentence + 1))),
                                  "«\(note)» names \(documents[other.version].label) sentence \(other.sentence + 1)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 5)
    }

    /// A passage is linked under a topic to the passage both of whose sentences name it, even
    /// where the link's own topics are more specific: under "Ukraine", the Kremlin's "Biden, à
    /// son tour, a souligné les mouvements … des troupes russes près de la frontière avec
    /// l'Ukraine…" is linked to the White House's sentence saying the same (a student stepping
    /// through "Ukraine" found it with no partner, the White House's sentence the partner of
    /// two weaker ones).
    func testAPassageIsLinkedUnderATopicBothItsSentencesName() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let brief = ReportFixtures.markdown(documents, analysis)
        let ukraine = try XCTUnwrap(brief.components(separatedBy: "\n### ").first { $0.hasPrefix("Ukraine\n") }, brief)
        let warning = try XCTUnwrap(ukraine.components(separatedBy: "\n> ").first { $0.hasPrefix("Biden, à son tour") }, ukraine)
        let buildUp = try XCTUnwrap(analysis.versions[1].sentences.first { documents[1].string($0.range).contains("renforcement des forces russes") })
        XCTAssertTrue(warning.contains("linked to Maison Blanche sentence \(buildUp.index + 1))"), warning)
    }

    /// Every sentence of every version (headings and datelines aside) is somewhere in the
    /// brief: under a topic, or, when no topic holds it and nothing is linked to it, under
    /// "Linked to nothing" (the White House's "Il a également appelé à « un retour à la
    /// diplomatie »" was in no section: an intern's brief read as complete without it).
    func testEverySentenceIsQuotedSomewhere() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let brief = ReportFixtures.markdown(documents, analysis)
        // The quotes as a reader reads them: escapes and bold marks away.
        let plain = brief.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "\\", with: "")
        var quoted = 0
        for (version, document) in documents.enumerated() {
            for sentence in analysis.versions[version].sentences where !sentence.isHeading {
                let text = Self.shown(document, sentence)
                guard text.split(whereSeparator: \.isWhitespace).count >= 4 else { continue }
                XCTAssertTrue(plain.contains(text), "«\(text)» of \(document.label) is nowhere in the brief")
                quoted += 1
            }
        }
        XCTAssertGreaterThan(quoted, 15)
        let unlinked = try XCTUnwrap(brief.components(separatedBy: "\n## ").first { $0.hasPrefix("Linked to nothing") }, brief)
        XCTAssertTrue(unlinked.contains("un retour à la diplomatie"), unlinked)
        XCTAssertFalse(unlinked.contains("Minsk"), "a sentence quoted under a topic is not quoted again")
    }

    /// A sentence several topics hold is quoted whole once, under the first of them, and
    /// referred to under the others by its first words and the topic's words, with where it
    /// is quoted whole: an intern found the White House's sentence on the build-up of forces
    /// quoted whole under four topics and took the brief for broken.
    func testASentenceIsQuotedWholeOnceAndReferredToUnderLaterTopics() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let brief = ReportFixtures.markdown(documents, analysis)
        // The topics' sections (the pairs side by side before them quote each pair anew).
        let topicSections = brief.components(separatedBy: "\n## Linked to nothing")[0].components(separatedBy: "\n## Only in one version\n")[1]
        let plain = topicSections.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "\\", with: "")
        let buildUp = try XCTUnwrap(analysis.versions[1].sentences.first {
            Self.shown(documents[1], $0).hasPrefix("Selon l’administration américaine, Biden a exprimé")
        })
        let holders = analysis.topics.filter { topic in topic.occurrences.contains { $0.version == 1 && $0.sentence == buildUp.index } }
        XCTAssertGreaterThanOrEqual(holders.count, 4, "\(holders.map(\.label))")
        XCTAssertEqual(plain.components(separatedBy: Self.shown(documents[1], buildUp)).count - 1, 1, "quoted whole once: \(brief)")
        // Under troops, a reference a reader follows: its opening, the topic's words in bold, where it is whole.
        XCTAssertTrue(Self.withoutLinks(brief).contains("""
            **Maison Blanche**, 1 passage:

            > Selon l’administration américaine, Biden a exprimé … **renforcement des forces russes** … *(sentence \(buildUp.index + 1), quoted whole under “Ukraine”)*

            """), brief)
        XCTAssertEqual(brief.components(separatedBy: "> Selon l’administration américaine, Biden a exprimé … ").count - 1, holders.count - 1, brief)
        // Every sentence a topic holds is quoted whole once among the topics, whatever holds it.
        for (version, document) in documents.enumerated() {
            let held = Set(analysis.topics.flatMap { $0.occurrences.filter { $0.version == version }.map(\.sentence) })
            for index in held where !analysis.versions[version].sentences[index].isHeading {
                let whole = Self.shown(document, analysis.versions[version].sentences[index])
                XCTAssertEqual(Self.withoutLinks(plain).components(separatedBy: "> " + whole + " *(sentence \(index + 1))*\n").count - 1, 1, "«\(whole)»")
            }
        }
    }

    /// A reference opens with as many words as tell its sentence from the others quoted whole
    /// under the topic it names: two sentences opening alike, both under a second topic.
    func testAReferenceOpensWithWordsThatTellItFromTheOthersQuotedThere() throws {
        let texts = ["The leaders discussed the sanctions on oil exports at length in Paris. The leaders discussed the sanctions on gas exports at length in Paris.",
                     "Sanctions were raised in Paris."]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).md", markdown: true, label: "V\(index + 1)")
        }
        let versions = documents.enumerated().map { index, document in
            Analysis.Version(id: "v\(index)", label: document.label, language: .english,
                             sentences: SentenceSplitter.sentences(of: document, language: .english))
        }
        XCTAssertEqual(versions[0].sentences.count, 2)
        func occurrences(_ word: String) -> [Analysis.Occurrence] {
            versions.enumerated().flatMap { version, entry in
                entry.sentences.compactMap { sentence -> Analysis.Occurrence? in
                    let text = documents[version].string(sentence.range)
                    guard let found = text.range(of: word, options: .caseInsensitive) else { return nil }
                    let start = sentence.range.lowerBound + text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
                    return .init(version: version, sentence: sentence.index, range: start..<start + word.unicodeScalars.count)
                }
            }
        }
        let analysis = Analysis(versions: versions, topics: [
            Analysis.Topic(id: "sanctions", label: "sanctions", origin: .lexicon, occurrences: occurrences("sanctions")),
            Analysis.Topic(id: "paris", label: "Paris", origin: .lexicon, occurrences: occurrences("Paris")),
        ], links: [], isComplete: true)
        let brief = ReportFixtures.markdown(documents, analysis)
        let paris = try XCTUnwrap(brief.components(separatedBy: "\n### ").first { $0.hasPrefix("Paris") }, brief)
        XCTAssertTrue(paris.contains("> The leaders discussed the sanctions on oil … **Paris**. *(sentence 1, quoted whole under “sanctions”)*\n"), paris)
        XCTAssertTrue(paris.contains("> The leaders discussed the sanctions on gas … **Paris**. *(sentence 2, quoted whole under “sanctions”)*\n"), paris)
        XCTAssertTrue(paris.contains("> Sanctions were raised in **Paris**. *(sentence 1, also under “sanctions”)*\n"), "too short to shorten: \(paris)")
    }

    /// The brief says which linker found its passages, so that "no passage found" is read
    /// for what it is (a second new user quoted it as "not mentioned").
    func testTheBriefNamesItsLinker() throws {
        let documents = try sanctionsAndNothing()
        var analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        var brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertTrue(brief.contains("Linked by shared words only (the sentence encoder was not used): a passage in other words, or in another language, may be missed."), brief)
        XCTAssertTrue(brief.contains("**b.txt** — no passage found\n"), brief)
        analysis.linker = LinkerInfo(kind: .semantic, model: "use-multilingual-v3", path: .full)
        brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertTrue(brief.contains("Linked by shared words and by meaning (sentence encoder use-multilingual-v3)."), brief)
        XCTAssertFalse(brief.contains("shared words only"), brief)
    }

    /// A version in a language the pipeline does not read (Italian) is matched word for word:
    /// the brief and the page say so beside the linker, naming it; German and Spanish, read
    /// now, are not named (a Berlin correspondent's German release read as "und" gave false
    /// "only in"s, and so did a Madrid analyst's Spanish one).
    func testTheBriefAndThePageSayWhichVersionsLanguageWasNotRecognised() throws {
        let italian = "Il presidente ha parlato con il cancelliere della guerra. I due leader hanno concordato di restare in contatto. Hanno parlato anche dell'energia e del commercio."
        let spanish = "El presidente habló con el canciller sobre la guerra. Los dos líderes acordaron mantener el contacto. También hablaron de la energía y del comercio."
        let german = "Der Präsident sprach mit dem Kanzler über den Krieg. Die beiden vereinbarten, in Kontakt zu bleiben. Zudem ging es um Energie und Handel."
        let english = "The President spoke with the Chancellor about the war. They agreed to stay in touch. They also discussed energy and trade."
        func documents(_ first: String) throws -> [Document] {
            try [(first, "first.txt"), (english, "en.txt")].map { text, name in
                try DocumentLoader.load(bytes: Array(text.utf8), name: name, markdown: false, label: name == "en.txt" ? "White House" : "Moncloa *press*")
            }
        }
        let withItalian = try documents(italian)
        let analysis = TopicEngine(lexicons: [.international]).analyse(withItalian)
        XCTAssertEqual(analysis.versions.map(\.language), [.undetermined, .english])
        let brief = ReportFixtures.markdown(withItalian, analysis)
        XCTAssertTrue(brief.contains(" The language of **Moncloa \\*press\\*** is not one Readouts reads (fr, en, ru, de, es): words matched as written: “only in” is less sure."), brief)
        let html = ReportFixtures.html(withItalian, analysis)
        XCTAssertTrue(html.contains(" The language of <strong>Moncloa *press*</strong> is not one Readouts reads (fr, en, ru, de, es)"), html)
        let withSpanish = try documents(spanish)
        let spanishAnalysis = TopicEngine(lexicons: [.international]).analyse(withSpanish)
        XCTAssertEqual(spanishAnalysis.versions.map(\.language), [.spanish, .english])
        XCTAssertFalse(ReportFixtures.markdown(withSpanish, spanishAnalysis).contains("Readouts reads"))
        let withGerman = try documents(german)
        let germanAnalysis = TopicEngine(lexicons: [.international]).analyse(withGerman)
        XCTAssertEqual(germanAnalysis.versions.map(\.language), [.german, .english])
        XCTAssertFalse(ReportFixtures.markdown(withGerman, germanAnalysis).contains("Readouts reads"))
    }

    /// The page says it too (an analyst could not tell a lexical page from a semantic one).
    func testThePageNamesItsLinker() throws {
        let documents = try sanctionsAndNothing()
        var analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        var html = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(html.contains("Linked by shared words only (the sentence encoder was not used)"), html)
        analysis.linker = LinkerInfo(kind: .semantic, model: "use-<b>v3", path: .full)
        html = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(html.contains("Linked by shared words and by meaning (sentence encoder use-&lt;b&gt;v3)."), html)
        XCTAssertFalse(html.contains("shared words only"), html)
    }

    /// A link among the weakest quarter of the comparison's says so where the brief names its
    /// partner ("linked to Maison Blanche sentence 5 weakly"), as `c` says it in the reader;
    /// the strongest does not. A journalist could not tell a link 0.51 alike, a wrong one,
    /// from one 0.9 alike.
    func testTheWeakestLinksSayTheyAreWeak() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertGreaterThanOrEqual(analysis.links.count, 8)
        let weakest = try XCTUnwrap(analysis.links.min { $0.score < $1.score })
        let strongest = try XCTUnwrap(analysis.links.max { $0.score < $1.score })
        func note(_ link: Analysis.Link) -> String {
            "*(sentence \(link.from.sentence + 1), linked to \(documents[link.to.version].label) sentence \(link.to.sentence + 1)"
        }
        XCTAssertTrue(brief.contains(note(weakest) + " weakly"), "\(weakest): \(brief)")
        // The strongest is named without it wherever a note names it.
        let notes = brief.components(separatedBy: "\n").filter { $0.contains(", linked to ") }
        XCTAssertTrue(notes.contains { $0.contains("linked to \(documents[strongest.to.version].label) sentence \(strongest.to.sentence + 1)") && !$0.contains(" weakly") },
                      "\(strongest): \(brief)")
        XCTAssertTrue(brief.contains(" weakly"), brief)
    }

    func testBundledBriefReadsAsHeadingsListsAndQuotes() throws {
        try CommonMark.requireParser()
        let (documents, analysis) = ReportFixtures.bundled
        let brief = ReportFixtures.markdown(documents, analysis)
        let tree = try CommonMark.parse(brief)
        assertNoMarkupFromText(tree)
        let headings = tree.children.filter { $0.name == "heading" }
        XCTAssertEqual(headings.first?.text, "Kremlin · Maison Blanche: compared by topic")
        XCTAssertEqual(headings.filter { $0.attributes["level"] == "2" }.map(\.text), [
            "Overview", "Linked passages side by side", "Only in one version", "Passages not in the other version", "In both versions",
            "Linked to nothing", "About this brief",
        ])
        // What was found comes first; how to read the brief and what made it, last.
        let opening = try XCTUnwrap(brief.components(separatedBy: "\n## Overview").first)
        XCTAssertFalse(opening.contains("Made with Readouts"), opening)
        XCTAssertTrue(brief.components(separatedBy: "\n## About this brief\n").last?.contains("Made with Readouts") ?? false)
        let list = try XCTUnwrap(tree.children.first { $0.name == "list" })
        XCTAssertEqual(list.children.map(\.text), [
            "Kremlin — 2021-12-07 — TASS in French, from the Kremlin press service",
            "Maison Blanche — 2021-12-07 — TASS in French, from a White House statement",
        ])

        // Topic by topic: its heading, then per version its passages or "no passage found".
        let topicHeadings = headings.filter { $0.attributes["level"] == "3" }.map(\.text)
        XCTAssertEqual(topicHeadings.count, analysis.topics.count)
        let oneSided = analysis.topics.filter(\.isOneSided)
        XCTAssertTrue(topicHeadings.prefix(oneSided.count).allSatisfy { $0.contains(" — only in ") }, "one-sided topics first")
        let labels = topicHeadings.map { $0.components(separatedBy: " — only in ")[0] }
        XCTAssertEqual(Set(labels), Set(analysis.topics.map(\.label)))
        XCTAssertEqual(labels.count, Set(labels).count, "a topic's label names it")
        // In the brief's order: each passage quoted whole under the first topic that holds
        // it, referred to under the others.
        var quotedUnder: [[Int]: String] = [:]
        for label in labels {
            let topic = try XCTUnwrap(analysis.topics.first { $0.label == label })
            let section = try XCTUnwrap(self.section(of: topic.label, in: tree))
            for (version, document) in documents.enumerated() {
                let sentences = Set(topic.occurrences.filter { $0.version == version }.map(\.sentence))
                let expected = sentences.sorted().map { analysis.versions[version].sentences[$0] }.filter { !$0.isHeading }
                let quotes = quotes(after: document.label, in: section)
                if expected.isEmpty {
                    XCTAssertTrue(section.contains { $0.text == "\(document.label) — no passage found" }, "\(topic.label), \(document.label)")
                } else {
                    XCTAssertEqual(quotes.count, expected.count, "\(topic.label), \(document.label)")
                    for (quote, sentence) in zip(quotes, expected) {
                        let whole = Self.shown(document, sentence)
                        guard let first = quotedUnder[[version, sentence.index]] else {
                            // With its number, as the reader's `:N` and the JSON's `number` give it.
                            XCTAssertEqual(Self.withoutLinks(quote.text), whole + " (sentence \(sentence.index + 1))", "\(topic.label), \(document.label)")
                            quotedUnder[[version, sentence.index]] = topic.label
                            continue
                        }
                        try assertReference(quote.text, to: whole, number: sentence.index + 1, under: first, in: tree, of: document.label)
                    }
                }
                let words = Set(topic.occurrences.filter { $0.version == version }.map { document.string($0.range) })
                // Each bold run is the topic's words (overlapping occurrences join into one run).
                for strong in quotes.flatMap(\.descendants).filter({ $0.name == "strong" }) {
                    XCTAssertTrue(words.contains { strong.text.contains($0) || $0.contains(strong.text) }, "\(strong.text) is a word of \(topic.label)")
                }
            }
        }
    }

    /// A heading is no passage, as the reader's topic list and the page count: a historian's
    /// three drafts titled "JOINT STATEMENT ON MARITIME COOPERATION" had the title quoted as
    /// each draft's one passage on it (the topic list showed "– – –"), and an NGO
    /// researcher's Russian heading was a passage "in both versions" where the page said "no
    /// passage found". What changed between the drafts' articles is said figure by figure.
    func testAHeadingIsNoPassageAsTheReaderAndThePageCount() throws {
        try CommonMark.requireParser()
        let documents = try (1...3).map { draft in
            let text = """
                JOINT STATEMENT ON MARITIME COOPERATION

                The Parties agree to cooperate on maritime safety and the protection of the marine environment.

                Article \(draft) (\(10 + 2 * draft) nautical miles) sets the limit of the joint patrol zone.

                The Parties will hold annual consultations on fisheries, search and rescue at sea, and port security.
                """
            return try DocumentLoader.load(bytes: Array(text.utf8), name: "draft\(draft).txt", markdown: false)
        }
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        XCTAssertTrue(analysis.versions.allSatisfy { $0.sentences.first?.isHeading == true }, "the title is a heading")
        let title = try XCTUnwrap(analysis.topics.first { topic in
            !topic.occurrences.isEmpty && topic.occurrences.allSatisfy { analysis.versions[$0.version].sentences[$0.sentence].isHeading }
        }, "a topic of the title alone")
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertFalse(brief.contains("> **JOINT**") || brief.contains("> JOINT"), brief)
        XCTAssertTrue(brief.contains("*draft1.txt → draft2.txt:* 1 → 2, 12 → 14\n"), brief)
        XCTAssertTrue(brief.contains("- **Worded otherwise**: 2 → 3, 14 → 16\n"), brief)
        let tree = try CommonMark.parse(brief)
        let reader = TopicIndex(analysis, documents: documents)
        let withoutPassage = try XCTUnwrap(brief.components(separatedBy: "\n## No passage in any version\n").dropFirst().first, brief)
        let overview = try XCTUnwrap(brief.components(separatedBy: "\n## Overview\n").dropFirst().first?.components(separatedBy: "\n## ").first, brief)
        XCTAssertTrue(overview.contains("with no passage in any version are named at the end of the brief"), overview)
        for (topic, entry) in analysis.topics.enumerated() {
            // A topic no version has a passage on is named on a line of its own, and no more.
            if documents.indices.allSatisfy({ reader.occurrenceCount(of: topic, in: $0) == 0 }) {
                XCTAssertTrue(withoutPassage.contains("\n- \(entry.label)\n"), withoutPassage)
                XCTAssertNil(self.section(of: entry.label, in: tree), entry.label)
                // Nor is it an Overview row, "—" in every version and "not in" both, read as an
                // omission of each side (a new user's Declaration, sixteen such rows).
                XCTAssertFalse(overview.contains("| \(entry.label) |"), overview)
                continue
            }
            let section = try XCTUnwrap(self.section(of: entry.label, in: tree), entry.label)
            for (version, document) in documents.enumerated() {
                let count = reader.occurrenceCount(of: topic, in: version)
                if count == 0 {
                    XCTAssertTrue(section.contains { $0.text == "\(document.label) — no passage found" }, "\(entry.label), \(document.label)")
                } else {
                    XCTAssertTrue(section.contains { $0.text == "\(document.label), \(count) passage\(count == 1 ? "" : "s"):" }, "\(entry.label), \(document.label)")
                    XCTAssertEqual(quotes(after: document.label, in: section).count, count, "\(entry.label), \(document.label)")
                }
            }
        }
        XCTAssertEqual((0..<3).map { reader.occurrenceCount(of: analysis.topics.firstIndex(of: title)!, in: $0) }, [0, 0, 0])
    }

    func testHostileDocumentsGiveAnInertBrief() throws {
        try CommonMark.requireParser()
        let documents = try ReportFixtures.hostileDocuments()
        var engine = TopicEngine(lexicons: [.international])
        engine.keepsEvidence = false
        let analysis = engine.analyse(documents)
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertFalse(brief.unicodeScalars.contains(where: ReportFixtures.isForbidden))
        let tree = try CommonMark.parse(brief)
        assertNoMarkupFromText(tree, brief)
        XCTAssertEqual(tree.children.first?.text, "\"><img src=x onerror=alert(1)> ␛[31mLabel␦</title> · plain.txt: compared by topic")
        let sanctions = try XCTUnwrap(analysis.topics.first { $0.id == "sanctions" })
        let section = try XCTUnwrap(self.section(of: sanctions.label, in: tree))
        let hostile = documents[0]
        let expected = Set(sanctions.occurrences.filter { $0.version == 0 }.map(\.sentence))
            .sorted().map { Self.shown(hostile, analysis.versions[0].sentences[$0]) + " (sentence \($0 + 1))" }
        XCTAssertGreaterThanOrEqual(expected.count, ReportFixtures.hostileLines.count - 2, "the corpus is quoted")
        let label = String(String.UnicodeScalarView(documents[0].label.unicodeScalars.map { Sanitiser.placeholder(for: $0) ?? $0 }))
        XCTAssertEqual(quotes(after: label, in: section).map(\.text), expected)
    }

    /// `text` refers to the sentence `whole`, quoted whole under the topic `label`: it says
    /// so, its parts are the sentence's in order, and its opening opens no other quote of
    /// that version there.
    func assertReference(_ text: String, to whole: String, number: Int, under label: String, in tree: CommonMark.Node, of version: String,
                         file: StaticString = #filePath, line: UInt = #line) throws {
        let text = Self.withoutLinks(text)
        let note = " (sentence \(number), quoted whole under “\(label)”)"
        XCTAssertTrue(text.hasSuffix(note), "\(text) names \(label)", file: file, line: line)
        let parts = String(text.dropLast(note.count)).components(separatedBy: " …").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        XCTAssertGreaterThan(parts.count, 1, "\(text) is shortened", file: file, line: line)
        XCTAssertTrue(whole.hasPrefix(parts[0]), "\(text) opens as «\(whole)»", file: file, line: line)
        var rest = whole[...]
        for part in parts {
            let found = try XCTUnwrap(rest.range(of: part), "«\(part)» of «\(whole)»", file: file, line: line)
            rest = rest[found.upperBound...]
        }
        let there = quotes(after: version, in: try XCTUnwrap(section(of: label, in: tree), file: file, line: line)).map(\.text)
        XCTAssertEqual(there.filter { $0.hasPrefix(parts[0]) }.map(Self.withoutLinks), [whole + " (sentence \(number))"], "«\(parts[0])» opens one quote under \(label)", file: file, line: line)
    }

    /// The nodes between a topic's heading and the next heading.
    func section(of label: String, in tree: CommonMark.Node) -> [CommonMark.Node]? {
        guard let start = tree.children.firstIndex(where: {
            $0.name == "heading" && $0.attributes["level"] == "3" && $0.text.components(separatedBy: " — only in ")[0] == label
        }) else { return nil }
        let rest = tree.children[(start + 1)...]
        return Array(rest.prefix { $0.name != "heading" })
    }

    /// The quotes following the paragraph that names a version, up to the next paragraph.
    func quotes(after label: String, in section: [CommonMark.Node]) -> [CommonMark.Node] {
        guard let start = section.firstIndex(where: { $0.name == "paragraph" && $0.text.hasPrefix(label + ",") }) else { return [] }
        return Array(section[(start + 1)...].prefix { $0.name == "block_quote" })
    }
}
