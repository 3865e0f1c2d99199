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
}
