import Foundation
import XCTest
import ReadoutsEncoder
import ReadoutsFixtures
import ReadoutsReader
import ReadoutsText
import ReadoutsTopics
@testable import ReadoutsExport

/// Linked passages of which one alone is negated, after the figures in the brief and the
/// page and in the JSON export: a translator's "ne prévoit pas de hausse" was rendered
/// "plans to raise", and every report listed the pair as a match.
final class NegationDifferencesTests: XCTestCase {
    /// The communiqué and its translation, each link given `similarity` as the sentence
    /// encoder would, and, when `aligned`, the two recorded as aligned as one text as the
    /// semantic linker records them (`Analysis.alignedVersions`, which the lexical engine
    /// leaves empty).
    static func translation(similarity: Double?, aligned: Bool = true) throws -> (documents: [Document], analysis: Analysis) {
        let documents = try DraftChangesTests.communiqueDocuments(order: ["fr", "en"])
        var analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        for index in analysis.links.indices { analysis.links[index].similarity = similarity }
        analysis.alignedVersions = aligned ? [Analysis.AlignedVersions(0, 1)] : []
        return (documents, analysis)
    }

    func testTheBriefThePageAndTheJSONListTheNegationThatDiffers() throws {
        let (documents, analysis) = try Self.translation(similarity: 0.79)
        let brief = ReportFixtures.markdown(documents, analysis)
        let section = try XCTUnwrap(brief.range(of: "\n## Negation differs\n"), brief)
        XCTAssertLessThan(try XCTUnwrap(brief.range(of: "\n## Figures that differ\n")).lowerBound, section.lowerBound)
        XCTAssertLessThan(section.lowerBound, try XCTUnwrap(brief.range(of: "\n## In both versions")).lowerBound)
        XCTAssertTrue(brief.contains("""
            - *fr.txt → en.txt:* «ne … pas» in fr.txt only
              > **fr.txt** (Communiqué du ministère de l’Économie et des Finances, sentence 5): Le gouvernement ne prévoit pas de hausse des tarifs réglementés de l’électricité en 2024.
              >
              > **en.txt** (Press release from the Ministry of the Economy and Finance, sentence 5): The government plans to raise regulated electricity tariffs in 2024.
            """), brief)
        XCTAssertEqual(brief.components(separatedBy: "«ne … pas»").count, 2, "each pair once; both negated (n’est pas / is not) is none")
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("<a href=\"#negations\">Negation differs</a>"), page)
        XCTAssertTrue(page.contains("<li><strong>fr.txt → en.txt</strong>: «ne … pas» in fr.txt only\n<blockquote>\n<p lang=\"fr\"><b>fr.txt</b>"), page)
        let json = ReportFixtures.json(documents, analysis)
        XCTAssertTrue(json.contains("""
              "negations" : [
                {
                  "from" : {
                    "sentence" : 4,
                    "version" : "fr-txt"
                  },
                  "negated" : "fr-txt",
                  "to" : {
                    "sentence" : 4,
                    "version" : "en-txt"
                  },
                  "words" : [
                    "ne … pas"
                  ]
                }
              ],
            """), json)
    }

    /// Passages not otherwise close, and the bundled readouts (two accounts of one call):
    /// nothing listed.
    func testNothingIsListedForPassagesFarApart() throws {
        // The same passages, close, are listed: the fixture shows the section.
        let (closeDocuments, close) = try Self.translation(similarity: 0.79)
        XCTAssertTrue(ReportFixtures.markdown(closeDocuments, close).contains("Negation differs"))
        XCTAssertTrue(ReportFixtures.html(closeDocuments, close).contains("id=\"negations\""))
        // Under 0.5 even counterparts in a translation are not compared (`TranslationCounterparts`).
        let (documents, analysis) = try Self.translation(similarity: 0.45)
        XCTAssertFalse(ReportFixtures.markdown(documents, analysis).contains("Negation differs"))
        XCTAssertFalse(ReportFixtures.html(documents, analysis).contains("id=\"negations\""))
        XCTAssertTrue(ReportFixtures.json(documents, analysis).contains("\"negations\" : [\n\n  ],"))
        let bundled = ReportFixtures.json(ReportFixtures.bundled.documents, ReportFixtures.bundled.analysis)
        XCTAssertTrue(bundled.contains("\"negations\" : [\n\n  ],"), bundled)
    }

    /// A translation's counterparts are compared from 0.5: the translator's reversed
    /// sentence linked at 0.55 is listed, each sentence linked to its translation as the
    /// sentence encoder links them (the lexical linker links a few). The same links between
    /// versions the engine did not align as one text (two accounts) list nothing.
    func testATranslationsCounterpartsAreListedFromALowerSimilarity() throws {
        for aligned in [true, false] {
            try assertCounterpartsListed(aligned: aligned)
        }
    }

    private func assertCounterpartsListed(aligned: Bool) throws {
        var (documents, analysis) = try Self.translation(similarity: nil, aligned: aligned)
        let counterparts = analysis.versions[0].sentences.indices.filter { sentence in
            !analysis.links.contains { $0.from.sentence == sentence && $0.to.sentence == sentence }
        }
        for sentence in counterparts {
            analysis.links.append(Analysis.Link(from: .init(version: 0, sentence: sentence), to: .init(version: 1, sentence: sentence),
                                                score: 1, topics: [], evidence: []))
        }
        for index in analysis.links.indices {
            analysis.links[index].similarity = analysis.links[index].from.sentence == analysis.links[index].to.sentence ? 0.55 : 0.3
        }
        XCTAssertEqual(ReportFixtures.markdown(documents, analysis).contains("- *fr.txt → en.txt:* «ne … pas» in fr.txt only"), aligned,
                       ReportFixtures.markdown(documents, analysis))
        XCTAssertEqual(ReportFixtures.json(documents, analysis).contains("\"negated\" : \"fr-txt\""), aligned)
    }

    /// The JSON says which versions the semantic linker aligned as one text (`oneTextWith`,
    /// on each of them), and says nothing of versions it did not align.
    func testTheJSONNamesTheVersionsAlignedAsOneText() throws {
        let (documents, analysis) = try Self.translation(similarity: 0.79)
        let json = ReportFixtures.json(documents, analysis)
        XCTAssertTrue(json.contains("\"language\" : \"fr\",\n      \"oneTextWith\" : [\n        \"en-txt\"\n      ],\n      \"path\""), json)
        XCTAssertTrue(json.contains("\"language\" : \"en\",\n      \"oneTextWith\" : [\n        \"fr-txt\"\n      ],\n      \"path\""), json)
        let (otherDocuments, accounts) = try Self.translation(similarity: 0.79, aligned: false)
        XCTAssertFalse(ReportFixtures.json(otherDocuments, accounts).contains("oneTextWith"))
    }

    /// Two versions, each link between them given `similarity` as the sentence encoder would,
    /// and a link made between their sentences that begin with `linking` (the encoder links a
    /// translation the lexical linker cannot).
    static func versions(_ texts: [String], similarity: Double, linking: (String, String)? = nil) throws -> (documents: [Document], analysis: Analysis) {
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: ["a.txt", "b.txt"][index], markdown: false)
        }
        var analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        if let (first, other) = linking {
            func sentence(_ version: Int, _ start: String) throws -> Int {
                try XCTUnwrap(analysis.versions[version].sentences.firstIndex { documents[version].string($0.range).hasPrefix(start) }, start)
            }
            analysis.links.append(Analysis.Link(from: .init(version: 0, sentence: try sentence(0, first)),
                                                to: .init(version: 1, sentence: try sentence(1, other)), score: 1, topics: [], evidence: []))
        }
        for index in analysis.links.indices { analysis.links[index].similarity = similarity }
        return (documents, analysis)
    }

    /// A think-tank researcher's White House and MFA readouts of one call: the Chinese
    /// version is in a language Readouts does not read, so no negation of it is known, and
    /// "This is not “de-risking”" against 这不是“去风险” was listed as "«not» in a.txt only".
    func testAVersionInALanguageReadoutsDoesNotReadIsNeverSaidToLackANegation() throws {
        let english = """
            President Biden and President Xi Jinping held a candid and constructive call on April 2, 2024.

            The two leaders discussed bilateral, regional and global issues, including areas of cooperation and of difference.

            President Biden said that this is not “de-risking” but a new form of protectionism.
            """
        let chinese = """
            2024年4月2日晚，国家主席习近平应约同美国总统拜登通电话。

            两国元首就中美关系和共同关心的问题进行了坦诚、深入的交流。

            习近平指出，这不是“去风险”，而是制造风险。
            """
        let (documents, analysis) = try Self.versions([english, chinese], similarity: 0.86, linking: ("President Biden said", "习近平指出"))
        XCTAssertEqual(analysis.versions.map(\.language), [.english, .undetermined])
        XCTAssertFalse(ReportFixtures.markdown(documents, analysis).contains("Negation differs"), ReportFixtures.markdown(documents, analysis))
        XCTAssertFalse(ReportFixtures.html(documents, analysis).contains("id=\"negations\""))
        XCTAssertTrue(ReportFixtures.json(documents, analysis).contains("\"negations\" : [\n\n  ],"))
        // The same English sentence against a French one that has no negation is listed.
        let french = """
            Le président Biden et le président Xi Jinping ont eu un entretien franc et constructif le 2 avril 2024.

            Les deux dirigeants ont évoqué les questions bilatérales, régionales et mondiales, y compris les domaines de coopération.

            Le président Biden a dit que c’est une « réduction des risques » et une nouvelle forme de protectionnisme.
            """
        let (frDocuments, frAnalysis) = try Self.versions([english, french], similarity: 0.86, linking: ("President Biden said", "Le président Biden a dit"))
        XCTAssertTrue(ReportFixtures.markdown(frDocuments, frAnalysis).contains("«not» in a.txt only"), ReportFixtures.markdown(frDocuments, frAnalysis))
    }

    /// A Madrid analyst's French "qu’aucune négociation ne pouvait…" was read as no negation
    /// (the elided "qu’" hid "aucune"), and listed against the English "no negotiation could".
    func testFrenchNegationsWithASubjectBeforeNeAreRead() throws {
        let english = """
            The foreign ministers of France and Spain met in Madrid on Monday to discuss the war in Ukraine.

            The ministers agreed that no negotiation could begin before a ceasefire in Ukraine.
            """
        let french = """
            Les ministres des affaires étrangères de la France et de l’Espagne se sont réunis lundi à Madrid pour évoquer la guerre en Ukraine.

            Les ministres sont convenus qu’aucune négociation ne pouvait commencer avant un cessez-le-feu en Ukraine.
            """
        let (documents, analysis) = try Self.versions([english, french], similarity: 0.86, linking: ("The ministers agreed", "Les ministres sont convenus"))
        XCTAssertEqual(analysis.versions.map(\.language), [.english, .french])
        XCTAssertFalse(ReportFixtures.markdown(documents, analysis).contains("Negation differs"), ReportFixtures.markdown(documents, analysis))
    }

    /// The Avalon translation puts Article 12's "not" in its second sentence: compared with
    /// the first half alone, the close rendering's one sentence read as negated where
    /// Avalon's was not ("negation: «not» in Close only", in the brief, the page, the JSON
    /// and at a `J` stop). A sentence split in two is compared whole with its counterpart.
    func testASentenceSplitInTwoIsComparedWholeForItsNegation() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let encoder = try ModelStore.installedEncoder(environment: environment) else {
            if environment["READOUTS_MODEL_REQUIRED"] == "1" { XCTFail("the sentence encoder is not installed") }
            throw XCTSkip("the sentence encoder is not installed")
        }
        let documents = try [("avalon", DeclarationArticles.avalon), ("close", DeclarationArticles.close)].map { name, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "\(name).txt", markdown: false)
        }
        var engine = TopicEngine(lexicons: [.international])
        engine.semantic = SemanticLinking(encoder: encoder)
        let analysis = engine.analyse(documents)
        let translations = TranslationCounterparts(analysis)
        let halves = try ["requires public military forces", "These forces are, therefore"].map { quote in
            try XCTUnwrap(analysis.versions[0].sentences.first { documents[0].string($0.range).contains(quote) }?.index, quote)
        }
        let article = try XCTUnwrap(analysis.versions[1].sentences.first { documents[1].string($0.range).hasPrefix("12.") }?.index)
        XCTAssertTrue(halves.allSatisfy { translations.contains(.init(version: 0, sentence: $0), .init(version: 1, sentence: article)) },
                      "both halves are the article's counterparts")
        XCTAssertEqual(translations.runs(.init(version: 0, sentence: halves[0]), .init(version: 1, sentence: article)).a, halves[0]...halves[1])
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertFalse(brief.contains("## Negation differs"), brief)
        let texts = DraftChanges.SentenceTexts(documents: documents, analysis: analysis)
        let stops = TranslationStops.find(0, 1, texts: texts, translations: translations)
        XCTAssertFalse(stops.contains { $0.kind == .worded && $0.first.map(halves.contains) ?? false }, "no J stop at Article 12: \(stops)")
        // The first half alone against the article, as compared before, differs.
        XCTAssertNotNil(Negation.difference(texts.string(0, halves[0]), .english, texts.string(1, article), .english,
                                            similarity: nil, counterparts: true))
    }

    /// Without the encoder: two English translations of one text, the second splitting a
    /// sentence in two with its "not" in the second half, each link given a similarity and
    /// the versions recorded as aligned. Compared whole, the split says no negation; a half
    /// linked under `TranslationCounterparts.similarityFloor` still joins the run.
    func testASplitSentenceIsOneRunWithoutTheEncoder() throws {
        let texts = [
            """
            The council met in Geneva on Monday to review the annual report of the commission.

            The guarantee of the rights of citizens requires a public force: this force is instituted for the advantage of all 27 members, and not for the particular use of those to whom it is entrusted.

            The members approved the budget of the commission for the coming year without a vote.

            The council will meet again in Vienna in the autumn to review the progress made.
            """,
            """
            On Monday the council gathered in Geneva, where it examined the commission's yearly report.

            The guarantee of the rights of citizens requires a public force.

            This force is instituted for the advantage of all 28 members, and not for the particular use of those to whom it is entrusted.

            Without a vote, the members adopted the commission's budget for next year.

            In the autumn the council is to gather once more, in Vienna, to examine what progress was made.
            """,
        ]
        let documents = try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "t\(index).txt", markdown: false)
        }
        var analysis = TopicEngine(lexicons: []).analyse(documents)
        let article = Analysis.SentenceRef(version: 0, sentence: 1)
        let halves = [Analysis.SentenceRef(version: 1, sentence: 1), Analysis.SentenceRef(version: 1, sentence: 2)]
        let ends = Set(analysis.links.map { [$0.from, $0.to] })
        XCTAssertTrue(halves.allSatisfy { ends.contains([article, $0]) || ends.contains([$0, article]) }, "the article is linked to both halves")
        analysis.alignedVersions = [Analysis.AlignedVersions(0, 1)]
        func brief(firstHalf similarity: Double) -> (String, TranslationCounterparts) {
            var linked = analysis
            for index in linked.links.indices {
                let pair = Set([linked.links[index].from, linked.links[index].to])
                linked.links[index].similarity = pair == [article, halves[0]] ? similarity : 0.8
            }
            return (ReportFixtures.markdown(documents, linked), TranslationCounterparts(linked))
        }
        XCTAssertTrue(ReportLists(documents: documents, analysis: analysis).drafts.isEmpty, "a translation, not drafts")
        for similarity in [0.6, 0.43] {
            let (text, translations) = brief(firstHalf: similarity)
            let runs = translations.runs(article, halves[1])
            XCTAssertEqual(runs.b, 1...2, "both halves, the first \(similarity) alike")
            XCTAssertFalse(text.contains("## Negation differs"), text)
            // The figure the second half changed is listed once, the halves quoted whole.
            let figures = try XCTUnwrap(text.components(separatedBy: "\n## ").first { $0.hasPrefix("Figures that differ") }, text)
            XCTAssertEqual(figures.components(separatedBy: "27 → 28").count, 2, figures)
            XCTAssertTrue(figures.contains("(sentence 2): The guarantee of the rights of citizens requires a public force.\n  >\n"), figures)
            XCTAssertTrue(figures.contains("(sentence 3): This force is instituted"), figures)
        }
        // The first half alone against the article differs: what was said before.
        XCTAssertNotNil(Negation.difference(documents[0].string(analysis.versions[0].sentences[1].range), .english,
                                            documents[1].string(analysis.versions[1].sentences[1].range), .english,
                                            similarity: 0.6, counterparts: true))
    }
}
