import ReadoutsFixtures
import XCTest
import ReadoutsText
import ReadoutsTopics
import ReadoutsReader
@testable import ReadoutsExport

/// The brief's and the page's list of changes between drafts: a committee's aide exported two drafts and
/// got a brief by topic in which 2 of 12 amendments were said.
final class DraftChangesTests: XCTestCase {
    static func drafts(_ texts: [String]) throws -> [Document] {
        try texts.enumerated().map { index, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "d\(index).txt", markdown: false, label: "D\(index + 1)")
        }
    }

    static let first = """
        Article 1. Scope

        This Act applies to every tenancy of a dwelling, written or oral.

        Article 2. Registration

        Every landlord shall register with the Authority within ninety days of the commencement of a tenancy.

        Article 3. Energy performance

        No dwelling may be let unless it holds an energy performance certificate of class E or better.

        Article 4. Deposits

        A landlord shall not require a deposit exceeding two months' rent.
        """
    static let second = """
        Article 1. Scope

        This Act applies to every tenancy of a dwelling, written or oral.

        Article 2. Registration

        Every landlord shall register with the Authority within sixty days of the commencement of a tenancy.

        Article 3. Deposits

        A landlord shall not require a deposit exceeding two months' rent.

        Article 4. Holiday lets

        No dwelling may be let for holiday use for more than ninety nights a year without a permit.
        """

    func testTheBriefListsEveryChangeBetweenDraftsInOrder() throws {
        let documents = try Self.drafts([Self.first, Self.second])
        let brief = ReportFixtures.markdown(documents, TopicEngine(lexicons: []).analyse(documents))
        XCTAssertTrue(brief.contains("\n## Changes: D1 → D2\n\n1 sentence worded otherwise, 2 only in D1, 2 only in D2"), brief)
        let amended = try XCTUnwrap(brief.range(of: "- **Worded otherwise**: ninety → sixty\n  > **D1** (Article 2. Registration, sentence 4): Every landlord shall register with the Authority within **ninety** days"), brief)
        XCTAssertTrue(brief.contains("  >\n  > **D2** (Article 2. Registration, sentence 4): Every landlord shall register with the Authority within **sixty** days"), brief)
        let deleted = try XCTUnwrap(brief.range(of: "- **Only in D1**\n  > **D1** (Article 3. Energy performance, sentence 6): No dwelling may be let unless it holds an energy performance certificate"), brief)
        let added = try XCTUnwrap(brief.range(of: "- **Only in D2**\n  > **D2** (Article 4. Holiday lets, sentence 8): No dwelling may be let for holiday use"), brief)
        XCTAssertTrue(amended.lowerBound < deleted.lowerBound && deleted.lowerBound < added.lowerBound, "in the first draft's order, the added article last")
        XCTAssertFalse(brief.contains("sentence 8): A landlord shall not require"), "the moved Deposits article is no change:\n\(brief)")
        XCTAssertLessThan(try XCTUnwrap(brief.range(of: "## Changes")).lowerBound, try XCTUnwrap(brief.range(of: "## In both versions")).lowerBound,
                          "the changes come before the topics")
        // And before the topic table: what an amendment changed is the question.
        XCTAssertLessThan(try XCTUnwrap(brief.range(of: "## Changes")).lowerBound, try XCTUnwrap(brief.range(of: "## Overview")).lowerBound,
                          "the changes come before the overview")
    }

    /// A new user's redraft of a joint statement, five of its seven sentences lightly
    /// edited: no draft by sentences word for word alone, so neither export said
    /// "fourteen → thirty" nor "− deeply", which Enter said. Its changes are listed now, the
    /// figure among them rather than in the list of linked passages.
    func testALightlyEditedRedraftIsListedAsTheReaderShowsIt() throws {
        let first = JointStatementDrafts.first
        let second = JointStatementDrafts.redraft
        let documents = try Self.drafts([first, second])
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertTrue(brief.contains("\n## Changes: D1 → D2\n\n4 sentences worded otherwise, 0 only in D1, 0 only in D2, 1 moved"), brief)
        for said in ["− deeply", "1,500 → 1 500, − without charge", "− immediate and unimpeded, − all, fourteen → thirty", "30 → 20"] {
            XCTAssertTrue(brief.contains("- **Worded otherwise**: \(said)\n"), "\(said)\n\(brief)")
        }
        XCTAssertTrue(brief.contains("- **Moved** (1 sentence, the same words)\n  > **D1** (Joint statement on humanitarian access in the eastern regions, sentence 5): Convoys"), brief)
        XCTAssertFalse(brief.contains("## Figures that differ"), "the figure is a change of the drafts:\n\(brief)")
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("<li><strong>Worded otherwise</strong>: − immediate and unimpeded, − all, fourteen → thirty\n"), page)
        XCTAssertTrue(page.contains("<li><strong>Worded otherwise</strong>: − deeply\n"), page)
    }

    /// Of a bill's repeated sentences, the one amended is worded otherwise, not a sentence
    /// only in one draft and another only in the other: its links go to its unamended twins.
    func testAnAmendedRepeatedSentenceIsWordedOtherwise() throws {
        let article = { (n: Int, verb: String) in
            "Article \(n). Reports\n\nThe Board shall meet in session \(n).\n\nThe Authority \(verb) publish a report on the register every year."
        }
        let a = (1...6).map { article($0, "shall") }.joined(separator: "\n\n")
        let b = (1...6).map { article($0, $0 == 4 ? "may" : "shall") }.joined(separator: "\n\n")
        let documents = try Self.drafts([a, b])
        let brief = ReportFixtures.markdown(documents, TopicEngine(lexicons: []).analyse(documents))
        XCTAssertTrue(brief.contains("1 sentence worded otherwise, 0 only in D1, 0 only in D2"), brief)
        XCTAssertTrue(brief.contains("- **Worded otherwise**: shall → may\n  > **D1** (Article 4. Reports, sentence 12): The Authority **shall** publish"), brief)
    }

    /// The page lists them too, in a section the navigation leads to, each quote in its
    /// version's language.
    func testThePageListsTheChangesBetweenDrafts() throws {
        let documents = try Self.drafts([Self.first, Self.second])
        let page = ReportFixtures.html(documents, TopicEngine(lexicons: []).analyse(documents))
        XCTAssertTrue(page.contains("<a href=\"#changes\">Changes</a>"), page)
        let section = try XCTUnwrap(page.range(of: "<section id=\"changes\""), page)
        // After the texts, before the presence map (the topic table opens the page).
        XCTAssertLessThan(try XCTUnwrap(page.range(of: "<section id=\"texts\"")).lowerBound, section.lowerBound)
        XCTAssertLessThan(section.lowerBound, try XCTUnwrap(page.range(of: "<section id=\"map\"")).lowerBound)
        XCTAssertTrue(page.contains("<h3>D1 → D2</h3>\n<p>1 worded otherwise, 2 only in D1, 2 only in D2"), page)
        XCTAssertTrue(page.contains("<li><strong>Worded otherwise</strong>: ninety → sixty\n<blockquote>\n<p lang=\"en\"><b>D1</b> (Article 2. Registration, sentence 4): Every landlord"), page)
        XCTAssertTrue(page.contains("<li><strong>Only in D1</strong>\n<blockquote>\n<p lang=\"en\"><b>D1</b> (Article 3. Energy performance, sentence 6): No dwelling may be let unless"), page)
        let bundled = ReportFixtures.html(ReportFixtures.bundled.documents, ReportFixtures.bundled.analysis)
        XCTAssertFalse(bundled.contains("id=\"changes\""))
        XCTAssertFalse(bundled.contains("#changes"))
    }

    /// A sentence worded otherwise is quoted with the words the other draft does not keep
    /// marked, in bold in the brief, struck through and underlined on the page: a
    /// legislative analyst compared two long reworded sentences by eye ("…oberste Bundes-
    /// oder Landesbehörde" / "…oberste Bundesbehörde"). A sentence rewritten past
    /// "reworded" says how much was kept, as `J` does, where the brief said nothing.
    func testAChangedSentencesWordsAreMarkedAndARewriteSaysHowMuchWasKept() throws {
        let fees = "The Authority shall charge no fee for access to the register under Article 1."
        let rewritten = "Access to the register under Article 1 is free up to an administrative cost of 1,000 euros, and access to other information up to 250 euros."
        let documents = try Self.drafts([Self.first + "\n\n" + fees, Self.second + "\n\n" + rewritten])
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertTrue(brief.contains("(Article 2. Registration, sentence 4): Every landlord shall register with the Authority within **ninety** days"), brief)
        XCTAssertTrue(brief.contains("(Article 2. Registration, sentence 4): Every landlord shall register with the Authority within **sixty** days"), brief)
        XCTAssertTrue(brief.contains("the words the other version does not keep are in bold"), brief)
        let rewrite = try XCTUnwrap(brief.range(of: "- **Worded otherwise**: rewritten: "), brief)
        XCTAssertTrue(brief[rewrite.upperBound...].hasPrefix("7 of 26 words kept\n  > **D1**"), String(brief[rewrite.lowerBound...]))
        XCTAssertTrue(brief.contains("Article 1 **is free up to an administrative cost of 1,000 euros, and access to other information up to 250 euros**."), brief)
        // Words a change does not touch stay plain; an added sentence is quoted plain.
        XCTAssertFalse(brief.contains("**Every"), brief)
        XCTAssertTrue(brief.contains("(Article 4. Holiday lets, sentence 8): No dwelling may be let for holiday use"), brief)
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("Every landlord shall register with the Authority within <del>ninety</del> days"), page)
        XCTAssertTrue(page.contains("Every landlord shall register with the Authority within <ins>sixty</ins> days"), page)
    }

    /// A heading or item renumbered with the same words is no change (the articles after a
    /// deleted one are not amendments), but both reports list it apart, after the changes: a
    /// legislative analyst found an amending law's renumbering of §§ 1–6 as §§ 2–7 nowhere.
    func testRenumberedHeadingsAndItemsAreListedApart() throws {
        let items = "Article 5. Exemptions\n\nThe following are exempt:\n\n1. dwellings let by a charity;\n\n2. dwellings let to a relative."
        let itemsAfter = "Article 5. Exemptions\n\nThe following are exempt:\n\n1. dwellings let by a public body;\n\n2. dwellings let by a charity;\n\n3. dwellings let to a relative."
        let documents = try Self.drafts([Self.first + "\n\n" + items, Self.second + "\n\n" + itemsAfter])
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        let brief = ReportFixtures.markdown(documents, analysis)
        let list = try XCTUnwrap(brief.range(of: "\n**Renumbered**, the same words otherwise (3):\n\n"), brief)
        XCTAssertTrue(brief[list.upperBound...].hasPrefix("""
            - Article 4. → Article 3. — Deposits (sentence 7 → 5)
            - 1\\. → 2. — dwellings let by a charity; (sentence 11 → 12)
            - 2\\. → 3. — dwellings let to a relative. (sentence 12 → 13)

            """), String(brief[list.lowerBound...]))
        XCTAssertFalse(brief.contains("- **Worded otherwise**: moved"), "a renumbering is no change:\n\(brief)")
        XCTAssertLessThan(try XCTUnwrap(brief.range(of: "- **Only in D2**\n  > **D2** (Article 5. Exemptions")).lowerBound, list.lowerBound, "after the changes")
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("<p><strong>Renumbered</strong>, the same words otherwise (3):</p>\n<ul>\n<li>Article 4. → Article 3. — Deposits (sentence 7 → 5)</li>\n"), page)
        // A figure further in a heading is no renumbering ("Fee of 100 euros" → "200 euros").
        let fees = try Self.drafts([Self.first + "\n\nArticle 5. Fee of 100 euros\n\nThe fee is due on registration.",
                                    Self.first + "\n\nArticle 5. Fee of 200 euros\n\nThe fee is due on registration."])
        XCTAssertFalse(ReportFixtures.markdown(fees, TopicEngine(lexicons: []).analyse(fees)).contains("Renumbered"))
        // Drafts renumbering nothing list nothing.
        XCTAssertFalse(ReportFixtures.markdown(try Self.drafts([Self.first, Self.first + "\n\nArticle 5. Commencement"]),
                                               TopicEngine(lexicons: []).analyse(try Self.drafts([Self.first, Self.first + "\n\nArticle 5. Commencement"]))).contains("Renumbered"))
    }

    /// Headings that are a number alone ("Article 4"), compared without their figures, are
    /// one text thirty times over: the one a draft deleted is the one whose number the other
    /// lacks. A new user deleted Article 20 of thirty and added a sentence to Article 3, and
    /// read "Article 4" as deleted and the fifteen articles between as moved (22 changes
    /// for 5).
    func testADeletedArticleAmongBareNumberedHeadingsIsTheOneDeleted() throws {
        func article(_ n: Int) -> String { "Article \(n)\n\nEveryone has the right number \(n), which no law shall abridge." }
        let first = (1...30).map(article).joined(separator: "\n\n")
        let second = (1...30).filter { $0 != 20 }.map { $0 == 3 ? article(3) + " No one shall lose it." : article($0) }.joined(separator: "\n\n")
        let documents = try Self.drafts([first, second])
        let brief = ReportFixtures.markdown(documents, TopicEngine(lexicons: []).analyse(documents), changesOnly: true)
        XCTAssertTrue(brief.contains("0 sentences worded otherwise, 2 only in D1, 1 only in D2, 0 moved"), brief)
        XCTAssertTrue(brief.contains("- **Only in D1**\n  > **D1** (sentence 39): Article 20\n"), brief)
        XCTAssertFalse(brief.contains("Moved") || brief.contains("Renumbered"), brief)
        // Renumbered after the deletion: Article 20's heading, whose article went, is the one
        // deleted, and the ten after it renumbered, each with its article.
        let renumbered = (1...30).filter { $0 != 20 }.enumerated().map { index, n in
            article(n).replacingOccurrences(of: "Article \(n)\n", with: "Article \(index + 1)\n")
        }.joined(separator: "\n\n")
        let redrafted = try Self.drafts([first, renumbered])
        let changes = ReportFixtures.markdown(redrafted, TopicEngine(lexicons: []).analyse(redrafted), changesOnly: true)
        XCTAssertTrue(changes.contains("0 sentences worded otherwise, 2 only in D1, 0 only in D2, 0 moved"), changes)
        XCTAssertTrue(changes.contains("- **Only in D1**\n  > **D1** (sentence 39): Article 20\n"), changes)
        XCTAssertTrue(changes.contains("**Renumbered**, the same words otherwise (10):\n\n- Article 21 → Article 20 (sentence 41 → 39)\n"), changes)
        XCTAssertTrue(changes.contains("- Article 30 → Article 29 (sentence 59 → 57)\n\n") || changes.hasSuffix("- Article 30 → Article 29 (sentence 59 → 57)\n"), changes)
    }

    /// `--changes-only`: the versions and their changes, not the comparison by topic (an
    /// amendment changing one date gave the analyst a brief of 3,320 lines, 20 of them
    /// changes); versions that are no drafts say why nothing is listed.
    func testChangesOnlyListsTheChangesAlone() throws {
        let documents = try Self.drafts([Self.first, Self.second])
        let analysis = TopicEngine(lexicons: []).analyse(documents)
        let brief = ReportFixtures.markdown(documents, analysis, changesOnly: true)
        XCTAssertTrue(brief.hasPrefix("# D1 · D2: changes\n\n- **D1**\n- **D2**\n\nReworded sentences paired by shared words only"), brief)
        XCTAssertTrue(brief.contains("- **Worded otherwise**: ninety → sixty\n"), brief)
        for section in ["## Overview", "## In both versions", "## Only in one version", "compared by topic"] {
            XCTAssertFalse(brief.contains(section), section)
        }
        XCTAssertTrue(ReportFixtures.markdown(documents, analysis).contains("## Overview"), "the whole brief has what the changes alone leave out")
        let page = ReportFixtures.html(documents, analysis, changesOnly: true)
        XCTAssertTrue(page.contains("<h1>D1 · D2: changes</h1>"), page)
        XCTAssertTrue(page.contains("<li><strong>Worded otherwise</strong>: ninety → sixty\n"), page)
        XCTAssertFalse(page.contains("id=\"texts\"") || page.contains("id=\"map\"") || page.contains("id=\"topics\"") || page.contains("<script>"), page)
        XCTAssertTrue(page.hasSuffix("</html>\n"))
        let bundled = ReportFixtures.markdown(ReportFixtures.bundled.documents, ReportFixtures.bundled.analysis, changesOnly: true)
        XCTAssertTrue(bundled.contains("No version here is a draft of another"), bundled)
        XCTAssertFalse(bundled.contains("## Changes"), bundled)
    }

    /// Three drafts: each against the one before it, what a drafter reads (a counsel's brief
    /// had draft 1 → 3 and no list of the last round's edits).
    func testEachDraftIsComparedWithTheOneBefore() throws {
        let third = Self.second.replacingOccurrences(of: "two months' rent", with: "one month's rent")
        let documents = try Self.drafts([Self.first, Self.second, third])
        let brief = ReportFixtures.markdown(documents, TopicEngine(lexicons: []).analyse(documents))
        XCTAssertTrue(brief.contains("## Changes: D1 → D2\n"), brief)
        XCTAssertTrue(brief.contains("## Changes: D2 → D3\n\n1 sentence worded otherwise, 0 only in D2, 0 only in D3"), brief)
        XCTAssertTrue(brief.contains("- **Worded otherwise**: two months' → one month's\n  > **D2** (Article 3. Deposits, sentence 6)"), brief)
        XCTAssertFalse(brief.contains("## Changes: D1 → D3"), brief)
    }

    /// A translator's French communiqué, its English translation and a second French draft.
    static let communique = (
        fr: """
            Communiqué du ministère de l’Économie et des Finances

            Le ministre de l’Économie et des Finances a présenté ce jeudi un plan de soutien à l’industrie nucléaire civile.

            Ce plan mobilise 1,5 milliard d’euros sur trois ans, dont 420 millions d’euros dès 2024.

            « La souveraineté énergétique de la France n’est pas négociable », a déclaré le ministre devant la presse.

            Le gouvernement ne prévoit pas de hausse des tarifs réglementés de l’électricité en 2024.

            Près de 12 000 emplois devraient être créés d’ici 2030.

            Les premières mesures entreront en vigueur le 1er avril 2024.
            """,
        en: """
            Press release from the Ministry of the Economy and Finance

            On Thursday, the Minister of the Economy and Finance presented a support plan for the civil nuclear industry.

            The plan mobilises 1.5 billion euros over three years, including 240 million euros in 2024.

            "France's energy sovereignty is not negotiable," the Minister told the press.

            The government plans to raise regulated electricity tariffs in 2024.

            Nearly 12,000 jobs should be created by 2030.

            The first measures will come into force on 1 April 2024.
            """,
        fr2: """
            Communiqué du ministère de l’Économie et des Finances

            Le ministre de l’Économie et des Finances a présenté ce jeudi un plan de soutien à l’industrie nucléaire civile.

            Ce plan mobilise 1,5 milliard d’euros sur trois ans, dont 450 millions d’euros dès 2024.

            Près de 12 000 emplois devraient être créés d’ici 2030.

            « La souveraineté énergétique de la France n’est pas négociable », a déclaré le ministre devant la presse.

            Le gouvernement ne prévoit pas de hausse des tarifs réglementés de l’électricité en 2024.

            Les écoles d’ingénieurs seront invitées à ouvrir 500 places supplémentaires dès la rentrée 2024.

            Les premières mesures entreront en vigueur le 1er avril 2024.
            """)

    static func communiqueDocuments(order: [String] = ["fr", "en", "fr2"]) throws -> [Document] {
        let texts = ["fr": communique.fr, "en": communique.en, "fr2": communique.fr2]
        return try order.map { try DocumentLoader.load(bytes: Array(texts[$0]!.utf8), name: "\($0).txt", markdown: false) }
    }

    /// A draft is compared with the nearest earlier version it is a draft of, whatever
    /// stands between them: `fr.txt en.txt fr2.txt` had no list of changes (the translation
    /// is no draft of fr.txt, and fr2.txt none of it), `fr.txt fr2.txt en.txt` had it.
    func testADraftIsComparedWithItsEarlierDraftWhateverStandsBetween() throws {
        let expected = [
            "\n## Changes: fr.txt → fr2.txt\n\n1 sentence worded otherwise, 0 only in fr.txt, 1 only in fr2.txt, 1 moved",
            "- **Worded otherwise**: 420 → 450\n  > **fr.txt** (Communiqué du ministère de l’Économie et des Finances, sentence 3): Ce plan mobilise",
            "- **Moved** (1 sentence, the same words)\n  > **fr.txt** (Communiqué du ministère de l’Économie et des Finances, sentence 6): Près de 12 000 emplois",
            "- **Only in fr2.txt**\n  > **fr2.txt** (Communiqué du ministère de l’Économie et des Finances, sentence 7): Les écoles d’ingénieurs",
        ]
        for order in [["fr", "en", "fr2"], ["fr", "fr2", "en"], ["en", "fr", "fr2"]] {
            let documents = try Self.communiqueDocuments(order: order)
            let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
            let brief = ReportFixtures.markdown(documents, analysis)
            for part in expected { XCTAssertTrue(brief.contains(part), "\(order): \(part)\n\(brief)") }
            XCTAssertEqual(brief.components(separatedBy: "\n## Changes: ").count, 2, "\(order): one list, fr.txt → fr2.txt\n\(brief)")
            let page = ReportFixtures.html(documents, analysis)
            XCTAssertTrue(page.contains("<a href=\"#changes\">Changes</a>"), "\(order)")
            XCTAssertTrue(page.contains("<h3>fr.txt → fr2.txt</h3>\n<p>1 worded otherwise, 0 only in fr.txt, 1 only in fr2.txt, 1 moved"), "\(order)\n\(page)")
            XCTAssertTrue(page.contains("<li><strong>Worded otherwise</strong>: 420 → 450\n"), "\(order)")
        }
    }

    /// Two penalty clauses amended in two articles are each paired with its own amendment,
    /// the most alike first (by link strength they were paired across); an article moved
    /// whole is listed as moved, quoted by its first sentence in both places.
    func testChangesArePairedByLikenessAndAMovedArticleIsSaid() throws {
        let articles = [("Registration", "Every landlord shall register with the Authority.", "A landlord who fails to register commits an offence and is liable to a fine not exceeding €5,000."),
                        ("Data protection", "The Authority shall process personal data only for the purposes of this Act.", "Personal data shall be kept no longer than necessary."),
                        ("Repairs", "The landlord shall keep the dwelling in good repair.", "The tenant shall report any defect without delay."),
                        ("Notices", "The Authority may serve an improvement notice on a landlord.", "A landlord who fails to comply with an improvement notice commits an offence and is liable to a fine not exceeding €20,000.")]
        func draft(_ list: [(String, String, String)]) -> String {
            list.enumerated().map { "Article \($0 + 1). \($1.0)\n\n\($1.1) \($1.2)" }.joined(separator: "\n\n") + "\n"
        }
        var amended = articles
        amended[0].2 = amended[0].2.replacingOccurrences(of: "€5,000", with: "€10,000")
        amended[3].2 = amended[3].2.replacingOccurrences(of: "€20,000", with: "€25,000")
        let moved = amended.remove(at: 1)
        amended.insert(moved, at: 3)
        let documents = try Self.drafts([draft(articles), draft(amended)])
        for linker in [TopicEngine(lexicons: []), TopicEngine(lexicons: [.international])] {
            let brief = ReportFixtures.markdown(documents, linker.analyse(documents))
            XCTAssertTrue(brief.contains("2 sentences worded otherwise, 0 only in D1, 0 only in D2, 1 moved"), brief)
            XCTAssertTrue(brief.contains("- **Worded otherwise**: 5,000 → 10,000\n"), brief)
            XCTAssertTrue(brief.contains("- **Worded otherwise**: 20,000 → 25,000\n"), brief)
            XCTAssertTrue(brief.contains("- **Moved** (3 sentences, the same words)\n  > **D1** (sentence 4): Article 2. Data protection\n  >\n  > **D2** (sentence 10): Article 4. Data protection"), brief)
        }
    }

    /// A renamed heading says the words it gained, not its renumbering ("+ pacifique", not
    /// "figures 16 → 17"); an inserted article's sentences come together where it stands,
    /// though its first paragraph's wording resembles an earlier article's; a list's line
    /// breaks are line breaks on the page, not "␊".
    func testARenamedHeadingAnInsertedArticleAndAListReadAsWritten() throws {
        let first = """
            Article 1 – Objet

            La présente Convention règle l’échange de données entre les Parties.

            Article 2 – Définitions

            Aux fins de la présente Convention :
            a) « données » s’entend de toute information ;
            b) « Partie » s’entend de tout État lié.

            Article 3 – Règlement des différends

            Les différends sont réglés par voie de négociation entre les Parties concernées.

            Article 4 – Dépositaire

            Le Secrétaire général est le dépositaire de la présente Convention.
            """
        let second = first
            .replacingOccurrences(of: "Article 3 – Règlement des différends", with: "Article 3 – Transferts\n\nAucune Partie ne transfère de données à un État tiers sans accord.\n\nL’accord est donné par écrit.\n\nArticle 4 – Règlement pacifique des différends")
            .replacingOccurrences(of: "Article 4 – Dépositaire", with: "Article 5 – Dépositaire")
            .replacingOccurrences(of: "b) « Partie » s’entend de tout État lié.", with: "b) « Partie » s’entend de tout État contractant.")
        let documents = try Self.drafts([first, second])
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertTrue(brief.contains("- **Worded otherwise**: + pacifique\n  > **D1** (sentence 5): Article **3** – Règlement des différends"), brief)
        // The inserted article's three sentences, one after the other, after the definitions.
        let order = ["Only in D2**\n  > **D2** (sentence 5): Article 3 – Transferts",
                     "Only in D2**\n  > **D2** (Article 3 – Transferts, sentence 6): Aucune Partie",
                     "Only in D2**\n  > **D2** (Article 3 – Transferts, sentence 7): L’accord"].map { brief.range(of: $0)?.lowerBound }
        let places = order.compactMap { $0 }
        guard places.count == 3 else { return XCTFail(brief) }
        XCTAssertEqual(places, places.sorted())
        let definitions = try XCTUnwrap(brief.range(of: "- **Worded otherwise**: lié → contractant"), brief)
        XCTAssertLessThan(definitions.lowerBound, places[0], "after the amended definitions, in the first draft's order")
        let page = ReportFixtures.html(documents, analysis)
        XCTAssertTrue(page.contains("Aux fins de la présente Convention :<br>a) « données »"), page)
        let changes = try XCTUnwrap(page.range(of: "<section id=\"changes\""), page)
        XCTAssertFalse(page[changes.lowerBound...].prefix(4000).contains("␊"), page)
    }

    /// A translator's renamed heading: "l’Économie," is the word "l’Économie" the first draft
    /// has (the brief said "− l’Économie · + presse de l’Économie, de la Souveraineté
    /// industrielle"), and "et", moved, is neither lost nor gained.
    static let ministryDrafts = [
        "Communiqué du ministère de l’Économie et des Finances\n\nParis, le 14 mars 2024\n\nLe ministre a présenté un plan de soutien à l’industrie nucléaire civile.\n\nLes premières mesures entreront en vigueur le 1er avril 2024.",
        "Communiqué de presse du ministère de l’Économie, des Finances et de la Souveraineté industrielle\n\nParis, le 14 mars 2024\n\nLe ministre a présenté un plan de soutien à l’industrie nucléaire civile.\n\nLes premières mesures entreront en vigueur le 1er avril 2024.",
    ]

    func testARenamedHeadingSaysTheWordsGainedAndLost() throws {
        XCTAssertEqual(DraftChanges.headingChange("Communiqué du ministère de l’Économie et des Finances",
                                                  "Communiqué de presse du ministère de l’Économie, des Finances et de la Souveraineté industrielle"),
                       ["+ de presse, de la Souveraineté industrielle"])
        XCTAssertEqual(DraftChanges.headingChange("Article 3 – Règlement des différends (« arbitrage »)", "Article 4 – Règlement pacifique des différends"),
                       ["− arbitrage", "+ pacifique"])
        XCTAssertEqual(DraftChanges.headingChange("Chapitre II : l’accès aux données", "Chapitre III. L’accès aux données"),
                       ["− l’accès", "+ L’accès"], "case counts, as before; punctuation and numerals do not")
        let documents = try Self.drafts(Self.ministryDrafts)
        let analysis = TopicEngine(lexicons: [.international]).analyse(documents)
        let brief = ReportFixtures.markdown(documents, analysis)
        XCTAssertTrue(brief.contains("- **Worded otherwise**: + de presse, de la Souveraineté industrielle\n  > **D1** (sentence 1): Communiqué du ministère"), brief)
    }

    /// A figure in a heading past its number is the heading's own: "Article 5. Fee of 100
    /// euros" → "… 200 euros" is an amendment, which `J` stops at and the brief lists with the
    /// figures each heading has. Every figure of a heading was left out, and a legislative
    /// analyst was told "No change: every sentence is in both, word for word".
    func testAFigureInAHeadingPastItsNumberIsAnAmendment() throws {
        let fees = try Self.drafts([Self.first + "\n\nArticle 5. Fee of 100 euros\n\nThe fee is due on registration.",
                                    Self.first + "\n\nArticle 5. Fee of 200 euros\n\nThe fee is due on registration."])
        let analysis = TopicEngine(lexicons: []).analyse(fees)
        let brief = ReportFixtures.markdown(fees, analysis, changesOnly: true)
        XCTAssertFalse(brief.contains("No change"), brief)
        XCTAssertTrue(brief.contains("- **Worded otherwise**: − 100 · + 200\n  > **D1** (sentence 9): Article 5. Fee of **100** euros"), brief)
        XCTAssertFalse(brief.contains("Renumbered"), brief)
        let heading = try XCTUnwrap(analysis.versions[0].sentences.firstIndex { fees[0].string($0.range).hasPrefix("Article 5. Fee") })
        XCTAssertEqual(SentenceChanges(analysis, documents: fees).sentences[0], [Int32(heading)], "J stops at the heading alone")
        // Its number alone is still no change.
        XCTAssertEqual(DraftChanges.headingChange("Article 4. Fee of 100 euros", "Article 5. Fee of 100 euros"), [])
        XCTAssertEqual(DraftChanges.headingChange("Chapter III. Fees", "Chapter II. Fees"), [])
    }

    /// Two accounts of one call share almost no sentence: no list of changes, which would
    /// be every sentence.
    func testAccountsOfOneCallHaveNoListOfChanges() {
        let brief = ReportFixtures.markdown(ReportFixtures.bundled.documents, ReportFixtures.bundled.analysis)
        XCTAssertFalse(brief.contains("## Changes"), brief)
    }
}
