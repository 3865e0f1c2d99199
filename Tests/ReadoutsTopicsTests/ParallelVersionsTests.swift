import ReadoutsFixtures
import ReadoutsText
import XCTest
@testable import ReadoutsTopics

/// Two versions that are one text, a statement and its translation: each sentence linked to
/// its counterpart and to nothing else (`ParallelAlignment`), so that what the translation
/// leaves out is linked to nothing. A translator checking the UN's French text of a statement
/// against the English found a left-out sentence linked to the French sentence before it,
/// and the Federal Government's English lead linked to the French quotation that repeats it.
final class ParallelVersionsTests: XCTestCase {
    /// UN SG/SM/18678 (15 September 2017), the Spokesman's statement in English as quoted in
    /// full by news agencies, and in French (un.org/press/fr) less its third paragraph.
    static let english = """
        The following statement was issued today by the Spokesman for UN Secretary-General António Guterres:

        The Secretary-General condemns the launch of yet another ballistic missile by the Democratic People's Republic of Korea (DPRK) on 15 September. This manifest violation of Security Council resolutions comes just days after the DPRK conducted its sixth nuclear test.

        The Secretary-General calls on the DPRK leadership to cease further testing, comply with the relevant Security Council resolutions, and allow space to explore the resumption of sincere dialogue on denuclearization.

        The Secretary-General will be discussing the situation on the Korean Peninsula with all concerned parties in the margins of the upcoming high level week of the United Nations General Assembly.
        """
    static let frenchLessOneParagraph = """
        La déclaration suivante a été communiquée aujourd’hui par le Porte-parole de M. António Guterres, Secrétaire général de l’ONU:

        Le Secrétaire général condamne le nouveau lancement d’un missile balistique par la République populaire démocratique de Corée (RPDC), le 15 septembre. Cette violation manifeste des résolutions du Conseil de sécurité survient quelques jours seulement après que la RPDC a effectué son sixième essai nucléaire.

        Le Secrétaire général discutera de la situation dans la péninsule coréenne avec toutes les parties concernées en marge de la prochaine semaine de haut niveau de l’Assemblée générale des Nations Unies.
        """

    private func links(_ engine: TopicEngine, _ documents: [Document]) -> (Set<[Int]>, Analysis) {
        let analysis = engine.analyse(documents)
        return (Set(analysis.links.filter { $0.from.version == 0 && $0.to.version == 1 }.map { [$0.from.sentence, $0.to.sentence] }), analysis)
    }

    private func index(_ analysis: Analysis, _ documents: [Document], _ version: Int, _ quote: String) throws -> Int {
        try XCTUnwrap(analysis.versions[version].sentences.first { documents[version].string($0.range).contains(quote) }, quote).index
    }

    func testWhatATranslationLeavesOutIsLinkedToNothing() throws {
        let documents = try [("en", Self.english), ("fr", Self.frenchLessOneParagraph)].map { name, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "\(name).md", markdown: true)
        }
        let engine = try InstalledEncoder.engine()
        let (linked, analysis) = links(engine, documents)
        let left = try index(analysis, documents, 0, "calls on the DPRK leadership")
        XCTAssertFalse(linked.contains { $0[0] == left }, "the sentence the French leaves out is linked: \(linked)")
        for (english, french) in [("following statement", "déclaration suivante"), ("condemns the launch", "condamne le nouveau"),
                                  ("manifest violation", "violation manifeste"), ("will be discussing", "discutera de la situation")] {
            let (a, b) = (try index(analysis, documents, 0, english), try index(analysis, documents, 1, french))
            XCTAssertEqual(linked.filter { $0[0] == a }, [[a, b]], "«\(english)» linked to its counterpart only")
        }
        // The rules for two sides' accounts, without the alignment, hid the left-out sentence.
        var accounts = engine
        accounts.semantic?.parameters.alignsParallelVersions = false
        XCTAssertTrue(links(accounts, documents).0.contains { $0[0] == left })
    }

    /// The Federal Government's English and French pages of one council: the lead ("France
    /// and Germany are allies who both share European values") and the quotation that
    /// repeats it further down each link to their own counterpart, not to each other's.
    func testALeadAndTheQuotationRepeatingItLinkToTheirOwnCounterparts() throws {
        let documents = try [("en", TopicLanguageTests.english), ("fr", TopicLanguageTests.french)].map { name, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "meseberg_\(name).md", markdown: true)
        }
        let (linked, analysis) = links(try InstalledEncoder.engine(), documents)
        let leads = (try index(analysis, documents, 0, "allies who both share"), try index(analysis, documents, 1, "qu’ils mettent en œuvre."))
        let quotes = (try index(analysis, documents, 0, "represent and practice"), try index(analysis, documents, 1, "mettent en œuvre et représentent"))
        XCTAssertEqual(linked.filter { $0[0] == leads.0 }, [[leads.0, leads.1]], "\(linked)")
        XCTAssertEqual(linked.filter { $0[0] == quotes.0 }, [[quotes.0, quotes.1]], "\(linked)")
    }

    /// Canada's Prime Minister's readout of his meeting with Boris Johnson at Northolt (7
    /// March 2022, pm.gc.ca), in English and in French: the opening sentences, names and
    /// titles that masking takes away, were skipped by the aligned path (0.31 masked) and
    /// both read as linked to nothing, to a translator's eye a sentence left untranslated.
    static let northoltEnglish = """
        Today, Prime Minister Justin Trudeau met with Prime Minister Boris Johnson of the United Kingdom at the Royal Air Force Base in Northolt, United Kingdom.

        Prime Minister Trudeau and Prime Minister Johnson strongly condemned the ongoing military aggression by Russia against the territorial integrity, sovereignty, and independence of Ukraine, and worked together to identify additional measures to hold all responsible stakeholders accountable. The prime ministers discussed the growing international consensus against the Russian aggression, as demonstrated by the recent vote in the United Nations General Assembly, and agreed to expand coordination amongst counties providing military, financial, and humanitarian support to Ukraine. The leaders recognized the heroic efforts and sacrifices of the Ukrainian Armed Forces and people, and denounced in particular Russia’s attacks against Ukrainian civilians.

        The two leaders decided to deepen bilateral collaboration with respect to security and intelligence in order to better combat threats to democracy, including foreign interference, economic coercion, disinformation, and cyber-attacks. In this regard, they spoke about close and effective cooperation between Canada and the United Kingdom in multilateral fora, including within the Media Freedom Coalition, G7, and Five Eyes on countering disinformation and foreign interference and strengthening democracies globally. The leaders discussed next steps for the modernization of the free trade agreement between Canada and the United Kingdom and dedicated additional attention to securing reliable supply chains, especially for energy and critical minerals.
        """
    static let northoltFrench = """
        Aujourd’hui, le premier ministre Justin Trudeau a rencontré le premier ministre du Royaume-Uni, Boris Johnson, à la base de la Royal Air Force de Northolt, au Royaume-Uni.

        Le premier ministre Trudeau et le premier ministre Johnson ont fermement condamné l’agression militaire persistante de la Russie contre l’intégrité territoriale, la souveraineté et l’indépendance de l’Ukraine. Ils ont travaillé ensemble afin de définir de nouvelles mesures à mettre en place pour que tous les responsables répondent de leurs actes. Les premiers ministres ont discuté du consensus international croissant contre l’agression russe, comme en témoigne le vote qui a eu lieu récemment à l’Assemblée générale des Nations Unies, et ils ont convenu de renforcer la coordination entre les pays qui fournissent un soutien militaire, financier et humanitaire à l’Ukraine. Les dirigeants ont salué les efforts héroïques et les sacrifices des forces armées et du peuple ukrainiens et ont dénoncé tout particulièrement les attaques de la Russie contre les civils ukrainiens.

        Les deux dirigeants ont convenu d’approfondir la collaboration bilatérale au chapitre de la sécurité et du renseignement afin de mieux combattre les menaces envers la démocratie, y compris l’ingérence étrangère, la coercition économique, la désinformation et les cyberattaques. À cet égard, ils ont également parlé de la collaboration étroite et efficace entre le Canada et le Royaume-Uni au sein des tribunes multilatérales, notamment la Coalition pour la liberté des médias, le G7 et le Groupe des cinq, afin de contrer la désinformation et l’ingérence étrangère et de renforcer les démocraties dans le monde. Les dirigeants ont discuté des prochaines étapes de la modernisation de l’accord de libre-échange entre le Canada et le Royaume-Uni, se concentrant plus particulièrement sur la fiabilité des chaînes d’approvisionnement, notamment dans les domaines de l’énergie et des minéraux critiques.
        """

    func testOpeningSentencesOfNamesAndTitlesAreCounterparts() throws {
        let documents = try [("en", Self.northoltEnglish), ("fr", Self.northoltFrench)].map { name, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "northolt_\(name).md", markdown: true)
        }
        let (linked, analysis) = links(try InstalledEncoder.engine(), documents)
        let openings = (try index(analysis, documents, 0, "Royal Air Force Base"), try index(analysis, documents, 1, "base de la Royal Air Force"))
        XCTAssertEqual(linked.filter { $0[0] == openings.0 }, [[openings.0, openings.1]], "\(linked)")
        // The rest stays one to one, as a translation's sentences are.
        let condemned = (try index(analysis, documents, 0, "strongly condemned"), try index(analysis, documents, 1, "fermement condamné"))
        XCTAssertEqual(linked.filter { $0[0] == condemned.0 }, [[condemned.0, condemned.1]], "\(linked)")
        XCTAssertTrue(analysis.isAligned(0, 1), "read as one text")
    }

    /// The French alone names military support in the lexicon's words ("soutien militaire"):
    /// the topic was named in French, then the English sentence linked to it as its
    /// translation shared it, and an English reader's list said "aide militaire" beside
    /// "humanitarian aid". A topic both versions have is named in the first version's language.
    func testATopicATranslationSharesIsNamedInTheFirstVersionsLanguage() throws {
        let documents = try [("en", Self.northoltEnglish), ("fr", Self.northoltFrench)].map { name, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "northolt_\(name).md", markdown: true)
        }
        let analysis = try InstalledEncoder.engine().analyse(documents)
        let aid = try XCTUnwrap(analysis.topic(id: "military-aid"))
        XCTAssertEqual(Set(aid.occurrences.map(\.version)), [0, 1])
        XCTAssertEqual(aid.label, "military aid")
        // Read French first, it is named in French.
        let french = try InstalledEncoder.engine().analyse(documents.reversed())
        XCTAssertEqual(french.topic(id: "military-aid")?.label, "aide militaire")
    }

    /// The Brussels G7 Summit Declaration (5 June 2014), its first three paragraphs, and a
    /// journalist's edited copy: a figure changed, a sentence deleted, a word softened, and
    /// paragraph 3 moved before paragraph 2. The path keeps the order, so the moved
    /// paragraph was skipped on both sides and "linked to nothing" in both, while `J` said
    /// "moved, the same words". Skipped sentences each other's closest, saying the same
    /// whole, are counterparts.
    func testAParagraphMovedBetweenTwoDraftsIsLinkedToItself() throws {
        let original = """
        The Brussels G7 Summit Declaration

        1. We, the Leaders of Canada, France, Germany, Italy, Japan, the United Kingdom, the United States, the President of the European Council and the President of the European Commission, met in Brussels on 4 and 5 June 2014. This Group came together because of shared beliefs and shared responsibilities. We are profoundly committed to the values of freedom and democracy, and their universality and to fostering peace and security. We believe in open economies, open societies and open governments, including respect for human rights and the rule of law, as the basis for lasting growth and stability. For nearly forty years, we have shown through our actions that collective will can be a powerful catalyst for progress. Our efforts to address major global challenges have also been guided by a commitment to transparency, accountability and partnership with other concerned members of the international community. We remain bound together as a group by these values and this vision. Guided by these shared values and principles, we will continue to work together to meet the challenges of our times. We thank the European Union for hosting this Summit and welcome Germany’s Presidency.

        Global Economy

        2. Supporting growth and jobs remains our top priority. The global economy has strengthened since we met at Lough Erne, downside risks remain which will need to be managed carefully. Advanced economies are recovering, but continued and sustained growth is needed to bring down unemployment, particularly among young people and the long-term unemployed.

        3. We will take further steps to support strong, sustainable and balanced growth, with a common goal of increasing the resilience of our economies.
        """
        let edited = """
        The Brussels G7 Summit Declaration

        1. We, the Leaders of Canada, France, Germany, Italy, Japan, the United Kingdom, the United States, the President of the European Council and the President of the European Commission, met in Brussels on 4 and 5 June 2014. This Group came together because of shared beliefs and shared responsibilities. We are profoundly committed to the values of freedom and democracy, and their universality and to fostering peace and security. We believe in open economies, open societies and open governments, including respect for human rights and the rule of law, as the basis for lasting growth and stability. For nearly fifty years, we have shown through our actions that collective will can be a powerful catalyst for progress. Our efforts to address major global challenges have also been guided by a commitment to transparency, accountability and partnership with other concerned members of the international community. Guided by these shared values and principles, we will continue to work together to meet the challenges of our times. We thank the European Union for hosting this Summit and welcome Germany’s Presidency.

        Global Economy

        3. We will take further steps to support strong, sustainable and balanced growth, with a common goal of increasing the resilience of our economies.

        2. Supporting growth and jobs remains our top priority. The global economy has strengthened since we met at Lough Erne, downside risks remain which will need to be managed carefully. Advanced economies are recovering, but continued and sustained growth may be needed to bring down unemployment, particularly among young people and the long-term unemployed.
        """
        let documents = try [("orig", original), ("edited", edited)].map { name, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "g7-\(name).txt", markdown: false)
        }
        let (linked, analysis) = links(try InstalledEncoder.engine(), documents)
        XCTAssertTrue(analysis.alignedVersions.contains { $0.first == 0 && $0.second == 1 }, "the two drafts are one text, aligned")
        let moved = (try index(analysis, documents, 0, "3. We will take further steps"), try index(analysis, documents, 1, "3. We will take further steps"))
        XCTAssertEqual(linked.filter { $0[0] == moved.0 }, [[moved.0, moved.1]], "the moved paragraph is linked to itself: \(linked)")
        let deleted = try index(analysis, documents, 0, "We remain bound together")
        XCTAssertFalse(linked.contains { $0[0] == deleted }, "the deleted sentence stays linked to nothing: \(linked)")
    }

    /// A faulty translation is one text still: a translator's French copy of Canada's readout
    /// of 16 June 2025, its last paragraph moved to the top, a sentence dropped, two figures
    /// changed and a negation added, held 0.67 of the English on the aligned path and was
    /// read as another account: the added negation went unsaid and the moved paragraph was
    /// "linked to nothing" on both sides. The moved sentences now count towards the path's
    /// share, and are linked to their counterparts.
    func testATranslationWithAParagraphMovedAndASentenceDroppedIsOneText() throws {
        let english = """
        Readout - Prime Minister Carney meets with President of France Emmanuel Macron

        KANANASKIS, AB, June 16, 2025 /CNW/ - Today, the Prime Minister, Mark Carney, met with the President of France, Emmanuel Macron, at the 2025 G7 Leaders' Summit in Kananaskis, Alberta.

        Canada and France have a long shared history and a commitment to protecting common bonds in our culture and the French language.

        Building on Prime Minister Carney's visit to France earlier this year, the two leaders discussed their ongoing work to strengthen trade and commercial ties and deliver prosperity for Canada and France alike.

        Prime Minister Carney and President Macron discussed bolstering co-operation on shared priorities such as critical minerals, energy security, bilateral investment, artificial intelligence, and quantum technology.

        The leaders welcome the announcement today of a deal between LOT Polish Airlines and Airbus, which includes the purchase of 20 A220-100 and 20 A220-300 aircraft. The aircraft are designed and developed in Canada, and manufactured in Mirabel, Quebec, by Airbus, working with Canadian supply chain partners. This deal will support thousands of good-paying jobs in Canada and France.

        Prime Minister Carney and President Macron also emphasized the growing partnership between Canada and France on cybersecurity and intelligence sharing. They welcome the new memorandum of understanding signed on June 13 to increase exchanges related to intelligence between our two countries.

        The leaders discussed their support for Ukraine's sovereignty, the imperative of an immediate ceasefire in Gaza, and the situation in Haiti. They agreed to remain in close contact.
        """
        let faulty = """
        Compte rendu - Le premier ministre Carney rencontre le président de la France, Emmanuel Macron

        KANANASKIS, AB, le 16 juin 2025 /CNW/ - Aujourd'hui, le premier ministre Mark Carney a rencontré le président de la France, Emmanuel Macron, au Sommet des dirigeants du G7 de 2025 à Kananaskis, en Alberta.

        Les dirigeants ont discuté de leur soutien à la souveraineté de l'Ukraine, du besoin impératif d'instaurer un cessez-le-feu immédiat à Gaza et de la situation en Haïti. Ils ont convenu de rester en contact étroit.

        Le Canada et la France partagent un long passé et la même volonté de préserver les liens qu'ils entretiennent au chapitre de leur culture et de la langue française.

        Faisant suite à la visite du premier ministre Carney en France plus tôt cette année, les deux dirigeants ont discuté du travail en cours pour resserrer les liens commerciaux et favoriser la prospérité du Canada et de la France.

        Le premier ministre Carney et le président Macron ont dit souhaiter resserrer la coopération à l'égard de priorités communes, telles que les minéraux critiques, la sécurité énergétique, l'investissement bilatéral, l'intelligence artificielle et la technologie quantique.

        Les dirigeants accueillent favorablement l'annonce aujourd'hui d'un accord entre LOT Polish Airlines et Airbus, qui prévoit l'achat de 20 aéronefs A220-100 et de 30 aéronefs A220-300. Cet accord ne permettra pas de soutenir des milliers d'emplois bien rémunérés au Canada et en France.

        Le premier ministre Carney et le président Macron ont également mis en relief le partenariat grandissant entre le Canada et la France sur le plan de la cybersécurité et du partage de renseignements. Ils saluent le nouveau protocole d'entente signé le 15 juin pour accroître les échanges entre nos deux pays dans le domaine du renseignement.
        """
        let documents = try [("en", english), ("fr", faulty)].map { name, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "carney-macron-\(name).txt", markdown: false)
        }
        let (linked, analysis) = links(try InstalledEncoder.engine(), documents)
        XCTAssertTrue(analysis.alignedVersions.contains { $0.first == 0 && $0.second == 1 }, "one text, aligned")
        let moved = (try index(analysis, documents, 0, "The leaders discussed their support for Ukraine"),
                     try index(analysis, documents, 1, "Les dirigeants ont discuté de leur soutien"))
        XCTAssertEqual(linked.filter { $0[0] == moved.0 }, [[moved.0, moved.1]], "the moved paragraph is linked to its counterpart: \(linked)")
        let negated = (try index(analysis, documents, 0, "This deal will support"), try index(analysis, documents, 1, "Cet accord ne permettra pas"))
        XCTAssertTrue(TranslationCounterparts(analysis).contains(Analysis.SentenceRef(version: 0, sentence: negated.0),
                                                                  Analysis.SentenceRef(version: 1, sentence: negated.1)),
                      "the reversed sentence is a counterpart, compared for its negation")
        let dropped = try index(analysis, documents, 0, "The aircraft are designed")
        XCTAssertFalse(linked.contains { $0[0] == dropped }, "the dropped sentence stays linked to nothing: \(linked)")
    }

    /// The 1789 Declaration, Articles 8 to 15, in French and in the Avalon Project's English,
    /// which splits Articles 12 and 13 in two. The halves were "only in Avalon" and the French
    /// Articles linked to one half each: a French sentence is as long as the two halves
    /// together (`ParallelAlignment.splitLengthFit`), so both are its counterparts.
    func testAnArticleTheTranslationSplitsInTwoHasBothHalvesForCounterparts() throws {
        let documents = try [("fr", DeclarationArticles.french), ("en", DeclarationArticles.avalon)].map { name, text in
            try DocumentLoader.load(bytes: Array(text.utf8), name: "ddhc_\(name).txt", markdown: false)
        }
        let (linked, analysis) = links(try InstalledEncoder.engine(), documents)
        for (french, halves) in [("Art. 12.", ["requires public military forces", "These forces are, therefore"]),
                                 ("Art. 13.", ["A common contribution", "This should be equitably"])] {
            let a = try index(analysis, documents, 0, french)
            let b = try halves.map { try index(analysis, documents, 1, $0) }
            XCTAssertEqual(linked.filter { $0[0] == a }, Set(b.map { [a, $0] }), "«\(french)» and both halves of its translation")
            // Compared whole, whichever half is the closer counterpart (the other may be under
            // `TranslationCounterparts.similarityFloor`: Article 12's is 0.43).
            let translations = TranslationCounterparts(analysis)
            let counterpart = try XCTUnwrap(b.first { translations.contains(.init(version: 0, sentence: a), .init(version: 1, sentence: $0)) })
            let runs = translations.runs(.init(version: 0, sentence: a), .init(version: 1, sentence: counterpart))
            XCTAssertEqual(runs.b, b[0]...b[1], "«\(french)» compared with both halves")
            XCTAssertTrue(runs.isFirst)
        }
        let art14 = (try index(analysis, documents, 0, "Art. 14."), try index(analysis, documents, 1, "14. All the citizens"))
        XCTAssertEqual(linked.filter { $0[0] == art14.0 }, Set([[art14.0, art14.1]]), "the next article one to one still")
    }
}
