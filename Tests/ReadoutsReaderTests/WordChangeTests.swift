import ReadoutsTopics
import ReadoutsText
import XCTest
@testable import ReadoutsReader

/// Enter on a section of one draft says what changed in the other's ("ninety → sixty"), so
/// an amended section is told from an unchanged one at a glance (a legislative aide's trial:
/// the changed figures were only left uncoloured).
final class WordChangeTests: XCTestCase {
    /// What Enter says on sentence `number` of the first of `texts` (versions `prefix` 1, 2…).
    func enterMessage(_ texts: [String], prefix: String, sentence number: Int, width: Int = 200) -> String {
        var state = Fixtures.analysedState(texts, prefix: prefix, width: width, height: 20)
        state.type(":\(number)")
        state.press(.enter)
        state.press(.enter)
        return state.notice?.text ?? ""
    }

    func testNearlyTheSameSentencesSayWhatChanged() {
        XCTAssertEqual(WordChange.summary("A host may rent a unit for no more than ninety nights in any year.",
                                          "A host may rent a unit for no more than sixty nights in any year."), "ninety → sixty")
        XCTAssertEqual(WordChange.summary("Registration shall be renewed every two years and shall cost one hundred dollars.",
                                          "Registration shall be renewed every year and shall cost two hundred dollars."),
                       "two years → year, one → two")
        XCTAssertEqual(WordChange.summary("The Act comes into force in six months.", "The Act comes into force in six months."), "same words")
        // The same words, otherwise marked: said, not "same words" (a journalist's "destroyed."
        // → "destroyed;" read as a change of nothing).
        XCTAssertEqual(WordChange.summary("Forty homes were destroyed. Aid follows.", "Forty homes were destroyed; aid follows."),
                       "destroyed. → destroyed;, Aid → aid")
        XCTAssertEqual(WordChange.summary("The Act comes into force in six months.", "The Act  comes into\nforce in six months."), "same words")
        // A quote given to another speaker: one change, not three ("the → said Deputy, said →
        // Ivan Petrov, a press → the news", a journalist's Enter said).
        XCTAssertEqual(WordChange.summary("“We will not leave a single family without help,” the Minister said at a press briefing.",
                                          "“We will not leave a single family without help,” said Deputy Minister Ivan Petrov at a press briefing."),
                       "the Minister said → said Deputy Minister Ivan Petrov")
        XCTAssertEqual(WordChange.summary("Every rental shall have a smoke detector.", "Every rental shall have a smoke detector and a fire blanket."),
                       "+ and a fire blanket")
    }

    /// Words only reordered are said as one change, not as words dropped and the same words
    /// added: a journalist's two printings of the 2011 joint statement read "− China, + China"
    /// and "+ American and, − and American". Far apart, the word is said moved.
    func testReorderedWordsAreOneChange() {
        XCTAssertEqual(WordChange.summary("The Presidents reaffirmed their commitment to the November 2009 China-U.S. Joint Statement.",
                                          "The Presidents reaffirmed their commitment to the November 2009 U.S. – China Joint Statement."),
                       "China-U.S → U.S. – China")
        XCTAssertEqual(WordChange.summary("It serves the interests of the Chinese and American peoples and of the global community.",
                                          "It serves the interests of the American and Chinese peoples and of the global community."),
                       "Chinese and American → American and Chinese")
        XCTAssertEqual(WordChange.summary("The three Joint Communiques issued by China and the United States laid the foundation.",
                                          "The three Joint Communiques issued by the United States and China laid the foundation."),
                       "China and the United States → the United States and China")
        XCTAssertEqual(WordChange.summary("Canada will host the summit of the leaders of the G7 in the spring of next year in Quebec.",
                                          "Canada will host the summit of the leaders in Quebec of the G7 in the spring of next year."),
                       "in Quebec moved")
        // Words dropped and other words added stay two changes.
        XCTAssertEqual(WordChange.summary("The two leaders discussed trade and energy in the region today and agreed to meet again.",
                                          "The two leaders discussed energy in the region today and agreed to meet again in May."),
                       "− trade and, + in May")
    }

    /// The changed run is the document's own text, from its first word to its last: a
    /// tenant's "two months' rent" read "two months → one month s", and "twenty-four" read
    /// "twenty four". A quote around the run stays outside it; line breaks and controls do
    /// not reach the status line.
    func testTheChangedRunIsShownAsWritten() {
        XCTAssertEqual(WordChange.summary("The tenant pays two months' rent as a deposit before moving into the unit.",
                                          "The tenant pays one month's rent as a deposit before moving into the unit."),
                       "two months' → one month's")
        XCTAssertEqual(WordChange.summary("The host must give twenty-four hours of notice before any visit to the unit.",
                                          "The host must give forty-eight hours of notice before any visit to the unit."),
                       "twenty-four → forty-eight")
        XCTAssertEqual(WordChange.summary("The cap is ‘ninety’ nights in any one calendar year for each host.",
                                          "The cap is ‘sixty’ nights in any one calendar year for each host."), "ninety → sixty")
        let unsafe = WordChange.summary("A host may rent a unit for no more than ninety,\n   or\u{202E} eighty nights in any year.",
                                        "A host may rent a unit for no more than sixty nights in any year.")
        XCTAssertEqual(unsafe, "ninety, or\u{2426} eighty → sixty")
        // A bracket the run opens is closed with it, and a bill's indentation inside a run is one space.
        XCTAssertEqual(WordChange.summary("[From the U.S. Government Publishing Office] [H.R. 7032 Received in Senate (RDS)]",
                                          "[From the U.S. Government Publishing Office] [H.R. 7032 Amended draft (ILLUSTRATIVE)]"),
                       "Received in Senate (RDS) → Amended draft (ILLUSTRATIVE)")
        XCTAssertEqual(WordChange.summary("The Director shall submit a report within one            year to the Committees on the Budget.",
                                          "The Director shall submit a report within two            months to the Committees on the Budget."),
                       "one year → two months")
    }

    /// Words changed side by side across a bracket or a comma are said one by one: a
    /// historian's drafts read "1 (12 → 2 (14", a bracket left open and "," between changes
    /// taken for one inside them. A run without such a mark, or of unequal length, stays whole.
    func testWordsChangedAcrossABracketOrACommaAreSaidOneByOne() {
        XCTAssertEqual(WordChange.summary("Article 1 (12 nautical miles) sets the limit of the joint patrol zone.",
                                          "Article 2 (14 nautical miles) sets the limit of the joint patrol zone."),
                       "1 → 2, 12 → 14")
        XCTAssertEqual(WordChange.summary("The quotas for 2025, 2026 are set by the joint fisheries commission each spring.",
                                          "The quotas for 2027, 2028 are set by the joint fisheries commission each spring."),
                       "2025 → 2027, 2026 → 2028")
        XCTAssertEqual(WordChange.summary("Article 7 (a) applies to every vessel flying the flag of either Party.",
                                          "Article 7 (b) applies to every vessel flying the flag of either Party."), "a → b")
        XCTAssertEqual(WordChange.summary("The zone extends 12 (twelve) nautical miles from the coast of either Party.",
                                          "The zone extends 14 (fourteen) nautical miles from the coast of either Party."),
                       "12 → 14, twelve → fourteen")
        XCTAssertEqual(WordChange.summary("The patrol zone is ninety miles wide along the coast of either Party.",
                                          "The patrol zone is sixty-five miles wide along the coast of either Party."),
                       "ninety → sixty-five")
    }

    /// A French or Russian figure grouped by spaces is one figure ("5 000 → 10 000", not
    /// "5 → 10"), and a moved section says so apart from its words (a translator's drafts:
    /// a bare "9 → 5" read as a changed figure).
    func testGroupedFiguresAndMovedSections() {
        XCTAssertEqual(WordChange.summary("Toute infraction est punie d’une amende de 5 000 euros par logement.",
                                          "Toute infraction est punie d’une amende de 10 000 euros par logement."), "5 000 → 10 000")
        XCTAssertEqual(WordChange.summary("Toute infraction est punie d’une amende de 5\u{202F}000 euros par logement.",
                                          "Toute infraction est punie d’une amende de 10\u{202F}000 euros par logement."), "5\u{202F}000 → 10\u{202F}000")
        XCTAssertEqual(WordChange.summary("Section 9. Annual report. The office shall publish an annual report on the fines.",
                                          "Section 5. Annual report. The office shall publish an annual report on the fines."),
                       "Section 9 → Section 5 · same words")
        XCTAssertEqual(WordChange.summary("Section 5. Penalties. A host who breaks the rules pays a fine of 150 dollars each time.",
                                          "Section 6. Penalties. A host who breaks the rules pays a fine of 200 dollars each time."),
                       "Section 5 → Section 6 · 150 → 200")
    }

    /// Fractions in words are figures, paired only with fractions: a reviser's altered French
    /// turned "un tiers de la population mondiale" into "la moitié" and nothing said so.
    func testFractionsInWordsAreFigures() {
        let english = "Today, one third of the world’s population is not covered by early warning systems."
        XCTAssertEqual(WordChange.figures(english, "Aujourd’hui, la moitié de la population mondiale n’est pas couverte.",
                                          languages: (.english, .french), counterparts: true), "one third → la moitié")
        XCTAssertNil(WordChange.figures(english, "Aujourd’hui, un tiers de la population mondiale n’est pas couvert.",
                                        languages: (.english, .french), counterparts: true))
        XCTAssertNil(WordChange.figures("Two thirds of the members voted.", "Deux tiers des membres ont voté.", languages: (.english, .french)),
                     "two thirds are deux tiers, not 2 and a third")
        XCTAssertEqual(WordChange.figures("Half of the aid arrived.", "Треть помощи поступила.", languages: (.english, .russian), counterparts: true),
                       "Half → Треть")
        XCTAssertNil(WordChange.figures("Half of the aid arrived.", "3 convoys arrived.", languages: (.english, .english)),
                     "a fraction pairs with no whole number")
        XCTAssertNil(WordChange.figures("In the third quarter, exports grew.", "In the third quarter, exports fell.", languages: (.english, .english)),
                     "a quarter of the year after an ordinal is no fraction")
    }

    /// A report's dateline dates its filing, not the event: two agencies' reports of one
    /// meeting, filed two days apart, listed "November 15 → Nov. 17" under figures that
    /// differ, though both dated the meeting the 15th. A date inside the sentence still counts.
    func testADatelineIsNoFigureOfTheEvent() {
        let xinhua = "Xinhua News Agency, San Francisco, November 15 (Reporters Ni Siyi, Yan Liang) – On November 15, local time, President Xi Jinping met President Biden."
        let daily = "BEIJING, Nov. 17, 2023 -- A report from People's Daily: President Xi Jinping met President Biden at Filoli Estate on Nov. 15, local time."
        XCTAssertNil(WordChange.figures(xinhua, daily))
        XCTAssertEqual(WordChange.figures(xinhua, "BEIJING, Nov. 17, 2023 -- President Xi Jinping met President Biden on Nov. 16."), "November 15 → Nov. 16")
        XCTAssertEqual(NewsDateline.length("MOSCOW, December 7 (TASS) — Putin and Biden spoke."), "MOSCOW, December 7 (TASS) — ".unicodeScalars.count)
        XCTAssertEqual(NewsDateline.length("On November 15 – the day of the summit – they met."), 0, "no place before a comma: no dateline")
        XCTAssertEqual(NewsDateline.length("The talks went on. On Nov. 15, 2023 -- they met."), 0, "a sentence's end before the dash")
    }

    /// "Over the past two decades" rendered "Au cours des 20 dernières années" is the same span
    /// of time: a translator's first change of a sound translation read "figures two → 20".
    /// Decades counted otherwise are still said.
    func testDecadesAreTenYearsEach() {
        let english = "Over the past two decades, disasters have cost lives."
        XCTAssertNil(WordChange.figures(english, "Au cours des 20 dernières années, les catastrophes ont coûté des vies.",
                                        languages: (.english, .french), counterparts: true))
        XCTAssertNil(WordChange.figures("За последние два десятилетия.", "Over the last 20 years.", languages: (.russian, .english), counterparts: true))
        XCTAssertEqual(WordChange.figures(english, "Au cours des 30 dernières années, les catastrophes ont coûté des vies.",
                                          languages: (.english, .french), counterparts: true),
                       "two decades → 30")
        XCTAssertEqual(WordChange.figures("For three decades the border stayed closed.", "For two decades the border stayed closed.",
                                          languages: (.english, .english)),
                       "three decades → two decades")
    }

    /// Passages worded differently still say which figures differ (a translator's reworded
    /// sentence turned 19 stations into 16 and nothing said so); a figure one side alone
    /// gives says nothing, and a figure written otherwise is the same figure.
    func testFiguresThatDifferAreSaidWhateverTheWording() {
        let faithful = "La ligne mesurera 11,4 kilomètres et comptera 19 stations."
        let loose = "Longue de 11,4 kilomètres, la ligne desservira 16 stations."
        XCTAssertNil(WordChange.summary(faithful, loose), "reworded: no word summary")
        XCTAssertEqual(WordChange.figures(faithful, loose), "19 → 16")
        XCTAssertEqual(WordChange.changes(faithful, loose, kept: false), ["figures 19 → 16"])
        XCTAssertEqual(WordChange.figures("The line is 11.4 km long with 19 stations.", faithful), nil, "11.4 is 11,4")
        XCTAssertNil(WordChange.figures("Le 7 décembre, les présidents ont parlé 2 heures.", "The presidents spoke on 7 December."),
                     "a figure only one side gives")
        XCTAssertEqual(WordChange.figures("Un fonds de 5 000 euros et 120 millions.", "A fund of 5,000 euros and 150 million."), "120 millions → 150 million", "a scale is quoted with its figure")
        XCTAssertNil(WordChange.figures("Section 9. Annual report.", "Section 5. The annual report."), "a section's number is where it stands")
        // A day beside its month is a date, not a figure: the changed one is said beside it
        // (it said nothing), and a date pairs with no figure (a journalist's brief listed
        // "14 → 30" for "within 14 days" / "by April 30").
        XCTAssertEqual(WordChange.figures("Le 7 décembre, la ligne comptera 19 stations.", "On December 7th, the line will have 16 stations."), "19 → 16")
        XCTAssertNil(WordChange.figures("Aid will be paid within 14 days.", "Aid will be paid by April 30."))
        XCTAssertEqual(WordChange.figures("Payments of 40 may follow.", "Payments of 30 may follow."), "40 → 30", "“may”, lower-case, is no month")
        // Digit groups with a plain space are one figure ("2 300"), as with a no-break space.
        XCTAssertEqual(WordChange.figures("Seltse · 2 300 · 8", "Seltse receives 8 million euros for 3,200 families."), "2 300 → 3,200")
        XCTAssertNil(WordChange.figures("In 2024 12 000 homes were hit.", "In 2024, 12,000 homes were hit."), "a year then a figure")
        // A misplaced decimal point is a changed figure; trailing zeros are not.
        XCTAssertEqual(WordChange.figures("La ligne mesurera 1,14 kilomètre.", "The line will be 11.4 km long."), "1,14 → 11.4")
        XCTAssertNil(WordChange.figures("La ligne mesurera 11,40 kilomètres.", "The line will be 11.4 km long."))
        // A pair repeated is said once (a fact-checker's brief said "90 → 84, 90 → 84").
        XCTAssertEqual(WordChange.changes("He welcomed the exchange of prisoners, 90 for 90.", "Обмен военнопленными: 84 на 84 человека.", kept: false),
                       ["figures 90 → 84"])
        XCTAssertEqual(WordChange.figures("90 for 90 and 5 000 for 5 000.", "84 for 84 and 6,000 for 6 000."), "90 → 84, 5 000 → 6,000")
        XCTAssertEqual(WordChange.value("5.000"), "5000")
        XCTAssertEqual(WordChange.value("1,5"), "1.5")
    }

    /// Figures are paired only where they may be one quantity: an NGO researcher's brief
    /// listed "230 → 2,828", the prisoners of this exchange against those freed in all,
    /// and a historian's "1986 → 1", a year against a footnote's number; the figures users
    /// planted (2.4 / 2,1 billion, 50 → 30 per cent) are still said.
    func testFiguresArePairedOnlyWhereTheyMayBeOneQuantity() {
        XCTAssertNil(WordChange.figures("В обмен были переданы 230 военнопленных Вооружённых сил Украины.",
                                        "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said it was the 49th exchange and that 2,828 Ukrainians had now been freed."))
        XCTAssertNil(WordChange.figures("Министры выразили удовлетворение ростом товарооборота, который в 1986 году достиг 2,1 млрд рублей.",
                                        "FBIS note: the Russian text reads \"2,1 млрд рублей\" [1]."), "a year is no footnote's number")
        XCTAssertEqual(WordChange.figures("Les échanges commerciaux ont atteint 2,4 milliards de roubles en 1986.",
                                          "Товарооборот в 1986 году достиг 2,1 млрд рублей."), "2,4 milliards → 2,1 млрд")
        XCTAssertEqual(WordChange.figures("The Ministers welcomed an agreement to reduce nuclear forces in Europe by 50 per cent.",
                                          "Министры приветствовали соглашение о сокращении ядерных вооружений в Европе на 30 процентов."), "50 → 30")
        XCTAssertNil(WordChange.figures("Aid rose by 30 % this year.", "Aid will be paid within 20 days."), "a share is no number of days")
        XCTAssertEqual(WordChange.figures("The convoy waited 2 days.", "The convoy waited 20 days."), "2 → 20", "one unit: any factor")
        XCTAssertEqual(WordChange.figures("The plan mobilises 1.5 billion, including 420 million in 2024.",
                                          "The plan mobilises 1.5 billion, including 240 million in 2024."), "420 million → 240 million")
        // German units: a share is no number of days there either, and a share is compared.
        XCTAssertNil(WordChange.figures("Die Hilfe stieg um 30 Prozent.", "Die Hilfe wird binnen 20 Tagen gezahlt."), "a share is no number of days")
        XCTAssertEqual(WordChange.figures("Defence spending will reach 2 per cent of GDP.",
                                          "Die Verteidigungsausgaben sollen 3 Prozent des BIP erreichen."), "2 → 3")
    }

    /// Spanish figures: "1.000 millones de euros" is a thousand millions, EUR 1 billion, and
    /// "2 mil millones" two billion; "2,5 %" and "2,5 por ciento" are 2.5 per cent; a share is
    /// no number of days, and "14 de marzo" is a date, no figure. (La Moncloa's 1.000 millones
    /// beside Kyiv's "EUR 1 billion" would read "figures 1.000 → 1".)
    func testSpanishFiguresAreReadWithTheirUnits() {
        XCTAssertNil(WordChange.figures("España aportará 1.000 millones de euros en ayuda militar.",
                                        "Spain will provide EUR 1 billion in military aid."), "the same sum")
        XCTAssertNil(WordChange.figures("La Unión aportará 2 mil millones de euros.", "The Union will provide EUR 2 billion."), "the same sum")
        XCTAssertNil(WordChange.figures("El gasto en defensa llegará al 2,5 % del PIB.", "Defence spending will reach 2.5 per cent of GDP."))
        XCTAssertNil(WordChange.figures("El gasto en defensa llegará al 2,5 por ciento del PIB.", "Defence spending will reach 2.5% of GDP."))
        XCTAssertEqual(WordChange.figures("El gasto en defensa llegará al 2 por ciento del PIB.",
                                          "Defence spending will reach 3 per cent of GDP."), "2 → 3")
        XCTAssertEqual(WordChange.figures("España aportará 1.000 millones de euros.", "Spain will provide EUR 1.5 billion."), "1.000 millones → 1.5 billion")
        XCTAssertNil(WordChange.figures("La ayuda aumentó un 30 por ciento.", "La ayuda se pagará en 20 días."), "a share is no number of days")
        // A day beside its month is a date, compared as a date (not as the figure 14 or 12).
        XCTAssertEqual(WordChange.figures("Los dos líderes se reunirán el 14 de marzo en Madrid.",
                                          "The two leaders will meet in Madrid on March 12."), "14 de marzo → March 12")
        XCTAssertEqual(WordChange.figures("Los líderes se reunirán el 14 de marzo de 2025.", "Los líderes se reunirán el 15 de marzo de 2025."),
                       "14 de marzo → 15 de marzo")
        XCTAssertNil(WordChange.figures("Los líderes se reunirán el 14 de marzo.", "The leaders will meet on March 14."))
    }

    /// Ordinals and numbers written as words are figures between two languages: a
    /// translator's "75th anniversary" had become "70e anniversaire", "three full days" "deux
    /// jours", "sixth nuclear test" "septième essai", and nothing said so (only digits were
    /// figures). The same value in two languages is no difference.
    func testOrdinalsAndNumberWordsAreComparedAcrossLanguages() {
        let english = "The Chancellor attended the celebrations marking the 75th anniversary of the Basic Law."
        func figures(_ left: String, _ leftLanguage: Language, _ right: String, _ rightLanguage: Language) -> String? {
            WordChange.figures(left, right, languages: (leftLanguage, rightLanguage))
        }
        XCTAssertEqual(figures(english, .english, "Le chancelier a assisté aux célébrations du 70e anniversaire de la Loi fondamentale.", .french),
                       "75th → 70e")
        for same in ["Le chancelier a assisté aux célébrations du 75e anniversaire de la Loi fondamentale.",
                     "Le chancelier a assisté aux célébrations du 75ème anniversaire de la Loi fondamentale."] {
            XCTAssertNil(figures(english, .english, same, .french), same)
        }
        XCTAssertNil(figures(english, .english, "Der Kanzler würdigte die Feierlichkeiten zum 75. Jubiläum des Grundgesetzes.", .german))
        XCTAssertEqual(figures("Der Kanzler würdigte die Feierlichkeiten zum 75. Jubiläum des Grundgesetzes.", .german,
                               "The Chancellor attended the celebrations marking the 70th anniversary.", .english), "75. → 70th")
        XCTAssertNil(figures(english, .english, "Canciller asistió al 75.º aniversario de la Ley Fundamental.", .spanish))
        XCTAssertEqual(figures(english, .english, "El canciller asistió al 70.º aniversario de la Ley Fundamental.", .spanish), "75th → 70.º")
        XCTAssertNil(figures(english, .english, "Канцлер принял участие в праздновании 75-й годовщины Основного закона.", .russian))
        XCTAssertEqual(figures("The DPRK conducted its 6th nuclear test.", .english, "КНДР провела свое пятое ядерное испытание.", .russian),
                       "6th → пятое")
        XCTAssertNil(figures("The DPRK conducted its 5th nuclear test.", .english, "КНДР провела свое пятое ядерное испытание.", .russian))
        let thanks = "Thank you, dear Emmanuel, for taking three full days to visit Germany."
        XCTAssertEqual(figures(thanks, .english, "Merci, cher Emmanuel, d’avoir consacré deux jours complets à ta visite en Allemagne.", .french),
                       "three → deux")
        XCTAssertNil(figures(thanks, .english, "Merci, cher Emmanuel, d’avoir consacré trois jours complets à ta visite en Allemagne.", .french))
        XCTAssertNil(figures(thanks, .english, "Vielen Dank, dass Du Dir drei volle Tage Zeit genommen hast.", .german))
        XCTAssertNil(figures(thanks, .english, "Merci d’avoir consacré 3 jours complets à ta visite.", .french), "three is 3")
        let test = "This violation comes just days after the DPRK conducted its sixth nuclear test."
        XCTAssertEqual(figures(test, .english, "Cette violation survient quelques jours après que la RPDC a effectué son septième essai nucléaire.", .french),
                       "sixth → septième")
        XCTAssertNil(figures(test, .english, "Cette violation survient quelques jours après que la RPDC a effectué son sixième essai nucléaire.", .french))
        XCTAssertNil(figures("Le 1er sommet s’est tenu à Paris.", .french, "The first summit was held in Paris.", .english))
        // An ordinal pairs with an ordinal: the 6th test against 5 tests is two facts.
        XCTAssertNil(figures("The DPRK conducted its 6th nuclear test.", .english, "La RPDC a mené 5 essais nucléaires.", .french))
        // A digit figure is still said beside a word figure its sentence alone gives.
        XCTAssertEqual(figures("For the first time, Germany will provide 500 million euros.", .english,
                               "L’Allemagne fournira 400 millions d’euros.", .french), "500 million → 400 millions")
        // Between drafts of one text the words are the change: `summary` says them.
        XCTAssertEqual(WordChange.summary(thanks, thanks.replacingOccurrences(of: "three", with: "two")), "three → two")
    }

    /// Enter and `c` on a translation say the ordinal and the number word that changed, read
    /// in each version's language.
    func testEnterAndCompareSayAnOrdinalChangedInATranslation() throws {
        let texts = ["Olaf Scholz a salué la présence d’Emmanuel Macron aux célébrations du 70e anniversaire de la Loi fondamentale à Berlin, "
                        + "sa deuxième visite en Allemagne.",
                     "Olaf Scholz welcomed Emmanuel Macron to the celebrations marking the 75th anniversary of the Basic Law in Berlin, "
                        + "his third visit to Germany."]
        var state = Fixtures.analysedState(texts, prefix: "V", width: 200, height: 20)
        state.type(":1")
        state.press(.enter, .enter)
        let message = try XCTUnwrap(state.notice?.text)
        XCTAssertTrue(message.contains("V2 link 1/1 · figures 70e → 75th, deuxième → third"), message)
        var compared = Fixtures.analysedState(texts, prefix: "V", width: 200, height: 20)
        compared.type(":1")
        compared.press(.enter, .character("c"))
        let view = try XCTUnwrap(compared.compareView)
        XCTAssertTrue(view.reason.contains(" · figures 70e → 75th, deuxième → third"), view.reason)
    }

    /// Words that spell a number but may be something else are no figures, a rare number
    /// missed rather than a false one said: "one" and "un" (a pronoun, an article), "first of
    /// all", a second of time, a fraction, "Premier ministre", a compound number's part.
    func testNumberWordsThatMayBeSomethingElseAreNoFigures() {
        func figures(_ left: String, _ leftLanguage: Language, _ right: String, _ rightLanguage: Language) -> String? {
            WordChange.figures(left, right, languages: (leftLanguage, rightLanguage))
        }
        XCTAssertNil(figures("One of the leaders spoke first.", .english, "Deux des dirigeants ont pris la parole en premier.", .french))
        XCTAssertNil(figures("L’un des dirigeants a parlé.", .french, "Two of the leaders spoke.", .english))
        XCTAssertNil(figures("Ein Minister sprach.", .german, "Two ministers spoke.", .english))
        XCTAssertNil(figures("A second of silence was observed.", .english, "Une troisième minute de silence a été observée.", .french))
        XCTAssertNil(figures("A third of the aid was delivered.", .english, "La deuxième tranche de l’aide a été livrée.", .french))
        XCTAssertNil(figures("Le Premier ministre a ouvert la session.", .french, "The second minister opened the session.", .english))
        XCTAssertNil(figures("In erster Linie geht es um die Ukraine.", .german, "The second issue is Ukraine.", .english))
        XCTAssertNil(figures("The summit lasted twenty-one hours.", .english, "Le sommet a duré 20 heures.", .french))
        XCTAssertNil(figures("Le sommet a duré vingt et une heures.", .french, "The summit lasted 20 hours.", .english))
        XCTAssertNil(figures("Third parties were not consulted.", .english, "Les deuxièmes parties n’ont pas été consultées.", .french))
        // "First of all" is left out, so the ordinal both sides give is compared.
        XCTAssertEqual(figures("First of all, they welcomed the sixth round.", .english, "Ils ont d’abord salué le septième cycle.", .french),
                       "sixth → septième")
        // A day is a date, not a figure: "the 1st of May", "le premier mai".
        XCTAssertNil(figures("They will meet on the 1st of May.", .english, "Ils se réuniront le deuxième jour.", .french))
        XCTAssertNil(figures("Ils se réuniront le premier mai.", .french, "They will meet on the second day.", .english))
        // A language Readouts does not read spells no figure it knows.
        XCTAssertNil(figures("Thank you for three full days.", .undetermined, "Merci pour deux jours complets.", .french))
    }

    /// Two years far apart in passages worded differently are two events: a student's NPR and
    /// LETA reports of one call read "100,000 → 70,000, 2014 → 2022", Crimea's annexation
    /// against the invasion feared. Years a few apart still pair ("by 2030" for "by 2035"),
    /// and any two in passages worded alike.
    func testYearsFarApartAreNotOneFigure() {
        XCTAssertEqual(WordChange.figures(
            "Nearly 100,000 Russian troops have been amassed, as it did in 2014, when it annexed Crimea.",
            "Moscow has moved 70,000 troops and made preparations for a possible invasion early in 2022."), "100,000 → 70,000")
        XCTAssertEqual(WordChange.figures("Emissions are to be halved by 2030.", "Emissions are to be cut in half by 2035."), "2030 → 2035")
        // A draft's change of year, however far: the passages are worded alike.
        XCTAssertEqual(WordChange.figures("China will achieve carbon neutrality by 2060, the President said.",
                                          "China will achieve carbon neutrality by 2050, the President said."), "2060 → 2050")
    }

    /// Japanese figures are read as figures: full-width digits as digits, and the signs after
    /// them as units ("年" a year, "分間" minutes, "万" and "億" scales); a date's month and day
    /// are no figure, as an English day beside its month's name is none. The Japanese of a
    /// French–English pair whose figures read "2026 → 2025, 45 → 30" said nothing.
    func testJapaneseFiguresAreComparedWithTheirUnits() {
        let english = "The two leaders concurred to launch an Economic \"2+2\" dialogue in 2025."
        XCTAssertEqual(WordChange.figures("両首脳は、2026年に経済版「2+2」を立ち上げることで一致しました。", english), "2026 → 2025")
        XCTAssertEqual(WordChange.figures("両首脳は、２０２６年に経済版「２＋２」を立ち上げることで一致しました。", english), "２０２６ → 2025")
        XCTAssertNil(WordChange.figures("両首脳は、２０２５年に経済版「２＋２」を立ち上げることで一致しました。", english), "the same figures")
        XCTAssertEqual(WordChange.figures("両首脳は、ウクライナについて４５分間会談しました。", "They spoke for 30 minutes about Ukraine."), "４５ → 30")
        XCTAssertNil(WordChange.figures("11月18日午後3時50分から約30分間会談しました。", "On November 18, commencing at 3:50 p.m., for approximately 30 minutes."),
                     "a date's month and day are no figure, the clock's hour and minutes the same")
        XCTAssertNil(WordChange.figures("会談は４５分間行われました。", "The talks lasted 2 days."), "minutes are no days")
        XCTAssertNil(WordChange.figures("支援は１万人に届きました。", "The aid reached 10,000 people."), "１万 is 10,000")
        XCTAssertNil(WordChange.figures("支援額は12億ドルです。", "The aid is worth 1.2 billion dollars."), "12億 is 1.2 billion")
        XCTAssertEqual(WordChange.figures("支援額は15億ドルです。", "The aid is worth 1.2 billion dollars."), "15億 → 1.2 billion")
        XCTAssertNil(WordChange.figures("出席者は３０人でした。", "The talks lasted 45 minutes."), "people are no minutes")
        XCTAssertEqual(WordChange.figures("シェアは３０％に達した。", "The share reached 25 %."), "３０ → 25")
    }

    /// A range is one figure, whatever the word order: "15–16 июня" against "June 15–16" read
    /// "figures 15 → 16" (the day beside the month was left out on each side, another one each).
    func testARangeIsOneFigure() {
        XCTAssertNil(WordChange.figures("Саммит мира в Швейцарии состоится 15–16 июня.", "The Peace Summit in Switzerland will take place on June 15–16."))
        XCTAssertNil(WordChange.figures("Саммит мира в Швейцарии состоится 15–16 июня.", "The Peace Summit in Switzerland will take place on 15–16 June."))
        XCTAssertNil(WordChange.figures("Le sommet aura lieu les 15-16 juin.", "The summit will take place on June 15 - 16."))
        XCTAssertNil(WordChange.figures("サミットは6月15日～16日に開催される。", "The summit will take place on June 15–16."))
        XCTAssertEqual(WordChange.figures("Prices rose by 10–15 % this year.", "Prices rose by 10–12 % this year."), "10–15 → 10–12")
        XCTAssertEqual(WordChange.figures("The talks lasted 2–3 hours.", "The talks lasted 4 hours."), "2–3 → 4")
    }

    /// A number hyphened to a word is part of a name, no figure: a student's Élysée and White
    /// House accounts of one call read "figures deux → 19" ("Les deux présidents" against
    /// "…COVID-19…").
    func testANumberInANameIsNoFigure() {
        XCTAssertNil(WordChange.figures("Les deux présidents ont évoqué la lutte contre la pandémie.",
                                        "The leaders discussed the fight against COVID-19 and the WHO.",
                                        languages: (.french, .english)))
        XCTAssertNil(WordChange.figures("They ordered 16 F-16 jets.", "They ordered 16 F-16 fighters."), "a model's name is no quantity")
        XCTAssertEqual(WordChange.figures("They ordered 16 jets.", "They ordered 35 jets."), "16 → 35")
        XCTAssertEqual(WordChange.figures("A 2-hour call on COVID-19.", "A 3-hour call on COVID-19."), "2 → 3")
    }

    /// A code changed in a translation is said as a figure is: a translator's flight "PS752"
    /// rendered "PS725" went unsaid, its digits being part of a name. The same code however
    /// written says nothing, nor does a code one side alone gives, nor two of other letters.
    func testAChangedCodeIsSaid() {
        XCTAssertEqual(WordChange.figures("The leaders honoured the victims of Flight PS752.",
                                          "Les dirigeants ont rendu hommage aux victimes du vol PS725.",
                                          languages: (.english, .french)), "PS752 → PS725")
        XCTAssertEqual(WordChange.figures("They ordered F-16 jets.", "They ordered F-35 jets."), "F-16 → F-35")
        XCTAssertEqual(WordChange.figures("Поставки Су-27 обсуждались.", "Поставки Су-30 обсуждались."), "Су-27 → Су-30")
        XCTAssertNil(WordChange.figures("The victims of Flight PS752.", "Les victimes du vol PS752.", languages: (.english, .french)))
        XCTAssertNil(WordChange.figures("At the G7 summit.", "Au sommet du G-7.", languages: (.english, .french)), "one code written two ways")
        XCTAssertNil(WordChange.figures("They spoke of COVID-19.", "Ils ont évoqué la pandémie.", languages: (.english, .french)))
        XCTAssertNil(WordChange.figures("The victims of MH17.", "The victims of PS752."), "two codes of other letters are two things")
        XCTAssertEqual(WordChange.figures("The 75th anniversary.", "Le 70e anniversaire.", languages: (.english, .french)), "75th → 70e",
                       "an ordinal begins with its digits: no code")
    }

    /// A date changed in a translation is a figure changed: a translator's "signed on June
    /// 13" rendered "signé le 15 juin" went unsaid, a day beside its month being no figure.
    /// The same date however written says nothing, and so does a date one side alone gives.
    func testAChangedDateIsSaid() {
        XCTAssertEqual(WordChange.figures("They welcome the memorandum signed on June 13 to increase exchanges.",
                                          "Ils saluent le protocole signé le 15 juin pour accroître les échanges.",
                                          languages: (.english, .french)), "June 13 → 15 juin")
        XCTAssertEqual(WordChange.figures("The purchase of 20 aircraft was announced on 16 June.", "L'achat de 30 aéronefs a été annoncé le 16 juillet.",
                                          languages: (.english, .french)), "20 → 30, 16 June → 16 juillet")
        XCTAssertNil(WordChange.figures("Signed on June 13.", "Signé le 13 juin.", languages: (.english, .french)))
        XCTAssertNil(WordChange.figures("Подписан 5 сентября.", "Signed on 5 September.", languages: (.russian, .english)))
        XCTAssertNil(WordChange.figures("Signed on June 13 in Ottawa.", "Signé à Ottawa.", languages: (.english, .french)))
        XCTAssertNil(WordChange.figures("Deliveries within 14 days.", "Deliveries by April 30."), "a figure is no date")
        for name in MonthNames.all { XCTAssertNotNil(MonthNames.number(of: name), name) }
    }

    /// Between a sentence and its counterpart in a translation, a plural scale with no number
    /// ("des millions de personnes") is a figure, paired only with another such: a
    /// translator's "millions" rendered "milliers" went unsaid. With a number before it, the
    /// scale is the number's ("1,2 milliard"), read as before.
    func testAScaleNamedWithoutANumberIsAFigure() {
        XCTAssertEqual(WordChange.figures("We join millions of people in Canada to celebrate Diwali.",
                                          "Nous nous joignons à des milliers de personnes au Canada pour célébrer Diwali.",
                                          languages: (.english, .french), counterparts: true), "millions → milliers")
        XCTAssertNil(WordChange.figures("We join millions of people in Canada.", "Nous nous joignons à des milliers de personnes au Canada.",
                                        languages: (.english, .french)), "two accounts are not compared so")
        XCTAssertNil(WordChange.figures("We join millions of people.", "Nous nous joignons à des millions de personnes.",
                                        languages: (.english, .french), counterparts: true))
        XCTAssertNil(WordChange.figures("Millions of people walked with 3 children.", "Les gens ont marché avec 3 enfants.",
                                        languages: (.english, .french), counterparts: true), "one side's scale alone says nothing")
        XCTAssertEqual(WordChange.figures("A pledge of 1.2 billion euros.", "Une promesse de 1,5 milliard d’euros.", languages: (.english, .french), counterparts: true),
                       "1.2 billion → 1,5 milliard")
        XCTAssertEqual(WordChange.figures("Thousands of people and 3 ships.", "Des millions de personnes et 4 navires.", languages: (.english, .french), counterparts: true),
                       "Thousands → millions, 3 → 4")
    }

    /// A month named alone is compared as a date is, by its month, between a sentence and
    /// its counterpart in a translation: a translator's "In November" rendered "En octobre"
    /// went unsaid. The same month says nothing, nor does a month one side alone names, nor an
    /// English "march" or "august" in lower case, nor two accounts of a call.
    func testAChangedMonthIsSaid() {
        XCTAssertEqual(WordChange.figures("In November, we celebrate Hindu Heritage Month.", "En octobre, célébrons le Mois du patrimoine hindou.",
                                          languages: (.english, .french), counterparts: true), "November → octobre")
        XCTAssertNil(WordChange.figures("A meeting will be held in October.", "The Declaration they launched in June.", languages: (.english, .english)),
                     "two accounts name the months of other events")
        XCTAssertNil(WordChange.figures("In November, we celebrate.", "En novembre, célébrons.", languages: (.english, .french), counterparts: true))
        XCTAssertNil(WordChange.figures("In November, we celebrate.", "Nous célébrons.", languages: (.english, .french), counterparts: true))
        XCTAssertNil(WordChange.figures("They will march in an august procession.", "Ils défileront en octobre.", languages: (.english, .french), counterparts: true))
        XCTAssertEqual(WordChange.figures("Signed on June 13 in Ottawa.", "Signé le 15 juin à Ottawa.", languages: (.english, .french), counterparts: true),
                       "June 13 → 15 juin", "a day beside its month is a date, compared whole")
    }

    func testEnterSaysWhichFiguresDifferBetweenRewordedSentences() throws {
        let texts = ["Le projet. La ligne mesurera 11,4 kilomètres et comptera 19 stations desservant les quartiers est.",
                     "Le projet. Longue de 11,4 kilomètres, la ligne desservira 16 stations dans les quartiers est."]
        let message = enterMessage(texts, prefix: "FR", sentence: 2)
        XCTAssertTrue(message.contains("FR2 link 1/1 · figures 19 → 16"), message)
    }

    /// `Y` quotes the figures that differ with the passage that gives them, as Enter says
    /// them (a journalist's quote of the prisoner exchange left out "175 → 150").
    func testYQuotesTheFiguresThatDiffer() throws {
        let texts = ["Le projet. La ligne mesurera 11,4 kilomètres et comptera 19 stations desservant les quartiers est.",
                     "Le projet. Longue de 11,4 kilomètres, la ligne desservira 16 stations dans les quartiers est."]
        var state = Fixtures.analysedState(texts, prefix: "FR", width: 200, height: 20)
        state.type(":2")
        state.press(.enter)
        guard case .copy(let clip)? = state.apply(.key(.character("Y"))).first else { return XCTFail("Y copies") }
        XCTAssertTrue(clip.text.contains("16 stations"), clip.text)
        XCTAssertTrue(clip.text.contains("Figures that differ: 19 → 16."), clip.text)
    }

    /// A reworded paragraph of two drafts says how much of it was kept (a diplomat's Enter on
    /// the reworded terrorism paragraph said only its topic); a translation or another
    /// side's account, which keeps few words in order, says nothing of it.
    func testARewordedParagraphSaysHowMuchWasKept() {
        let a = "5. Aldoria and Brenmark condemn all forms of terrorism and agree to deepen the exchange of information between their services."
        let b = "5. Aldoria and Brenmark firmly reject terrorism in every form and will deepen the exchange of information between their agencies."
        XCTAssertNil(WordChange.summary(a, b), "too many changes for a word summary")
        XCTAssertEqual(WordChange.reworded(a, b), "reworded: 12 of 19 words kept")
        XCTAssertNil(WordChange.reworded(a, "5. L’Aldorie et le Brenmark condamnent le terrorisme sous toutes ses formes et approfondiront l’échange d’informations."))
        XCTAssertEqual(WordChange.moved("7. The two sides support the freedom of navigation.", "6. Les deux parties soutiennent la liberté de navigation."),
                       "renumbered 7 → 6", "a paragraph moved in a translation")
        XCTAssertNil(WordChange.moved("7. The two sides support navigation.", "7. Les deux parties soutiennent la navigation."))
        // One number written two ways: the original's "Art. 16." is the translation's "16.".
        XCTAssertNil(WordChange.moved("Art. 16. Toute société dans laquelle la garantie des droits n'est pas assurée n'a point de constitution.",
                                      "16. A society in which the observance of the law is not assured has no constitution at all."))
        XCTAssertNil(WordChange.moved("Art. 1er. Les hommes naissent et demeurent libres et égaux en droits.", "1. Men are born and remain free and equal in rights."))
        XCTAssertNil(WordChange.moved("The two sides support navigation.", "6. Les deux parties soutiennent la navigation."))
        XCTAssertNil(WordChange.reworded("The leaders discussed the situation in Ukraine at length.",
                                         "Biden voiced deep concern over the Russian troops near Ukraine's border."))
        // Two drafts (their other paragraphs nearly the same).
        let before = ["1. Aldoria and Brenmark held their annual consultations in Geneva on 3 May.",
                      "2. The two sides reviewed the implementation of the 2019 trade agreement and its annexes.",
                      "3. They agreed to meet again in Brenmark next spring to review progress."]
        let after = ["1. Aldoria and Brenmark held their annual consultations in Geneva on 4 May.",
                     "2. The two sides reviewed the implementation of the 2019 trade agreement and its two annexes.",
                     "3. They agreed to meet again in Brenmark next autumn to review progress."]
        let message = enterMessage([(before + [a]).joined(separator: "\n\n"), (after + [b]).joined(separator: "\n\n")], prefix: "Draft ", sentence: 4)
        XCTAssertTrue(message.contains("Draft 2 link 1/1 · reworded: 12 of 19 words kept"), message)
        // Two accounts of one meeting, no draft of each other: nothing says one kept the
        // other's words (a student read it as one drafted from the other).
        let accounts = enterMessage([a, b], prefix: "Account ", sentence: 1)
        XCTAssertTrue(accounts.contains("Account 2 link 1/1"), accounts)
        XCTAssertFalse(accounts.contains("words kept"), accounts)
    }

    func testAVeryLongSentenceIsNotReadOnAKeyPress() {
        let long = String(repeating: "word ", count: 2_000)
        XCTAssertNil(WordChange.summary(long, long), "past the limit nothing is compared, not even tokenised")
    }

    func testSentencesWordedDifferentlySayNothing() {
        XCTAssertNil(WordChange.summary("The leaders discussed the situation in Ukraine at length.",
                                        "Biden voiced deep concern over the Russian troops near Ukraine's border."))
        XCTAssertNil(WordChange.summary("Le président a parlé de l’Ukraine.", "The President spoke about Ukraine."))
        XCTAssertNil(WordChange.summary("Energy and the Black Sea were discussed.", "The Black Sea matters."), "three words are no draft")
    }

    func testEnterSaysWhatChangedBetweenTwoDrafts() throws {
        let drafts = ["Section 1. Short title. This Act may be cited as the Rental Act.\n\nSection 4. Cap on nights. A host may rent an entire unit for no more than ninety nights in any calendar year.",
                      "Section 1. Short title. This Act may be cited as the Rental Act.\n\nSection 4. Cap on nights. A host may rent an entire unit for no more than sixty nights in any calendar year."]
        let message = enterMessage(drafts, prefix: "Draft ", sentence: 2, width: 160)
        XCTAssertTrue(message.hasSuffix("Draft 2 link 1/1 · ninety → sixty"), message)
    }
}
