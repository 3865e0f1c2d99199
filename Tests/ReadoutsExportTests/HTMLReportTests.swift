import Foundation
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics
import XCTest

@testable import ReadoutsExport

/// The HTML report of the bundled readouts, read as markup: columns with titles, topic
/// words coloured and marked as the reader does, passages linked both ways, the topic
/// table and the presence map, and a policy that allows exactly the page's own style
/// and script.
final class HTMLReportTests: XCTestCase {
    let html = ReportFixtures.html(ReportFixtures.bundled.documents, ReportFixtures.bundled.analysis)

    func testEachVersionHasAColumnWithLabelDateAndSource() {
        let columns = matches(#"<section class="col"[^>]*>\n<header class="colhead"><h3 id="v\d">([^<]*)</h3><p class="meta">([^<]*)</p>"#, in: html)
        XCTAssertEqual(columns.map { $0[1] }, ["Kremlin", "Maison Blanche"])
        XCTAssertEqual(columns.map { $0[2] }, [
            "2021-12-07 · TASS in French, from the Kremlin press service",
            "2021-12-07 · TASS in French, from a White House statement",
        ])
        XCTAssertTrue(html.contains("lang=\"fr\""), "the columns say their language")
        XCTAssertTrue(html.contains("Selon l’administration américaine, Biden a exprimé"))
    }

    /// One link is "1 link", not "1 links" (a communications officer's page of two short
    /// accounts).
    func testTheOpeningLineCountsOneLinkInTheSingular() throws {
        let texts = ["Macron and Putin discussed the Iranian nuclear programme at length.",
                     "The two presidents discussed the Iranian nuclear programme."]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false)
        }
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        XCTAssertEqual(analysis.links.count, 1)
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("; 1 link between passages. "), page)
        XCTAssertEqual(analysis.topics.count, 1)
        XCTAssertTrue(page.contains("<p class=\"hint\">1 topic; "), page)
        XCTAssertFalse(page.contains("1 topics") || page.contains("1 links"), page)
    }

    /// A source that opens with a web address links to it, escaped; any other stays text.
    func testASourceThatIsAWebAddressLinksToIt() throws {
        let texts = ["---\nlabel: AFP\nsource: https://example.org/a?b=1&c=2 (AFP copy)\n---\nMacron spoke with Putin about Iran.",
                     "---\nlabel: Kremlin\nsource: kremlin.ru, press service\n---\nPutin spoke with Macron about Iran."]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).md", markdown: true)
        }
        let page = ReportFixtures.html(documents, TopicEngine(lexicons: []).analyse(documents))
        XCTAssertTrue(page.contains("<p class=\"meta\"><a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">https://example.org/a?b=1&amp;c=2</a> (AFP copy)</p>"), page)
        XCTAssertTrue(page.contains("<p class=\"meta\">kremlin.ru, press service</p>"), page)
        XCTAssertNil(HTMLVersionColumn.webAddress(opening: "https://x.org/\"onmouseover=alert(1)"))
        XCTAssertEqual(HTMLVersionColumn.webAddress(opening: "https://tass.com/world/1984037.")?.address, "https://tass.com/world/1984037")
    }

    /// Topic words: `<span class="tN[ kM]"[ id=…]>words<sup…>L</sup></span>`, per column.
    func topicWords(column: Int) -> [(classes: String, words: String, mark: String)] {
        let columns = html.components(separatedBy: "<section class=\"col\"").dropFirst().map { $0.components(separatedBy: "</section>")[0] }
        return matches(#"<span class="(t\d+(?: k\d)?)"(?: id="[^"]*")?>([^<]*)(?:<sup aria-hidden="true">(.)</sup>)?</span>"#, in: columns[column])
            .map { ($0[1], $0[2], $0[3]) }
    }

    func testATopicHasTheReadersColourSlotAndLetterInEveryVersion() throws {
        let (documents, analysis) = ReportFixtures.bundled
        let index = TopicIndex(analysis, documents: documents)
        let troops = try XCTUnwrap(analysis.topics.firstIndex { $0.id == "troops" })
        let colour = "t\(index.slot(of: troops) % 12)"
        let letter = String(index.symbol(of: troops))
        let kremlin = topicWords(column: 0).filter { $0.words == "troupes" }
        // "renforcement des forces" and "russes": two occurrences a space apart, one letter.
        let whiteHouse = topicWords(column: 1).filter { "renforcement des forces russes".contains($0.words) }
        XCTAssertEqual(kremlin.count, 1)
        XCTAssertEqual(whiteHouse.map { $0.words.trimmingCharacters(in: .whitespaces) }, ["renforcement des forces", "russes"])
        for word in kremlin + whiteHouse { XCTAssertTrue(word.classes.hasPrefix(colour), "\(word)") }
        XCTAssertEqual(kremlin.map(\.mark), [letter])
        XCTAssertEqual(whiteHouse.map(\.mark), ["", letter])
        // Across both columns a letter always comes with the same classes, and two letters
        // never share colour and pattern.
        var classesByLetter: [String: Set<String>] = [:]
        for word in topicWords(column: 0) + topicWords(column: 1) where !word.mark.isEmpty {
            classesByLetter[word.mark, default: []].insert(word.classes)
        }
        // Every topic with a word of its own (one-sided passages found without one show a letter alone).
        XCTAssertEqual(classesByLetter.count, analysis.topics.filter { $0.occurrences.contains { !$0.byMeaning } }.count,
                       "every topic shows with its letter")
        XCTAssertTrue(classesByLetter.values.allSatisfy { $0.count == 1 }, "\(classesByLetter)")
        XCTAssertEqual(Set(classesByLetter.values.map { $0.first! }).count, classesByLetter.count, "no two topics look alike")
    }

    func testPassagesLinkBothWaysToExistingPassages() throws {
        let passages = matches(##"<a class="p" id="(p\d-\d+)" href="#(p\d-\d+)" data-l="([^"]*)"(?: data-w="[^"]*")?>"##, in: html)
        XCTAssertGreaterThan(passages.count, 5)
        let ids = Set(passages.map { $0[1] })
        var partners: [String: [String]] = [:]
        for passage in passages {
            let list = passage[3].split(separator: " ").map(String.init)
            XCTAssertEqual(list.first, passage[2], "href goes to the strongest partner")
            XCTAssertTrue(list.allSatisfy { ids.contains($0) }, "partners are passages: \(list)")
            XCTAssertTrue(list.allSatisfy { $0.prefix(2) != passage[1].prefix(2) }, "partners are in other versions")
            partners[passage[1]] = list
        }
        for (id, list) in partners {
            for partner in list { XCTAssertTrue(partners[partner]?.contains(id) ?? false, "\(partner) links back to \(id)") }
        }
        // The troops sentence of the Kremlin is linked to the White House's build-up sentence.
        let kremlin = try XCTUnwrap(passageID(containing: "troupes", version: 0))
        let whiteHouse = try XCTUnwrap(passageID(containing: "renforcement des forces", version: 1))
        XCTAssertTrue(partners[kremlin]?.contains(whiteHouse) ?? false)
    }

    /// A passage linked by one of the comparison's weakest quarter of links is marked so
    /// (`data-w`, drawn dashed, the hint saying what that means), as the brief says
    /// "weakly" and `c` "among the weakest quarter of links": a journalist sent the page
    /// could not tell a link 0.51 alike from one 0.9 alike.
    func testPassagesLinkedWeaklyAreMarkedBothWays() throws {
        let analysis = ReportFixtures.bundled.analysis
        XCTAssertGreaterThanOrEqual(analysis.links.count, LinkRanks.fewest, "enough links to rank")
        let ranks = LinkRanks(analysis)
        var expected: Set<[String]> = []
        let isHeading = { (end: Analysis.SentenceRef) in analysis.versions[end.version].sentences[end.sentence].isHeading }
        for link in analysis.links where ranks.isAmongTheWeakestQuarter(link.score) && !isHeading(link.from) && !isHeading(link.to) {
            let (from, to) = (HTMLVersionColumn.id(link.from), HTMLVersionColumn.id(link.to))
            expected.formUnion([[from, to], [to, from]])
        }
        XCTAssertFalse(expected.isEmpty)
        let marked = Set(matches(##"<a class="p" id="(p\d-\d+)"[^>]* data-l="([^"]*)" data-w="([^"]*)">"##, in: html).flatMap { passage in
            passage[3].split(separator: " ").map { weak in
                XCTAssertTrue(passage[2].split(separator: " ").contains(weak), "a weak partner is a partner")
                return [passage[1], String(weak)]
            }
        })
        XCTAssertEqual(marked, expected)
        XCTAssertTrue(html.contains("A dashed outline marks a passage linked weakly"))
        XCTAssertTrue(html.contains("a.p.on.weak{"), "the style draws it")
        XCTAssertTrue(ReportScript.source.contains("dataset.w"), "the script marks it")
    }

    func passageID(containing words: String, version: Int) -> String? {
        matches(#"<a class="p" id="(p\#(version)-\d+)"[^>]*>(.*?)</a>"#, in: html).first { $0[2].contains(words) }?[1]
    }

    /// Two drafts: the topic table says under a section both have what changed, as the
    /// brief and Enter do.
    func testTheTopicTableSaysWhatChangedBetweenTwoDrafts() throws {
        let documents = try ["ninety", "sixty"].enumerated().map { index, nights in
            try DocumentLoader.load(bytes: Array("""
                Section 4. Cap on nights. A host may rent an entire dwelling unit for no more than \(nights) nights in any calendar year.

                Section 6. Safety standards. Every short-term rental shall be equipped with working smoke detectors and a fire extinguisher.
                """.utf8), name: "d\(index).md", markdown: true, label: "Draft \(index + 1)")
        }
        let page = ReportFixtures.html(documents, TopicEngine(lexicons: []).analyse(documents))
        XCTAssertTrue(page.contains("<small>Draft 1 → Draft 2: ninety → sixty</small>"), page)
        XCTAssertTrue(page.contains("<small>Draft 1 → Draft 2: same words</small>"), page)
    }

    func testHeadingsAreNeverPassages() {
        for heading in matches(#"<h[4-6]>(.*?)</h[4-6]>"#, in: html) {
            XCTAssertFalse(heading[1].contains("<a "), heading[1])
        }
        XCTAssertTrue(html.contains("<h5>"), "the bundled readouts' ## headings")
    }

    func testTopicTableListsOneSidedTopicsFirstWithBadges() throws {
        let analysis = ReportFixtures.bundled.analysis
        let rows = matches(#"<tr( class="only")?><th scope="row">.*?</b></span>(?:<span lang="fr">)?([^<]*)(?:</span>)?(?: <span class="badge">only in ([^<]*)</span>)?</th>(.*?)</tr>"#, in: html)
        let table = Array(rows.prefix(analysis.topics.count))
        XCTAssertEqual(Set(table.map { $0[2] }), Set(analysis.topics.map(\.label)))
        let oneSided = analysis.topics.filter(\.isOneSided).count
        XCTAssertGreaterThan(oneSided, 0)
        XCTAssertTrue(table.prefix(oneSided).allSatisfy { $0[1] == " class=\"only\"" && !$0[3].isEmpty })
        XCTAssertTrue(table.dropFirst(oneSided).allSatisfy { $0[1].isEmpty && $0[3].isEmpty })
        let minsk = try XCTUnwrap(table.first { $0[2] == "accords de Minsk" })
        XCTAssertEqual(minsk[3], "Kremlin")
        XCTAssertTrue(minsk[4].contains("no passage found"))
        // Counts are passages per version (sentences outside headings, as the reader's topic
        // list counts them), linked to the first occurrence there.
        let ukraine = try XCTUnwrap(analysis.topics.firstIndex { $0.id == "ukraine" })
        let counts = matches(##"<a href="#(o\##(ukraine)-\d)">(\d+)</a>"##, in: html)
        let passages = (0..<2).map { v in
            Set(analysis.topics[ukraine].occurrences.filter { $0.version == v && !analysis.versions[v].sentences[$0.sentence].isHeading }.map(\.sentence)).count
        }
        XCTAssertEqual(counts.map { Int($0[2])! }, passages)
        XCTAssertLessThan(passages[0], analysis.topics[ukraine].occurrences.filter { $0.version == 0 }.count, "a passage, not a word")
        let reader = TopicIndex(analysis, documents: BundledReadouts.documents())
        XCTAssertEqual(passages, (0..<2).map { reader.occurrenceCount(of: ukraine, in: $0) }, "the reader's topic list counts the same")
        for topic in analysis.topics.indices {
            let shown = matches(##"<a href="#o\##(topic)-(\d)">(\d+)</a>"##, in: html).map { (Int($0[1])!, Int($0[2])!) }
            for (version, count) in shown { XCTAssertEqual(count, reader.occurrenceCount(of: topic, in: version), analysis.topics[topic].label) }
        }
        for target in counts { XCTAssertTrue(html.contains("id=\"\(target[1])\""), target[1]) }
    }

    func testPresenceMapHasAStripPerTopicAndVersionInReadingOrder() throws {
        let map = try XCTUnwrap(html.components(separatedBy: "<section id=\"map\"").last)
        let strips = matches(#"<svg viewBox="0 0 100 10"[^>]*aria-label="([^"]*)">(.*?)</svg>"#, in: map)
        let analysis = ReportFixtures.bundled.analysis
        XCTAssertEqual(strips.count, analysis.topics.count * 2)
        let minsk = try XCTUnwrap(analysis.topics.firstIndex { $0.id == "minsk" })
        let labels = matches(#"</b></span>(?:<span lang="fr">)?([^<]*)(?:</span>)?</th>"#, in: map).map { $0[1] }
        let row = try XCTUnwrap(labels.firstIndex(of: analysis.topics[minsk].label))
        XCTAssertEqual(strips[row * 2][1], "1 occurrence in Kremlin")
        XCTAssertEqual(strips[row * 2 + 1][1], "no passage found in Maison Blanche")
        XCTAssertTrue(strips[row * 2][2].contains("<rect class=\"f"), "a mark where Minsk is")
        XCTAssertFalse(strips[row * 2 + 1][2].contains("<rect class=\"f"))
        // Reading order: the first row is the topic the Kremlin's text mentions first.
        let first = analysis.topics.min { a, b in
            let x = a.occurrences.filter { $0.version == 0 }.map(\.range.lowerBound).min() ?? .max
            let y = b.occurrences.filter { $0.version == 0 }.map(\.range.lowerBound).min() ?? .max
            return x < y
        }
        XCTAssertEqual(labels.first, first?.label)
    }

    /// The page is in English; a topic's label in another language says so (a fact-checker's
    /// Russian labels were read with English rules): the lexicon's in the first version's
    /// language, an automatic topic's in that of the text it was named from.
    func testTopicLabelsInAnotherLanguageSayWhichAsTheColumnsDo() throws {
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let bundledLabels = matches(#"<th scope="row">.*?</b></span>(<span lang="([a-z]+)">)?([^<]*)"#, in: html)
        XCTAssertEqual(bundledLabels.count, ReportFixtures.bundled.analysis.topics.count * 2, "the table and the map")
        XCTAssertTrue(bundledLabels.allSatisfy { $0[2] == "fr" }, "two French versions: \(bundledLabels.filter { $0[2] != "fr" }.map { $0[3] })")

        let texts = ["Основное внимание было уделено ситуации вокруг Украины. Путин рассказал о поставках зерна в страны Африки.",
                     "The presidents discussed Ukraine. President Macron raised the case of the French researcher Laurent Vinatier, detained in Russia."]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false, label: index == 0 ? "Kremlin" : "Élysée")
        }
        var analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        // A topic named by a phrase of the English version, as an automatic one-sided topic is.
        let name = try XCTUnwrap(texts[1].range(of: "Laurent Vinatier"))
        let start = texts[1].unicodeScalars.distance(from: texts[1].startIndex, to: name.lowerBound)
        let sentence = try XCTUnwrap(analysis.versions[1].sentences.last)
        analysis.topics.append(Analysis.Topic(id: "auto:only-vinati", label: "Laurent Vinatier", origin: .automatic,
                                              occurrences: [.init(version: 1, sentence: sentence.index, range: start..<start + 16)]))
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("<section class=\"col\" aria-labelledby=\"v0\" lang=\"ru\">"), "the Russian column")
        let labels = matches(#"<th scope="row">.*?</b></span>(<span lang="([a-z]+)">)?([^<]*)"#, in: page)
        XCTAssertEqual(labels.count, analysis.topics.count * 2)
        let cyrillic = { (label: String) in label.unicodeScalars.contains(where: CyrillicScript.contains) }
        XCTAssertTrue(labels.contains { $0[3] == "Украина" }, "the lexicon's label in the first version's language")
        XCTAssertTrue(labels.contains { !cyrillic($0[3]) }, "an English label: \(labels.map { $0[3] })")
        for label in labels {
            XCTAssertEqual(label[2], cyrillic(label[3]) ? "ru" : "", label[3])
        }
    }

    func testThePolicyAllowsExactlyTheInlineStyleAndScript() throws {
        let policy: String = try XCTUnwrap(matches(#"<meta http-equiv="Content-Security-Policy" content="([^"]*)">"#, in: html).first?[1])
        XCTAssertTrue(policy.hasPrefix("default-src 'none';"), policy)
        let style: String = try XCTUnwrap(matches("<style>(.*?)</style>", in: html).first?[1])
        let script: String = try XCTUnwrap(matches("<script>(.*?)</script>", in: html).first?[1])
        XCTAssertTrue(policy.contains("style-src \(ContentSecurityPolicy.source(style));"), policy)
        XCTAssertTrue(policy.contains("script-src \(ContentSecurityPolicy.source(script));"), policy)
        XCTAssertEqual(matches("<style", in: html).count, 1)
        XCTAssertEqual(matches("<script", in: html).count, 1)
        XCTAssertTrue(matches(#"\sstyle=|\son[a-z]+="#, in: html).isEmpty, "no style or event-handler attributes")
        XCTAssertTrue(matches(#"(?:src|href)="(?!#)"#, in: html).isEmpty, "nothing loaded, no link leaves the page")
        // The policy's SHA-256 against the FIPS 180-2 test vector.
        XCTAssertEqual(ContentSecurityPolicy.sha256(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined(),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// Han, kana and Hangul words, in a language Readouts does not read.
    static func eastAsianDocuments() throws -> [Document] {
        let texts = ["日英首脳会談\n\n両首脳は、ウクライナについて意見交換を行いました。日本は欧州の外で最も緊密なパートナーです。\n",
                     "Japan-UK Summit Meeting\n\nThe two leaders exchanged views on Ukraine. Japan is the closest partner outside Europe.\n",
                     "Spotkanie przywódców Japonii i Wielkiej Brytanii\n\nPrzywódcy wymienili poglądy na temat Ukrainy. Japonia jest najbliższym partnerem poza Europą.\n",
                     "한일 정상회담\n\n양국 정상은 우크라이나 문제에 대해 의견을 교환했다.\n",
                     "両首脳は、ウクライナについて意見交換を行いました。\n"]
        return try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "v\(index).txt", markdown: false, label: "V\(index)")
        }
    }

    /// A version in a language Readouts does not read carries a language all the same: one its
    /// script makes certain (kana: Japanese; Hangul: Korean), else "und", never the page's
    /// English, which a Japanese column inherited (screen readers, the glyphs of its Han
    /// characters).
    func testAVersionInAnUnreadLanguageCarriesTheLanguageItsScriptTells() throws {
        let documents = try Self.eastAsianDocuments()
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        XCTAssertEqual(analysis.versions.map(\.language), [.undetermined, .english, .undetermined, .undetermined, .undetermined])
        let page = ReportFixtures.html(documents, analysis)
        for (version, tag) in ["ja", "en", "und", "ko", "ja"].enumerated() {
            XCTAssertTrue(page.contains("<section class=\"col\" aria-labelledby=\"v\(version)\" lang=\"\(tag)\">"), "V\(version): \(tag)")
        }
    }

    /// An automatic topic's id keeps a Han, kana or Hangul word as written: the JSON said
    /// "auto:ri benha ou zhouno waide…", Japanese read as Chinese pinyin.
    func testAutomaticTopicIdsKeepEastAsianWordsAsWritten() throws {
        let documents = try Self.eastAsianDocuments()
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let json = ReportFixtures.json(documents, analysis)
        let ids = analysis.topics.map(\.id).filter { $0.hasPrefix("auto:") }
        let eastAsian = ids.filter { $0.unicodeScalars.contains { EastAsianScript.contains($0.value) } }
        XCTAssertFalse(eastAsian.isEmpty, "\(ids)")
        XCTAssertTrue(eastAsian.allSatisfy { json.contains("\"id\" : \"\($0)\"") }, "the JSON's ids: \(eastAsian)")
        for romanised in ["ri ben", "zhou", "ou zhou", "hangug", "ujeu", "liang"] {
            XCTAssertFalse(ids.contains { $0.contains(romanised) }, "\(romanised) in \(ids)")
        }
    }
}
